"""Sessions (signed cookies), CSRF tokens and login rate limiting.

The session cookie is signed with itsdangerous (HttpOnly, SameSite=Lax, Secure when asked):
it holds the user id, the user's session epoch (logging out bumps it, so a stolen cookie dies
with the session) and a random CSRF token. Every state-changing request made with the cookie
must echo that token, as a form field ``csrf_token`` or an ``X-CSRF-Token`` header.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.responses import Response

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
    """At most ``per_account`` failed logins per account and IP, ``per_ip`` per IP, over
    ``window`` seconds. Successful logins clear the account's failures."""

    def __init__(self, per_account: int = 5, per_ip: int = 20, window: float = 300.0) -> None:
        self.per_account, self.per_ip, self.window = per_account, per_ip, window
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        stamps = self._failures.setdefault(key, deque())
        while stamps and now - stamps[0] > self.window:
            stamps.popleft()
        return stamps

    def blocked(self, ip: str, email: str) -> bool:
        now = time.monotonic()
        with self._lock:
            return (len(self._recent(f"a:{ip}:{email}", now)) >= self.per_account
                    or len(self._recent(f"i:{ip}", now)) >= self.per_ip)

    def failed(self, ip: str, email: str) -> None:
        now = time.monotonic()
        with self._lock:
            self._recent(f"a:{ip}:{email}", now).append(now)
            self._recent(f"i:{ip}", now).append(now)

    def succeeded(self, ip: str, email: str) -> None:
        with self._lock:
            self._failures.pop(f"a:{ip}:{email}", None)
