"""A plain ASGI middleware (no per-request task overhead): loads the signed session, sets
the cookies it needs and the security headers on every response."""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.requests import HTTPConnection
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from recours.i18n import parse_lang
from recours.web.security import COOKIE, LANG_COOKIE, SessionData, SessionSigner

CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
       "script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'")
QUIET_PREFIXES = ("/static/", "/api/", "/favicon.ico")
HEADERS = (("x-content-type-options", "nosniff"), ("x-frame-options", "DENY"),
           ("referrer-policy", "same-origin"))
# Pages and API answers hold client data: never kept by a browser or a proxy (static files may)
NO_STORE = ("cache-control", "no-store")
HSTS = ("strict-transport-security", "max-age=31536000")  # with --secure-cookies (HTTPS)


class SessionMiddleware:
    def __init__(self, app: ASGIApp, signer: SessionSigner) -> None:
        self.app = app
        self.signer = signer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        connection = HTTPConnection(scope)
        loaded = self.signer.loads(connection.cookies.get(COOKIE))
        scope.setdefault("state", {})["session"] = loaded or SessionData(changed=True)
        chosen = connection.query_params.get("lang")
        # static files and API calls never need a new anonymous session cookie
        quiet = loaded is None and scope["path"].startswith(QUIET_PREFIXES)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                session: SessionData = scope["state"]["session"]
                if quiet and session.user_id is None:
                    session.changed = False
                headers = MutableHeaders(scope=message)
                self._decorate(headers, session, chosen)
                if not scope["path"].startswith("/static/"):
                    headers[NO_STORE[0]] = NO_STORE[1]
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _decorate(self, headers: MutableHeaders, session: SessionData,
                  chosen: str | None) -> None:
        cookies = Response()
        if session.changed:
            self.signer.set_cookie(cookies, session)
        if chosen:
            cookies.set_cookie(LANG_COOKIE, parse_lang(chosen), max_age=365 * 86400,
                               samesite="lax", httponly=True, secure=self.signer.secure)
        for raw_key, raw_value in cookies.raw_headers:
            if raw_key == b"set-cookie":
                headers.append("set-cookie", raw_value.decode("latin-1"))
        if "content-security-policy" not in headers:
            headers["content-security-policy"] = CSP
        for key, value in HEADERS:
            headers[key] = value
        if self.signer.secure:
            headers[HSTS[0]] = HSTS[1]
