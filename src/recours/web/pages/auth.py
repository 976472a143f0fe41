"""Log in and out (rate limited, session rotated at login, invalidated at logout)."""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from recours.errors import AuthError
from recours.store import Scope, User, authenticate
from recours.web.context import Ctx
from recours.web.pages.common import CSRF, ctx_dep, redirect, render
from recours.web.security import SessionData

router = APIRouter(include_in_schema=False)


def _safe_next(target: str | None) -> str:
    """A path of this site to go back to after login, else ``/``. Browsers read ``\\`` as
    ``/`` and drop tabs and newlines, so ``/\\evil.example`` or ``/\t/evil.example`` would
    lead off the site like ``//evil.example``: refused, as is any scheme or host."""
    if not target or not target.startswith("/") or len(target) > 2000:
        return "/"
    if "\\" in target or any(ord(c) < 0x20 or ord(c) == 0x7F for c in target):
        return "/"
    parts = urlsplit(target)
    if target.startswith("//") or parts.scheme or parts.netloc:
        return "/"
    return target


@router.get("/login", response_class=HTMLResponse)
def login_page(next: str | None = None, ctx: Ctx = Depends(ctx_dep)) -> HTMLResponse:  # noqa: B008
    return render(ctx, "login.html", next=_safe_next(next), error=None, email="")


@router.post("/login", dependencies=CSRF, response_class=HTMLResponse)
def login(request: Request, email: str = Form(""), password: str = Form(""),
          next: str = Form("/"), ctx: Ctx = Depends(ctx_dep)) -> Response:  # noqa: B008
    limiter = request.app.state.limiter
    ip = request.client.host if request.client else "?"
    key = email.strip().lower()
    if not limiter.reserve(ip, key):          # counted before the password is checked
        message = ctx.tr("Trop de tentatives : réessayez dans quelques minutes.",
                         "Too many attempts: try again in a few minutes.")
        return render(ctx, "login.html", status_code=429, next=_safe_next(next), error=message,
                      email=email)
    try:
        with ctx.store.write() as session:
            user = authenticate(session, key, password)
            _log(session, user, "auth.login")
    except AuthError as error:                # the reserved attempt stays counted
        return render(ctx, "login.html", status_code=401, next=_safe_next(next),
                      error=ctx.say(error.message), email=email)
    limiter.succeeded(ip, key)
    request.state.session = SessionData(user.id, user.session_epoch, changed=True)
    return redirect(_safe_next(next))


def _log(session: Session, user: User, action: str) -> None:
    Scope.of(user).log(session, action, user.email)


@router.post("/logout", dependencies=CSRF)
def logout(request: Request, ctx: Ctx = Depends(ctx_dep)) -> RedirectResponse:  # noqa: B008
    if ctx.user is not None:
        with ctx.store.write() as session:
            user = session.get(User, ctx.user.id)
            if user is not None:
                user.session_epoch += 1
                _log(session, user, "auth.logout")
    request.state.session = SessionData(changed=True)
    return redirect("/login")


@router.get("/favicon.ico")
def favicon() -> Response:
    return Response(status_code=204)
