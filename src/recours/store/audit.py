"""The append-only audit log: each entry's hash covers the previous entry's hash.

Altering, inserting or deleting a past entry breaks the chain from that entry on;
:func:`verify_chain` names the first broken entry. The database itself refuses UPDATE and
DELETE on the table (triggers created by the migration).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from recours.store.models import AuditEntry, utcnow

GENESIS = "0" * 64


def entry_hash(prev_hash: str, entry: AuditEntry) -> str:
    body = {
        "at": entry.at.isoformat(timespec="microseconds"),
        "org": entry.org_id,
        "user": entry.user_id,
        "actor": entry.actor,
        "action": entry.action,
        "target": entry.target,
        "detail": entry.detail,
    }
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev_hash + canonical).encode()).hexdigest()


def record(session: Session, action: str, *, actor: str, org_id: int | None = None,
           user_id: int | None = None, target: str | None = None,
           detail: dict[str, Any] | None = None) -> AuditEntry:
    """Append an entry in the caller's transaction (it is kept only if the work is)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(727271)"))
    last = session.scalars(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    entry = AuditEntry(at=utcnow(), org_id=org_id, user_id=user_id, actor=actor, action=action,
                       target=target, detail=detail or {}, prev_hash=last or GENESIS, hash="")
    entry.hash = entry_hash(entry.prev_hash, entry)
    session.add(entry)
    session.flush()
    return entry


def verify_chain(session: Session) -> int | None:
    """The id of the first entry whose hash or link is wrong, or None when the chain holds."""
    prev = GENESIS
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        if entry.prev_hash != prev or entry_hash(prev, entry) != entry.hash:
            return entry.id
        prev = entry.hash
    return None


def entries(session: Session, org_id: int, limit: int = 200) -> list[AuditEntry]:
    query = (select(AuditEntry).where(AuditEntry.org_id == org_id)
             .order_by(AuditEntry.id.desc()).limit(limit))
    return list(session.scalars(query))
