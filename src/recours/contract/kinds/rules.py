"""Clause kinds as data: the patterns that reveal each kind, and those that negate it.

Each trigger carries the reason shown to the user. Patterns are matched sentence by sentence,
case-insensitively, on French and English text alike (see :mod:`recours.contract.kinds.detect`).
The rules themselves live in :mod:`.rules_commercial` and :mod:`.rules_general`, with the
later wording families in :mod:`.rules_round9` and :mod:`.rules_round10`.
"""

from __future__ import annotations

from recours.contract.kinds.base import KINDS, KindRule
from recours.contract.kinds.rules_commercial import COMMERCIAL_RULES
from recours.contract.kinds.rules_general import GENERAL_RULES
from recours.contract.kinds.rules_round9 import PLAIN_RULES, ROUND9_RULES
from recours.contract.kinds.rules_round10 import ROUND10_RULES

RULES: tuple[KindRule, ...] = (
    COMMERCIAL_RULES + GENERAL_RULES + ROUND9_RULES + PLAIN_RULES + ROUND10_RULES
)
TITLE_ONLY_KINDS = {rule.kind for rule in RULES if rule.title is not None}

__all__ = ["KINDS", "RULES", "TITLE_ONLY_KINDS", "KindRule"]
