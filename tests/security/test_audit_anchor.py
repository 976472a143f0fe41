"""Finding 3 — the audit log could be cut or recomputed and still read « Chaîne d'empreintes
intègre ». Here an attacker with write access to the database (triggers removed, as an
administrator of the database could) cuts the end of the log, edits an entry and recomputes
the whole chain, or deletes an entry in the middle; every time the signed heads give it
away, in the library, on the web page and in ``recours audit verify``."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from recours.cli.main import app as cli
from recours.store import Store, create_organisation, create_user
from recours.store.audit import anchor_message, entry_hash, record
from recours.store.models import AuditAnchor, AuditEntry
from recours.web.app import create_app
from tests.store.helpers import BACKENDS, settings_for

PASSWORD = "motdepasse-solide"
ENTRIES = 40


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def store(tmp_path: Path, backend: str) -> Iterator[Store]:
    opened = Store.open(settings_for(tmp_path, backend))
    with opened.write() as session:
        create_user(session, create_organisation(session, "Cabinet"), "a@cab.fr", PASSWORD,
                    role="admin")
    for i in range(ENTRIES - 2):
        with opened.write() as session:
            record(session, "dossier.update", actor="a@cab.fr", org_id=1, target=f"d{i}",
                   detail={"n": i})
    assert opened.anchor_audit("manual") == ENTRIES      # the head is signed
    yield opened
    opened.close()


def _unlocked(store: Store) -> Session:
    """A session on the raw tables, the append-only triggers removed (the attacker)."""
    with store.engine.begin() as conn:
        if store.engine.dialect.name == "sqlite":
            for table in ("audit_log", "audit_anchors"):
                for verb in ("update", "delete"):
                    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")
        else:
            for table in ("audit_log", "audit_anchors"):
                conn.exec_driver_sql(f"ALTER TABLE {table} DISABLE TRIGGER {table}_no_change")
    return Session(store.engine)


def _recompute(session: Session) -> None:
    prev = "0" * 64
    for seq, entry in enumerate(session.query(AuditEntry).order_by(AuditEntry.id), 1):
        entry.seq, entry.prev_hash = seq, prev
        entry.hash = entry_hash(prev, entry)
        prev = entry.hash
        session.flush()


def _page(store: Store) -> str:
    client = TestClient(create_app(store.settings, store), base_url="http://testserver")
    login = client.get("/login").text
    token = login.split('name="csrf_token" value="')[1].split('"')[0]
    client.post("/login", data={"email": "a@cab.fr", "password": PASSWORD, "next": "/",
                                "csrf_token": token})
    return client.get("/audit").text


def test_an_intact_log_verifies_everywhere(store: Store) -> None:
    report = store.verify_audit()
    assert report.ok, report.lines("fr")
    assert report.entries == ENTRIES and report.anchored_seq == ENTRIES
    assert "empreintes intègre" in _page(store)


def test_cutting_the_last_ten_entries_is_detected(store: Store) -> None:
    with _unlocked(store) as session:
        session.execute(text("DELETE FROM audit_log WHERE seq > :n"), {"n": ENTRIES - 10})
        session.commit()
    report = store.verify_audit()
    assert not report.ok
    assert any(f"le journal comptait {ENTRIES} entrées, il n'en a plus que {ENTRIES - 10}" in line
               for line in report.lines("fr")), report.lines("fr")
    page = _page(store)
    assert "empreintes intègre" not in page and "fin du journal supprimée" in page


def test_cutting_the_log_and_its_anchor_rows_is_caught_by_the_anchor_file(store: Store) -> None:
    with _unlocked(store) as session:
        session.execute(text("DELETE FROM audit_log WHERE seq > :n"), {"n": ENTRIES - 10})
        session.execute(text("DELETE FROM audit_anchors"))
        session.commit()
    report = store.verify_audit()
    assert not report.ok and "fichier audit-anchors.jsonl" in " ".join(report.lines("fr"))


def test_editing_an_entry_and_recomputing_the_chain_is_detected(store: Store) -> None:
    with _unlocked(store) as session:
        victim = session.query(AuditEntry).filter(AuditEntry.seq == 12).one()
        victim.detail = {"n": "effacé"}
        _recompute(session)
        session.commit()
    with store.read() as session:                    # the chain itself is consistent again
        from recours.store.audit import verify_chain
        assert verify_chain(session) is None
    report = store.verify_audit()
    assert not report.ok
    assert any("n'a plus l'empreinte signée" in line for line in report.lines("fr"))
    assert "empreintes intègre" not in _page(store)


def test_deleting_an_entry_in_the_middle_is_detected(store: Store) -> None:
    with _unlocked(store) as session:
        session.execute(text("DELETE FROM audit_log WHERE seq = 20"))
        session.commit()
    report = store.verify_audit()
    assert not report.ok and report.first_broken is not None
    assert "entrée supprimée ou insérée" in " ".join(report.lines("fr"))
    with _unlocked(store) as session:               # and renumbered + recomputed
        _recompute(session)
        session.commit()
    assert not store.verify_audit().ok


def test_an_anchor_signed_with_another_key_is_refused(store: Store) -> None:
    forger = Ed25519PrivateKey.generate()
    with _unlocked(store) as session:
        session.execute(text("DELETE FROM audit_log WHERE seq > 30"))
        session.execute(text("DELETE FROM audit_anchors"))
        head = session.query(AuditEntry).filter(AuditEntry.seq == 30).one()
        anchor = session.query(AuditAnchor).first()
        assert anchor is None
        from datetime import datetime
        at = datetime(2026, 12, 1)
        public = base64.b64encode(forger.public_key().public_bytes_raw()).decode()
        signature = base64.b64encode(forger.sign(anchor_message(30, head.hash, at))).decode()
        session.add(AuditAnchor(at=at, seq=30, head_hash=head.hash, reason="manual",
                                public_key=public, signature=signature))
        session.commit()
    (store.anchoring.file).unlink()                  # the file beside the key wiped too
    report = store.verify_audit()
    assert not report.ok and "autre clé" in " ".join(report.lines("fr"))


def test_periodic_anchors_are_signed_as_the_log_grows(tmp_path: Path) -> None:
    opened = Store.open(settings_for(tmp_path, "sqlite"))
    try:
        for i in range(250):
            with opened.write() as session:
                record(session, "x", actor="t", target=str(i))
        with opened.read() as session:
            counts = sorted(a.seq for a in session.query(AuditAnchor))
        assert counts == [1, 100, 200]               # first write, then every 100 entries
        lines = opened.anchoring.file.read_text().splitlines()
        assert [json.loads(line)["seq"] for line in lines] == counts
        assert opened.verify_audit().ok
    finally:
        opened.close()


def _cli(store: Store, *args: str) -> tuple[int, str]:
    env = {"RECOURS_DATA_DIR": str(store.settings.data_dir),
           "RECOURS_DATABASE_URL": store.settings.database_url,
           "RECOURS_SECRET_KEY": "test-secret-" + "x" * 40}
    result = CliRunner().invoke(cli, ["audit", *args], env=env)
    return result.exit_code, result.output


def test_the_cli_verifies_exports_and_fails_on_a_cut(store: Store, tmp_path: Path) -> None:
    code, output = _cli(store, "verify")
    assert code == 0 and "Journal d'audit intègre" in output, output
    export = tmp_path / "export.jsonl"
    code, output = _cli(store, "export", "--out", str(export))
    assert code == 0 and export.is_file()
    kinds = [json.loads(line)["kind"] for line in export.read_text().splitlines()]
    assert kinds == ["entry"] * ENTRIES + ["anchor"]
    with _unlocked(store) as session:
        session.execute(text("DELETE FROM audit_log WHERE seq > :n"), {"n": ENTRIES - 10})
        session.execute(text("DELETE FROM audit_anchors"))
        session.commit()
    store.anchoring.file.unlink()                    # every anchor on the server removed
    store.anchoring.head_file.unlink()
    code, output = _cli(store, "verify")
    assert code == 1 and "aucune ancre signée" in output, output
    code, output = _cli(store, "verify", "--anchors", str(export))   # the copy kept elsewhere
    assert code == 1 and "fin du journal supprimée" in output, output


def test_a_log_written_before_the_running_count_is_numbered_and_anchored(tmp_path: Path
                                                                         ) -> None:
    """Entries written under revision 0002 (hash without count) are numbered by migration
    0004, checked with their former hash, and the log is anchored when the store opens."""
    from datetime import datetime

    from recours.store import migrate
    from recours.store.audit import legacy_hash
    from recours.store.engine import make_engine

    settings = settings_for(tmp_path, "sqlite")
    settings.ensure_data_dir()
    engine = make_engine(settings.database_url)
    migrate.upgrade(engine, "0002")
    prev = "0" * 64
    with engine.begin() as conn:
        for i in range(5):
            entry = AuditEntry(at=datetime(2026, 11, 1, 10, i), org_id=None, user_id=None,
                               actor="ancien", action="org.create", target=str(i), detail={})
            digest = legacy_hash(prev, entry)
            conn.execute(text("INSERT INTO audit_log (at, org_id, user_id, actor, action, "
                              "target, detail, prev_hash, hash) VALUES (:at, NULL, NULL, "
                              "'ancien', 'org.create', :t, '{}', :p, :h)"),
                         {"at": entry.at, "t": str(i), "p": prev, "h": digest})
            prev = digest
    engine.dispose()
    opened = Store.open(settings)
    try:
        with opened.write() as session:
            record(session, "after", actor="t")
        report = opened.verify_audit()
        assert report.ok, report.lines("fr")
        assert report.entries == 6 and report.anchors >= 1
        with _unlocked(opened) as session:          # a legacy entry edited: still caught
            session.execute(text("UPDATE audit_log SET actor = 'autre' WHERE seq = 2"))
            session.commit()
        assert not opened.verify_audit().ok
    finally:
        opened.close()


def test_the_web_page_tells_a_cut_log_through_the_application_only(
        tmp_path: Path, backend: str) -> None:
    """The finding as it was found: entries written by using the application (over 100, so
    its periodic anchor has signed a head), the last ten deleted in the database, the audit
    page read by the firm's admin — it used to say « Chaîne d'empreintes intègre »."""
    settings = settings_for(tmp_path, backend)
    opened = Store.open(settings)
    with opened.write() as session:
        create_user(session, create_organisation(session, "Cabinet"), "a@cab.fr", PASSWORD,
                    role="admin")
    client = TestClient(create_app(settings, opened), base_url="http://testserver")
    login = client.get("/login").text
    token = login.split('name="csrf_token" value="')[1].split('"')[0]
    client.post("/login", data={"email": "a@cab.fr", "password": PASSWORD, "next": "/",
                                "csrf_token": token})
    csrf = client.get("/").text.split('name="csrf_token" value="')[1].split('"')[0]
    yaml = (Path(__file__).resolve().parents[1] / "dossier" / "fixtures" / "minimal.yaml")
    count = 0
    while count < 110:
        content = yaml.read_bytes().replace(b"TEST-001", f"TEST-{count:04d}".encode())
        made = client.post("/dossiers/import", data={"csrf_token": csrf}, files={
            "archive": ("dossier.yaml", content, "application/yaml")},
            follow_redirects=False)
        assert made.status_code == 303, (made.status_code, re.findall(r"(?s)class=\"error[^>]*>(.*?)<", made.text))
        with opened.read() as session:
            count = int(session.execute(text("SELECT count(*) FROM audit_log")).scalar_one())
    assert "empreintes intègre" in client.get("/audit").text
    with _unlocked(opened) as session:
        last = session.execute(text("SELECT id FROM audit_log ORDER BY id DESC LIMIT 10"))
        session.execute(text("DELETE FROM audit_log WHERE id >= :id"),
                        {"id": min(row[0] for row in last)})
        session.commit()
    page = client.get("/audit").text
    assert "empreintes intègre" not in page
    opened.close()
