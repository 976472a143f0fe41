"""Evidence: upload data (and optionally a spec), run in the background with a progress bar
(HTMX polling), then the report with its chart."""

from __future__ import annotations

from typing import Any, NamedTuple

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from markupsafe import Markup
from sqlalchemy import select
from sqlalchemy.orm import defer
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from recours.dossier import Dossier
from recours.store import DossierRow, RunRow, repo
from recours.web import actions, charts, views
from recours.web.context import Ctx
from recours.web.fragments import FragmentCache
from recours.web.pages.common import CSRF, CTX, redirect, render

router = APIRouter(include_in_schema=False)


class RunForm(NamedTuple):
    data: actions.Uploads
    spec: bytes | None
    endpoint: str | None  # the address of the system under test, if it is to be asked


async def uploads(request: Request) -> RunForm:
    form = await request.form()
    data: dict[str, tuple[str, bytes]] = {}
    spec: bytes | None = None
    endpoint = form.get("endpoint")
    for key, value in form.multi_items():
        if not isinstance(value, UploadFile):
            continue
        content = await value.read()
        await value.close()
        if not value.filename:
            continue
        if key == "spec":
            spec = content
        elif key.startswith("dataset_"):
            data[key.removeprefix("dataset_")] = (value.filename, content)
    return RunForm(data, spec, endpoint.strip() or None if isinstance(endpoint, str) else None)


def _launch(ctx: Ctx, run: RunRow, dossier: Dossier, form: RunForm) -> None:
    ctx.request.app.state.jobs.start(
        run.id, actions.run_work(ctx.store, dossier, form.data, form.spec, form.endpoint,
                                 allow=ctx.store.settings.endpoint_allow),
        actions.run_finish(ctx.store, ctx.scope, run.dossier_id, run.public_id))


def start_run(ctx: Ctx, public_id: str, form: RunForm) -> RunRow:
    """Keep the uploaded files and a pending run together, then start the run."""
    run, dossier = actions.create_run(ctx.store, ctx.scope, public_id, form.data, form.spec,
                                      form.endpoint)
    _launch(ctx, run, dossier, form._replace(endpoint=run.source.get("endpoint")))
    return run


@router.get("/dossiers/{public_id}/evidence", response_class=HTMLResponse)
def evidence_page(public_id: str, ctx: Ctx = CTX) -> HTMLResponse:
    with ctx.store.read() as session:
        view = views.load(ctx.store, session, ctx.scope, public_id, lists=("runs",))
    return render(ctx, "evidence.html", view=view, d=view.dossier, tab="evidence")


@router.post("/dossiers/{public_id}/evidence", dependencies=CSRF)
async def evidence_start(public_id: str, request: Request, ctx: Ctx = CTX) -> RedirectResponse:
    # the run is kept (database, files) and its endpoint resolved (DNS) off the event loop
    run = await run_in_threadpool(start_run, ctx, public_id, await uploads(request))
    return redirect(f"/runs/{run.public_id}")


def _run_view(ctx: Ctx, run_id: str) -> dict[str, Any]:
    with ctx.store.read() as session:
        run = repo.get_owned(session, ctx.scope, RunRow, run_id)
        row = session.scalars(select(DossierRow).options(defer(DossierRow.data))
                              .where(DossierRow.id == run.dossier_id)).one()
        view = views.dossier_view(ctx.store, session, row)
    return {"run": run, "view": view, "d": view.dossier, "tab": "evidence",
            "done": _done(ctx, run) if run.status == "done" else None}


def _done(ctx: Ctx, run: RunRow) -> Markup:
    """A finished run's results, chart and seal, rendered once per (run, finish time,
    language) in the process (recours/web/fragments.py): a done run is never changed (a
    restart is for failed runs), and this is most of the report page's cost."""

    def draw() -> str:
        results = (run.result or {}).get("results", [])
        chart = charts.intervals_svg([
            charts.Interval(f"{r['commitment_id']} {r.get('window') or ''} "
                            f"{r.get('group') or ''}", r.get("estimate"), r.get("lower"),
                            r.get("upper"), r["threshold"], r["verdict"], r.get("metric") or "")
            for r in results], lang=ctx.lang)
        template = ctx.request.app.state.templates.env.get_template("_run_done.html")
        return str(template.render(lang=ctx.lang, tr=ctx.tr, run=run, results=results,
                                   chart=chart))

    cache: FragmentCache = ctx.request.app.state.fragments
    return cache.get(("run", run.id, run.finished_at, ctx.lang), draw)


@router.post("/runs/{run_id}/restart", dependencies=CSRF)
def run_restart(run_id: str, ctx: Ctx = CTX) -> RedirectResponse:
    """Start a failed run again on its kept files (e.g. interrupted by a server restart)."""
    run, dossier, data, spec, endpoint = actions.restart_run(ctx.store, ctx.scope, run_id)
    _launch(ctx, run, dossier, RunForm(data, spec, endpoint))
    return redirect(f"/runs/{run.public_id}")


@router.get("/runs/{run_id}", response_class=HTMLResponse)
def run_page(run_id: str, ctx: Ctx = CTX) -> HTMLResponse:
    return render(ctx, "run.html", **_run_view(ctx, run_id))


@router.get("/runs/{run_id}/progress", response_class=HTMLResponse)
def run_progress(run_id: str, ctx: Ctx = CTX) -> HTMLResponse:
    return render(ctx, "_run_status.html", **_run_view(ctx, run_id))
