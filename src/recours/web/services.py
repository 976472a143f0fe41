"""The thin layer between the web adapter and the domain packages.

Each function takes plain values (a dossier, bytes, a date) and returns JSON-ready data that
the store keeps and the pages show. A domain whose public API has not landed yet raises a
clear :class:`RecoursError` ("not available in this installation") instead of guessing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path, PurePath
from typing import Any

from recours.dossier import Dossier
from recours.errors import RecoursError
from recours.i18n import Lang, T
from recours.store.blobs import DOCUMENT_MEDIA, safe_filename

Progress = Callable[[float, str], None]
DOCUMENT_KINDS = ("mise-en-demeure", "note", "rapport")
DOCUMENT_FORMATS = DOCUMENT_MEDIA


def _domain(module: str, *names: str) -> Callable[..., Any]:
    """The first of ``names`` the domain module exposes, or a clear error."""
    try:
        found = importlib.import_module(module)
    except ImportError:
        found = None
    for name in names:
        func = getattr(found, name, None)
        if callable(func):
            return func  # type: ignore[no-any-return]
    raise RecoursError(
        T(f"fonction non disponible dans cette installation : {module}.{names[0]}",
          f"not available in this installation: {module}.{names[0]}"),
        fix=T("mettez Recours à jour", "update Recours"))


def available(module: str, *names: str) -> bool:
    try:
        _domain(module, *names)
    except RecoursError:
        return False
    return True


# Law -------------------------------------------------------------------------------------
def legal_analysis(dossier: Dossier, on: date) -> dict[str, Any]:
    """The law engine's analysis on ``on``, in both languages."""
    analyse = _domain("recours.law", "analyse")
    analysis = analyse(dossier, on=on)
    return {"on": on.isoformat(), "fr": analysis.to_dict("fr"), "en": analysis.to_dict("en")}


def article(ref: str) -> dict[str, Any] | None:
    """An article's stored text and source, looked up by citation or id."""
    try:
        from recours.law import load_articles
    except ImportError:
        return None
    store = load_articles()
    found = store.get(ref)
    return found.to_dict() if found is not None else None


def warm_up() -> None:
    """Load before the first request what the first legal-analysis page of a server process
    would otherwise load while the other requests wait: the stored article texts (about a
    second; 147 files). Loaded lazily, every page thread arriving meanwhile loaded them again
    in parallel (``lru_cache`` does not hold callers back), which made the first law pages of
    a freshly started server take seconds under load.

    Likewise the modules pages import on first use: the contract page's labels import the
    contract reader and its 51 clause detectors (0.7 CPU-s, compiled at import), which
    stalled every request of a worker behind its first contract page — the contract page's
    p99 of 3.3 s under the firm load; the evidence report's method names, the calendar and
    the figures' wording are smaller but paid the same way."""
    for name in ("recours.contract.render", "recours.evidence.stats.validity",
                 "recours.law.calendar", "recours.documents.figures", "recours.web.wording",
                 "recours.web.labels"):
        with suppress(ImportError):
            importlib.import_module(name)
    try:
        from recours.law import load_articles
    except ImportError:
        return
    load_articles()


def deadlines_of(analysis: dict[str, Any] | None, lang: Lang) -> list[dict[str, Any]]:
    if not analysis:
        return []
    items = analysis.get(lang, analysis.get("fr", {})).get("deadlines", [])
    return sorted(items, key=lambda d: d.get("end") or d.get("extended_end") or "9999")


def calendar_of(analysis: dict[str, Any] | None, dossier: Dossier,
                lang: Lang) -> list[dict[str, Any]]:
    """The calendar of the stored analysis (:func:`recours.law.calendar.calendar_entries`)."""
    if not analysis:
        return []
    from recours.law.calendar import calendar_entries

    return calendar_entries(analysis.get(lang, analysis.get("fr", {})), dossier, lang)


# Documents -------------------------------------------------------------------------------
def generate_document(dossier: Dossier, kind: str, fmt: str, on: date,
                      lang: Lang) -> tuple[bytes, str, str]:
    """(content, file name, media type) of a generated document."""
    build = _domain("recours.documents.api", "build_document")
    render = _domain("recours.documents.api", "render")
    if fmt not in DOCUMENT_FORMATS:
        raise RecoursError(T(f"format inconnu : {fmt}", f"unknown format: {fmt}"),
                           fix=T("docx, pdf, md ou html", "docx, pdf, md or html"))
    document = build(dossier, kind, on=on, lang=lang)
    data = render(document, fmt)
    name = f"{dossier.reference}-{kind}-{on.isoformat()}.{fmt}"
    return data, name, DOCUMENT_FORMATS[fmt]


# Contract --------------------------------------------------------------------------------
def _find_quotes(text: str, dossier: Dossier) -> list[dict[str, Any]]:
    """Where the dossier's commitments and clauses are quoted in the contract text."""
    wanted: list[tuple[str, str, str]] = []
    for c in dossier.commitments:
        if c.source and c.source.quote:
            wanted.append((c.source.quote, f"{c.id} — {c.source.clause}", "commitment"))
    for clause in dossier.contract.clauses:
        wanted.append((clause.text, clause.number or clause.id, ",".join(clause.kinds) or "clause"))
    found = []
    folded = " ".join(text.split()).lower()
    for quote, label, kind in wanted:
        needle = " ".join(quote.split()).lower().strip(" .«»\"")
        at = text.lower().find(needle) if needle else -1
        if at >= 0:
            found.append({"start": at, "end": at + len(needle), "label": label, "kind": kind})
        elif needle and needle in folded:
            found.append({"start": None, "end": None, "label": label, "kind": kind})
    return found


def contract_analysis(data: bytes, filename: str, dossier: Dossier) -> dict[str, Any]:
    """Read the contract; analyse it with the contract domain when present."""
    from recours.contract.reading import read_contract_bytes

    text = read_contract_bytes(data, filename)
    result: dict[str, Any] = {
        "filename": filename, "text": text.text, "pages": text.pages, "ocr": text.ocr,
        "warnings": list(text.warnings), "highlights": _find_quotes(text.text, dossier),
        "commitments": [], "review": None, "engine": "reading",
    }
    if available("recours.contract.analysis", "analyse_text"):
        result.update(_contract_review(text))
        result["engine"] = "recours.contract"
    return result


def _contract_review(text: Any) -> dict[str, Any]:
    """Clauses by kind (highlighted), commitments, gaps, risks and model clauses."""
    analyse_text = _domain("recours.contract.analysis", "analyse_text")
    review = _domain("recours.contract.review", "review")
    to_data = _domain("recours.contract.render", "to_data")
    from recours.contract.render import KIND_LABELS

    analysis = analyse_text(text)
    checked = review(analysis)
    data = {lang: to_data(analysis, checked, lang) for lang in ("fr", "en")}
    highlights = []
    for kind, found in data["fr"]["kinds"].items():
        label = KIND_LABELS.get(kind)
        for passage in found["passages"]:
            highlights.append({"start": passage.get("start"), "end": passage.get("end"),
                               "kind": kind, "section": passage.get("section"),
                               "label": f"{label.fr if label else kind} — "
                                        f"{passage.get('section') or ''}".strip(" —"),
                               "label_en": f"{label.en if label else kind}"})
    for c in data["fr"]["values"]["commitments"]:
        if c.get("start") is not None:
            highlights.append({"start": c["start"], "end": c["end"], "kind": "commitment",
                               "label": f"{c['metric']} {c['comparator']} {c['threshold']} — "
                                        f"{c.get('section') or ''}"})
    values = {k: v for k, v in data["fr"]["values"].items() if k != "commitments"}
    kinds = {kind: {"present": found.get("present"), "passages": found.get("passages", [])}
             for kind, found in data["fr"]["kinds"].items()}
    return {"highlights": highlights, "review": {lang: _review(d) for lang, d in data.items()},
            "commitments": data["fr"]["values"]["commitments"], "values": values,
            "kinds": kinds}


def _review(data: dict[str, Any]) -> dict[str, Any]:
    checklist = data["review"]["checklist"]
    return {
        "gaps": [c for c in checklist if c["status"] in ("missing", "weak")],
        "risks": data["review"]["risks"],
        "model_clauses": data["review"]["model_clauses"],
        "present": sum(1 for c in checklist if c["status"] == "present"),
        "checked": len(checklist),
    }


def import_contract(dossier: Dossier, data: bytes, filename: str,
                    folder: Path) -> tuple[Dossier, dict[str, Any]]:
    """The dossier with the contract's clauses and commitments merged in (the contract
    domain's own import, which works on a dossier file: written in ``folder``, a private
    scratch folder of the data folder that the caller removes), and what was added."""
    from recours.contract.reading import read_contract_bytes
    from recours.dossier import load_dossier, save_dossier

    analyse_text = _domain("recours.contract.analysis", "analyse_text")
    import_analysis = _domain("recours.contract.dossier_import", "import_analysis")
    path = folder / "dossier.yaml"
    save_dossier(dossier, path)
    analysis = analyse_text(read_contract_bytes(data, filename))
    report = import_analysis(analysis, path)
    merged = load_dossier(path)
    return merged, {"clauses": report.clauses, "added": list(report.added),
                    "matched": list(report.matched), "fields": list(report.contract_fields),
                    "warnings": list(report.warnings)}


def segments(text: str, highlights: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any] | None]]:
    """The text cut into plain and highlighted pieces (overlaps: the first one wins)."""
    marks = sorted((h for h in highlights if h.get("start") is not None and h.get("end")),
                   key=lambda h: (h["start"], -h["end"]))
    pieces: list[tuple[str, dict[str, Any] | None]] = []
    at = 0
    for mark in marks:
        start, end = int(mark["start"]), int(mark["end"])
        if start < at or end > len(text):
            continue
        if start > at:
            pieces.append((text[at:start], None))
        pieces.append((text[start:end], mark))
        at = end
    if at < len(text):
        pieces.append((text[at:], None))
    return pieces


# Evidence --------------------------------------------------------------------------------
def evidence_run(dossier: Dossier, workdir: Path, data: dict[str, tuple[str, bytes]],
                 spec_yaml: bytes | None, progress: Callable[[float, str], None],
                 endpoint: str | None = None, *, policy: Any = None,
                 seal: Seal | None = None) -> dict[str, Any]:
    """Evaluate the dossier's commitments on uploaded data (dataset id → (name, bytes)) and
    seal the run as the CLI does (one service: :mod:`recours.evidence.service`).

    The files are laid out in ``workdir`` where the dossier (or the uploaded spec) expects
    them; the evaluation streams them once and reports its progress. With ``endpoint``, the
    predictions dataset's file holds the test cases: each is sent to the endpoint and its
    answers are evaluated (every connection under ``policy``, an
    :class:`~recours.outbound.AddressPolicy`); the journal of every request and answer is returned as
    ``journal`` (bytes, not JSON: the caller keeps it as a file) and sealed in the bundle.
    The bundle's zip is returned as ``bundle_zip`` (bytes), its seals under ``seal``."""
    from recours.evidence.run import failures_json
    from recours.evidence.service import measure_and_seal, seal_fields

    seal = seal or Seal(key_path=_default_key())
    spec = declared = _spec(dossier, workdir, data, spec_yaml)
    source: dict[str, Any] | None = None
    extra: dict[str, Any] = {}
    responses: dict[str, bytes] = {}
    progress(0.02, "lecture de la spécification")
    if endpoint:
        spec, source, extra = _ask_endpoint(spec, endpoint, workdir, progress, policy)
        responses = {"journal.jsonl": extra["journal"],
                     "failures.json": failures_json(extra.pop("outcome"))}

    def report(dataset_id: str, rows: int, total: int | None) -> None:
        fraction = rows / total if total else 0.5
        start, width = (0.7, 0.2) if endpoint else (0.05, 0.8)
        progress(start + width * fraction, f"{dataset_id} : {rows} / {total or '?'}")

    run_at = seal.run_at or datetime.now(UTC)
    sealed = measure_and_seal(workdir / "bundle", declared, eval_spec=spec, source=source,
                              key_path=seal.key_path, run_at=run_at, lang=seal.lang,
                              tsa_url=seal.tsa_url, extra=responses, progress=report,
                              argv=["recours-web"])
    progress(0.97, "scellement")
    return {"spec_sha256": declared.sha256(), **sealed.results.model_dump(mode="json"),
            **extra, "seal": {**seal_fields(sealed), "run_at": run_at.isoformat()},
            "bundle_zip": sealed.bundle.zip_path.read_bytes()}


@dataclass(frozen=True)
class Seal:
    """How the web seals a run: the server's signing key, its timestamp authority."""

    key_path: Path
    tsa_url: str | None = None
    lang: Lang = "fr"
    run_at: datetime | None = None


def _default_key() -> Path:
    from recours.settings import Settings

    return Settings.from_env().signing_key


def _ask_endpoint(spec: Any, endpoint: str, workdir: Path,
                  progress: Callable[[float, str], None], policy: Any,
                  ) -> tuple[Any, Any, dict[str, Any]]:
    from recours.evidence.run import endpoint_source, failure_rows, target_dataset
    from recours.evidence.runners import case_rows

    ds = target_dataset(spec)
    rows = list(case_rows(spec.data_path(ds), ds))  # read once: counted, then sent
    total = len(rows)
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if done == total or done % 25 == 0:
            progress(0.05 + 0.65 * done / max(total, 1), f"{endpoint} : {done} / {total}")

    progress(0.05, f"{endpoint} : 0 / {total}")
    eval_spec, source, outcome = endpoint_source(spec, endpoint, workdir / "journal.jsonl",
                                                 tick=tick, rows=rows,
                                                 http_options={"policy": policy})
    return eval_spec, source, {
        "endpoint": {"url": endpoint, "cases": total, "failures": len(outcome.failures),
                     "failures_detail": failure_rows(outcome)[:50]},
        "journal": outcome.journal, "outcome": outcome}


def _spec(dossier: Dossier, workdir: Path, data: dict[str, tuple[str, bytes]],
          spec_yaml: bytes | None) -> Any:
    from recours.dossier import save_dossier
    from recours.evidence import load_spec, spec_from_dossier

    if not dossier.commitments:
        raise RecoursError(T("le dossier ne contient aucun engagement mesurable",
                             "the case file has no measurable commitment"),
                           fix=T("ajoutez des engagements (onglet YAML) ou analysez le contrat",
                                 "add commitments (YAML tab) or analyse the contract"))
    # The web reads uploaded files only, matched to their dataset by id, never a server path
    # named in the dossier or the spec: every path is rewritten to its upload under
    # ``workdir/data`` and data files are confined there. The uploaded files replace the
    # declared ones: their declared hashes no longer apply (the run records the hashes of what
    # was actually measured).
    dossier = dossier.model_copy(deep=True)
    uploads = _lay_out_uploads(workdir / "data", dossier, data)
    for declared in dossier.datasets:
        declared.path = _upload_path(uploads, declared.id, declared.path)
        if declared.id in data:
            declared.sha256 = None
    dossier_path = workdir / "dossier.yaml"
    save_dossier(dossier, dossier_path)
    if spec_yaml is not None:
        spec_path = workdir / "spec.yaml"
        spec_path.write_bytes(spec_yaml)
        spec = load_spec(spec_path)
        for ds in spec.datasets:
            ds.path = _upload_path(uploads, ds.id, ds.path)
        return spec.with_root(workdir / "data")
    return spec_from_dossier(dossier, dossier_path, workdir).with_root(workdir / "data")


def _lay_out_uploads(folder: Path, dossier: Dossier,
                     data: dict[str, tuple[str, bytes]]) -> dict[str, str]:
    """Write each upload to ``folder/<dataset id>/<name>``; return dataset id → path relative
    to the work folder. The name keeps the declared file's suffix (it gives the format)."""
    declared = {d.id: d.path for d in dossier.datasets}
    laid: dict[str, str] = {}
    for dataset_id, (name, content) in data.items():
        base = safe_filename(PurePath(declared.get(dataset_id, name)).name)
        target = folder / safe_filename(dataset_id) / base
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        laid[dataset_id] = target.relative_to(folder.parent).as_posix()
    return laid


def _upload_path(uploads: dict[str, str], dataset_id: str, declared: str) -> str:
    """The upload of ``dataset_id``, or where it would be (a file that does not exist)."""
    return uploads.get(dataset_id) or (
        f"data/{safe_filename(dataset_id)}/{safe_filename(PurePath(declared).name)}")
