"""Accents folded once, character for character: French typed without accents (« resilier »,
« donnees personnelles », « penalites ») reads as accented French does.

The fold maps each accented Latin letter to its base letter and nothing else, so a folded
string has the length of the original: an offset found in the folded text is an offset in the
original, and the passage and quote shown are the original's. The rules' patterns are folded
the same way when compiled, so no pattern is written twice.
"""

from __future__ import annotations

import re

_FROM = "àáâãäåāçćčèéêëēęěìíîïīñńòóôõöøōùúûüūůýÿžśšźżłđ"
_TO = "aaaaaaaccceeeeeeeiiiiinnooooooouuuuuuyyzsszzld"
_TABLE = str.maketrans(_FROM + _FROM.upper(), _TO + _TO.upper())


def fold(text: str) -> str:
    """The text with its accented letters replaced by their base letters (same length)."""
    return text.translate(_TABLE)


def fold_pattern(pattern: re.Pattern[str], flags: int = 0) -> re.Pattern[str]:
    """The pattern compiled with its letters folded, with its own flags unless ``flags`` is
    given; the original when folding breaks it (a character range whose ends fold out of
    order)."""
    source = fold(pattern.pattern)
    if source == pattern.pattern and flags == pattern.flags:
        return pattern
    try:
        return re.compile(source, flags or pattern.flags)
    except re.error:  # pragma: no cover - no rule pattern does this today
        return pattern
