"""Clause kinds as data: the patterns that reveal each kind, and those that negate it.

Each trigger carries the reason shown to the user. Patterns are matched sentence by sentence,
case-insensitively, on French and English text alike (see :mod:`recours.contract.kinds.detect`).
The rules live one module per family of kinds: :mod:`.rules_liability` (cap, exclusions,
insurance), :mod:`.rules_warranty` (warranty exclusion and conformity, acceptance),
:mod:`.rules_service_levels` (service levels, penalties, performance commitments),
:mod:`.rules_data` (data protection, confidentiality, audit, reversibility),
:mod:`.rules_ai_duties` (AI Act roles, human oversight, logging, transparency) and
:mod:`.rules_boilerplate` (IP, termination, law, court, force majeure); the negations each
kind holds whatever rule matched are in :mod:`.kind_negations`. A kind's rules run in the
order of its module: for one passage, the first of them that matches gives the reason shown.
"""

from __future__ import annotations

from recours.contract.kinds.base import KINDS, KindRule
from recours.contract.kinds.rules_ai_duties import AI_DUTIES_RULES
from recours.contract.kinds.rules_boilerplate import BOILERPLATE_RULES
from recours.contract.kinds.rules_data import DATA_RULES
from recours.contract.kinds.rules_liability import LIABILITY_RULES
from recours.contract.kinds.rules_service_levels import SERVICE_LEVELS_RULES
from recours.contract.kinds.rules_warranty import WARRANTY_RULES

RULES: tuple[KindRule, ...] = (
    LIABILITY_RULES
    + WARRANTY_RULES
    + SERVICE_LEVELS_RULES
    + DATA_RULES
    + AI_DUTIES_RULES
    + BOILERPLATE_RULES
)
TITLE_ONLY_KINDS = {rule.kind for rule in RULES if rule.title is not None}

__all__ = ["KINDS", "RULES", "TITLE_ONLY_KINDS", "KindRule"]
