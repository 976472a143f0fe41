"""Database engine: SQLite (WAL, foreign keys, immediate write transactions) or PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from recours.errors import InputError, StoreError
from recours.i18n import T


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _begin)
    cursor = dbapi_conn.cursor()
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "busy_timeout=15000",
                   "synchronous=NORMAL"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def _private_file(path: Path) -> None:
    """Create the database file readable by its owner only (0600; SQLite gives its -wal and
    -shm files the same mode), and tighten one created by an older version."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        if path.stat().st_mode & 0o077 and path.stat().st_uid == os.getuid():
            os.chmod(path, 0o600)
    except OSError:
        pass  # unwritable place: SQLite itself reports it, with its own message


def normalise_url(url: str) -> str:
    """``postgresql://`` addresses use psycopg 3 (the driver Recours installs)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite folders are created, pragmas set on every connection."""
    url = normalise_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(
            T(f"adresse de base de données invalide : {url}", f"invalid database URL: {url}"),
            fix=T("par ex. sqlite:////chemin/recours.db ou postgresql://user@hôte/base",
                  "e.g. sqlite:////path/recours.db or postgresql://user@host/db"),
        ) from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            _private_file(Path(parsed.database))
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 15})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        event.listen(engine, "before_cursor_execute", _no_nul_characters)
        return engine
    if parsed.get_backend_name() != "postgresql":
        raise StoreError(
            T(f"base non prise en charge : {parsed.get_backend_name()}",
              f"unsupported database: {parsed.get_backend_name()}"),
            fix=T("utilisez SQLite ou PostgreSQL", "use SQLite or PostgreSQL"),
        )
    engine = create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)
    event.listen(engine, "before_cursor_execute", _no_nul_characters)
    return engine


def _texts(parameters: Any) -> Iterator[str]:
    if isinstance(parameters, str):
        yield parameters
    elif isinstance(parameters, dict):
        for value in parameters.values():
            yield from _texts(value)
    elif isinstance(parameters, (list, tuple)):
        for value in parameters:
            yield from _texts(value)


def _no_nul_characters(conn: Any, cursor: Any, statement: str, parameters: Any,
                       context: Any, executemany: bool) -> None:
    """No text with U+0000 reaches the database, on either backend: PostgreSQL cannot store
    it (its driver raised DataError: a 500 for a name typed with a NUL) and SQLite would keep
    it where no one sees it. Binary values (bytes) are not text and pass."""
    if any("\x00" in text for text in _texts(parameters)):
        raise InputError(
            T("caractère nul (U+0000) refusé dans un champ de texte",
              "NUL character (U+0000) refused in a text field"),
            fix=T("retirez ce caractère invisible (souvent issu d'un copier-coller) et "
                  "recommencez", "remove this invisible character (often from a copy and "
                  "paste) and try again"))


def writer(engine: Engine) -> Engine:
    """The same engine, whose transactions take SQLite's write lock at BEGIN."""
    if engine.dialect.name == "sqlite":
        return engine.execution_options(sqlite_begin="IMMEDIATE")
    return engine
