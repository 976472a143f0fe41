"""Write an analysed contract into a dossier: clauses, commitments, the contract fields the
dossier leaves empty (warranty, payment term, cap, renewal, notice and cure periods, governing
law and court, adhesion) and the contract file itself as a pièce with its SHA-256.

The dossier file is rewritten atomically by :func:`recours.dossier.update_dossier_file`
(validated first, temporary file then rename, only the changed keys rewritten so the lawyer's
comments and layout stay): on any error it is left untouched. What the user wrote is never
overwritten; the report says what was filled and what was kept.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
from recours.dossier.proof import Exhibit, ExhibitKind

_OPERATIONS = {
    Metric.AVAILABILITY: DatasetKind.PROBES,
    Metric.LATENCY_P50: DatasetKind.REQUESTS,
    Metric.LATENCY_P95: DatasetKind.REQUESTS,
    Metric.LATENCY_P99: DatasetKind.REQUESTS,
    Metric.SERVICE_ERROR_RATE: DatasetKind.REQUESTS,
}


# standard terms the client adhered to (C. civ., art. 1110): the same marks the review reads
_ADHESION = re.compile(
    r"conditions générales|conditions d['’]utilisation|terms of service|terms of use|"
    r"terms and conditions|\bCGV\b|\bCGU\b",
    re.IGNORECASE,
)
# the law a choice-of-law clause names, as the dossier writes it (« droit français »)
LAW_NAMES = {
    "FR": "droit français", "BE": "droit belge", "LU": "droit luxembourgeois",
    "CH": "droit suisse", "DE": "droit allemand", "ES": "droit espagnol", "IT": "droit italien",
    "NL": "droit néerlandais", "PT": "droit portugais", "IE": "droit irlandais",
    "GB": "droit anglais", "AT": "droit autrichien", "PL": "droit polonais",
    "SE": "droit suédois", "DK": "droit danois", "US": "droit d'un État des États-Unis",
    "CA": "droit canadien", "AU": "droit australien", "SG": "droit de Singapour",
    "HK": "droit de Hong Kong", "JP": "droit japonais",
}


@dataclass(slots=True)
class ImportReport:
    clauses: int = 0
    added: list[str] = field(default_factory=list)
    matched: list[str] = field(default_factory=list)
    # contract field → the value written (fields the dossier left empty)
    contract_fields: dict[str, Any] = field(default_factory=dict)
    # contract field → (the dossier's value, kept; the contract's value, not written)
    kept: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    exhibit: str | None = None
    exhibit_existing: bool = False
    sha256: str | None = None
    warnings: list[str] = field(default_factory=list)


def import_analysis(
    analysis: ContractAnalysis, dossier_path: str | Path, contract_file: str | Path | None = None
) -> ImportReport:
    """Merge the analysis into the dossier file; return what was written. ``contract_file``,
    when given (the CLI gives the file it read), is recorded as a pièce with its SHA-256; the
    analysis's own source name is never opened (an upload's name is no path)."""
    report = ImportReport()
    source = Path(contract_file) if contract_file is not None else None

    def change(dossier: Dossier) -> Dossier:
        dossier.contract.clauses = build_clauses(analysis)
        report.clauses = len(dossier.contract.clauses)
        _merge_commitments(dossier, analysis.values.commitments, report)
        _fill_contract(dossier, analysis, report)
        if source is not None and source.is_file():
            _record_exhibit(dossier, source, Path(dossier_path), report)
        return dossier

    update_dossier_file(dossier_path, change)
    return report


def _record_exhibit(dossier: Dossier, source: Path, dossier_path: Path, report: ImportReport) -> None:
    """The contract file as a pièce: once (same SHA-256 = same pièce), path relative to the
    dossier when the file lies in its folder."""
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    report.sha256 = digest
    same = next((x for x in dossier.exhibits if x.sha256 == digest), None)
    if same is not None:
        report.exhibit, report.exhibit_existing = same.id, True
        return
    taken = {x.id for x in dossier.exhibits}
    number = len(taken) + 1
    while f"P{number}" in taken:
        number += 1
    folder = dossier_path.resolve().parent
    relative = os.path.relpath(source.resolve(), folder)
    inside = not relative.startswith("..") and not os.path.isabs(relative)
    if not inside:
        report.warnings.append("exhibit_outside")
    dossier.exhibits.append(
        Exhibit(
            id=f"P{number}",
            kind=ExhibitKind.OTHER,
            title=f"Contrat : {dossier.contract.title}",
            date=dossier.contract.concluded_on,
            file=Path(relative).as_posix() if inside else None,
            sha256=digest,
            note=None if inside else f"fichier d'origine : {source.name}",
        )
    )
    report.exhibit = f"P{number}"


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
    if cap is not None:
        months = cap.get("months_of_fees")
        multiple = cap.get("fees_multiple")
        amount = cap.get("amount")
        found = LiabilityCap(
            amount=amount,
            formula=str(cap.get("formula"))[:500] if cap.get("formula") else None,
            months_of_fees=int(months) if months else None,
            fees_multiple=float(multiple) if multiple else None,
            excludes=[CapExclusion(x) for x in values.liability_exclusions],
            carve_outs=[CapCarveOut(x) for x in values.carve_outs],
        )
        if contract.liability_cap is None:
            contract.liability_cap = found
            report.contract_fields["liability_cap"] = _cap_words(found)
        else:
            report.kept["liability_cap"] = (
                _cap_words(contract.liability_cap), _cap_words(found)
            )
    notices = values.notices or {}
    cure = _days(notices.get("cure"))
    simple: dict[str, Any] = {
        "acceptance_period_days": values.acceptance_days,
        "tacit_renewal": values.tacit_renewal,
        "governing_law": LAW_NAMES.get(values.governing_law or "", values.governing_law),
        "jurisdiction": _court(values.jurisdiction),
        "term_months": _months(values.term),
        "notice_months": _months(values.notice or notices.get("termination")),
        "cure_period_days": cure,
        "warranty_months": _months(values.warranty),
        "payment_days": values.payment_days,
        "adhesion": True if _ADHESION.search(analysis.contract.text[:3000]) else None,
    }
    if analysis.present["warranty_exclusion"]:
        simple["warranty_exclusion"] = True
    for name, value in simple.items():
        if value is None:
            continue
        current = getattr(contract, name)
        if current is None:
            setattr(contract, name, value)
            report.contract_fields[name] = value
        elif current != value:
            report.kept[name] = (current, value)


def _cap_words(cap: LiabilityCap) -> str:
    if cap.amount is not None:
        return f"{cap.amount}"
    if cap.months_of_fees:
        return f"{cap.months_of_fees} mois de redevances"
    if cap.fees_multiple:
        return f"{cap.fees_multiple:g} × les redevances"
    return (cap.formula or "")[:80]


def _court(city: str | None) -> str | None:
    return f"tribunaux de {city.title()}" if city else None


def _months(period: str | None) -> int | None:
    """« 12m » → 12, « 1y » → 12, « 90d » → 3 (whole months only)."""
    if not period:
        return None
    number, unit = period[:-1], period[-1]
    if not number.isdigit():
        return None
    value = int(number)
    if unit == "m":
        return value or None
    if unit == "y":
        return 12 * value or None
    if unit == "d" and value and value % 30 == 0:
        return value // 30
    return None


def _days(period: str | None) -> int | None:
    """« 15d » → 15, « 2w » → 14 (a period stated in months has no exact count of days)."""
    if not period or not period[:-1].isdigit():
        return None
    value, unit = int(period[:-1]), period[-1]
    return value if unit == "d" else 7 * value if unit == "w" else None


# the contract fields as a lawyer reads them (French, English)
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "liability_cap": ("plafond de responsabilité", "liability cap"),
    "acceptance_period_days": ("délai de recette (jours)", "acceptance period (days)"),
    "tacit_renewal": ("tacite reconduction", "tacit renewal"),
    "governing_law": ("droit applicable", "governing law"),
    "jurisdiction": ("juridiction", "court"),
    "term_months": ("durée (mois)", "term (months)"),
    "notice_months": ("préavis de résiliation ou de non-renouvellement (mois)",
                      "termination or non-renewal notice (months)"),
    "cure_period_days": ("délai pour remédier après mise en demeure (jours)",
                         "cure period after notice (days)"),
    "warranty_months": ("garantie contractuelle (mois)", "contractual warranty (months)"),
    "payment_days": ("délai de paiement (jours)", "payment term (days)"),
    "adhesion": ("contrat d'adhésion (conditions générales)", "standard-form contract"),
    "warranty_exclusion": ("exclusion de garantie", "warranty exclusion"),
}


def _value_words(value: Any, fr: bool) -> str:
    if value is True:
        return "oui" if fr else "yes"
    if value is False:
        return "non" if fr else "no"
    return str(value)


def describe(report: ImportReport, dossier: str, lang: str = "fr") -> list[str]:
    """What the import wrote, as sentences for the lawyer (no Python lists)."""
    fr = lang == "fr"
    none = "aucun" if fr else "none"

    def ids(values: list[str]) -> str:
        return ", ".join(values) if values else none

    lines = [
        f"{dossier} : {report.clauses} clause(s) écrite(s) ; engagements ajoutés : "
        f"{ids(report.added)} ; déjà présents : {ids(report.matched)}."
        if fr
        else f"{dossier}: {report.clauses} clause(s) written; commitments added: "
        f"{ids(report.added)}; already present: {ids(report.matched)}."
    ]
    if report.contract_fields:
        lines.append("Champs du contrat remplis :" if fr else "Contract fields filled:")
        for name, value in report.contract_fields.items():
            label = FIELD_LABELS.get(name, (name, name))[0 if fr else 1]
            lines.append(f"  - {label} : {_value_words(value, fr)}" if fr
                         else f"  - {label}: {_value_words(value, fr)}")
    else:
        lines.append("Aucun champ du contrat à remplir." if fr else "No contract field to fill.")
    for name, (kept, found) in report.kept.items():
        label = FIELD_LABELS.get(name, (name, name))[0 if fr else 1]
        lines.append(
            f"Conservé (saisi dans le dossier) : {label} = {_value_words(kept, fr)} ; le contrat "
            f"indique {_value_words(found, fr)}."
            if fr
            else f"Kept (entered in the dossier): {label} = {_value_words(kept, fr)}; the "
            f"contract says {_value_words(found, fr)}."
        )
    if report.exhibit:
        short = (report.sha256 or "")[:16]
        if report.exhibit_existing:
            lines.append(
                f"Pièce {report.exhibit} : ce fichier y figure déjà (SHA-256 {short}…)."
                if fr
                else f"Exhibit {report.exhibit}: this file is already listed (SHA-256 {short}…)."
            )
        else:
            lines.append(
                f"Pièce {report.exhibit} : le contrat (SHA-256 {short}…)."
                if fr
                else f"Exhibit {report.exhibit}: the contract (SHA-256 {short}…)."
            )
    for warning in report.warnings:
        if warning == "exhibit_outside":
            lines.append(
                "À compléter : le fichier du contrat est hors du dossier ; copiez-le dans son "
                "dossier et indiquez son chemin dans « exhibits » (file)."
                if fr
                else "To complete: the contract file lies outside the dossier's folder; copy it "
                "there and give its path in 'exhibits' (file)."
            )
        elif warning.endswith(": group_by"):
            ident = warning.split(":")[0]
            lines.append(
                f"À compléter : {ident} — indiquez la colonne des groupes (group_by)."
                if fr
                else f"To complete: {ident} — give the group column (group_by)."
            )
        else:
            lines.append(("À compléter : " if fr else "To complete: ") + warning)
    return lines
