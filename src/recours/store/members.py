"""Running a firm: its organisation and first administrator, members and their roles,
password resets, and invitations (a link that expires, used once, the invitee choosing their
own password). Every change is written to the audit log.

Accounts are per organisation (an address may have one in each): inviting, accepting and
resetting answer the same whether or not the address has an account in another
organisation, so an administrator learns nothing about other firms' members.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from recours.errors import AuthError, InputError, NotFound
from recours.i18n import T
from recours.store import audit
from recours.store.accounts import create_organisation, create_user, set_password
from recours.store.models import ROLES, Invitation, Organisation, User, utcnow

INVITE_PREFIX = "rci_"
INVITE_DAYS = 7
MAX_INVITE_DAYS = 30


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise InputError(T(f"rôle inconnu : {role}", f"unknown role: {role}"),
                         fix=T("admin, lawyer ou viewer", "admin, lawyer or viewer"))
    return role


def create_firm(session: Session, org_name: str, email: str, password: str, *,
                name: str = "", lang: str = "fr", actor: str = "cli") -> User:
    """A new organisation and its first administrator."""
    org_name = org_name.strip()
    if not org_name:
        raise InputError(T("nom d'organisation vide", "empty organisation name"),
                         fix=T("donnez le nom du cabinet ou de l'entreprise",
                               "give the firm's or company's name"))
    if session.scalar(select(func.count()).select_from(Organisation)
                      .where(Organisation.name == org_name)):
        raise InputError(T(f"une organisation s'appelle déjà « {org_name} »",
                           f"an organisation is already named '{org_name}'"),
                         fix=T("choisissez un autre nom", "choose another name"))
    org = create_organisation(session, org_name, actor=actor)
    return create_user(session, org, email, password, name=name, role="admin", lang=lang,
                       actor=actor)


def organisation(session: Session, name_or_id: str) -> Organisation:
    """The organisation of this name or public id."""
    found = session.scalars(select(Organisation).where(
        (Organisation.name == name_or_id.strip()) | (Organisation.public_id == name_or_id))
    ).first()
    if found is None:
        raise NotFound(T(f"organisation introuvable : {name_or_id}",
                         f"organisation not found: {name_or_id}"),
                       fix=T("recours admin list-users montre les organisations",
                             "recours admin list-users shows the organisations"))
    return found


def user_by_email(session: Session, email: str, org: str | None = None) -> User:
    """The account of this address (in the organisation named, when the address has accounts
    in several). For the server's operator (the CLI), who sees every organisation."""
    query = select(User).where(User.email == email.strip().lower())
    if org:
        query = query.where(User.org_id == organisation(session, org).id)
    found = list(session.scalars(query.order_by(User.id)))
    if not found:
        raise NotFound(T(f"aucun compte pour {email}", f"no account for {email}"))
    if len(found) > 1:
        names = ", ".join(f"« {u.organisation.name} »" for u in found)
        raise InputError(T(f"{email} a un compte dans plusieurs organisations : {names}",
                           f"{email} has an account in several organisations: {names}"),
                         fix=T("précisez l'organisation avec --org", "name the organisation "
                               "with --org"))
    return found[0]


def users(session: Session, org_id: int | None = None) -> list[User]:
    """Users (of one organisation, or all), by organisation then address."""
    query = select(User).join(Organisation, Organisation.id == User.org_id)
    if org_id is not None:
        query = query.where(User.org_id == org_id)
    return list(session.scalars(query.order_by(Organisation.name, User.email)))


def reset_password(session: Session, email: str, password: str, *, org: str | None = None,
                   actor: str = "cli") -> User:
    """A new password; every open session of the account is closed."""
    user = user_by_email(session, email, org)
    set_password(session, user, password)
    user.session_epoch += 1
    audit.record(session, "user.password_reset", actor=actor, org_id=user.org_id,
                 user_id=user.id, target=user.email)
    return user


def generated_password() -> str:
    return secrets.token_urlsafe(15)


def member(session: Session, org_id: int, user_id: int) -> User:
    """A user of this organisation (another organisation's user is not found)."""
    user = session.get(User, user_id)
    if user is None or user.org_id != org_id:
        raise NotFound(T("membre introuvable", "member not found"), where=str(user_id))
    return user


def set_role(session: Session, admin: User, user_id: int, role: str) -> User:
    """Change a member's role; the organisation always keeps one administrator."""
    _check_role(role)
    user = member(session, admin.org_id, user_id)
    if user.role == "admin" and role != "admin":
        admins = session.scalar(select(func.count()).select_from(User).where(
            User.org_id == admin.org_id, User.role == "admin"))
        if (admins or 0) <= 1:
            raise InputError(T("l'organisation doit garder au moins un administrateur",
                               "the organisation must keep at least one administrator"),
                             fix=T("nommez d'abord un autre administrateur",
                                   "make another member administrator first"))
    old, user.role = user.role, role
    audit.record(session, "user.role", actor=admin.email, org_id=admin.org_id,
                 user_id=admin.id, target=user.email, detail={"from": old, "to": role})
    return user


def invite(session: Session, admin: User, email: str, role: str = "lawyer",
           days: int = INVITE_DAYS) -> tuple[Invitation, str]:
    """A new invitation to the administrator's organisation and its clear token (shown
    once, never stored); an earlier pending invitation of the address is replaced."""
    email = email.strip().lower()
    _check_role(role)
    if "@" not in email or len(email) > 254:
        raise InputError(T(f"adresse électronique invalide : {email}", f"invalid email: {email}"))
    if not 1 <= days <= MAX_INVITE_DAYS:
        raise InputError(T(f"durée de validité hors limites : {days} jours (1 à "
                           f"{MAX_INVITE_DAYS})", f"validity out of range: {days} days (1 to "
                           f"{MAX_INVITE_DAYS})"))
    if session.scalar(select(func.count()).select_from(User).where(
            User.org_id == admin.org_id, User.email == email)):
        raise InputError(T(f"{email} est déjà membre de l'organisation",
                           f"{email} is already a member of the organisation"))
    for old in pending(session, admin.org_id):
        if old.email == email:
            old.revoked = True
    clear = INVITE_PREFIX + secrets.token_urlsafe(32)
    invitation = Invitation(org_id=admin.org_id, email=email, role=role,
                            token_hash=_digest(clear), created_by=admin.id, revoked=False,
                            expires_at=utcnow() + timedelta(days=days))
    session.add(invitation)
    session.flush()
    audit.record(session, "invitation.create", actor=admin.email, org_id=admin.org_id,
                 user_id=admin.id, target=email, detail={"role": role, "days": days})
    return invitation, clear


def pending(session: Session, org_id: int) -> list[Invitation]:
    """The organisation's invitations neither accepted, revoked nor expired."""
    return list(session.scalars(select(Invitation).where(
        Invitation.org_id == org_id, Invitation.accepted_at.is_(None),
        Invitation.revoked.is_(False), Invitation.expires_at > utcnow())
        .order_by(Invitation.id)))


def revoke_invitation(session: Session, admin: User, public_id: str) -> None:
    found = session.scalars(select(Invitation).where(
        Invitation.public_id == public_id, Invitation.org_id == admin.org_id)).first()
    if found is None:
        raise NotFound(T("invitation introuvable", "invitation not found"), where=public_id)
    found.revoked = True
    audit.record(session, "invitation.revoke", actor=admin.email, org_id=admin.org_id,
                 user_id=admin.id, target=found.email)


def open_invitation(session: Session, token: str) -> Invitation:
    """The pending invitation of this link; one message for unknown, used, revoked and
    expired links."""
    found = session.scalars(select(Invitation).where(
        Invitation.token_hash == _digest(token.strip()))).first()
    if (found is None or found.revoked or found.accepted_at is not None
            or found.expires_at <= utcnow()):
        raise AuthError(T("invitation invalide, expirée ou déjà utilisée",
                          "invalid, expired or already used invitation"),
                        fix=T("demandez une nouvelle invitation à l'administrateur de votre "
                              "organisation", "ask your organisation's administrator for a new "
                              "invitation"), details={"status": 404})
    return found


def accept(session: Session, token: str, password: str, *, name: str = "",
           lang: str = "fr") -> User:
    """The invitee's account, created with the password they chose; the link is used up."""
    invitation = open_invitation(session, token)
    org = session.get(Organisation, invitation.org_id)
    assert org is not None
    user = create_user(session, org, invitation.email, password, name=name.strip(),
                       role=invitation.role, lang=lang, actor=invitation.email)
    invitation.accepted_at = utcnow()
    audit.record(session, "invitation.accept", actor=user.email, org_id=org.id,
                 user_id=user.id, target=invitation.public_id)
    return user
