"""Template placeholders (« {{governing_law}} », « [NOM] », « <date> », « ___ »): a field left to
fill is never a value, and a template's field line (« - Droit applicable: {{governing_law}} »)
is no choice of law or court (contract8); a clause whose court is left to fill (« les tribunaux
de [VILLE] seront seuls compétents ») is still a clause, with no court read."""

from __future__ import annotations

import re

# a field to fill: a mustache (« {{x}} ») or angle-bracket variable, a bracketed word in capitals
# or a generic one (« [NOM] », « [Ville] », "[CITY]", « [•] »), a run of underscores or dots
PLACEHOLDER = re.compile(
    r"\{\{[^{}\n]{0,60}\}\}|<[a-z][a-z_ -]{1,30}>|"
    r"\[\s*(?:[A-ZÀ-Ý][A-ZÀ-Ý0-9_' -]{1,40}|•|…|\.{3}|x{2,}|(?i:nom|ville|date|montant|pays|"
    r"adresse|name|city|country|state|amount|address|insert|à compléter|to be completed)"
    r"[^\]\n]{0,40})\s*\]|_{3,}|\.{5,}|…{2,}"
)
_MAY_HOLD = ("{", "[", "<", "___", ".....", "……")
# the kinds whose clause is nothing but the name it fills in: a law, a court
SLOT_KINDS = frozenset({"governing_law", "jurisdiction"})
PLACEHOLDER_REASON = " — champ à remplir du modèle (template placeholder)"


def may_hold_placeholder(text: str) -> bool:
    return any(mark in text for mark in _MAY_HOLD)


def strip_placeholders(text: str) -> str:
    """The text with its placeholders blanked (same length: offsets stay the original's)."""
    if not may_hold_placeholder(text):
        return text
    return PLACEHOLDER.sub(lambda m: " " * len(m.group(0)), text)


# a line that is a label then what fills it (« - Juridiction : {{jurisdiction}} »)
_LABELLED = re.compile(r"^\W{0,4}[^:\n]{1,60}:\s*(.{1,120})$")


def labelled_placeholder(text: str) -> bool:
    """Whether each line of the text is a label followed by placeholders only (« Governing law:
    [STATE] », « - Juridiction : {{jurisdiction}} »)."""
    if not may_hold_placeholder(text):
        return False
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return bool(lines) and all(_label_then_placeholder(line) for line in lines)


def _label_then_placeholder(line: str) -> bool:
    found = _LABELLED.match(line)
    return (
        found is not None
        and may_hold_placeholder(found.group(1))
        and not strip_placeholders(found.group(1)).strip(" .;*_-")
    )
