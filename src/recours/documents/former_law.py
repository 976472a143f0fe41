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
    "fr.civil.1194": "fr.civil_anc.1135",
    "fr.civil.1231": "fr.civil_anc.1146",
    "fr.civil.1344": "fr.civil_anc.1139",
    "fr.civil.1231-1": "fr.civil_anc.1147",
    "fr.civil.1231-3": "fr.civil_anc.1150",
    "fr.civil.1170": "fr.civil_anc.1131",
    "fr.civil.1130": "fr.civil_anc.1109",
    "fr.civil.1132": "fr.civil_anc.1110",
    "fr.civil.1137": "fr.civil_anc.1116",
    "fr.civil.1353": "fr.civil_anc.1315",
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


_INLINE = re.compile(r"\b(art\. )(\d{4}(?:-\d+)?(?:(?:, | et | and )\d{4}(?:-\d+)?)*)\b(?! anc\.)")
_NUMBER = re.compile(r"\d{4}(?:-\d+)?")


def restate(text: str, lang: str = "fr") -> str:
    """An engine sentence for a pre-2016 contract: the reformed articles it names inline
    (« (art. 1194, 1104) ») replaced by the former ones the store holds (« art. 1135 anc.,
    1134 anc. »; in English « former art. 1135 and 1134 », never the French « anc. »); a
    reformed article without a stored former one is left as written (the footnote says it is
    to be completed), articles outside the reform unchanged."""

    def one(number: str) -> str:
        ref = f"fr.civil.{number}"
        target = IN_PLACE.get(ref) if reformed(ref) and ref not in NEW_IN_2016 else None
        return f"{target.rsplit('.', 1)[-1]} anc." if target else number

    def group(match: re.Match[str]) -> str:
        numbers = _NUMBER.findall(match[2])
        seen: list[str] = []
        for number in numbers:
            new = one(number)
            if new not in seen:
                seen.append(new)
        if seen == numbers:
            return match[0]  # nothing reformed with a stored former article: as written
        last = next((w for w in (" et ", " and ") if w in match[2]), ", ")
        if lang == "en":
            former = [n.endswith(" anc.") for n in seen]
            words = [n.removesuffix(" anc.") for n in seen]
            if all(former):
                return "former art. " + (", ".join(words[:-1]) + last + words[-1]
                                         if len(words) > 1 else words[0])
            words = [("former art. " if f else "art. ") + w for f, w in zip(former, words, strict=True)]
            return ", ".join(words[:-1]) + last + words[-1] if len(words) > 1 else words[0]
        return match[1] + (", ".join(seen[:-1]) + last + seen[-1] if len(seen) > 1 else seen[0])

    return _INLINE.sub(group, text)


__all__ = ["IN_PLACE", "NEW_IN_2016", "in_force", "reformed", "restate"]
