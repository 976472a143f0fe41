"""``analyse(dossier, on)``: run every registered rule and collect an :class:`Analysis`.

``Analysis.to_dict()`` is the stable, JSON-ready form consumed by documents and web
(documented in ``law/README.md``; bump ``ANALYSIS_FORMAT`` on any breaking change).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from recours.dossier import Dossier
from recours.errors import LawError
from recours.i18n import Lang, T
from recours.law.articles import load_articles
from recours.law.context import Context
from recours.law.deadlines import Deadline
from recours.law.engine import (
    Area,
    Finding,
    MissingFact,
    Rule,
    Status,
    ordered_rules,
    resolve_exceptions,
)
from recours.law.parameters import load_parameters

ANALYSIS_FORMAT = 1


@dataclass(frozen=True)
class Skipped:
    rule: str
    reason: T


@dataclass(frozen=True)
class Analysis:
    reference: str
    title: str
    on: date
    regime: str  # "reformed" (contracts from 1 Oct 2016) or "former"
    findings: tuple[Finding, ...]
    skipped: tuple[Skipped, ...] = ()

    @property
    def effective(self) -> list[Finding]:
        return [f for f in self.findings if f.effective]

    def by_area(self, *areas: Area) -> list[Finding]:
        return [f for f in self.effective if f.area in areas]

    @property
    def grounds(self) -> list[Finding]:
        return self.by_area(Area.GROUND)

    @property
    def remedies(self) -> list[Finding]:
        return self.by_area(Area.REMEDY)

    @property
    def clauses(self) -> list[Finding]:
        return self.by_area(Area.CLAUSE)

    @property
    def deadlines(self) -> list[Deadline]:
        found = [f.deadline for f in self.effective if f.deadline is not None]
        return sorted(found, key=lambda d: (d.end is None, d.end or d.start))

    @property
    def damages(self) -> Any:
        """The damages assessment (``recours.law.damages.Assessment``) or None."""
        return next((f.assessment for f in self.effective
                     if f.rule == "fr.civil.1231-2" and f.assessment is not None), None)

    def finding(self, finding_id: str) -> Finding:
        for f in self.findings:
            if f.id == finding_id:
                return f
        matches = [f for f in self.findings if f.rule == finding_id]
        if matches:
            return matches[0]
        raise LawError(T(f"aucun constat « {finding_id} » dans cette analyse",
                         f"no finding '{finding_id}' in this analysis"),
                       fix=T("listez les constats avec « recours law analyse »",
                             "list the findings with 'recours law analyse'"))

    def missing_facts(self) -> list[MissingFact]:
        seen: dict[str, MissingFact] = {}
        for f in self.effective:
            for m in f.missing:
                seen.setdefault(m.path, m)
        return list(seen.values())

    def _deadline_dicts(self, lang: Lang) -> list[dict[str, Any]]:
        out = []
        for f in self.effective:
            if f.deadline is not None:
                item = f.deadline.to_dict(lang)
                item["finding"] = f.id
                item["citations"] = [c.to_dict() for c in f.citations]
                out.append(item)
        return sorted(out, key=lambda d: (d["end"] is None, d["end"] or d["start"]))

    def _damages_dict(self, lang: Lang) -> dict[str, Any] | None:
        for f in self.effective:
            if f.area is Area.DAMAGES and f.rule == "fr.civil.1231-2" and f.assessment:
                item: dict[str, Any] = f.assessment.to_dict(lang)
                item["finding"] = f.id
                item["citations"] = [c.to_dict() for c in f.citations]
                return item
        return None

    def to_dict(self, lang: Lang = "fr") -> dict[str, Any]:
        return {
            "format": ANALYSIS_FORMAT,
            "reference": self.reference, "title": self.title, "on": self.on.isoformat(),
            "regime": self.regime,
            "findings": [f.to_dict(lang) for f in self.findings],
            "deadlines": self._deadline_dicts(lang),
            "remedies": [f.id for f in self.remedies],
            "grounds": [f.id for f in self.grounds],
            "damages": self._damages_dict(lang),
            "missing_facts": [m.to_dict(lang) for m in self.missing_facts()],
            "skipped": [{"rule": s.rule, "reason": s.reason.render(lang)} for s in self.skipped],
        }


def analyse(dossier: Dossier, on: date) -> Analysis:
    """Analyse a dossier on a date. Missing facts are listed, never guessed."""
    if not isinstance(on, date):
        raise LawError(T("la date d'analyse doit être une date", "the analysis date must be a date"))
    ctx = Context(dossier, on, load_articles(), load_parameters())
    findings: list[Finding] = []
    skipped: list[Skipped] = []
    rules = ordered_rules()
    for rule in rules:
        if rule.reformed and ctx.former_law:
            skipped.append(Skipped(rule.id, _former_law_reason(ctx)))
            continue
        produced = _run(ctx, rule)
        ctx.results[rule.id] = produced
        findings.extend(produced)
    resolved = resolve_exceptions(findings, {r.id: r for r in rules})
    return Analysis(dossier.reference, dossier.title, on,
                    "former" if ctx.former_law else "reformed", tuple(resolved), tuple(skipped))


def _run(ctx: Context, rule: Rule) -> list[Finding]:
    ctx.rule = rule
    try:
        result = rule.func(ctx)
    finally:
        ctx.rule = None
    if result is None:
        return []
    if isinstance(result, Finding):
        return [result]
    return list(_check(result))


def _check(items: Iterable[Finding]) -> Iterable[Finding]:
    for item in items:
        if not isinstance(item, Finding):
            raise LawError(T("une règle a rendu autre chose qu'un constat",
                             "a rule returned something other than a finding"))
        yield item


def _former_law_reason(ctx: Context) -> T:
    return T(f"contrat conclu le {ctx.concluded_on}, avant le {ctx.reform_date} : règle fondée "
             "sur les articles issus de l'ordonnance n° 2016-131, non appliquée (art. 9)",
             f"contract concluded on {ctx.concluded_on}, before {ctx.reform_date}: rule based "
             "on articles of ordonnance n° 2016-131, not applied (art. 9)")


def status_of(analysis: Analysis, rule_id: str) -> Status | None:
    found = [f for f in analysis.findings if f.rule == rule_id]
    return found[0].status if found else None
