"""What every page shares: the request context, rendering, dossier lookup in scope."""

from __future__ import annotations

from typing import Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy.orm import Session

from recours.errors import AuthError
from recours.i18n import T
from recours.store import DossierRow
from recours.store.repo import get_owned
from recours.web.context import Ctx, check_csrf, load_context

CSRF = [Depends(check_csrf)]


def ctx_dep(request: Request) -> Ctx:
    return load_context(request)


def user_ctx(request: Request) -> Ctx:
    """The context of a logged-in user (401 → redirect to the login page otherwise)."""
    ctx = load_context(request)
    if ctx.user is None:
        raise AuthError(T("connexion requise", "login required"))
    return ctx


CTX = Depends(user_ctx)


def render(ctx: Ctx, template: str, status_code: int = 200, **values: Any) -> HTMLResponse:
    templates = ctx.request.app.state.templates
    response: HTMLResponse = templates.TemplateResponse(
        ctx.request, template, ctx.template_vars(**values), status_code=status_code)
    return response


def redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def dossier_row(ctx: Ctx, session: Session, public_id: str) -> DossierRow:
    return get_owned(session, ctx.scope, DossierRow, public_id)
