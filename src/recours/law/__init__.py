"""The law engine: French contract law (law I) and, when present, EU and strategy rules (law II).

Public API::

    from recours.law import analyse
    analysis = analyse(dossier, on=date(2026, 11, 26))
    analysis.findings, analysis.deadlines, analysis.remedies, analysis.damages, analysis.regime
    analysis.to_dict()   # stable JSON-ready form (see law/README.md)
"""

from recours.law.analysis import ANALYSIS_FORMAT, Analysis, analyse
from recours.law.articles import Article, ArticleStore, load_articles
from recours.law.deadlines import Deadline, DeadlineKind, DeadlineStatus, to_ics
from recours.law.engine import (
    REGISTRY,
    Area,
    Citation,
    FactUse,
    Finding,
    MissingFact,
    Rule,
    Status,
    Step,
    Strength,
    load_rules,
    rule,
)
from recours.law.parameters import Parameters, ParamValue, load_parameters

__all__ = [
    "ANALYSIS_FORMAT",
    "REGISTRY",
    "Analysis",
    "Area",
    "Article",
    "ArticleStore",
    "Citation",
    "Deadline",
    "DeadlineKind",
    "DeadlineStatus",
    "FactUse",
    "Finding",
    "MissingFact",
    "ParamValue",
    "Parameters",
    "Rule",
    "Status",
    "Step",
    "Strength",
    "analyse",
    "load_articles",
    "load_parameters",
    "load_rules",
    "rule",
    "to_ics",
]
