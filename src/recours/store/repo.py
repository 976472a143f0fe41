"""Dossiers and what hangs from them, always read and written within one organisation.

Every lookup filters on the caller's organisation: an object of another organisation is
:class:`NotFound`, exactly like an object that does not exist (no oracle for guessing).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Text, bindparam, cast, or_, select
from sqlalchemy.orm import Session, defer
from sqlalchemy.orm.exc import StaleDataError

from recours.dossier import Dossier
from recours.errors import AuthError, ConflictError, InputError, NotFound
from recours.i18n import T
from recours.store import audit
from recours.store.models import (
    AnalysisRow,
    DocumentRow,
    DossierRow,
    FileRow,
    RunRow,
    User,
    utcnow,
)

Row = TypeVar("Row", DossierRow, FileRow, DocumentRow, AnalysisRow, RunRow)
Child = TypeVar("Child", FileRow, DocumentRow, AnalysisRow, RunRow)
WRITERS = ("admin", "lawyer")


@dataclass(frozen=True)
class Scope:
    """Who acts: their organisation, user id, e-mail and role."""

    org_id: int
    user_id: int | None
    actor: str
    role: str

    @classmethod
    def of(cls, user: User) -> Scope:
        return cls(user.org_id, user.id, user.email, user.role)

    def require_write(self) -> None:
        if self.role not in WRITERS:
            raise AuthError(T("votre rôle (lecture seule) ne permet pas de modifier",
                              "your role (read only) cannot make changes"),
                            details={"status": 403})

    def log(self, session: Session, action: str, target: str | None = None,
            **detail: Any) -> None:
        audit.record(session, action, actor=self.actor, org_id=self.org_id,
                     user_id=self.user_id, target=target, detail=detail)


def get_owned(session: Session, scope: Scope, model: type[Row], public_id: str,
              light: bool = False, lock: bool = False) -> Row:
    """The object ``public_id`` of the caller's organisation (``light``: its large ``data``
    column is loaded only if read, inside the session; ``lock``: the row is locked until the
    transaction ends, for a read-modify-write — PostgreSQL; SQLite writers are serialised)."""
    query = select(model).where(model.public_id == public_id, model.org_id == scope.org_id)
    if light and model is DossierRow:
        query = query.options(defer(DossierRow.data))
    if lock:
        query = query.with_for_update()
    row = session.scalars(query).first()
    if row is None:
        raise NotFound(T("introuvable", "not found"), where=public_id)
    return row


def list_dossiers(session: Session, scope: Scope, search: str = "") -> list[DossierRow]:
    """The organisation's dossiers, last changed first; ``search``: words that must each
    appear in the reference or the title (case ignored). The large ``data`` column (the
    whole case file, its legal analysis included: ~180 KB for an example) is not loaded:
    a list shows reference, title, date and version."""
    query = (select(DossierRow).where(DossierRow.org_id == scope.org_id)
             .options(defer(DossierRow.data, raiseload=True)))
    for word in search.split()[:8]:
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(or_(DossierRow.reference.ilike(pattern, escape="\\"),
                                DossierRow.title.ilike(pattern, escape="\\")))
    return list(session.scalars(query.order_by(DossierRow.updated_at.desc())))


def dossier_json(dossier: Dossier) -> dict[str, Any]:
    """The JSON form kept in the database (defaults left out; dates as ISO strings)."""
    return dossier.model_dump(mode="json", exclude_defaults=True)


def dossier_model(row: DossierRow) -> Dossier:
    return Dossier.model_validate(row.data)


def _unique_reference(session: Session, scope: Scope, reference: str,
                      exclude: int | None = None) -> None:
    query = select(DossierRow.id).where(DossierRow.org_id == scope.org_id,
                                        DossierRow.reference == reference)
    found = session.scalars(query).first()
    if found is not None and found != exclude:
        raise InputError(T(f"la référence « {reference} » existe déjà",
                           f"reference '{reference}' already exists"),
                         fix=T("choisissez une autre référence", "choose another reference"))


def create_dossier(session: Session, scope: Scope, dossier: Dossier) -> DossierRow:
    scope.require_write()
    _unique_reference(session, scope, dossier.reference)
    row = DossierRow(org_id=scope.org_id, reference=dossier.reference, title=dossier.title,
                     data=dossier_json(dossier), created_by=scope.user_id)
    session.add(row)
    session.flush()
    scope.log(session, "dossier.create", row.public_id, reference=dossier.reference)
    return row


def etag(row: DossierRow) -> str:
    """The dossier's entity tag: its version, which every write increments."""
    return f'"v{row.version}"'


def conflict(row: DossierRow) -> ConflictError:
    return ConflictError(
        T(f"quelqu'un d'autre a modifié ce dossier entre-temps (il en est à la version "
          f"{row.version}) : rien n'a été enregistré",
          f"someone else changed this case file in the meantime (it is now at version "
          f"{row.version}): nothing was saved"),
        where=row.public_id,
        fix=T("relisez le dossier, reportez-y vos modifications, puis enregistrez",
              "read the case file again, carry your changes over, then save"),
        details={"version": row.version})


Expected = int | frozenset[int] | None  # the version(s) the caller's copy may be at; None: any


def check_version(row: DossierRow, expected: Expected) -> None:
    """Refuse (:class:`ConflictError`) when the caller read another version than the row's."""
    if expected is None:
        return
    if row.version not in (expected if isinstance(expected, frozenset) else {expected}):
        raise conflict(row)


def update_dossier(session: Session, scope: Scope, row: DossierRow, dossier: Dossier,
                   action: str = "dossier.update",
                   expected_version: Expected = None) -> DossierRow:
    """Replace the dossier's content; a new version. ``expected_version``: the version the
    caller's copy was read at (:class:`ConflictError` when the dossier has moved on). The
    update is also conditional on the version read in this transaction (``UPDATE … WHERE
    version = …``), so a concurrent write is never silently lost."""
    scope.require_write()
    check_version(row, expected_version)
    _unique_reference(session, scope, dossier.reference, exclude=row.id)
    row.reference, row.title = dossier.reference, dossier.title
    row.data = dossier_json(dossier)
    row.updated_at = utcnow()
    try:
        session.flush()
    except StaleDataError:
        session.rollback()
        raise conflict(session.scalars(select(DossierRow).where(
            DossierRow.id == row.id)).one()) from None
    scope.log(session, action, row.public_id, version=row.version)
    return row


def delete_dossier(session: Session, scope: Scope, row: DossierRow,
                   expected_version: Expected = None) -> None:
    """Delete the dossier and what hangs from it; its files' blobs are released: the store
    removes them once the transaction has committed, unless another record uses them."""
    scope.require_write()
    check_version(row, expected_version)
    released = [sha for model in (FileRow, DocumentRow) for sha in session.scalars(
        select(model.sha256).where(model.dossier_id == row.id))]
    scope.log(session, "dossier.delete", row.public_id, reference=row.reference,
              files=len(released))
    session.delete(row)
    session.flush()
    session.info.setdefault("released_blobs", []).extend(released)


def children(session: Session, model: type[Child], row: DossierRow) -> list[Child]:
    query = select(model).where(model.dossier_id == row.id,
                                model.org_id == row.org_id).order_by(model.id.desc())
    return list(session.scalars(query))


def latest_analysis(session: Session, row: DossierRow, kind: str) -> AnalysisRow | None:
    """The latest analysis of ``kind``; its (large) ``data`` is loaded only when read."""
    query = (select(AnalysisRow).options(defer(AnalysisRow.data))
             .where(AnalysisRow.dossier_id == row.id, AnalysisRow.kind == kind)
             .order_by(AnalysisRow.id.desc()).limit(1))
    return session.scalars(query).first()


def latest_analysis_id(session: Session, row: DossierRow, kind: str) -> int | None:
    query = (select(AnalysisRow.id).where(AnalysisRow.dossier_id == row.id,
                                          AnalysisRow.kind == kind)
             .order_by(AnalysisRow.id.desc()).limit(1))
    return session.scalars(query).first()


# The dossier of an organisation and the id of its latest legal analysis, in ONE query built
# once (the two read paths every dossier page and the analysis API take on each request).
_LATEST_LAW = (select(AnalysisRow.id)
               .where(AnalysisRow.dossier_id == DossierRow.id, AnalysisRow.kind == "law")
               .order_by(AnalysisRow.id.desc()).limit(1).correlate(DossierRow).scalar_subquery())
_OWNED = (DossierRow.public_id == bindparam("public_id"), DossierRow.org_id == bindparam("org_id"))
_ROW_AND_LAW = select(DossierRow, _LATEST_LAW).options(defer(DossierRow.data)).where(*_OWNED)
_ID_AND_LAW = select(DossierRow.id, _LATEST_LAW).where(*_OWNED)


def owned_with_latest_law(session: Session, scope: Scope,
                          public_id: str) -> tuple[DossierRow, int | None]:
    """The dossier ``public_id`` of the caller's organisation (its ``data`` deferred) and its
    latest legal analysis id; :class:`NotFound` like :func:`get_owned`."""
    found = session.execute(_ROW_AND_LAW, {"public_id": public_id,
                                           "org_id": scope.org_id}).first()
    if found is None:
        raise NotFound(T("introuvable", "not found"), where=public_id)
    return found[0], found[1]


def latest_law_id_owned(session: Session, scope: Scope, public_id: str) -> int | None:
    """Only the latest legal analysis id of the caller's dossier ``public_id`` (no ORM
    object); :class:`NotFound` when the dossier is not the organisation's."""
    found = session.execute(_ID_AND_LAW, {"public_id": public_id,
                                          "org_id": scope.org_id}).first()
    if found is None:
        raise NotFound(T("introuvable", "not found"), where=public_id)
    law_id: int | None = found[1]
    return law_id


_ROW_AND_JSON = (select(DossierRow, cast(DossierRow.data, Text)).options(defer(DossierRow.data))
                 .where(*_OWNED))


def owned_with_json(session: Session, scope: Scope, public_id: str) -> tuple[DossierRow, str]:
    """The dossier ``public_id`` of the caller's organisation (its ``data`` deferred) and its
    ``data`` column as the JSON text stored — for an answer that sends it as is, without
    decoding ~180 KB of JSON and encoding it again; :class:`NotFound` like :func:`get_owned`."""
    found = session.execute(_ROW_AND_JSON, {"public_id": public_id,
                                            "org_id": scope.org_id}).first()
    if found is None:
        raise NotFound(T("introuvable", "not found"), where=public_id)
    return found[0], str(found[1])
