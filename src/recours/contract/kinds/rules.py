"""Clause kinds as data: the patterns that reveal each kind, and those that negate it.

Each trigger carries the reason shown to the user. Patterns are matched sentence by sentence,
case-insensitively, on French and English text alike (see :mod:`recours.contract.kinds.detect`).
The rules themselves live in :mod:`.rules_commercial` and :mod:`.rules_general`, with the
plain-language wordings in :mod:`.rules_plain_language`, the wordings spelled out at length in
:mod:`.rules_spelled_out`, the wordings of published standard forms and licences in
:mod:`.rules_standard_forms`, and the negations each kind holds whatever rule matched in
:mod:`.kind_negations`.
"""

from __future__ import annotations

from recours.contract.kinds.base import KINDS, KindRule
from recours.contract.kinds.rules_commercial import COMMERCIAL_RULES
from recours.contract.kinds.rules_general import GENERAL_RULES
from recours.contract.kinds.rules_plain_language import DUTY_WORDING_RULES, PLAIN_RULES
from recours.contract.kinds.rules_spelled_out import SPELLED_OUT_RULES
from recours.contract.kinds.rules_standard_forms import STANDARD_FORM_RULES

RULES: tuple[KindRule, ...] = (
    COMMERCIAL_RULES
    + GENERAL_RULES
    + DUTY_WORDING_RULES
    + PLAIN_RULES
    + SPELLED_OUT_RULES
    + STANDARD_FORM_RULES
)
TITLE_ONLY_KINDS = {rule.kind for rule in RULES if rule.title is not None}

__all__ = ["KINDS", "RULES", "TITLE_ONLY_KINDS", "KindRule"]
