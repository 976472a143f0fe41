"""Organisations, users (argon2 password hashes) and API tokens (stored as SHA-256)."""

from __future__ import annotations

import hashlib
import secrets
from contextlib import suppress
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from recours.errors import AuthError, InputError, NotFound
from recours.i18n import T
from recours.store import audit
from recours.store.models import ROLES, ApiToken, Organisation, User, utcnow
from recours.store.passwords import check_password, too_long

_hasher = PasswordHasher()
TOKEN_PREFIX = "rct_"


def hash_password(password: str) -> str:
    """The argon2 hash of a password that passes the policy (:func:`check_password`)."""
    check_password(password)
    return _hasher.hash(password)


@cache
def _dummy_hash() -> str:
    """A hash with the same parameters as real ones, checked for unknown accounts so that
    they cost one password check exactly like a known account does."""
    return _hasher.hash(secrets.token_urlsafe(24))


def create_organisation(session: Session, name: str, *, actor: str = "system") -> Organisation:
    org = Organisation(name=name.strip())
    session.add(org)
    session.flush()
    audit.record(session, "org.create", actor=actor, org_id=org.id, target=org.public_id,
                 detail={"name": org.name})
    return org


def create_user(session: Session, org: Organisation, email: str, password: str, *,
                name: str = "", role: str = "lawyer", lang: str = "fr",
                actor: str = "system") -> User:
    email = email.strip().lower()
    if role not in ROLES:
        raise InputError(T(f"rôle inconnu : {role}", f"unknown role: {role}"),
                         fix=T("admin, lawyer ou viewer", "admin, lawyer or viewer"))
    if "@" not in email:
        raise InputError(T(f"adresse électronique invalide : {email}", f"invalid email: {email}"))
    if session.scalar(select(func.count()).where(User.email == email)):
        raise InputError(T(f"un compte existe déjà pour {email}",
                           f"an account already exists for {email}"))
    user = User(org_id=org.id, email=email, name=name or email, role=role, lang=lang,
                password_hash=hash_password(password), session_epoch=0)
    session.add(user)
    session.flush()
    audit.record(session, "user.create", actor=actor, org_id=org.id, target=email,
                 detail={"role": role})
    return user


def authenticate(session: Session, email: str, password: str) -> User:
    """The user with these credentials, or :class:`AuthError` (same message either way).

    Exactly one password check is made whether the account exists or not (an unknown
    account is checked against a dummy hash); a password over the length cap is refused
    before any check."""
    refused = AuthError(T("adresse ou mot de passe incorrect", "wrong email or password"))
    if too_long(password):
        raise refused
    user = session.scalars(select(User).where(User.email == email.strip().lower())).first()
    if user is None:
        with suppress(VerificationError, InvalidHashError):
            _hasher.verify(_dummy_hash(), password)
        raise refused
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise refused from None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return user


def token_digest(token: str) -> str:
    """The SHA-256 kept for an API token (the clear token is shown once, never stored)."""
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(session: Session, user: User, name: str) -> tuple[ApiToken, str]:
    """A new API token; the clear value is returned once and never stored."""
    clear = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(user_id=user.id, name=name.strip() or "api", prefix=clear[:10],
                     token_hash=token_digest(clear), revoked=False)
    session.add(token)
    session.flush()
    audit.record(session, "token.create", actor=user.email, org_id=user.org_id,
                 user_id=user.id, target=token.prefix, detail={"name": token.name})
    return token, clear


def user_for_token(session: Session, clear: str) -> User:
    token = session.scalars(select(ApiToken).where(ApiToken.token_hash == token_digest(clear))).first()
    if token is None or token.revoked:
        raise AuthError(T("jeton d'API invalide ou révoqué", "invalid or revoked API token"))
    now = utcnow()
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        token.last_used_at = now
    return token.user


def revoke_token(session: Session, user: User, token_id: int) -> None:
    token = session.get(ApiToken, token_id)
    if token is None or token.user_id != user.id:
        raise NotFound(T("jeton introuvable", "token not found"), where=str(token_id))
    token.revoked = True
    audit.record(session, "token.revoke", actor=user.email, org_id=user.org_id,
                 user_id=user.id, target=token.prefix)


def tokens_of(session: Session, user: User) -> list[ApiToken]:
    return list(session.scalars(select(ApiToken).where(ApiToken.user_id == user.id)
                                .order_by(ApiToken.id)))
