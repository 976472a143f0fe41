"""Evidence: upload data (and optionally a spec), run in the background with a progress bar
(HTMX polling), then the report with its chart."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy.orm import Session
from starlette.datastructures import UploadFile

from recours.dossier import EvidenceRun
from recours.errors import InputError
from recours.i18n import T
from recours.store import DossierRow, RunRow, Scope, repo
from recours.web import charts, services, views
from recours.web.context import Ctx
from recours.web.pages.common import CSRF, CTX, dossier_row, redirect, render

router = APIRouter(include_in_schema=False)
DATA_TYPES = (".csv", ".jsonl", ".parquet", ".json")


async def _uploads(request: Request) -> tuple[dict[str, tuple[str, bytes]], bytes | None]:
    form = await request.form()
    data: dict[str, tuple[str, bytes]] = {}
    spec: bytes | None = None
    for key, value in form.multi_items():
        if not isinstance(value, UploadFile) or not value.filename:
            continue
        content = await value.read()
        if key == "spec":
            spec = content
        elif key.startswith("dataset_"):
            data[key.removeprefix("dataset_")] = (value.filename, content)
    return data, spec


def start_run(ctx: Ctx, public_id: str, data: dict[str, tuple[str, bytes]],
              spec: bytes | None) -> RunRow:
    """Keep the uploaded files and a pending run together, then start the run."""
    if not data:
        raise InputError(T("aucun fichier de données", "no data file"),
                         fix=T("joignez les données de chaque jeu déclaré",
                               "attach the data of each declared dataset"))
    with ctx.store.write() as session:
        row = dossier_row(ctx, session, public_id)
        for _, (name, content) in data.items():
            ctx.store.add_file(session, ctx.scope, row, "data", name, content, DATA_TYPES)
        if spec is not None:
            ctx.store.add_file(session, ctx.scope, row, "spec", "spec.yaml", spec, (".yaml",))
        run = RunRow(org_id=row.org_id, dossier_id=row.id, status="pending", progress=0.0,
                     source={"datasets": {k: v[0] for k, v in data.items()},
                             "spec": spec is not None})
        session.add(run)
        session.flush()
        ctx.scope.log(session, "evidence.start", run.public_id, dossier=row.public_id)
        dossier = repo.dossier_model(row)
    ctx.request.app.state.jobs.start(run.id, _work(dossier, data, spec),
                                     _finish(ctx.scope, row.id, run.public_id))
    return run


def _work(dossier: Any, data: dict[str, tuple[str, bytes]], spec: bytes | None) -> Any:
    def work(progress: services.Progress) -> dict[str, Any]:
        with tempfile.TemporaryDirectory(prefix="recours-run-") as folder:
            return services.evidence_run(dossier, Path(folder), data, spec, progress)
    return work


def _finish(scope: Scope, dossier_id: int, run_id: str) -> Any:
    def finish(session: Session, result: dict[str, Any]) -> None:
        row = session.get(DossierRow, dossier_id)
        if row is None:
            return
        dossier = repo.dossier_model(row)
        dossier.evidence_runs.append(EvidenceRun(
            id=run_id, run_at=datetime.now().astimezone(), spec_sha256=result["spec_sha256"],
            results=result.get("results", [])))
        repo.update_dossier(session, scope, row, dossier, action="evidence.done")
    return finish


@router.get("/dossiers/{public_id}/evidence", response_class=HTMLResponse)
def evidence_page(public_id: str, ctx: Ctx = CTX) -> HTMLResponse:
    with ctx.store.read() as session:
        view = views.dossier_view(session, dossier_row(ctx, session, public_id))
    return render(ctx, "evidence.html", view=view, d=view.dossier, tab="evidence")


@router.post("/dossiers/{public_id}/evidence", dependencies=CSRF)
async def evidence_start(public_id: str, request: Request, ctx: Ctx = CTX) -> RedirectResponse:
    data, spec = await _uploads(request)
    run = start_run(ctx, public_id, data, spec)
    return redirect(f"/runs/{run.public_id}")


def _run_view(ctx: Ctx, run_id: str) -> dict[str, Any]:
    with ctx.store.read() as session:
        run = repo.get_owned(session, ctx.scope, RunRow, run_id)
        row = session.get(DossierRow, run.dossier_id)
        assert row is not None
        view = views.dossier_view(session, row)
    results = (run.result or {}).get("results", [])
    chart = charts.intervals_svg([
        charts.Interval(f"{r['commitment_id']} {r.get('window') or ''} {r.get('group') or ''}",
                        r.get("estimate"), r.get("lower"), r.get("upper"), r["threshold"],
                        r["verdict"]) for r in results])
    return {"run": run, "view": view, "d": view.dossier, "tab": "evidence", "results": results,
            "chart": chart}


@router.get("/runs/{run_id}", response_class=HTMLResponse)
def run_page(run_id: str, ctx: Ctx = CTX) -> HTMLResponse:
    return render(ctx, "run.html", **_run_view(ctx, run_id))


@router.get("/runs/{run_id}/progress", response_class=HTMLResponse)
def run_progress(run_id: str, ctx: Ctx = CTX) -> HTMLResponse:
    return render(ctx, "_run_status.html", **_run_view(ctx, run_id))
