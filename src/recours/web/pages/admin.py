"""The administration page of an organisation's administrator: members and their roles,
invitations (a link that expires, used once), and the invitee's page to accept one.

Accepting creates an account of the inviting organisation whether or not the address has an
account elsewhere (accounts are per organisation): the answer is the same either way. The
chosen password is hashed like a login's, so accepting is rate limited like a login for the
invitation's address."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from recours.errors import AuthError, InputError
from recours.i18n import T
from recours.store import Organisation, User
from recours.store import members as m
from recours.store.models import ROLE_LABELS
from recours.store.passwords import check_password
from recours.web.context import Ctx, load_context
from recours.web.pages.common import CSRF, CTX, redirect, render
from recours.web.security import SessionData

router = APIRouter(include_in_schema=False)
NO_STORE = {"cache-control": "no-store"}


def _admin(ctx: Ctx) -> User:
    if ctx.user is None or ctx.user.role != "admin":
        raise AuthError(T("réservé aux administrateurs", "administrators only"),
                        details={"status": 403})
    return ctx.user


def _page(ctx: Ctx, *, link: str | None = None, error: str | None = None,
          status_code: int = 200) -> HTMLResponse:
    admin = _admin(ctx)
    with ctx.store.read() as session:
        people = m.users(session, admin.org_id)
        invitations = m.pending(session, admin.org_id)
    response = render(ctx, "admin.html", status_code=status_code, members=people,
                      invitations=invitations, link=link, error=error, roles=ROLE_LABELS,
                      invite_days=m.INVITE_DAYS)
    response.headers.update(NO_STORE)
    return response


@router.get("/admin", response_class=HTMLResponse)
def admin_page(ctx: Ctx = CTX) -> HTMLResponse:
    return _page(ctx)


@router.post("/admin/invitations", dependencies=CSRF, response_class=HTMLResponse)
def invite(request: Request, email: str = Form(...), role: str = Form("lawyer"),
           ctx: Ctx = CTX) -> HTMLResponse:
    admin = _admin(ctx)
    try:
        with ctx.store.write() as session:
            _, clear = m.invite(session, admin, email, role)
    except InputError as error:
        return _page(ctx, error=error.render(ctx.lang), status_code=422)
    return _page(ctx, link=f"{str(request.base_url).rstrip('/')}/invite/{clear}")


@router.post("/admin/invitations/{public_id}/revoke", dependencies=CSRF)
def revoke(public_id: str, ctx: Ctx = CTX) -> RedirectResponse:
    admin = _admin(ctx)
    with ctx.store.write() as session:
        m.revoke_invitation(session, admin, public_id)
    return redirect("/admin")


@router.post("/admin/users/{user_id}/role", dependencies=CSRF, response_class=HTMLResponse)
def change_role(user_id: int, role: str = Form(...), ctx: Ctx = CTX) -> Response:
    admin = _admin(ctx)
    try:
        with ctx.store.write() as session:
            m.set_role(session, admin, user_id, role)
    except InputError as error:
        return _page(ctx, error=error.render(ctx.lang), status_code=422)
    return redirect("/admin")


def _invite_page(ctx: Ctx, token: str, error: str | None = None,
                 status_code: int = 200) -> HTMLResponse:
    with ctx.store.read() as session:
        invitation = m.open_invitation(session, token)
        org = session.get(Organisation, invitation.org_id)
        org_name = org.name if org else ""
        email, role = invitation.email, invitation.role
    response = render(ctx, "invite.html", status_code=status_code, token=token, email=email,
                      org_name=org_name, role=ROLE_LABELS[role], error=error)
    response.headers.update(NO_STORE)
    return response


@router.get("/invite/{token}", response_class=HTMLResponse)
def invite_page(token: str, request: Request) -> HTMLResponse:
    return _invite_page(load_context(request), token)


@router.post("/invite/{token}", dependencies=CSRF, response_class=HTMLResponse)
def accept(token: str, request: Request, name: str = Form(""), password: str = Form(...),
           confirm: str = Form(...)) -> Response:
    ctx = load_context(request)
    if password != confirm:
        return _invite_page(ctx, token, status_code=422, error=ctx.tr(
            "Les deux mots de passe diffèrent.", "The two passwords differ."))
    try:
        check_password(password)
    except InputError as error:
        return _invite_page(ctx, token, status_code=422, error=error.render(ctx.lang))
    with ctx.store.read() as session:
        email = m.open_invitation(session, token).email
    limiter, ip = request.app.state.limiter, request.client.host if request.client else "?"
    if not limiter.reserve(ip, email):       # counted before the password is hashed
        return _invite_page(ctx, token, status_code=429, error=ctx.tr(
            "Trop de tentatives : réessayez dans quelques minutes.",
            "Too many attempts: try again in a few minutes."))
    try:
        with ctx.store.write() as session:
            user = m.accept(session, token, password, name=name, lang=ctx.lang)
            user_id, epoch = user.id, user.session_epoch
    except InputError as error:             # the reserved attempt stays counted
        return _invite_page(ctx, token, status_code=422, error=error.render(ctx.lang))
    limiter.succeeded(ip, email)
    request.state.session = SessionData(user_id, epoch, changed=True)
    return redirect("/")
