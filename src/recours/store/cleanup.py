"""Deletion that deletes: blobs no record references, and scratch folders of finished work.

A blob is written only while its writer holds the *blob lock* of its hash, until the writer's
transaction ends: on SQLite the database's write lock (write transactions begin IMMEDIATE),
on PostgreSQL a shared transaction-level advisory lock on the hash. A blob is removed only
under the same lock taken exclusively, after checking in the database that no file or
document row references it. So a blob another transaction is about to reference is never
removed, and a blob left by a transaction that did not commit (rolled back, or its process
killed) is removed as soon as its hash is collected.

Collected: the blobs a committed transaction released (a deleted dossier's files and
documents), the blobs of a rolled-back transaction, and at start-up every unreferenced blob
and every half-written temporary file in the blob folder (a crash during an upload), and
the scratch folders of processes that no longer run (a crash during an evidence run).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from recours.store.blobs import BlobStore
from recours.store.models import DocumentRow, FileRow

HEX = frozenset("0123456789abcdef")
SCRATCH = "work"  # under the data folder


def lock_key(sha256: str) -> int:
    """The PostgreSQL advisory lock key of a hash: its first 64 bits, signed."""
    return int.from_bytes(bytes.fromhex(sha256[:16]), "big", signed=True)


def lock_blobs(session: Session, hashes: Iterable[str], *, exclusive: bool) -> None:
    """Take the blob lock of ``hashes`` until the session's transaction ends."""
    connection = session.connection()  # SQLite: BEGIN IMMEDIATE takes the write lock here
    if connection.dialect.name != "postgresql":
        return
    function = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
    for sha in sorted(set(hashes)):
        connection.execute(text(f"SELECT {function}(:key)"), {"key": lock_key(sha)})


def referenced(session: Session, hashes: Iterable[str]) -> set[str]:
    """Those of ``hashes`` that a file or document row references."""
    wanted = sorted(set(hashes))
    used: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        for model in (FileRow, DocumentRow):
            used.update(session.scalars(select(model.sha256).where(model.sha256.in_(chunk))))
    return used


def discard_unreferenced(session: Session, blobs: BlobStore, hashes: Iterable[str]) -> int:
    """Remove, under the exclusive blob lock, the blobs of ``hashes`` no row references and
    the temporary files of interrupted writes of them; return how many blobs went."""
    wanted = sorted(set(hashes))
    lock_blobs(session, wanted, exclusive=True)
    used = referenced(session, wanted)
    removed = 0
    for sha in wanted:
        for partial in blobs.partials(sha):
            partial.unlink(missing_ok=True)
        if sha not in used and blobs.discard(sha):
            removed += 1
    return removed


def blobs_on_disk(blobs: BlobStore) -> set[str]:
    """Every hash with a blob or a half-written temporary file in the blob folder."""
    found: set[str] = set()
    if not blobs.root.is_dir():
        return found
    for folder in blobs.root.iterdir():
        if len(folder.name) != 2 or not set(folder.name) <= HEX or not folder.is_dir():
            continue
        for item in folder.iterdir():
            name = item.name[1:].split(".", 1)[0] if item.name.startswith(".") else item.name
            if len(name) == 62 and set(name) <= HEX:
                found.add(folder.name + name)
    return found


# Scratch folders ---------------------------------------------------------------------------
def scratch_root(data_dir: Path) -> Path:
    root = data_dir / SCRATCH
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    return root


@contextmanager
def scratch(data_dir: Path, prefix: str) -> Iterator[Path]:
    """A private folder under the data folder, removed when the block ends, however it ends;
    its name carries this process's id so that a later start can tell it was abandoned."""
    folder = Path(tempfile.mkdtemp(prefix=f"{prefix}-{os.getpid()}-", dir=scratch_root(data_dir)))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _owner(folder: Path) -> int | None:
    parts = folder.name.split("-")
    return int(parts[1]) if len(parts) >= 3 and parts[1].isdigit() else None


def sweep_scratch(data_dir: Path) -> int:
    """Remove the scratch folders whose process no longer runs; return how many."""
    root = data_dir / SCRATCH
    if not root.is_dir():
        return 0
    removed = 0
    for folder in root.iterdir():
        owner = _owner(folder)
        if owner is None or not _alive(owner):
            if folder.is_dir():
                shutil.rmtree(folder, ignore_errors=True)
            else:
                folder.unlink(missing_ok=True)
            removed += 1
    return removed
