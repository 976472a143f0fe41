"""The guided interview's draft: what a user has typed so far, kept server-side between
steps (a reload, a step back, a validation error lose nothing), and the pièces' files they
uploaded before the dossier exists. One draft per user, within their organisation."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from recours.store.blobs import CheckedFile, check_upload
from recours.store.models import DraftFileRow, DraftRow, utcnow
from recours.store.repo import Scope

MAX_FIELDS = 2000  # a draft holds form fields, not arbitrary data


def _row(session: Session, scope: Scope) -> DraftRow | None:
    query = select(DraftRow).where(DraftRow.user_id == scope.user_id,
                                   DraftRow.org_id == scope.org_id)
    return session.scalars(query).first()


def load(session: Session, scope: Scope) -> dict[str, str]:
    """The fields typed so far (empty when no interview is under way)."""
    row = _row(session, scope)
    return as_form(row.data) if row is not None else {}


def save(session: Session, scope: Scope, fields: dict[str, str]) -> None:
    """Keep ``fields`` as the draft (replacing the previous one)."""
    scope.require_write()
    kept = dict(list(fields.items())[:MAX_FIELDS])
    row = _row(session, scope)
    if row is None:
        session.add(DraftRow(org_id=scope.org_id, user_id=scope.user_id, data=kept))
    else:
        row.data, row.updated_at = kept, utcnow()
    session.flush()


def add_file(session: Session, scope: Scope, filename: str, data: bytes,
             max_bytes: int) -> CheckedFile:
    """Check and keep a pièce's file with the draft; its SHA-256 is computed here."""
    scope.require_write()
    checked = check_upload(filename, data, max_bytes)
    row = _row(session, scope)
    if row is None:
        row = DraftRow(org_id=scope.org_id, user_id=scope.user_id, data={})
        session.add(row)
        session.flush()
    known = session.scalars(select(DraftFileRow.id).where(
        DraftFileRow.draft_id == row.id, DraftFileRow.sha256 == checked.sha256)).first()
    if known is None:
        session.add(DraftFileRow(draft_id=row.id, sha256=checked.sha256,
                                 filename=checked.filename, media_type=checked.media_type,
                                 size=checked.size, content=data))
        session.flush()
    return checked


def files(session: Session, scope: Scope) -> dict[str, tuple[str, bytes]]:
    """The draft's files by SHA-256: (file name, content)."""
    row = _row(session, scope)
    if row is None:
        return {}
    found = session.scalars(select(DraftFileRow).where(DraftFileRow.draft_id == row.id))
    return {f.sha256: (f.filename, f.content) for f in found}


def clear(session: Session, scope: Scope) -> None:
    """Forget the draft and its files (the dossier was created, or the user started over)."""
    row = _row(session, scope)
    if row is not None:
        session.execute(delete(DraftFileRow).where(DraftFileRow.draft_id == row.id))
        session.delete(row)
        session.flush()


def as_form(value: Any) -> dict[str, str]:
    """A draft's fields as form values (strings only)."""
    return {str(k): str(v) for k, v in (value or {}).items() if isinstance(v, str)}
