"""Shared pieces of the clause-kind rules: the kind names, the rule type, pattern helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass

KINDS: tuple[str, ...] = (
    "liability_cap",
    "liability_exclusion",
    "warranty_exclusion",
    "warranty_conformity",
    "acceptance_testing",
    "service_levels",
    "penalties",
    "performance_commitment",
    "data_protection",
    "audit_rights",
    "ip_ownership",
    "termination",
    "reversibility",
    "governing_law",
    "jurisdiction",
    "ai_act_roles",
    "human_oversight",
    "logging",
    "transparency",
    "force_majeure",
    "confidentiality",
    "insurance",
)


@dataclass(frozen=True, slots=True)
class KindRule:
    kind: str
    triggers: tuple[tuple[re.Pattern[str], str], ...]
    negations: tuple[re.Pattern[str], ...] = ()
    title: re.Pattern[str] | None = None  # a section title that alone reveals the kind
    # lower-case words, one of which every trigger needs: a fast prefilter (str.__contains__)
    anchor: tuple[str, ...] = ()


def c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def t(*pairs: tuple[str, str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((c(p), reason) for p, reason in pairs)


_RESP = r"responsabilit[ée]"
_METRIC = (
    r"(rappel|recall|précision|precision|exactitude|accuracy|taux d'erreur|error rate|"
    r"faux (positifs|négatifs|rejets)|fausses? alertes?|false (positive|negative|alarm)|"
    r"taux de détection|detection rate|detect at least|score f1|\bf1\b|\bauc\b|\bmape\b|\bwape\b|"
    r"\bmae\b|\brmse\b|mean absolute|erreur (absolue|moyenne)|latenc\w*|temps de réponse|"
    r"response time|disparate impact|impact disproportionné|selection rate|taux de sélection|"
    r"balanced accuracy|exactitude équilibrée|brier|calibration|answered correctly|correct answers?|"
    r"sensibilité|sensitivity|spécificité|specificity|"
    r"réponses? (exactes|correctes))"
)
_METRIC_WORDS = (
    "rappel",
    "recall",
    "précision",
    "precision",
    "exactitude",
    "accuracy",
    "erreur",
    "error",
    "faux ",
    "fausse",
    "false ",
    "détection",
    "detection",
    "detect",
    "f1",
    "auc",
    "mape",
    "wape",
    "mae",
    "rmse",
    "mean absolute",
    "latenc",
    "temps de réponse",
    "response time",
    "disparate",
    "impact",
    "selection",
    "sélection",
    "balanced",
    "brier",
    "calibration",
    "correct",
    "sensibilit",
    "sensitivit",
    "spécificit",
    "specificit",
)
_NUMBER = r"\d+(?:[.,]\d+)?\s?(?:%|ms\b|millisecond|milliseconde|mw\b|seconds?\b|secondes?\b)|\b0[.,]\d+\b|\b\d+(?:[.,]\d+)?\s?%"
