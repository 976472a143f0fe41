"""The court a letter names: « tribunal des activités économiques » where it replaced the
tribunal de commerce.

Loi n° 2023-1059 du 20 novembre 2023 (art. 26) created, as an experiment for four years from
1 January 2025 (décret n° 2024-674 du 3 juillet 2024), the tribunal des activités économiques
in twelve tribunaux de commerce, renamed for its duration; proceedings are brought before it
under that name. The twelve seats are those of the arrêté du 5 juillet 2024 relatif à
l'expérimentation du tribunal des activités économiques, art. 2 (as reproduced by Lexbase,
https://lexbase.fr/index/source/109724796 ; art. 1: the experiment « débute le 1er janvier
2025, pour une durée de quatre ans »). A contract's jurisdiction clause written before 2025
still says « Tribunal de commerce de Paris »: the letter names the court as it is called on
the letter's date, and otherwise as the contract does.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

#: First and last day of the experiment (arrêté du 5 juillet 2024, art. 1: four years).
START, END = date(2025, 1, 1), date(2028, 12, 31)
#: The seats of the twelve tribunaux de commerce renamed (arrêté du 5 juillet 2024, art. 2).
SEATS = ("Avignon", "Auxerre", "Le Havre", "Le Mans", "Limoges", "Lyon", "Marseille", "Nancy",
         "Nanterre", "Paris", "Saint-Brieuc", "Versailles")

_COMMERCE = re.compile(r"\b[Tt]ribunal de commerce (d'|du |de |des )(.+)$")


def _key(text: str) -> str:
    flat = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[\s-]+", " ", flat).strip().lower()


_SEAT_KEYS = {_key(s): s for s in SEATS}


def _seat(prep: str, city: str) -> str | None:
    name = {"du ": "Le ", "des ": "Les "}.get(prep, "") + city
    return _SEAT_KEYS.get(_key(name))


def court_name(court: str, on: date) -> str:
    """« tribunal des activités économiques de Paris » for « Tribunal de commerce de Paris »
    on a date within the experiment; any other court as written."""
    text = court.strip()
    m = _COMMERCE.search(text)
    if m is None or not START <= on <= END or _seat(m[1], m[2].strip()) is None:
        return text
    return text[:m.start()] + "tribunal des activités économiques " + m[1] + m[2].strip()


__all__ = ["END", "SEATS", "START", "court_name"]
