"""Document generation (mise en demeure, note d'analyse, rapport) and download."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Form
from fastapi.responses import HTMLResponse, Response

from recours.errors import InputError
from recours.store import DocumentRow, repo
from recours.web import actions, services, views
from recours.web.context import Ctx
from recours.web.pages.common import CSRF, CTX, redirect, render
from recours.web.pages.dossiers import attachment

router = APIRouter(include_in_schema=False)


def generate(ctx: Ctx, public_id: str, kind: str, fmt: str, on: date) -> DocumentRow:
    """Build, render and keep a document in one transaction."""
    return actions.generate_document(ctx.store, ctx.scope, public_id, kind, fmt, on,
                                     ctx.lang)[0]


@router.get("/dossiers/{public_id}/documents", response_class=HTMLResponse)
def documents_page(public_id: str, ctx: Ctx = CTX) -> HTMLResponse:
    return _page(ctx, public_id)


def _page(ctx: Ctx, public_id: str, error: str | None = None,
          status_code: int = 200) -> HTMLResponse:
    with ctx.store.read() as session:
        view = views.load(ctx.store, session, ctx.scope, public_id, lists=("documents",))
    return render(ctx, "documents.html", status_code=status_code, view=view, d=view.dossier,
                  tab="documents", kinds=services.DOCUMENT_KINDS,
                  formats=tuple(services.DOCUMENT_FORMATS), today=date.today().isoformat(),
                  error=error)


@router.post("/dossiers/{public_id}/documents", dependencies=CSRF, response_model=None)
def documents_generate(public_id: str, kind: str = Form(...), fmt: str = Form("docx"),
                       on: str = Form(""), ctx: Ctx = CTX) -> Response:
    day = date.fromisoformat(on) if on else date.today()
    try:
        generate(ctx, public_id, kind, fmt, day)
    except InputError as refused:  # e.g. a mise en demeure missing a mandatory element
        return _page(ctx, public_id, error=refused.render(ctx.lang), status_code=422)
    return redirect(f"/dossiers/{public_id}/documents")


@router.get("/documents/{public_id}")
def download_document(public_id: str, ctx: Ctx = CTX) -> Response:
    with ctx.store.read() as session:
        row = repo.get_owned(session, ctx.scope, DocumentRow, public_id)
    return attachment(ctx.store.blobs.read(row.sha256), row.filename, row.media_type)
