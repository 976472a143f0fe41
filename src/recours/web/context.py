"""Per-request context: who is calling (session cookie or API token), in which language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import Request
from sqlalchemy.orm import Session

from recours.errors import AuthError
from recours.i18n import Lang, T, parse_lang
from recours.store import Scope, Store, User, user_for_token
from recours.web.security import LANG_COOKIE, SessionData, csrf_matches


@dataclass
class Ctx:
    request: Request
    store: Store
    lang: Lang
    session: SessionData
    user: User | None
    via_token: bool = False

    @property
    def scope(self) -> Scope:
        if self.user is None:
            raise AuthError(T("connexion requise", "login required"))
        return Scope.of(self.user)

    def tr(self, fr: str, en: str) -> str:
        return en if self.lang == "en" else fr

    def say(self, text: T, **params: object) -> str:
        return text.render(self.lang, **params)

    def template_vars(self, **extra: Any) -> dict[str, Any]:
        return {"request": self.request, "ctx": self, "lang": self.lang, "user": self.user,
                "csrf": self.session.csrf, "tr": self.tr, **extra}


def request_lang(request: Request, user: User | None) -> Lang:
    chosen = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE)
    if chosen:
        return parse_lang(chosen)
    if user is not None:
        return parse_lang(user.lang)
    return parse_lang(request.app.state.settings.lang)


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return None


def _session_user(session: Session, data: SessionData) -> User | None:
    if data.user_id is None:
        return None
    user = session.get(User, data.user_id)
    if user is None or user.session_epoch != data.epoch:
        return None
    return user


def load_context(request: Request) -> Ctx:
    store: Store = request.app.state.store
    data: SessionData = request.state.session
    token = _bearer(request)
    if token:
        with store.read() as session:
            user: User | None = user_for_token(session, token)
            stale = session.dirty  # last use older than a minute: record it
        if stale:
            with store.write() as session:
                user = user_for_token(session, token)
        return Ctx(request, store, request_lang(request, user), data, user, via_token=True)
    with store.read() as session:
        user = _session_user(session, data)
    return Ctx(request, store, request_lang(request, user), data, user)


async def check_csrf(request: Request) -> None:
    """Refuse a state-changing request made with the session cookie without its token."""
    if request.method in ("GET", "HEAD", "OPTIONS") or _bearer(request):
        return
    data: SessionData = request.state.session
    given = request.headers.get("x-csrf-token")
    if given is None and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()
        value = form.get("csrf_token")
        given = value if isinstance(value, str) else None
    if not csrf_matches(data.csrf, given):
        raise AuthError(T("jeton anti-CSRF absent ou invalide : rechargez la page",
                          "missing or invalid CSRF token: reload the page"),
                        details={"status": 403})
