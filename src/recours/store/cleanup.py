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

import atexit
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
# A scratch folder is named ``<prefix>-<pid>-<start>-<random>``: the process that made it and
# that process's start time (Linux: clock ticks since boot, /proc/<pid>/stat), so that a later
# start tells an abandoned folder even when its process id was given again to a new process
# (a server restarted in a container is often pid 1 again). Without /proc: ``<prefix>-<pid>-…``.
def scratch_root(data_dir: Path) -> Path:
    """``<data>/work``, private to the server's user (mode 0700, tightened if it was not)."""
    root = data_dir / SCRATCH
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    if root.stat().st_mode & 0o077:
        root.chmod(0o700)
    return root


def _start_time(pid: int) -> str | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rfind(")") + 2:].split()  # after "pid (command) "
    return fields[19] if len(fields) > 19 and fields[19].isdigit() else None


def _owner_prefix(prefix: str) -> str:
    if not prefix.isalnum():  # the sweep reads the owner from the name's hyphenated parts
        raise ValueError(f"scratch prefix must be letters and digits: {prefix!r}")
    pid = os.getpid()
    start = _start_time(pid)
    return f"{prefix}-{pid}-{start}-" if start else f"{prefix}-{pid}-"


@contextmanager
def scratch(data_dir: Path, prefix: str) -> Iterator[Path]:
    """A private folder under the data folder, removed when the block ends, however it ends;
    its name carries this process's id so that a later start can tell it was abandoned."""
    folder = Path(tempfile.mkdtemp(prefix=_owner_prefix(prefix), dir=scratch_root(data_dir)))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def use_private_tempdir(data_dir: Path) -> Path:
    """Make this process's temporary files (uploads spooled by the web framework, OCR pages,
    libraries' own) go to a private scratch folder of the data folder instead of the system's
    shared one; removed at exit, or by the next start after a crash. For server processes
    only: it changes :data:`tempfile.tempdir` for the whole process."""
    current = tempfile.tempdir
    root = scratch_root(data_dir)
    if current and Path(current).parent == root and Path(current).is_dir():
        return Path(current)
    folder = Path(tempfile.mkdtemp(prefix=_owner_prefix("tmp"), dir=root))
    tempfile.tempdir = str(folder)
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _owner(folder: Path) -> tuple[int, str | None] | None:
    """(pid, start time or None) from a scratch folder's name; None if it is not one."""
    parts = folder.name.split("-")
    if len(parts) < 3 or not parts[1].isdigit():
        return None
    start = parts[2] if len(parts) >= 4 and parts[2].isdigit() else None
    return int(parts[1]), start


def _abandoned(folder: Path) -> bool:
    owner = _owner(folder)
    if owner is None:
        return True
    pid, start = owner
    if not _alive(pid):
        return True
    # the pid runs, but is it the same process? (a pid reused after a restart)
    return start is not None and _start_time(pid) not in (None, start)


def sweep_scratch(data_dir: Path) -> int:
    """Remove the scratch folders whose process no longer runs; return how many."""
    root = data_dir / SCRATCH
    if not root.is_dir():
        return 0
    removed = 0
    for folder in root.iterdir():
        if _abandoned(folder):
            if folder.is_dir():
                shutil.rmtree(folder, ignore_errors=True)
            else:
                folder.unlink(missing_ok=True)
            removed += 1
    return removed
