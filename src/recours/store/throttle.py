"""Login rate limiting kept in the database: every server process and every restart sees the
same failures. Limits, over a sliding window: failures for one account from one address,
failures from one address (any account), and failures for one account from any address
(slows a guess spread over many addresses; higher, so that a stranger cannot lock a user out
from a single address).

The limit is counted atomically: :func:`reserve_login_attempt` counts the failures and records
the new attempt as a failure in one serialised transaction, *before* the password is checked;
a successful login then clears it. Concurrent attempts therefore see each other, and no more
password checks than the limit are ever made in a window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from recours.store.models import LoginFailure


@dataclass(frozen=True)
class LoginLimits:
    per_account_and_ip: int = 5
    per_ip: int = 20
    per_account: int = 50
    window_seconds: float = 300.0

    def since(self, now: datetime) -> datetime:
        return now - timedelta(seconds=self.window_seconds)


def _count(session: Session, since: datetime, *where: object) -> int:
    found = session.scalar(select(func.count(LoginFailure.id))
                           .where(LoginFailure.at > since, *where))  # type: ignore[arg-type]
    return int(found or 0)


def login_blocked(session: Session, limits: LoginLimits, ip: str, email: str,
                  now: datetime) -> bool:
    since = limits.since(now)
    return (_count(session, since, LoginFailure.ip == ip, LoginFailure.email == email)
            >= limits.per_account_and_ip
            or _count(session, since, LoginFailure.ip == ip) >= limits.per_ip
            or _count(session, since, LoginFailure.email == email) >= limits.per_account)


LOCK_KEY = 727272  # PostgreSQL advisory lock serialising the login counters


def reserve_login_attempt(session: Session, limits: LoginLimits, ip: str, email: str,
                          now: datetime) -> bool:
    """Whether a password may be checked now; if so the attempt is already counted as a
    failure (cleared by :func:`clear_login_failures` when the password is right).

    Call it in a write transaction of its own: on SQLite the store's write transactions take
    the database's write lock at BEGIN; on PostgreSQL an advisory lock serialises it."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"SELECT pg_advisory_xact_lock({LOCK_KEY})"))
    if login_blocked(session, limits, ip, email, now):
        return False
    record_login_failure(session, limits, ip, email, now)
    session.flush()
    return True


def record_login_failure(session: Session, limits: LoginLimits, ip: str, email: str,
                         now: datetime) -> None:
    """Keep the failure; failures older than the window are removed on the way."""
    session.execute(delete(LoginFailure).where(LoginFailure.at <= limits.since(now)))
    session.add(LoginFailure(at=now, ip=ip[:64], email=email[:254]))


def clear_login_failures(session: Session, ip: str, email: str) -> None:
    """A successful login clears its account's failures from that address."""
    session.execute(delete(LoginFailure).where(LoginFailure.ip == ip,
                                               LoginFailure.email == email))
