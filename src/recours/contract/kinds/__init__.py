"""Clause kinds: which passages do what (cap liability, exclude a warranty, state an SLA…)."""

from recours.contract.kinds.detect import detect_kinds, sentences
from recours.contract.kinds.rules import KINDS, RULES, KindRule

__all__ = ["KINDS", "RULES", "KindRule", "detect_kinds", "sentences"]
