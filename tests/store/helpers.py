"""Stores for tests: SQLite in a temporary folder, or PostgreSQL when
``RECOURS_TEST_POSTGRES_URL`` names a server (its ``public`` schema is emptied first)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from recours.settings import Settings
from recours.store import Store
from recours.store.engine import normalise_url

PG_ENV = "RECOURS_TEST_POSTGRES_URL"
BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=[
        pytest.mark.postgres,
        pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"{PG_ENV} not set"),
    ]),
]


def reset_postgres(url: str) -> None:
    engine = create_engine(normalise_url(url))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def settings_for(tmp_path: Path, backend: str, **extra: str) -> Settings:
    env = {"RECOURS_DATA_DIR": str(tmp_path / "data"), "RECOURS_SECRET_KEY": "test-secret-" + "x" * 40,
           "RECOURS_SIGNING_KEY": os.environ.get("RECOURS_SIGNING_KEY")
           or str(tmp_path / "keys" / "ed25519.pem")}
    if backend == "postgres":
        url = os.environ[PG_ENV]
        reset_postgres(url)
        env["RECOURS_DATABASE_URL"] = url
    env.update(extra)
    return Settings.from_env(env)


def open_store(tmp_path: Path, backend: str, **extra: str) -> Store:
    return Store.open(settings_for(tmp_path, backend, **extra))
