"""The articles a pre-2016 contract is judged by, for documents that cite the reformed ones.

The 2016 reform (ord. n° 2016-131) renumbered the law of contract and obligations (Code civil
articles 1100 to 1386-1); a contract concluded before 1 October 2016 stays governed by the
former articles (art. 9). A document that cites a reformed article for such a contract cites
the former one in its place when the article store holds it, and otherwise says that the
former article is to be completed — it never cites a former article the project does not
store, and never one that did not exist (art. 1171: no former equivalent).
"""

from __future__ import annotations

import re

#: Reformed article -> the former article the store holds for it (None: to be completed).
IN_PLACE: dict[str, str | None] = {
    "fr.civil.1103": "fr.civil_anc.1134",
    "fr.civil.1104": "fr.civil_anc.1134",
    "fr.civil.1193": "fr.civil_anc.1134",
    "fr.civil.1225": "fr.civil_anc.1134",
    "fr.civil.1224": "fr.civil_anc.1184",
    "fr.civil.1227": "fr.civil_anc.1184",
    "fr.civil.1228": "fr.civil_anc.1184",
    "fr.civil.1231-1": "fr.civil_anc.1147",
    "fr.civil.1231-3": "fr.civil_anc.1150",
    "fr.civil.1170": "fr.civil_anc.1131",
    "fr.civil.1130": "fr.civil_anc.1109",
    "fr.civil.1132": "fr.civil_anc.1110",
    "fr.civil.1137": "fr.civil_anc.1116",
}
#: Reformed articles without any former equivalent.
NEW_IN_2016 = frozenset({"fr.civil.1171", "fr.civil.1226", "fr.civil.1112-1", "fr.civil.1195"})
_REFORMED = re.compile(r"^fr\.civil\.(\d{4})(?:-\d+)?$")


def reformed(ref: str) -> bool:
    """An article of the range the 2016 reform rewrote (C. civ. art. 1100 to 1386-1)."""
    m = _REFORMED.match(ref)
    return m is not None and 1100 <= int(m[1]) <= 1386


def in_force(refs: tuple[str, ...] | list[str]) -> tuple[list[str], list[str]]:
    """For a pre-2016 contract: the articles to cite (former ones the store holds, unchanged
    ones as they are) and the reformed ones whose former article is to be completed."""
    cite: list[str] = []
    todo: list[str] = []
    for ref in refs:
        target = IN_PLACE.get(ref, ref) if reformed(ref) else ref
        if reformed(ref) and (ref not in IN_PLACE or ref in NEW_IN_2016):
            target = None
        if target is None:
            todo.append(ref)
        elif target not in cite:
            cite.append(target)
    return cite, todo


__all__ = ["IN_PLACE", "NEW_IN_2016", "in_force", "reformed"]
