"""Sessions (signed cookies), CSRF tokens and login rate limiting.

The session cookie is signed with itsdangerous (HttpOnly, SameSite=Lax, Secure when asked):
it holds the user id, the user's session epoch (logging out bumps it, so a stolen cookie dies
with the session) and a random CSRF token. Every state-changing request made with the cookie
must echo that token, as a form field ``csrf_token`` or an ``X-CSRF-Token`` header.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass, field

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.responses import Response

from recours.store import Store
from recours.store.models import utcnow
from recours.store.throttle import (
    LoginLimits,
    clear_login_failures,
    login_blocked,
    record_login_failure,
    reserve_login_attempt,
)

COOKIE = "recours_session"
LANG_COOKIE = "recours_lang"
SESSION_SECONDS = 12 * 3600


@dataclass
class SessionData:
    user_id: int | None = None
    epoch: int = 0
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    changed: bool = False

    def dump(self) -> dict[str, object]:
        return {"u": self.user_id, "e": self.epoch, "c": self.csrf}


class SessionSigner:
    def __init__(self, secret: str, secure: bool = False) -> None:
        self._serializer = URLSafeTimedSerializer(secret, salt="recours.session")
        self.secure = secure

    def dumps(self, session: SessionData) -> str:
        return self._serializer.dumps(session.dump())

    def loads(self, value: str | None) -> SessionData | None:
        if not value:
            return None
        try:
            raw = self._serializer.loads(value, max_age=SESSION_SECONDS)
        except BadSignature:
            return None
        if not isinstance(raw, dict) or not isinstance(raw.get("c"), str):
            return None
        user = raw.get("u")
        return SessionData(user if isinstance(user, int) else None, int(raw.get("e") or 0),
                           raw["c"])

    def set_cookie(self, response: Response, session: SessionData) -> None:
        response.set_cookie(COOKIE, self.dumps(session), max_age=SESSION_SECONDS, path="/",
                            secure=self.secure, httponly=True, samesite="lax")


def csrf_matches(expected: str, given: str | None) -> bool:
    return bool(given) and hmac.compare_digest(expected.encode(), (given or "").encode())


class LoginLimiter:
    """Failed logins per account and address, per address, and per account, over a window,
    kept in the store's database (shared by every worker and kept across restarts). An
    attempt is counted before its password is checked (:meth:`reserve`), atomically; a
    successful login clears the account's failures from that address."""

    def __init__(self, store: Store, limits: LoginLimits | None = None) -> None:
        self.store = store
        self.limits = limits or LoginLimits()

    def reserve(self, ip: str, email: str) -> bool:
        """Whether this attempt's password may be checked (it is counted as a failure until
        :meth:`succeeded`)."""
        with self.store.write() as session:
            return reserve_login_attempt(session, self.limits, ip, email, utcnow())

    def blocked(self, ip: str, email: str) -> bool:
        with self.store.read() as session:
            return login_blocked(session, self.limits, ip, email, utcnow())

    def failed(self, ip: str, email: str) -> None:
        with self.store.write() as session:
            record_login_failure(session, self.limits, ip, email, utcnow())

    def succeeded(self, ip: str, email: str) -> None:
        with self.store.write() as session:
            clear_login_failures(session, ip, email)
