from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from recours.dossier import load_dossier
from recours.errors import AuthError, InputError, NotFound
from recours.store import (
    AuditEntry,
    DossierRow,
    FileRow,
    Scope,
    Store,
    authenticate,
    create_token,
    migrate,
    repo,
    user_for_token,
    verify_chain,
)
from recours.store.models import ApiToken, Base

MINIMAL = Path(__file__).resolve().parents[1] / "dossier" / "fixtures" / "minimal.yaml"


def test_migrations_match_the_models(store: Store) -> None:
    assert migrate.current_revision(store.engine) == migrate.head_revision(store.engine)
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_downgrade_then_upgrade(store: Store) -> None:
    migrate.downgrade(store.engine, "base")
    assert migrate.current_revision(store.engine) is None
    migrate.upgrade(store.engine)
    assert migrate.current_revision(store.engine) == migrate.head_revision(store.engine)


def test_login_failures_migration_steps(store: Store) -> None:
    from sqlalchemy import inspect

    migrate.downgrade(store.engine, "0001")
    assert "login_failures" not in inspect(store.engine).get_table_names()
    migrate.upgrade(store.engine)
    assert "login_failures" in inspect(store.engine).get_table_names()


def test_sqlite_runs_in_wal_mode(tmp_path: Path) -> None:
    from tests.store.helpers import open_store

    store = open_store(tmp_path, "sqlite")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.close()


def test_password_is_hashed_with_argon2(store: Store, two_orgs: tuple[Scope, Scope]) -> None:
    with store.write() as session:
        user = authenticate(session, "A@alpha.fr ", "motdepasse-solide")
        assert user.password_hash.startswith("$argon2id$")
        assert "motdepasse" not in user.password_hash
        with pytest.raises(AuthError):
            authenticate(session, "a@alpha.fr", "mauvais-mot-de-passe")
        with pytest.raises(AuthError):
            authenticate(session, "nobody@alpha.fr", "motdepasse-solide")


def test_api_token_is_stored_hashed(store: Store, two_orgs: tuple[Scope, Scope]) -> None:
    with store.write() as session:
        user = authenticate(session, "a@alpha.fr", "motdepasse-solide")
        _, clear = create_token(session, user, "ci")
    with store.read() as session:
        stored = session.scalars(select(ApiToken)).one()
        assert stored.token_hash == hashlib.sha256(clear.encode()).hexdigest()
        assert clear not in {stored.token_hash, stored.prefix}
    with store.write() as session:
        assert user_for_token(session, clear).email == "a@alpha.fr"
        with pytest.raises(AuthError):
            user_for_token(session, clear + "x")


def _create(store: Store, scope: Scope) -> DossierRow:
    with store.write() as session:
        return repo.create_dossier(session, scope, load_dossier(MINIMAL))


def test_other_organisation_gets_not_found(store: Store, two_orgs: tuple[Scope, Scope]) -> None:
    alpha, beta = two_orgs
    row = _create(store, alpha)
    with store.write() as session:
        dossier = repo.get_owned(session, alpha, DossierRow, row.public_id)
        file = store.add_file(session, alpha, dossier, "contract", "c.txt", b"Article 1")
    with store.read() as session:
        assert repo.get_owned(session, alpha, FileRow, file.public_id).size == 9
        for model, pid in ((DossierRow, row.public_id), (FileRow, file.public_id)):
            with pytest.raises(NotFound):
                repo.get_owned(session, beta, model, pid)
        assert repo.list_dossiers(session, beta) == []


def test_reference_unique_within_an_organisation_only(
    store: Store, two_orgs: tuple[Scope, Scope]
) -> None:
    alpha, beta = two_orgs
    _create(store, alpha)
    _create(store, beta)
    with pytest.raises(InputError, match="already exists"):
        _create(store, alpha)


def test_viewer_cannot_write(store: Store, two_orgs: tuple[Scope, Scope]) -> None:
    alpha, _ = two_orgs
    viewer = Scope(alpha.org_id, alpha.user_id, alpha.actor, "viewer")
    with pytest.raises(AuthError):
        _create(store, viewer)


def test_failed_transaction_leaves_no_row_and_no_file(
    store: Store, two_orgs: tuple[Scope, Scope]
) -> None:
    alpha, _ = two_orgs
    row = _create(store, alpha)
    data = b"contenu unique de ce test"
    sha = hashlib.sha256(data).hexdigest()
    with pytest.raises(RuntimeError), store.write() as session:
        dossier = repo.get_owned(session, alpha, DossierRow, row.public_id)
        store.add_file(session, alpha, dossier, "data", "d.csv", data)
        assert store.blobs.path(sha).exists()
        raise RuntimeError("analysis failed half way")
    assert not store.blobs.path(sha).exists()
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(FileRow)) == 0
        actions = session.scalars(select(AuditEntry.action)).all()
        assert "file.upload" not in actions


@pytest.mark.parametrize(("name", "data", "message"), [
    ("x.exe", b"MZ", "type"),
    ("x.pdf", b"not a pdf", "extension"),
    ("x.txt", b"", "empty"),
    ("x.csv", b"\xff\xfe\x00", "UTF-8"),
])
def test_upload_checks(store: Store, two_orgs: tuple[Scope, Scope], name: str, data: bytes,
                       message: str) -> None:
    alpha, _ = two_orgs
    row = _create(store, alpha)
    with pytest.raises(InputError, match=message), store.write() as session:
        store.add_file(session, alpha, session.merge(row), "other", name, data)


def test_upload_size_limit(tmp_path: Path) -> None:
    from recours.store.blobs import check_upload

    with pytest.raises(InputError, match="too large"):
        check_upload("x.txt", b"a" * 2048, max_bytes=1024)
    assert check_upload("../../etc/x.txt", b"ok", 1024).filename == "x.txt"


def test_concurrent_edit_is_refused(store: Store, two_orgs: tuple[Scope, Scope]) -> None:
    from sqlalchemy.orm.exc import StaleDataError

    alpha, _ = two_orgs
    row = _create(store, alpha)
    dossier = load_dossier(MINIMAL)
    with store.write() as session:
        repo.update_dossier(session, alpha, session.merge(row), dossier)
    stale = row  # still carries version 1
    with pytest.raises(StaleDataError), store.write() as session:
        fresh = session.get(DossierRow, stale.id)
        session.execute(text("UPDATE dossiers SET version = version + 1 WHERE id = :i"),
                        {"i": stale.id})
        fresh.title = "x"
        session.flush()


def test_audit_log_is_chained_and_append_only(
    store: Store, two_orgs: tuple[Scope, Scope]
) -> None:
    alpha, _ = two_orgs
    _create(store, alpha)
    with store.read() as session:
        assert verify_chain(session) is None
        count = session.scalar(select(func.count()).select_from(AuditEntry))
        assert count >= 5
    with pytest.raises((DBAPIError, IntegrityError)), store.write() as session:
        session.execute(text("UPDATE audit_log SET actor = 'mallory' WHERE id = 2"))
    with pytest.raises((DBAPIError, IntegrityError)), store.write() as session:
        session.execute(text("DELETE FROM audit_log WHERE id = 2"))


def test_audit_tampering_is_detected(store: Store, two_orgs: tuple[Scope, Scope]) -> None:
    _create(store, two_orgs[0])
    drop = ("DROP TRIGGER audit_log_no_update" if store.engine.dialect.name == "sqlite"
            else "DROP TRIGGER audit_log_no_change ON audit_log")
    with store.write() as session:
        session.execute(text(drop))
        session.execute(text("UPDATE audit_log SET actor = 'mallory' WHERE id = 3"))
    with store.read() as session:
        assert verify_chain(session) == 3
