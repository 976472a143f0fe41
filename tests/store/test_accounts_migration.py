"""Migration 0008_accounts (accounts per organisation) on a database in use: every row that
refers to a user survives the rebuild of ``users`` (on SQLite the table is recreated, with
foreign keys off so that the drop does not cascade), and the old accounts still log in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from recours.store import (
    ApiToken,
    AuditEntry,
    Store,
    authenticate,
    create_organisation,
    create_token,
    create_user,
    migrate,
)
from recours.store.models import User
from tests.store.helpers import BACKENDS, open_store

PASSWORD = "motdepasse-solide-0006"


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path, request.param)
    yield opened
    opened.close()


def test_upgrade_keeps_tokens_and_logins_and_allows_one_address_per_organisation(
        store: Store) -> None:
    migrate.downgrade(store.engine, "0007_workflow")
    with store.write() as session:
        org = create_organisation(session, "Cabinet Ancien")
        user = create_user(session, org, "ancien@cabinet.fr", PASSWORD)
        create_token(session, user, "script")
    with store.read() as session:
        before = (session.scalar(select(func.count()).select_from(ApiToken)),
                  session.scalar(select(func.count()).select_from(AuditEntry)))
    migrate.upgrade(store.engine)
    with store.write() as session:
        after = (session.scalar(select(func.count()).select_from(ApiToken)),
                 session.scalar(select(func.count()).select_from(AuditEntry)))
        assert after[0] == before[0] == 1
        assert (after[1] or 0) >= (before[1] or 0)
        assert authenticate(session, "ancien@cabinet.fr", PASSWORD).email == "ancien@cabinet.fr"
        other = create_organisation(session, "Cabinet Nouveau")
        create_user(session, other, "ancien@cabinet.fr", "une-autre-phrase-longue")
    with store.write() as session:
        assert session.scalar(select(func.count()).select_from(User)
                              .where(User.email == "ancien@cabinet.fr")) == 2
        assert authenticate(session, "ancien@cabinet.fr", PASSWORD).organisation.name == \
            "Cabinet Ancien"
    if store.engine.dialect.name == "sqlite":
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
