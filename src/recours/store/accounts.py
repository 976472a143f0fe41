"""Organisations, users (argon2 password hashes) and API tokens (stored as SHA-256).

An account belongs to one organisation; one address may have an account in several
organisations, each with its own password. Nothing an organisation does (invite, accept,
log in, reset) answers or costs differently when the address has accounts elsewhere."""

from __future__ import annotations

import hashlib
import secrets
from base64 import b64decode
from hmac import compare_digest

from argon2 import Parameters, PasswordHasher, Type, extract_parameters
from argon2.low_level import ARGON2_VERSION
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from recours.errors import AuthError, InputError, NotFound
from recours.i18n import T
from recours.store import audit
from recours.store.models import ROLES, ApiToken, Organisation, User, utcnow
from recours.store.passwords import check_password, too_long

_hasher = PasswordHasher()
_DEFAULT = Parameters(type=Type.ID, version=ARGON2_VERSION, salt_len=_hasher.salt_len,
                      hash_len=_hasher.hash_len, time_cost=_hasher.time_cost,
                      memory_cost=_hasher.memory_cost, parallelism=_hasher.parallelism)
TOKEN_PREFIX = "rct_"


def _parse(encoded: str) -> tuple[Parameters, bytes, str]:
    """The parameters, salt and digest (base64, as stored) of an argon2 hash."""
    params = extract_parameters(encoded)
    salt_b64, digest = encoded.rsplit("$", 2)[1:]
    return params, b64decode(salt_b64 + "=" * (-len(salt_b64) % 4)), digest


def _hash(password: str, salt: bytes, params: Parameters) -> str:
    """The one argon2 computation of a login or a password change."""
    hasher = _hasher if params == _DEFAULT else PasswordHasher.from_parameters(params)
    return hasher.hash(password, salt=salt)


def _accounts(session: Session, email: str) -> list[User]:
    return list(session.scalars(select(User).where(User.email == email).order_by(User.id)))


def _address_salt(accounts: list[User]) -> tuple[bytes, Parameters]:
    """The salt and parameters that every account of one address shares (those of its first
    account), or fresh ones for an address with no account yet."""
    if accounts:
        params, salt, _ = _parse(accounts[0].password_hash)
        return salt, params
    return secrets.token_bytes(_hasher.salt_len), _DEFAULT


def _policy_refusal() -> InputError:
    return InputError(T("ce mot de passe ne peut pas être retenu", "this password cannot be "
                        "used"), fix=T("choisissez-en un autre (une phrase de plusieurs mots "
                                       "est plus sûre)", "choose another one (a phrase of "
                                       "several words is safer)"))


def set_password(session: Session, user: User, password: str) -> None:
    """Give ``user`` this password (after the policy, :func:`check_password`).

    Every account of one address shares one salt (organisations each have their own account
    for an address): a login then costs one hash whatever the number of accounts, and the
    password picks the account. Two accounts of one address may therefore not share a
    password; the refusal says only « ce mot de passe ne peut pas être retenu » — it tells
    only someone who already knows the other account's password (who could log in with it),
    and the web counts it as a login attempt for the address (rate limited like one)."""
    check_password(password)
    others = [u for u in _accounts(session, user.email) if u is not user]
    salt, params = _address_salt(others)
    encoded = _hash(password, salt, params)
    digest = encoded.rsplit("$", 1)[1]
    if any(compare_digest(_parse(u.password_hash)[2], digest) for u in others):
        raise _policy_refusal()
    user.password_hash = encoded


def hash_password(password: str) -> str:
    """The argon2 hash of a password that passes the policy (:func:`check_password`), with
    a fresh salt (an account whose address has no other account)."""
    check_password(password)
    return _hasher.hash(password)


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
    """A new account of ``org``. Accounts are per organisation: an address used by another
    organisation gets its own account here, and nothing in the answer (message, status,
    work done) depends on whether it exists elsewhere."""
    email = email.strip().lower()
    if role not in ROLES:
        raise InputError(T(f"rôle inconnu : {role}", f"unknown role: {role}"),
                         fix=T("admin, lawyer ou viewer", "admin, lawyer or viewer"))
    if "@" not in email or len(email) > 254:
        raise InputError(T(f"adresse électronique invalide : {email}", f"invalid email: {email}"))
    if session.scalar(select(func.count()).select_from(User).where(
            User.org_id == org.id, User.email == email)):
        raise InputError(T(f"{email} est déjà membre de l'organisation",
                           f"{email} is already a member of the organisation"))
    user = User(org_id=org.id, email=email, name=name or email, role=role, lang=lang,
                password_hash="", session_epoch=0)
    set_password(session, user, password)
    session.add(user)
    session.flush()
    audit.record(session, "user.create", actor=actor, org_id=org.id, target=email,
                 detail={"role": role})
    return user


def authenticate(session: Session, email: str, password: str) -> User:
    """The user with these credentials, or :class:`AuthError` (same message either way).

    Exactly one password hash is computed whether the address has no account, one, or one
    in each of several organisations (they share a salt, :func:`set_password`); the password
    picks the account. A password over the length cap is refused before any check."""
    refused = AuthError(T("adresse ou mot de passe incorrect", "wrong email or password"))
    if too_long(password):
        raise refused
    accounts = _accounts(session, email.strip().lower())
    salt, params = _address_salt(accounts)
    digest = _hash(password, salt, params).rsplit("$", 1)[1]
    found = [u for u in accounts if compare_digest(_parse(u.password_hash)[2], digest)]
    if not found:
        raise refused
    user = found[0]
    if len(accounts) == 1 and _hasher.check_needs_rehash(user.password_hash):
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
