"""The append-only audit log: a hash chain whose head is anchored by signatures.

Each entry carries its running count (``seq``: 1, 2, 3…) and a hash covering the previous
entry's hash, its count and its content: altering, inserting or deleting a past entry breaks
the chain from that entry on. A chain can still be cut at its end, or edited and recomputed
by someone who can write to the database; so its **head** (count and last hash) is signed
with the firm's Ed25519 key — periodically, on export and on demand — and kept twice, in the
``audit_anchors`` table and in a file beside the signing key. :func:`verify_log` checks the
chain and every anchor: a log shorter than an anchored count (truncation) or whose entry at
an anchored count has another hash (recomputation) fails. The database itself refuses UPDATE
and DELETE on both tables (triggers created by the migrations).
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from recours.i18n import Lang, T
from recours.store.models import AuditAnchor, AuditEntry, utcnow

GENESIS = "0" * 64
ANCHOR_EVERY = 100            # entries between two periodic anchors
ANCHOR_SECONDS = 3600.0       # at most this long between two anchors while the log grows
ANCHORS_FILE = "audit-anchors.jsonl"
HEAD_FILE = "audit-head.json"    # the latest head, signed after every audited write


def _body(entry: AuditEntry) -> dict[str, Any]:
    return {
        "at": entry.at.isoformat(timespec="microseconds"),
        "org": entry.org_id,
        "user": entry.user_id,
        "actor": entry.actor,
        "action": entry.action,
        "target": entry.target,
        "detail": entry.detail,
    }


def _digest(prev_hash: str, body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev_hash + canonical).encode()).hexdigest()


def entry_hash(prev_hash: str, entry: AuditEntry) -> str:
    """The hash of an entry: previous hash, running count and content."""
    return _digest(prev_hash, {**_body(entry), "seq": entry.seq})


def legacy_hash(prev_hash: str, entry: AuditEntry) -> str:
    """The hash of an entry written before the running count existed (migration 0004)."""
    return _digest(prev_hash, _body(entry))


def record(session: Session, action: str, *, actor: str, org_id: int | None = None,
           user_id: int | None = None, target: str | None = None,
           detail: dict[str, Any] | None = None) -> AuditEntry:
    """Append an entry in the caller's transaction (it is kept only if the work is)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(727271)"))
    last = session.execute(select(AuditEntry.hash, AuditEntry.seq)
                           .order_by(AuditEntry.id.desc()).limit(1)).first()
    entry = AuditEntry(at=utcnow(), org_id=org_id, user_id=user_id, actor=actor, action=action,
                       target=target, detail=detail or {}, prev_hash=last[0] if last else GENESIS,
                       seq=(last[1] or 0) + 1 if last else 1, hash="")
    entry.hash = entry_hash(entry.prev_hash, entry)
    session.add(entry)
    session.flush()
    session.info["audit_seq"] = entry.seq
    session.info["audit_head"] = entry.hash
    return entry


def verify_chain(session: Session) -> int | None:
    """The id of the first entry whose hash, link or count is wrong, or None when the chain
    holds (the anchors are not read: see :func:`verify_log`)."""
    return _walk(session).first_broken


# Anchors ---------------------------------------------------------------------------------
def anchor_message(seq: int, head_hash: str, at: datetime) -> bytes:
    """What an anchor's signature covers."""
    return f"recours-audit-head/1\n{seq}\n{head_hash}\n{at.isoformat()}\n".encode()


def anchors_file(key_path: Path) -> Path:
    """The file the anchors are appended to: beside the signing key, outside the database."""
    return key_path.parent / ANCHORS_FILE


def head_file(key_path: Path) -> Path:
    """The file holding the latest signed head (one anchor line, replaced at each write)."""
    return key_path.parent / HEAD_FILE


def signed_head(key: Ed25519PrivateKey, seq: int, head_hash: str, reason: str) -> AuditAnchor:
    """An anchor of the head ``(seq, head_hash)``, signed now (not added to any session)."""
    from recours.evidence.bundle.sign import public_b64, sign

    at = utcnow()
    return AuditAnchor(at=at, seq=seq, head_hash=head_hash, reason=reason[:20],
                       public_key=public_b64(key),
                       signature=sign(key, anchor_message(seq, head_hash, at)))


def replace_head_file(file: Path, row: AuditAnchor) -> None:
    """Keep ``row`` as the latest head unless the file already holds a later one (another
    worker's write); atomic: a reader sees the old head or the new one."""
    kept, _ = read_anchor_file(file)
    if kept and max(a.seq for a in kept) >= row.seq:
        return
    file.parent.mkdir(parents=True, exist_ok=True)
    tmp = file.with_name(f".{file.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(anchor_record(row), sort_keys=True) + "\n")
    os.replace(tmp, file)


def head(session: Session) -> tuple[int, str] | None:
    last = session.execute(select(AuditEntry.seq, AuditEntry.hash)
                           .order_by(AuditEntry.id.desc()).limit(1)).first()
    return (int(last[0] or 0), str(last[1])) if last else None


def anchor(session: Session, key: Ed25519PrivateKey, file: Path | None, reason: str
           ) -> AuditAnchor | None:
    """Sign the log's current head and keep the anchor (table, and ``file`` if given);
    None when the log is empty."""
    from recours.evidence.bundle.sign import public_b64, sign

    found = head(session)
    if found is None:
        return None
    seq, head_hash = found
    at = utcnow()
    row = AuditAnchor(at=at, seq=seq, head_hash=head_hash, reason=reason[:20],
                      public_key=public_b64(key), signature=sign(key, anchor_message(seq,
                                                                                   head_hash, at)))
    session.add(row)
    session.flush()
    if file is not None:
        append_anchor_file(file, row)
    return row


def anchor_record(row: AuditAnchor) -> dict[str, Any]:
    return {"kind": "anchor", "at": row.at.isoformat(), "seq": row.seq, "head_hash": row.head_hash,
            "reason": row.reason, "public_key": row.public_key, "signature": row.signature}


def append_anchor_file(file: Path, row: AuditAnchor) -> None:
    file.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(anchor_record(row), sort_keys=True) + "\n"
    fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as handle:
        handle.write(line)
        handle.flush()
        os.fsync(handle.fileno())


def read_anchor_file(file: Path) -> tuple[list[AuditAnchor], list[str]]:
    """The anchors kept in ``file`` and the numbers of its unreadable lines."""
    anchors: list[AuditAnchor] = []
    bad: list[str] = []
    if not file.is_file():
        return anchors, bad
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            if raw.get("kind") == "entry":       # an export: its entries, then its anchor
                continue
            anchors.append(AuditAnchor(at=datetime.fromisoformat(raw["at"]), seq=int(raw["seq"]),
                                       head_hash=str(raw["head_hash"]), reason=str(raw["reason"]),
                                       public_key=str(raw["public_key"]),
                                       signature=str(raw["signature"])))
        except (ValueError, KeyError, TypeError):
            bad.append(str(number))
    return anchors, bad


# Verification ----------------------------------------------------------------------------
@dataclass
class AuditReport:
    """What :func:`verify_log` found: ``ok`` when the chain holds and every anchor matches."""

    entries: int = 0
    anchors: int = 0
    anchored_seq: int = 0
    first_broken: int | None = None
    problems: list[T] = field(default_factory=list)
    hashes: dict[int, str] = field(default_factory=dict, repr=False)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def unanchored(self) -> int:
        """Entries after the last valid anchor (not yet covered by a signature)."""
        return max(0, self.entries - self.anchored_seq)

    def lines(self, lang: Lang) -> list[str]:
        return [problem.render(lang) for problem in self.problems]


def _walk(session: Session) -> AuditReport:
    report = AuditReport()
    prev, expected, legacy_allowed = GENESIS, 1, True
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        report.entries += 1
        report.hashes[expected] = entry.hash
        if entry.seq != expected:
            report.problems.append(T(
                f"entrée {entry.id} : numéro {entry.seq} au lieu de {expected} "
                "(entrée supprimée ou insérée)",
                f"entry {entry.id}: number {entry.seq} instead of {expected} "
                "(entry deleted or inserted)"))
        elif entry.prev_hash != prev:
            report.problems.append(T(
                f"entrée {entry.id} : ne suit pas l'entrée précédente (lien rompu)",
                f"entry {entry.id}: does not follow the previous entry (broken link)"))
        elif entry.hash == entry_hash(prev, entry):
            legacy_allowed = False
        elif not (legacy_allowed and entry.hash == legacy_hash(prev, entry)):
            report.problems.append(T(
                f"entrée {entry.id} : contenu modifié (son empreinte ne correspond plus)",
                f"entry {entry.id}: content altered (its hash no longer matches)"))
        if report.problems:
            report.first_broken = entry.id
            return report
        prev, expected = entry.hash, expected + 1
    return report


def _check_anchor(report: AuditReport, row: AuditAnchor, where: T, expected_key: str | None
                  ) -> None:
    from recours.evidence.bundle.sign import check

    label = T(f"ancre du {row.at:%Y-%m-%d %H:%M:%S} UTC ({where.fr})",
              f"anchor of {row.at:%Y-%m-%d %H:%M:%S} UTC ({where.en})")
    if not check(row.public_key, row.signature, anchor_message(row.seq, row.head_hash, row.at)):
        report.problems.append(T(f"{label.fr} : signature invalide",
                                 f"{label.en}: invalid signature"))
        return
    if expected_key is not None and row.public_key != expected_key:
        report.problems.append(T(f"{label.fr} : signée par une autre clé que celle du cabinet",
                                 f"{label.en}: signed by another key than the firm's"))
        return
    if row.seq > report.entries:
        report.problems.append(T(
            f"{label.fr} : le journal comptait {row.seq} entrées, il n'en a plus que "
            f"{report.entries} (fin du journal supprimée)",
            f"{label.en}: the log had {row.seq} entries, it now has {report.entries} "
            "(end of the log deleted)"))
        return
    if report.hashes.get(row.seq) != row.head_hash:
        report.problems.append(T(
            f"{label.fr} : l'entrée n° {row.seq} n'a plus l'empreinte signée "
            "(journal modifié puis recalculé)",
            f"{label.en}: entry no. {row.seq} no longer has the signed hash "
            "(log altered and recomputed)"))
        return
    report.anchored_seq = max(report.anchored_seq, row.seq)


def verify_log(session: Session, *, anchor_files: Iterable[Path] = (),
               public_key: str | None = None) -> AuditReport:
    """Check the chain, then every anchor of the table and of ``anchor_files``.
    ``public_key`` (base64): the firm's key every anchor must be signed with."""
    report = _walk(session)
    if report.first_broken is not None:
        return report
    seen: set[tuple[int, str, str]] = set()
    sources: list[tuple[T, list[AuditAnchor]]] = [
        (T("base", "database"), list(session.scalars(select(AuditAnchor)
                                                     .order_by(AuditAnchor.id))))]
    for file in anchor_files:
        rows, bad = read_anchor_file(file)
        if bad:
            report.problems.append(T(f"{file} : lignes illisibles {', '.join(bad)}",
                                     f"{file}: unreadable lines {', '.join(bad)}"))
        sources.append((T(f"fichier {file.name}", f"file {file.name}"), rows))
    for where, rows in sources:
        for row in rows:
            token = (row.seq, row.head_hash, row.signature)
            if token in seen:
                continue
            seen.add(token)
            report.anchors += 1
            _check_anchor(report, row, where, public_key)
    if report.entries and not report.anchors:
        report.problems.append(T(
            "aucune ancre signée : une coupe de la fin du journal ne serait pas décelée",
            "no signed anchor: a cut at the end of the log would not be detected"))
    return report


def export_lines(session: Session) -> Iterable[str]:
    """Every entry as a JSON line (``kind: entry``), in order."""
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        yield json.dumps({"kind": "entry", "id": entry.id, "seq": entry.seq,
                          **_body(entry), "prev_hash": entry.prev_hash, "hash": entry.hash},
                         ensure_ascii=False, sort_keys=True) + "\n"


def entries(session: Session, org_id: int, limit: int = 200) -> list[AuditEntry]:
    query = (select(AuditEntry).where(AuditEntry.org_id == org_id)
             .order_by(AuditEntry.id.desc()).limit(limit))
    return list(session.scalars(query))


class Anchoring:
    """When a store's writes anchor the log: on the first audited write of the process, then
    every :data:`ANCHOR_EVERY` entries or :data:`ANCHOR_SECONDS`, whichever comes first. The
    anchor row joins the write's transaction; the file line is appended once it is kept."""

    def __init__(self, key_path: Path) -> None:
        self.key_path = key_path
        self.file = anchors_file(key_path)
        self.head_file = head_file(key_path)
        self._head_lock = threading.Lock()
        self._last_seq: int | None = None
        self._last_time = 0.0
        self._key: Ed25519PrivateKey | None = None

    def key(self) -> Ed25519PrivateKey:
        from recours.evidence.bundle.sign import load_or_create_key

        if self._key is None:
            self._key = load_or_create_key(self.key_path)
        return self._key

    def public_key(self) -> str:
        from recours.evidence.bundle.sign import public_b64

        return public_b64(self.key())

    def due(self, seq: int, now: float) -> bool:
        if self._last_seq is None:
            return True
        return (seq // ANCHOR_EVERY > self._last_seq // ANCHOR_EVERY
                or now - self._last_time >= ANCHOR_SECONDS)

    def before_commit(self, session: Session, now: float, reason: str = "periodic",
                      force: bool = False) -> AuditAnchor | None:
        seq = session.info.get("audit_seq")
        if not force and (seq is None or not self.due(int(seq), now)):
            return None
        return anchor(session, self.key(), None, reason)

    def after_commit(self, row: AuditAnchor | None, now: float,
                     info: dict[str, Any] | None = None) -> None:
        """Keep a periodic anchor in the file; and sign the head this write left as the
        latest head (``info``: the session's, with the entry it recorded), so that cutting
        entries written since the last periodic anchor is detected too."""
        if row is not None:
            append_anchor_file(self.file, row)
            self._last_seq, self._last_time = row.seq, now
        latest = row
        if latest is None and info and info.get("audit_seq") and info.get("audit_head"):
            latest = signed_head(self.key(), int(info["audit_seq"]), str(info["audit_head"]),
                                 "latest")
        if latest is not None:
            # never turn the committed write into an error: a head not kept leaves these
            # entries « not yet anchored » in the report until the next write
            with self._head_lock, suppress(OSError):
                replace_head_file(self.head_file, latest)
