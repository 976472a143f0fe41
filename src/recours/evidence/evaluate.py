"""``evaluate(spec, data) -> Results``: one streaming pass per dataset, then statistics,
Holm correction across all the spec's commitments (and windows), three-valued verdicts."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
from pydantic import BaseModel, Field

from recours.dossier import Commitment, CommitmentResult, Verdict
from recours.errors import DataError, SpecError
from recours.evidence import parquet
from recours.evidence.accumulate import (
    ACCUMULATORS,
    Acc,
    ConfusionAcc,
    IncidentAcc,
    Need,
    ProbeAcc,
    StatusAcc,
)
from recours.evidence.assess import Assessment, Settings, assess, capped_maintenance, merge
from recours.evidence.data import Batch, DataSource, iter_batches, sha256_file
from recours.evidence.plausible import Plausibility
from recours.evidence.registry import Family, family_of
from recours.evidence.spec import Spec, SpecDataset
from recours.evidence.stats.validity import conditions
from recours.evidence.stats.verdict import holm
from recours.i18n import Lang, T

Progress = Callable[[str, int, int | None], None]


class DatasetSummary(BaseModel):
    id: str
    path: str | None = None
    sha256: str | None = None
    rows: int = 0
    warnings: list[dict[str, str]] = Field(
        default_factory=list, description="Plausibility warnings, {'fr': …, 'en': …}.")


class Detail(BaseModel):
    """What a :class:`CommitmentResult` does not hold: both one-sided tests, notes, chart data."""

    commitment_id: str
    window: str | None = None
    p_breach: float | None = None
    p_conform: float | None = None
    p_breach_adjusted: float | None = None
    p_conform_adjusted: float | None = None
    notes: list[str] = Field(default_factory=list)
    notes_en: list[str] = Field(default_factory=list)
    conditions: str | None = Field(default=None, description="Validity conditions of the "
                                   "method (French).")
    conditions_en: str | None = None
    extras: dict[str, Any] = Field(default_factory=dict)


class Results(BaseModel):
    spec_sha256: str
    seed: int
    resamples: int
    proportion_interval: str
    results: list[CommitmentResult]
    details: list[Detail]
    datasets: list[DatasetSummary]

    def verdicts(self) -> dict[str, int]:
        out = {v.value: 0 for v in Verdict}
        for r in self.results:
            out[r.verdict.value] += 1
        return out


def _labels(c: Commitment, ds: SpecDataset) -> tuple[str, ...]:
    if ds.labels:
        labels = tuple(ds.labels)
    elif (c.positive_label or "1") in ("0", "1"):
        labels = ("0", "1")
    else:
        raise SpecError(T(f"{c.id} : déclarez l'ensemble des étiquettes (« labels ») du jeu "
                          f"« {ds.id} »", f"{c.id}: declare the label set ('labels') of dataset "
                          f"'{ds.id}'"), where=f"datasets/{ds.id}/labels")
    positive = c.positive_label or "1"
    if family_of(c.metric, ds.kind.value) in (Family.SCORES, Family.CALIBRATION,
                                              Family.FAIRNESS) and positive not in labels:
        raise SpecError(T(f"{c.id} : l'étiquette positive « {positive} » n'est pas déclarée",
                          f"{c.id}: positive label '{positive}' is not declared"),
                        where=f"commitments/{c.id}/positive_label")
    return labels


def plan(spec: Spec) -> tuple[dict[Need, Acc], dict[str, Need], list[ProbeAcc]]:
    """One accumulator per distinct need; the need of each commitment."""
    accs: dict[Need, Acc] = {}
    of: dict[str, Need] = {}
    probes: list[ProbeAcc] = []
    for c in spec.commitments:
        ds = spec.dataset(c.dataset)
        family = family_of(c.metric, ds.kind.value)
        uses_labels = family in (Family.CONFUSION, Family.FAIRNESS, Family.SCORES,
                                 Family.CALIBRATION)
        need = Need(
            family=family, dataset=ds.id, slice=tuple(sorted(c.slice.items())),
            window=c.window.value,
            group=(c.group_by or ds.columns.get("group")) if family is Family.FAIRNESS else None,
            cutoff=c.cutoff if uses_labels else None,
            positive=(c.positive_label or "1") if uses_labels else None,
            labels=_labels(c, ds) if uses_labels else (),
            maintenance_cap=c.maintenance_cap_hours if family is Family.PROBES else None,
        )
        if need not in accs:
            acc = ACCUMULATORS[family](need=need, columns=dict(ds.columns))
            if isinstance(acc, StatusAcc) and ds.error_statuses is not None:
                acc.error_values = frozenset(x.lower() for x in ds.error_statuses)
            if isinstance(acc, IncidentAcc):
                acc.observed_from, acc.observed_to = ds.observed_from, ds.observed_to
            accs[need] = acc
            if isinstance(acc, ProbeAcc):
                probes.append(acc)
        of[c.id] = need
    _share_confusion(accs)
    return accs, of, probes


def _share_confusion(accs: dict[Need, Acc]) -> None:
    """An overall confusion matrix is the sum of the per-group ones of a fairness need that
    reads the same rows the same way: derive it instead of accumulating it twice."""
    for need, acc in accs.items():
        if need.family is not Family.CONFUSION or not isinstance(acc, ConfusionAcc):
            continue
        for other, src in accs.items():
            if (other.family is Family.FAIRNESS and isinstance(src, ConfusionAcc)
                    and replace(other, family=Family.CONFUSION, group=None) == need):
                acc.source = src
                break


def planned_maintenance(spec: Spec, data: Any) -> list[tuple[datetime, datetime]]:
    """Planned maintenance intervals of every incident log of the spec (sorted, naive UTC)."""
    out: list[tuple[datetime, datetime]] = []
    for ds in spec.datasets:
        if ds.kind.value != "incidents" or "planned" not in ds.columns:
            continue
        need = Need(Family.INCIDENTS, ds.id, (), "whole", None, None, None, ())
        acc = IncidentAcc(need=need, columns=dict(ds.columns))
        source = _source_for(spec, ds, data)
        _check_declared_hash(ds, source)
        for batch in iter_batches(source, ds.format.value if ds.format else None,
                                  sorted(acc.read_columns()), _origin(source, ds)):
            acc.update(acc.restrict(batch))
        out += [(a, b) for a, b, planned in acc.incidents if planned]
    return merge(out)


def _origin(source: DataSource, ds: SpecDataset) -> str:
    return str(source) if isinstance(source, str | os.PathLike) else ds.id


def _check_declared_hash(ds: SpecDataset, source: DataSource) -> str | None:
    """SHA-256 of a file source; a file that differs from the declared hash is refused."""
    if not isinstance(source, str | os.PathLike) or not Path(source).is_file():
        return None
    return _compare_hash(ds, source, sha256_file(Path(source)))


def _compare_hash(ds: SpecDataset, source: DataSource, digest: str) -> str:
    if ds.sha256 and digest != ds.sha256:
        raise DataError(T("le fichier de données diffère de celui déclaré dans le dossier "
                          f"(SHA-256 {digest[:12]}… au lieu de {ds.sha256[:12]}…)",
                          "the data file differs from the one declared in the dossier "
                          f"(SHA-256 {digest[:12]}… instead of {ds.sha256[:12]}…)"),
                        where=str(source),
                        fix=T("utilisez le fichier d'origine, ou mettez à jour « sha256 » du jeu "
                              "de données en connaissance de cause", "use the original file, or "
                              "knowingly update the dataset's 'sha256'"))
    return digest


class _Hashing:
    """The file's SHA-256 computed on its own thread while the pass reads the file (hashlib
    releases the GIL): the hash costs no wall time. :meth:`result` raises the declared-hash
    mismatch; it is called before any error of the pass, so a substituted file is reported
    as such rather than by its first bad value."""

    def __init__(self, ds: SpecDataset, source: DataSource) -> None:
        self.ds, self.source = ds, source
        self.future: Future[str] | None = None
        if isinstance(source, str | os.PathLike) and Path(source).is_file():
            self.future = _hash_pool().submit(sha256_file, Path(source))

    def result(self) -> str | None:
        if self.future is None:
            return None
        return _compare_hash(self.ds, self.source, self.future.result())


_HASH_POOL: ThreadPoolExecutor | None = None


def _hash_pool() -> ThreadPoolExecutor:
    global _HASH_POOL
    if _HASH_POOL is None:
        _HASH_POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="recours-sha256")
    return _HASH_POOL


def _needed_columns(accs: list[Acc]) -> list[str]:
    cols: set[str] = set()
    for acc in accs:
        cols |= acc.read_columns()
        cols |= {col for col, _ in acc.need.slice}
        if acc.need.group:
            cols.add(acc.need.group)
    return sorted(cols)


def _source_for(spec: Spec, ds: SpecDataset, data: Any) -> DataSource:
    if data is None:
        return spec.data_path(ds)
    if isinstance(data, Mapping) and data and set(data) <= {d.id for d in spec.datasets} and all(
            isinstance(v, str | os.PathLike | pa.Table | Mapping) for v in data.values()):
        if ds.id not in data:
            return spec.data_path(ds)
        src: DataSource = data[ds.id]
        return src
    used = {spec.dataset(c.dataset).id for c in spec.commitments}
    if len(used) > 1:
        raise SpecError(T("plusieurs jeux de données : passez un dictionnaire {id: données}",
                          "several datasets: pass a mapping {id: data}"))
    direct: DataSource = data
    return direct


def plausibility(spec: Spec, ds: SpecDataset, accs: list[Acc], needed: list[str],
                 origin: str) -> Plausibility:
    """The checks of one dataset's rows: scores in range when the run reads them, ids unique
    when the ``id`` role is mapped."""
    score = ds.columns.get("score")
    cutoffs = sorted({a.need.cutoff for a in accs if a.need.cutoff is not None})
    return Plausibility(origin, score=score if score in needed else None,
                        score_range=ds.scores_range(), cutoffs=tuple(cutoffs),
                        id_column=ds.columns.get("id"))


def _total_rows(source: DataSource) -> int | None:
    if isinstance(source, str | os.PathLike) and str(source).endswith(".parquet"):
        try:
            return int(parquet.parquet_file(source).metadata.num_rows)
        except (OSError, pa.ArrowInvalid):
            return None          # iter_batches reports the problem precisely
    if isinstance(source, pa.Table):
        return int(source.num_rows)
    return None


WORKERS = min(4, os.cpu_count() or 1)
_POOL: ThreadPoolExecutor | None = None


def _update_one(acc: Acc, batch: Batch) -> None:
    part = acc.restrict(batch)
    if part.data.num_rows:
        acc.update(part)


def _update_all(accs: list[Acc], batch: Batch) -> None:
    """Update every accumulator with one batch. Accumulators are independent, and NumPy and
    Arrow release the GIL on large arrays, so they run on a few threads; each accumulator
    still sees the batches in file order, so results do not depend on the threads; errors
    are raised in accumulator order, as in a sequential pass."""
    global _POOL
    if len(accs) == 1 or WORKERS == 1:
        for acc in accs:
            _update_one(acc, batch)
        return
    if _POOL is None:
        _POOL = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="recours-evidence")
    list(_POOL.map(lambda acc: _update_one(acc, batch), accs))


def evaluate(spec: Spec | str | os.PathLike[str], data: Any = None,
             progress: Progress | None = None) -> Results:
    """Evaluate every commitment of ``spec`` (a :class:`Spec` or a spec file) on ``data``
    (None: the files the spec names; a path, a PyArrow table, a mapping of columns; or a
    mapping {dataset id: any of those})."""
    if not isinstance(spec, Spec):
        from recours.evidence.spec import load_spec

        spec = load_spec(spec)
    accs, need_of, probes = plan(spec)
    if probes:
        maintenance = planned_maintenance(spec, data)
        for p in probes:
            p.maintenance = capped_maintenance(maintenance, p.need.window,
                                               p.need.maintenance_cap)
    summaries = []
    by_dataset: dict[str, list[Acc]] = {}
    for acc in accs.values():
        by_dataset.setdefault(acc.need.dataset, []).append(acc)
    for ds_id, group in by_dataset.items():
        ds = spec.dataset(ds_id)
        source = _source_for(spec, ds, data)
        is_file = isinstance(source, str | os.PathLike)
        hashing = _Hashing(ds, source)
        summary = DatasetSummary(id=ds_id, path=str(source) if is_file else None)
        total = _total_rows(source)
        fmt = ds.format.value if ds.format else None
        active = [a for a in group if not (isinstance(a, ConfusionAcc) and a.source)]
        needed = _needed_columns(group)
        check = plausibility(spec, ds, group, needed, str(source) if is_file else ds_id)
        if check.id_column is not None and check.id_column not in needed:
            needed = sorted([*needed, check.id_column])
        try:
            for batch in iter_batches(source, fmt, needed, str(source) if is_file else ds_id):
                check.update(batch)
                _update_all(active, batch)
                summary.rows = batch.offset + batch.data.num_rows
                if progress:
                    progress(ds_id, summary.rows, total)
        except BaseException:
            hashing.result()            # a substituted file is named first
            raise
        summary.sha256 = hashing.result()
        summary.warnings = [{"fr": w.fr, "en": w.en} for w in check.finish()]
        summaries.append(summary)
    for acc in accs.values():
        if isinstance(acc, ConfusionAcc) and acc.source is not None:
            acc.derive()
    settings = Settings(spec.level, spec.resamples, spec.proportion_interval,
                        np.random.default_rng(spec.seed))
    assessments: list[Assessment] = []
    for c in spec.commitments:
        assessments += assess(c, accs[need_of[c.id]], settings)
    return _decide(spec, assessments, summaries)


def _text(note: str | T, lang: Lang) -> str:
    return note.render(lang) if isinstance(note, T) else note


def _decide(spec: Spec, items: list[Assessment], summaries: list[DatasetSummary]) -> Results:
    adj_b = holm([a.estimate.p_breach for a in items])
    adj_c = holm([a.estimate.p_conform for a in items])
    results, details = [], []
    for a, pb, pc in zip(items, adj_b, adj_c, strict=True):
        c, e = a.commitment, a.estimate
        alpha = (1 - c.level) / 2
        p: float | None
        padj: float | None
        if pb is not None and pb <= alpha:
            verdict, p, padj = Verdict.BREACH, e.p_breach, pb
        elif pc is not None and pc <= alpha:
            verdict, p, padj = Verdict.CONFORMITY, e.p_conform, pc
        else:
            verdict, p, padj = Verdict.INCONCLUSIVE, e.p_breach, pb
        cond = conditions(e.method)
        results.append(CommitmentResult(
            commitment_id=c.id, metric=c.metric, comparator=c.comparator, threshold=c.threshold,
            estimate=e.estimate, lower=e.lower, upper=e.upper, level=e.level, method=e.method,
            p_value=p, p_adjusted=padj, n=e.n, verdict=verdict, window=a.window, group=None))
        details.append(Detail(commitment_id=c.id, window=a.window, p_breach=e.p_breach,
                              p_conform=e.p_conform, p_breach_adjusted=pb, p_conform_adjusted=pc,
                              notes=[_text(n, "fr") for n in e.notes],
                              notes_en=[_text(n, "en") for n in e.notes],
                              conditions=cond.fr if cond else None,
                              conditions_en=cond.en if cond else None, extras=a.extras))
    return Results(spec_sha256=spec.sha256(), seed=spec.seed, resamples=spec.resamples,
                   proportion_interval=spec.proportion_interval, results=results,
                   details=details, datasets=summaries)
