"""A complete evidence run on a dossier: spec, data or system under test, evaluation, sealed
bundle, and the run recorded in the dossier (only after everything succeeded)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recours.dossier import Dossier, EvidenceRun, load_dossier, update_dossier_file
from recours.errors import BundleError, SpecError
from recours.evidence.bundle import BundleInfo
from recours.evidence.evaluate import Progress, Results
from recours.evidence.registry import Family, family_of
from recours.evidence.service import measure_and_seal, run_record
from recours.evidence.spec import (
    Spec,
    SpecDataset,
    check_against_dossier,
    load_spec,
    spec_from_dossier,
)
from recours.i18n import Lang, T

if TYPE_CHECKING:  # the runners (httpx, asyncio) load only when a system is queried
    from cryptography import x509

    from recours.evidence.runners import RunOutcome

# measured on the answered test cases only (a failed request is a service error, not a
# wrong answer)
QUALITY = frozenset({Family.CONFUSION, Family.SCORES, Family.CALIBRATION, Family.FAIRNESS,
                     Family.REGRESSION})


@dataclass
class RunResult:
    results: Results
    bundle: BundleInfo
    run: EvidenceRun
    runner: RunOutcome | None
    dossier_updated: bool


# (request id, payload sent, row with its label), as recours.evidence.runners.case_rows yields
CaseRow = tuple[str, Any, dict[str, Any]]


def resolve_spec(dossier_path: Path, spec_path: Path | None, *,
                 allow_outside: bool = False) -> tuple[Dossier, Spec]:
    """The dossier and the spec to run; the data files the spec names must lie in the
    dossier's folder unless ``allow_outside`` (the user's explicit choice)."""
    dossier, spec = _dossier_and_spec(dossier_path, spec_path)
    return dossier, spec.with_root(dossier_path.parent.resolve(), allow_outside=allow_outside)


def _dossier_and_spec(dossier_path: Path, spec_path: Path | None) -> tuple[Dossier, Spec]:
    dossier = load_dossier(dossier_path)
    if spec_path is None:
        if not dossier.commitments:
            raise SpecError(T("le dossier ne contient aucun engagement mesurable",
                              "the dossier has no measurable commitment"), where=str(dossier_path),
                            fix=T("ajoutez une section « commitments »", "add a 'commitments' section"))
        return dossier, spec_from_dossier(dossier, dossier_path, dossier_path.parent)
    spec = load_spec(spec_path)
    check_against_dossier(spec, dossier, str(spec_path))
    return dossier, spec


def target_dataset(spec: Spec) -> SpecDataset:
    """The dataset that --data / --endpoint / --callable replaces: the one holding the model's
    predictions (the only one used, or the first of kind 'predictions')."""
    used = []
    for c in spec.commitments:
        ds = spec.dataset(c.dataset)
        if ds not in used:
            used.append(ds)
    if len(used) == 1:
        return used[0]
    for ds in used:
        if ds.kind.value == "predictions":
            return ds
    raise SpecError(T("impossible de choisir le jeu de données à remplacer",
                      "cannot choose which dataset to replace"),
                    fix=T("utilisez une spécification avec un seul jeu « predictions »",
                          "use a spec with one 'predictions' dataset"))


def runner_spec(spec: Spec, ds: SpecDataset, outcome: RunOutcome) -> Spec:
    """The spec to evaluate a runner's table: quality metrics on answered rows only, every
    failed request counted as a service error."""
    new = spec.model_copy(deep=True).with_base(spec.base_dir)
    target = next(d for d in new.datasets if d.id == ds.id)
    names = set(outcome.table.column_names)
    columns = {r: c for r, c in target.columns.items() if c in names}
    for role in ("score", "prediction", "forecast", "latency_ms", "status"):
        name = ds.columns.get(role, role)
        if name in names:
            columns[role] = name
    target.columns = columns
    statuses = set(outcome.table.column(columns["status"]).to_pylist()) - {"ok"}
    target.error_statuses = sorted(str(s) for s in statuses) or ["__none__"]
    for c in new.commitments:
        if new.dataset(c.dataset).id == ds.id and family_of(c.metric, ds.kind.value) in QUALITY:
            c.slice = {**c.slice, "__ok": "true"}
    return new


def _slice_columns(spec: Spec) -> list[str]:
    """Columns of the test set the runners keep next to each answer (the commitments'
    slices need them)."""
    return sorted({k for c in spec.commitments for k in c.slice})


def endpoint_source(spec: Spec, endpoint: str, journal: Path, *,
                    tick: Callable[[int], None] | None = None,
                    http_options: dict[str, Any] | None = None,
                    rows: Iterable[CaseRow] | None = None,
                    ) -> tuple[Spec, dict[str, Any], RunOutcome]:
    """Send the target dataset's test cases to ``endpoint`` (journal appended, resumable) and
    return the spec to evaluate the answers with, the evaluation source and the outcome.
    ``rows``: the target dataset's test cases when the caller has already read them."""
    from recours.evidence.runners import case_rows, run_endpoint

    ds = target_dataset(spec)
    if rows is None:
        rows = case_rows(spec.data_path(ds), ds)
    outcome = run_endpoint(endpoint, rows, ds, journal, tick=tick, keep=_slice_columns(spec),
                           **(http_options or {}))
    return runner_spec(spec, ds, outcome), {ds.id: outcome.table}, outcome


def failure_rows(outcome: RunOutcome) -> list[dict[str, Any]]:
    """Every failed request with its status and reason (also in the journal)."""
    return [{"request": f.request_id, "status": f.status, "error": f.error,
             "latency_ms": f.latency_ms} for f in outcome.failures]


def failures_json(outcome: RunOutcome) -> bytes:
    return (json.dumps(failure_rows(outcome), indent=2, ensure_ascii=False) + "\n").encode()


def execute(dossier_path: Path, out: Path, *, spec_path: Path | None = None,
            data: Path | None = None, endpoint: str | None = None, target: str | None = None,
            key_path: Path, tsa_url: str | None = None,
            tsa_roots: list[x509.Certificate] | None = None, lang: Lang = "fr",
            run_at: datetime, progress: Progress | None = None,
            tick: Callable[[int], None] | None = None, update_dossier: bool = True,
            http_options: dict[str, Any] | None = None, argv: list[str] | None = None,
            allow_outside: bool = False) -> RunResult:
    _, spec = resolve_spec(dossier_path, spec_path, allow_outside=allow_outside)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise BundleError(T("le dossier de sortie existe et n'est pas vide",
                            "the output folder exists and is not empty"), where=str(out),
                          fix=T("choisissez un nouveau répertoire --out",
                                "choose a new --out folder"))
    source: dict[str, Any] | None = None
    outcome: RunOutcome | None = None
    extra: dict[str, bytes] = {}
    eval_spec = spec
    if data is not None or endpoint or target:
        ds = target_dataset(spec)
        if data is not None:
            # another file than the dossier's: its declared hash does not apply (the bundle
            # records the hash of the file actually read)
            eval_spec = spec.model_copy(deep=True).with_base(spec.base_dir)
            next(d for d in eval_spec.datasets if d.id == ds.id).sha256 = None
            source = {ds.id: data}
        elif endpoint:
            journal = out.with_name(out.name + ".journal.jsonl")
            eval_spec, source, outcome = endpoint_source(spec, endpoint, journal, tick=tick,
                                                         http_options=http_options)
            extra["journal.jsonl"] = outcome.journal
            extra["failures.json"] = failures_json(outcome)
        else:
            from recours.evidence.runners import case_rows, run_callable

            assert target is not None
            rows = case_rows(spec.data_path(ds), ds)
            outcome = run_callable(target, rows, ds, tick=tick, keep=_slice_columns(spec))
            extra["callable.jsonl"] = outcome.journal
            extra["failures.json"] = failures_json(outcome)
            eval_spec = runner_spec(spec, ds, outcome)
            source = {ds.id: outcome.table}
    sealed = measure_and_seal(out, spec, eval_spec=eval_spec, source=source, key_path=key_path,
                              run_at=run_at, lang=lang, tsa_url=tsa_url, tsa_roots=tsa_roots,
                              extra=extra, argv=argv, progress=progress)
    results, info = sealed.results, sealed.bundle
    run = run_record(sealed, f"run-{run_at:%Y%m%dT%H%M%S}", run_at,
                     os.path.relpath(info.folder.resolve(), dossier_path.parent.resolve()))
    updated = False
    if update_dossier:
        def add(d: Dossier) -> Dossier:
            d.evidence_runs = [*d.evidence_runs, run]
            return d
        update_dossier_file(dossier_path, add)
        updated = True
    return RunResult(results, info, run, outcome, updated)
