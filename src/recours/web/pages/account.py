"""The user's account (language, API tokens) and, for admins, the audit log; members are
managed on the administration page (``/admin``, :mod:`recours.web.pages.admin`)."""

from __future__ import annotations

from fastapi import APIRouter, Form
from fastapi.responses import HTMLResponse, RedirectResponse

from recours.errors import AuthError
from recours.i18n import T, parse_lang
from recours.store import User
from recours.store.accounts import create_token, revoke_token, tokens_of
from recours.store.audit import entries
from recours.web.context import Ctx
from recours.web.pages.common import CSRF, CTX, redirect, render

router = APIRouter(include_in_schema=False)


def _page(ctx: Ctx, new_token: str | None = None) -> HTMLResponse:
    assert ctx.user is not None
    with ctx.store.read() as session:
        tokens = tokens_of(session, ctx.user)
    return render(ctx, "account.html", tokens=tokens, new_token=new_token)


@router.get("/account", response_class=HTMLResponse)
def account(ctx: Ctx = CTX) -> HTMLResponse:
    return _page(ctx)


@router.post("/account/lang", dependencies=CSRF)
def set_lang(lang: str = Form("fr"), ctx: Ctx = CTX) -> RedirectResponse:
    assert ctx.user is not None
    with ctx.store.write() as session:
        user = session.get(User, ctx.user.id)
        assert user is not None
        user.lang = parse_lang(lang)
    response = redirect("/account")
    response.delete_cookie("recours_lang")
    return response


@router.post("/account/tokens", dependencies=CSRF, response_class=HTMLResponse)
def new_token(name: str = Form("api"), ctx: Ctx = CTX) -> HTMLResponse:
    assert ctx.user is not None
    with ctx.store.write() as session:
        user = session.get(User, ctx.user.id)
        assert user is not None
        _, clear = create_token(session, user, name)
    return _page(ctx, new_token=clear)


@router.post("/account/tokens/{token_id}/revoke", dependencies=CSRF)
def revoke(token_id: int, ctx: Ctx = CTX) -> RedirectResponse:
    assert ctx.user is not None
    with ctx.store.write() as session:
        revoke_token(session, ctx.user, token_id)
    return redirect("/account")


def _require_admin(ctx: Ctx) -> None:
    if ctx.user is None or ctx.user.role != "admin":
        raise AuthError(T("réservé aux administrateurs", "administrators only"),
                        details={"status": 403})


@router.get("/audit", response_class=HTMLResponse)
def audit(ctx: Ctx = CTX) -> HTMLResponse:
    _require_admin(ctx)
    report = ctx.store.verify_audit()        # the same check as `recours audit verify`
    with ctx.store.read() as session:
        items = entries(session, ctx.scope.org_id)
    return render(ctx, "audit.html", items=items, report=report,
                  problems=report.lines(ctx.lang))
