"""Dossier list, guided creation, overview, YAML edit, export/import, file download."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, File, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from recours.dossier import dump_dossier
from recours.errors import ConflictError, InputError
from recours.store import DossierRow, FileRow, drafts, repo
from recours.store.blobs import safe_filename
from recours.store.exchange import export_zip, import_zip, parse_dossier_yaml
from recours.web import steps, views
from recours.web.context import Ctx
from recours.web.forms import validate_form
from recours.web.interview_view import choices
from recours.web.pages.common import CSRF, CTX, dossier_row, redirect, render
from recours.web.proof_view import fact_rows

router = APIRouter(include_in_schema=False)

@router.get("/", response_class=HTMLResponse)
def home(q: str = "", ctx: Ctx = CTX) -> HTMLResponse:
    """The organisation's dossiers (``q``: words to find in the reference or the title) and
    the next deadlines."""
    q = q.strip()[:200]
    with ctx.store.read() as session:
        rows = repo.list_dossiers(session, ctx.scope, q)
        deadlines = views.latest_deadlines(ctx.store, session, ctx.scope, ctx.lang)
        today = date.today()
        soon = views.upcoming(ctx.store, session, ctx.scope, ctx.lang, today, deadlines)
        status = views.statuses(ctx.store, session, rows, ctx.lang, today, deadlines)
    return render(ctx, "dossiers.html", rows=rows, soon=soon, q=q, status=status)


@router.get("/dossiers/new")
def new_form(ctx: Ctx = CTX) -> RedirectResponse:
    """The guided interview, one page per step (its first step, or where the draft is)."""
    return redirect("/interview")


@router.post("/dossiers/new", dependencies=CSRF, response_class=HTMLResponse)
async def create(request: Request, ctx: Ctx = CTX) -> Response:
    """Every step's fields at once (scripts, tests): the dossier, or the first step at fault
    with what was posted kept as the interview's draft."""
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    form.pop("csrf_token", None)
    dossier, problems = validate_form(form, ctx.lang)
    if dossier is not None:
        try:
            with ctx.store.write() as session:
                row = repo.create_dossier(session, ctx.scope, dossier)
            return redirect(f"/dossiers/{row.public_id}")
        except InputError as error:
            problems = {"reference": [ctx.say(error.message)]}
    with ctx.store.write() as session:
        drafts.save(session, ctx.scope, form)
    step = steps.first_with_problems(problems) or steps.STEPS[-1]
    shown = steps.of_step(problems, step) or problems
    return render(ctx, "interview.html", status_code=422, step=step, steps=steps.STEPS,
                  index=steps.position(step), values=form, problems=shown,
                  general=steps.general(shown), mode="new", incomplete=True,
                  pending=steps.elsewhere(problems, step),
                  **choices(form, ctx.lang))


@router.get("/dossiers/{public_id}", response_class=HTMLResponse)
def overview(public_id: str, ctx: Ctx = CTX) -> HTMLResponse:
    with ctx.store.read() as session:
        view = views.load(ctx.store, session, ctx.scope, public_id, lists=("files",))
    files = {f.sha256: f for f in view.files}
    return render(ctx, "dossier.html", view=view, d=view.dossier, tab="overview",
                  facts=fact_rows(view.dossier, ctx.lang), files_by_sha=files)


@router.get("/dossiers/{public_id}/yaml", response_class=HTMLResponse)
def yaml_form(public_id: str, ctx: Ctx = CTX) -> HTMLResponse:
    with ctx.store.read() as session:
        view = views.load(ctx.store, session, ctx.scope, public_id)
    return render(ctx, "dossier_yaml.html", view=view, d=view.dossier, tab="yaml",
                  text=dump_dossier(view.dossier), error=None, version=view.row.version)


def _form_version(value: object) -> int:
    """The version the form was loaded at (hidden field); 0 (never a version) if absent."""
    return int(value) if isinstance(value, str) and value.isdigit() and len(value) < 13 else 0


@router.post("/dossiers/{public_id}/yaml", dependencies=CSRF, response_class=HTMLResponse)
async def yaml_save(public_id: str, request: Request, ctx: Ctx = CTX) -> Response:
    """Save the YAML if the dossier is still at the version the form was loaded at; else
    409 with the user's text kept and the current version shown beside it."""
    form = await request.form()
    text, version = str(form.get("yaml", "")), _form_version(form.get("version"))
    try:
        dossier = parse_dossier_yaml(text.encode("utf-8"))
        with ctx.store.write() as session:
            row = repo.get_owned(session, ctx.scope, DossierRow, public_id, lock=True)
            repo.update_dossier(session, ctx.scope, row, dossier, expected_version=version)
        return redirect(f"/dossiers/{public_id}")
    except ConflictError:
        with ctx.store.read() as session:
            view = views.load(ctx.store, session, ctx.scope, public_id)
        return render(ctx, "dossier_yaml.html", status_code=409, view=view, d=view.dossier,
                      tab="yaml", text=text, error=None, version=view.row.version,
                      conflict=dump_dossier(view.dossier), based_on=version)
    except InputError as error:
        with ctx.store.read() as session:
            view = views.load(ctx.store, session, ctx.scope, public_id)
        return render(ctx, "dossier_yaml.html", status_code=422, view=view, d=view.dossier,
                      tab="yaml", text=text, error=error.render(ctx.lang), version=version)


@router.post("/dossiers/{public_id}/delete", dependencies=CSRF)
def delete(public_id: str, ctx: Ctx = CTX) -> RedirectResponse:
    with ctx.store.write() as session:
        repo.delete_dossier(session, ctx.scope, dossier_row(ctx, session, public_id))
    return redirect("/")


@router.get("/dossiers/{public_id}/export.zip")
def export(public_id: str, ctx: Ctx = CTX) -> Response:
    with ctx.store.read() as session:
        row = dossier_row(ctx, session, public_id)
        data = export_zip(ctx.store, session, row)
    return attachment(data, f"{row.reference}.zip", "application/zip")


@router.post("/dossiers/import", dependencies=CSRF, response_class=HTMLResponse)
async def import_(archive: UploadFile = File(...), ctx: Ctx = CTX) -> Response:  # noqa: B008
    data = await archive.read()
    await archive.close()
    try:
        with ctx.store.write() as session:
            if (archive.filename or "").lower().endswith((".yaml", ".yml")):
                row = repo.create_dossier(session, ctx.scope, parse_dossier_yaml(data))
            else:
                row = import_zip(ctx.store, session, ctx.scope, data)
    except InputError as error:
        with ctx.store.read() as session:
            rows = repo.list_dossiers(session, ctx.scope)
        return render(ctx, "dossiers.html", status_code=422, rows=rows, soon=[], status={},
                      import_error=error.render(ctx.lang))
    return redirect(f"/dossiers/{row.public_id}")


@router.get("/files/{public_id}")
def download_file(public_id: str, ctx: Ctx = CTX) -> Response:
    with ctx.store.read() as session:
        row = repo.get_owned(session, ctx.scope, FileRow, public_id)
    return attachment(ctx.store.blobs.read(row.sha256), row.filename, row.media_type)


def attachment(data: bytes, filename: str, media_type: str) -> Response:
    from urllib.parse import quote

    filename = safe_filename(filename)
    ascii_name = filename.encode("ascii", "replace").decode()
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
    return Response(data, media_type=media_type,
                    headers={"Content-Disposition": disposition,
                             "Content-Security-Policy": "sandbox"})
