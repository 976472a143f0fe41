"""Write an analysed contract into a dossier: clauses, commitments, empty contract fields.

The dossier file is rewritten atomically by :func:`recours.dossier.update_dossier_file`
(validated first, temporary file then rename): on any error it is left untouched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from recours.contract.analysis import ContractAnalysis
from recours.contract.model import Section
from recours.contract.values import CommitmentValue
from recours.dossier import (
    FAIRNESS_METRICS,
    CapCarveOut,
    CapExclusion,
    Clause,
    ClauseRef,
    Commitment,
    Comparator,
    Dossier,
    LiabilityCap,
    Metric,
    update_dossier_file,
)
from recours.dossier.commitments import DatasetKind, Window

_OPERATIONS = {
    Metric.AVAILABILITY: DatasetKind.PROBES,
    Metric.LATENCY_P50: DatasetKind.REQUESTS,
    Metric.LATENCY_P95: DatasetKind.REQUESTS,
    Metric.LATENCY_P99: DatasetKind.REQUESTS,
    Metric.SERVICE_ERROR_RATE: DatasetKind.REQUESTS,
}


@dataclass(slots=True)
class ImportReport:
    clauses: int = 0
    added: list[str] = field(default_factory=list)
    matched: list[str] = field(default_factory=list)
    contract_fields: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def import_analysis(analysis: ContractAnalysis, dossier_path: str | Path) -> ImportReport:
    """Merge the analysis into the dossier file; return what was written."""
    report = ImportReport()

    def change(dossier: Dossier) -> Dossier:
        dossier.contract.clauses = build_clauses(analysis)
        report.clauses = len(dossier.contract.clauses)
        _merge_commitments(dossier, analysis.values.commitments, report)
        _fill_contract(dossier, analysis, report)
        return dossier

    update_dossier_file(dossier_path, change)
    return report


def _sections_by_start(analysis: ContractAnalysis) -> dict[int, Section]:
    out: dict[int, Section] = {}
    for section in analysis.structure.sections:
        for passage in section.passages:
            out[passage.start] = section
    return out


def build_clauses(analysis: ContractAnalysis) -> list[Clause]:
    """One clause per passage that carries at least one (non-negated) clause kind."""
    sections = _sections_by_start(analysis)
    kinds: dict[int, list[str]] = {}
    passages = {}
    for detection in analysis.detections:
        if detection.negated:
            continue
        start = detection.passage.start
        passages[start] = detection.passage
        kinds.setdefault(start, [])
        if detection.kind not in kinds[start]:
            kinds[start].append(detection.kind)
    clauses = []
    for index, start in enumerate(sorted(kinds), start=1):
        passage, section = passages[start], sections.get(start)
        clauses.append(
            Clause(
                id=f"K{index}",
                number=section.label if section else None,
                title=section.title if section else None,
                kinds=kinds[start],
                text=passage.text,
                page=passage.page,
                start=passage.start,
                end=passage.end,
            )
        )
    return clauses


def to_commitment(value: CommitmentValue, ident: str, dossier: Dossier) -> Commitment:
    metric = Metric(value.metric)
    window = Window(value.window) if value.window in {w.value for w in Window} else Window.WHOLE
    group_by = None
    if metric in FAIRNESS_METRICS:
        group_by = next(
            (d.columns["group"] for d in dossier.datasets if "group" in d.columns), "group"
        )
    return Commitment(
        id=ident,
        label=value.section,
        metric=metric,
        comparator=Comparator(value.comparator),
        threshold=value.threshold,
        unit=value.unit,
        population=value.population,
        group_by=group_by,
        window=window,
        dataset=_dataset_for(metric, dossier),
        source=ClauseRef(clause=value.section or "contrat", quote=value.quote, page=value.page),
    )


def _dataset_for(metric: Metric, dossier: Dossier) -> str | None:
    kind = _OPERATIONS.get(metric, DatasetKind.PREDICTIONS)
    candidates = [d.id for d in dossier.datasets if d.kind == kind]
    return candidates[0] if len(candidates) == 1 else None


def _merge_commitments(
    dossier: Dossier, values: list[CommitmentValue], report: ImportReport
) -> None:
    taken = {c.id for c in dossier.commitments}
    for value in values:
        same = next(
            (
                c
                for c in dossier.commitments
                if c.metric.value == value.metric
                and c.comparator.value == value.comparator
                and abs(c.threshold - value.threshold) < 1e-9
            ),
            None,
        )
        if same is not None:
            report.matched.append(same.id)
            continue
        number = len(taken) + 1
        while f"C{number}" in taken:
            number += 1
        ident = f"C{number}"
        taken.add(ident)
        commitment = to_commitment(value, ident, dossier)
        if commitment.group_by == "group":
            report.warnings.append(f"{ident}: group_by")
        dossier.commitments.append(commitment)
        report.added.append(ident)


def _fill_contract(dossier: Dossier, analysis: ContractAnalysis, report: ImportReport) -> None:
    """Fill contract fields the dossier leaves empty; never overwrite what the user wrote."""
    contract, values = dossier.contract, analysis.values
    cap = values.liability_cap
    if contract.liability_cap is None and cap is not None:
        months = cap.get("months_of_fees")
        contract.liability_cap = LiabilityCap(
            formula=str(cap.get("formula"))[:500],
            months_of_fees=int(months) if months else None,
            excludes=[CapExclusion(x) for x in values.liability_exclusions],
            carve_outs=[CapCarveOut(x) for x in values.carve_outs],
        )
        report.contract_fields.append("liability_cap")
    simple = {
        "acceptance_period_days": values.acceptance_days,
        "tacit_renewal": values.tacit_renewal,
        "governing_law": {"FR": "droit français"}.get(
            values.governing_law or "", values.governing_law
        ),
        "jurisdiction": values.jurisdiction,
        "term_months": _months(values.term),
        "notice_months": _months(values.notice),
    }
    if contract.warranty_exclusion is None and analysis.present["warranty_exclusion"]:
        simple["warranty_exclusion"] = True
    for name, value in simple.items():
        if value is not None and getattr(contract, name) is None:
            setattr(contract, name, value)
            report.contract_fields.append(name)


def _months(period: str | None) -> int | None:
    if period and period.endswith("m"):
        return int(period[:-1]) or None
    return None
