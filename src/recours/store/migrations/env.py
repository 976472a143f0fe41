"""Alembic environment: the engine comes from ``config.attributes`` (see migrate.py).

On SQLite, foreign keys are switched off while the migrations run (SQLite's own advice for
schema changes): a batch migration rebuilds a table by dropping it, and with foreign keys on
the drop would cascade to the rows that refer to it (dropping ``users`` would delete every
API token). They are checked, then switched back on, before the connection is returned."""

from __future__ import annotations

from typing import Any

from alembic import context

from recours.store.models import Base

config = context.config
engine = config.attributes["engine"]


def _pragma(connection: Any, statement: str) -> list[Any]:
    """A PRAGMA run outside any transaction (where SQLite takes foreign_keys into account)."""
    cursor = connection.connection.driver_connection.execute(f"PRAGMA {statement}")
    return list(cursor.fetchall())


with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        _pragma(connection, "foreign_keys=OFF")
    try:
        context.configure(connection=connection, target_metadata=Base.metadata,
                          render_as_batch=sqlite)
        with context.begin_transaction():
            context.run_migrations()
        if sqlite and connection.in_transaction():
            connection.commit()
        if sqlite and (broken := _pragma(connection, "foreign_key_check")):
            raise RuntimeError(f"foreign keys broken by a migration: {broken[:5]}")
    finally:
        if sqlite:
            _pragma(connection, "foreign_keys=ON")
