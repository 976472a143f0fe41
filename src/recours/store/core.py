"""The store: one engine, transactional sessions, and the content-addressed file area.

``with store.write() as session:`` commits everything done inside, or nothing: on any
error the transaction is rolled back and the files it had newly written are removed; after a
commit, the files it released (a deleted dossier's) are removed unless another record still
references them (see :mod:`recours.store.cleanup`).
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from recours.dossier import Dossier
from recours.errors import StoreError
from recours.i18n import T
from recours.settings import Settings
from recours.store import cleanup, migrate
from recours.store.audit import (
    Anchoring,
    AuditReport,
    legacy_hash,
    verify_chain,
    verify_log,
)
from recours.store.blobs import BlobStore, check_upload
from recours.store.engine import make_engine, writer
from recours.store.models import (
    AnalysisRow,
    AuditAnchor,
    AuditEntry,
    DocumentRow,
    DossierRow,
    FileRow,
)
from recours.store.repo import Scope

UPLOAD_KINDS = ("contract", "data", "spec", "bundle", "other")
ANALYSIS_CACHE = 256


class Store:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.engine = make_engine(settings.database_url)
        self._writer = sessionmaker(bind=writer(self.engine), expire_on_commit=False)
        self._reader = sessionmaker(bind=self.engine, expire_on_commit=False)
        self.blobs = BlobStore(settings.data_dir / "blobs")
        self._analyses: OrderedDict[int, dict[str, Any]] = OrderedDict()
        self._json: OrderedDict[tuple[int, str], bytes] = OrderedDict()
        self._dossiers: OrderedDict[tuple[int, int], Dossier] = OrderedDict()
        self._cache_lock = threading.Lock()
        self.anchoring = Anchoring(settings.signing_key)

    @classmethod
    def open(cls, settings: Settings, *, upgrade: bool = True) -> Store:
        """Open the store and bring its schema up to date (migrations run on start)."""
        settings.ensure_data_dir()
        store = cls(settings)
        if upgrade:
            try:
                migrate.upgrade(store.engine)
            except OperationalError as exc:
                raise StoreError(
                    T("base de données inaccessible", "database unreachable"),
                    where=store.engine.url.render_as_string(hide_password=True),
                    fix=T("vérifiez RECOURS_DATABASE_URL et que le serveur tourne",
                          "check RECOURS_DATABASE_URL and that the server runs"),
                ) from exc
            store._anchor_unanchored_log()
        return store

    def _anchor_unanchored_log(self) -> None:
        """A log whose entries all predate signed heads (migration 0004) is anchored once,
        if its chain holds — from then on a cut or a recomputation shows."""
        with self.read() as session:
            if session.scalar(select(func.count()).select_from(AuditAnchor)):
                return
            last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())
                                   .limit(1)).first()
            # only a log written wholly before 0004: a log with newer entries was anchored
            # at its first write, and its anchors missing is what verification reports
            if last is None or last.hash != legacy_hash(last.prev_hash, last):
                return
            if verify_chain(session) is not None:
                return                   # a broken chain is reported, never signed over
        self.anchor_audit("first")

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def write(self) -> Iterator[Session]:
        session = self._writer()
        session.info["new_blobs"] = []
        session.info["released_blobs"] = []
        try:
            yield session
            anchored = self.anchoring.before_commit(session, time.monotonic())
            session.commit()
            self.anchoring.after_commit(anchored, time.monotonic(), session.info)
        except BaseException:
            session.rollback()
            self._collect_quietly(session.info["new_blobs"])
            raise
        finally:
            session.close()
        self._collect_quietly(session.info["released_blobs"])

    def anchor_audit(self, reason: str) -> int | None:
        """Sign the audit log's head now (``reason``: export, manual…); its count, or None
        when the log is empty."""
        with self.write() as session:
            now = time.monotonic()
            row = self.anchoring.before_commit(session, now, reason, force=True)
            seq = row.seq if row is not None else None
        self.anchoring.after_commit(row, now)
        return seq

    def verify_audit(self, extra_files: tuple[Path, ...] = ()) -> AuditReport:
        """The audit log checked: its chain, and every anchor of the database, of the file
        beside the signing key and of ``extra_files``, against the firm's public key."""
        with self.read() as session:
            return verify_log(session, anchor_files=(self.anchoring.file,
                                                     self.anchoring.head_file, *extra_files),
                              public_key=self.anchoring.public_key())

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._reader()
        try:
            yield session
        finally:
            session.close()  # ends the transaction; loaded objects stay readable

    def collect_blobs(self, hashes: Iterable[str]) -> int:
        """Remove those of ``hashes`` no record references (under the blob lock); return how
        many blobs were removed. SQLite: one transaction (one write lock for all);
        PostgreSQL: one transaction per hash, so that at most one lock is held while waiting."""
        wanted = sorted(set(hashes))
        batches = ([wanted] if self.engine.dialect.name != "postgresql"
                   else [[sha] for sha in wanted])
        removed = 0
        for batch in batches:
            if batch:
                with self.write() as session:
                    removed += cleanup.discard_unreferenced(session, self.blobs, batch)
        return removed

    def _collect_quietly(self, hashes: list[str]) -> None:
        """Collect after a transaction ended; a failure here loses nothing (the start-up
        sweep collects what is left), so it must not turn a committed change into an error."""
        if not hashes:
            return
        with suppress(SQLAlchemyError, OSError):
            self.collect_blobs(hashes)

    def collect_leftovers(self) -> dict[str, int]:
        """The start-up sweep: unreferenced blobs and half-written blob files (a crash during
        an upload), and the scratch folders of processes that no longer run."""
        on_disk = cleanup.blobs_on_disk(self.blobs)
        with self.read() as session:
            used = cleanup.referenced(session, on_disk)
        partial = {sha for sha in on_disk if self.blobs.partials(sha)}
        blobs = self.collect_blobs((on_disk - used) | partial)
        return {"blobs": blobs, "scratch": cleanup.sweep_scratch(self.settings.data_dir)}

    def scratch(self, prefix: str) -> AbstractContextManager[Path]:
        """A private working folder under the data folder, removed when the block ends."""
        return cleanup.scratch(self.settings.data_dir, prefix)

    def analysis_data(self, session: Session, analysis_id: int) -> dict[str, Any]:
        """An analysis's data, cached: analysis rows are never changed once written."""
        with self._cache_lock:
            if analysis_id in self._analyses:
                self._analyses.move_to_end(analysis_id)
                return self._analyses[analysis_id]
        data: dict[str, Any] = session.scalars(
            select(AnalysisRow.data).where(AnalysisRow.id == analysis_id)).one()
        with self._cache_lock:
            self._analyses[analysis_id] = data
            while len(self._analyses) > ANALYSIS_CACHE:
                self._analyses.popitem(last=False)
        return data

    def dossier_readonly(self, session: Session, row: DossierRow) -> Dossier:
        """The validated dossier of a row for display, cached by (row, version) — a new
        version is a new key. Shared between requests: callers must not modify it."""
        key = (row.id, row.version)
        with self._cache_lock:
            found = self._dossiers.get(key)
        if found is None:
            data = session.scalars(select(DossierRow.data).where(DossierRow.id == row.id)).one()
            found = Dossier.model_validate(data)
            with self._cache_lock:
                self._dossiers[key] = found
                while len(self._dossiers) > ANALYSIS_CACHE:
                    self._dossiers.popitem(last=False)
        return found

    def analysis_json(self, session: Session, analysis_id: int, lang: str) -> bytes:
        """An analysis in one language as JSON bytes, serialised once (rows are immutable)."""
        key = (analysis_id, lang)
        with self._cache_lock:
            if key in self._json:
                return self._json[key]
        data = self.analysis_data(session, analysis_id)
        body = json.dumps(data.get(lang) or data.get("fr"), ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")
        with self._cache_lock:
            self._json[key] = body
            while len(self._json) > ANALYSIS_CACHE:
                self._json.popitem(last=False)
        return body

    def put_blob(self, session: Session, data: bytes) -> str:
        """Keep ``data`` under the blob lock of its hash (held until the transaction ends)."""
        sha = hashlib.sha256(data).hexdigest()
        cleanup.lock_blobs(session, [sha], exclusive=False)
        sha, new = self.blobs.put(data, sha)
        if new:
            session.info.setdefault("new_blobs", []).append(sha)
        return sha

    def add_file(self, session: Session, scope: Scope, dossier: DossierRow, kind: str,
                 filename: str, data: bytes,
                 allowed: tuple[str, ...] | None = None) -> FileRow:
        """Check and keep an uploaded file, in the caller's transaction."""
        scope.require_write()
        checked = check_upload(filename, data, self.settings.max_upload_mb * 1024 * 1024,
                               allowed)
        self.put_blob(session, data)
        row = FileRow(org_id=scope.org_id, dossier_id=dossier.id,
                      kind=kind if kind in UPLOAD_KINDS else "other",
                      filename=checked.filename, media_type=checked.media_type,
                      size=checked.size, sha256=checked.sha256)
        session.add(row)
        session.flush()
        scope.log(session, "file.upload", row.public_id, dossier=dossier.public_id,
                  filename=row.filename, sha256=row.sha256, size=row.size)
        return row

    def add_document(self, session: Session, scope: Scope, dossier: DossierRow, kind: str,
                     fmt: str, filename: str, media_type: str, data: bytes) -> DocumentRow:
        """Keep a generated document, in the caller's transaction."""
        scope.require_write()
        sha = self.put_blob(session, data)
        row = DocumentRow(org_id=scope.org_id, dossier_id=dossier.id, kind=kind, format=fmt,
                          filename=filename, media_type=media_type, size=len(data), sha256=sha)
        session.add(row)
        session.flush()
        scope.log(session, "document.generate", row.public_id, dossier=dossier.public_id,
                  kind=kind, format=fmt, sha256=sha)
        return row
