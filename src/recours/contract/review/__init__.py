"""Review of an analysed contract: AI-procurement checklist, risk flags, model clauses."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from recours.contract.analysis import ContractAnalysis
from recours.contract.model import Detection
from recours.contract.review.checks import CHECKS
from recours.contract.review.data import ChecklistItem, ModelClause, checklist, model_clauses
from recours.contract.review.risks import RiskFlag, risk_flags
from recours.i18n import T

__all__ = ["CheckResult", "ContractReview", "ModelClause", "RiskFlag", "review"]

Status = Literal["present", "weak", "missing"]


@dataclass(slots=True)
class CheckResult:
    item: ChecklistItem
    status: Status
    evidence: Detection | None = None
    quote: str | None = None
    reason: T | None = None
    clauses: list[str] = field(default_factory=list)

    def to_dict(self, lang: Literal["fr", "en"] = "fr") -> dict[str, Any]:
        passage = self.evidence.passage if self.evidence else None
        return {
            "id": self.item.id,
            "group": self.item.group,
            "source": self.item.source,
            "title": self.item.title.render(lang),
            "status": self.status,
            "quote": self.quote,
            "page": passage.page if passage else None,
            "start": passage.start if passage else None,
            "section": self.evidence.section if self.evidence else None,
            "reason": self.reason.render(lang) if self.reason else None,
            "clauses": self.clauses,
        }


@dataclass(slots=True)
class ContractReview:
    checklist: list[CheckResult]
    risks: list[RiskFlag]
    proposals: list[ModelClause]

    def to_dict(self, lang: Literal["fr", "en"] = "fr") -> dict[str, Any]:
        return {
            "checklist": [c.to_dict(lang) for c in self.checklist],
            "risks": [r.to_dict(lang) for r in self.risks],
            "model_clauses": [m.to_dict() for m in self.proposals],
        }


def review(analysis: ContractAnalysis) -> ContractReview:
    results = [_check(item, analysis) for item in checklist()]
    risks = risk_flags(analysis)
    wanted: list[str] = []
    for result in results:
        wanted += [c for c in result.clauses if c not in wanted]
    for risk in risks:
        wanted += [c for c in risk.clauses if c not in wanted]
    library = model_clauses()
    return ContractReview(results, risks, [library[c] for c in wanted if c in library])


def _check(item: ChecklistItem, analysis: ContractAnalysis) -> CheckResult:
    evidence = next((best for kind in item.kinds if (best := analysis.best(kind))), None)
    quote = evidence.passage.text if evidence else None
    if evidence is None and "performance_commitment" in item.kinds and analysis.values.commitments:
        # a commitment the analysis extracted (an availability rate under a service level) is
        # not « absent »: the item is weak at worst, with the commitment's own words
        quote = analysis.values.commitments[0].quote
    if evidence is None and item.patterns:
        quote = _pattern_quote(item.patterns, analysis)
    if item.id == "price_payment" and (
        analysis.values.price_amount or analysis.values.payment_days
    ):
        quote = quote or "—"
    if evidence is None and quote is None:
        return CheckResult(item, "missing", clauses=list(item.clauses))
    reason = CHECKS[item.weak](analysis) if item.weak else None
    if reason is not None:
        return CheckResult(item, "weak", evidence, quote, reason, list(item.clauses))
    return CheckResult(item, "present", evidence, quote)


def _pattern_quote(patterns: tuple[str, ...], analysis: ContractAnalysis) -> str | None:
    joined = re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
    for passage in analysis.contract.passages:
        if passage.style not in ("header", "footer") and joined.search(passage.text):
            return passage.text
    return None
