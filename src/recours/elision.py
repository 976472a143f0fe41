"""French elision and contraction of « de », « à » and the articles before a word.

« de Antoine » → « d'Antoine », « de le Président » → « du Président », « à le tribunal » →
« au tribunal », « de avocat@… » → « d'avocat@… ». One helper for every message and document
that puts a name, a title or an address after a preposition.
"""

from __future__ import annotations

import unicodedata

_VOWELS = frozenset("aeiouy")
#: Words in « h » that take no elision (h aspiré) — the common ones in names and titles.
_ASPIRATE_H = ("haut", "hach", "hain", "hall", "hamb", "hameau", "hangar", "hanov", "hard",
               "harc", "haric", "hasard", "hât", "hausse", "havre", "héros", "hérisson", "hibou",
               "hiér", "hochet", "hollande", "homard", "hong", "honte", "hors", "hotte",
               "housse", "hublot", "huit", "hurl", "hutte")


def _base(word: str) -> str:
    """The word lower-cased without accents (« Élodie » → « elodie »)."""
    decomposed = unicodedata.normalize("NFD", word.strip().lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def elides(word: str) -> bool:
    """Does ``word`` call for « d' », « l' », « qu' » before it (vowel or mute h)?"""
    base = _base(word)
    if not base:
        return False
    if base[0] == "h":
        return not base.startswith(tuple(_base(w) for w in _ASPIRATE_H))
    return base[0] in _VOWELS


def de(phrase: str) -> str:
    """« de » before ``phrase``, elided or contracted: « d'Antoine Mercier », « du Président »,
    « des Parties », « de la société », « de l'Éditeur », « de Paris »."""
    head, _, rest = phrase.partition(" ")
    low = head.lower()
    if low == "le" and rest:
        return f"du {rest}"
    if low == "les" and rest:
        return f"des {rest}"
    if low in ("la",) or low.startswith("l'") or low.startswith("l’"):
        return f"de {phrase}"
    return f"d'{phrase}" if elides(phrase) else f"de {phrase}"


def a(phrase: str) -> str:
    """« à » before ``phrase``, contracted: « au Président », « aux Parties », « à la société »."""
    head, _, rest = phrase.partition(" ")
    low = head.lower()
    if low == "le" and rest:
        return f"au {rest}"
    if low == "les" and rest:
        return f"aux {rest}"
    return f"à {phrase}"


def definite(noun: str, feminine: bool = False) -> str:
    """The definite article before ``noun``: « le Président », « la Présidente »,
    « l'Administrateur »."""
    if elides(noun):
        return f"l'{noun}"
    return f"{'la' if feminine else 'le'} {noun}"


__all__ = ["a", "de", "definite", "elides"]
