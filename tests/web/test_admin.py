"""A firm from a fresh install: ``recours admin create-org``, the administrator invites a
lawyer from the administration page, the lawyer accepts (chooses a password) and runs an
endpoint evidence run on each bundled example against ``recours evidence serve-model``
(real HTTP on 127.0.0.1). Plus roles, invitations that expire or are used once, no
cross-organisation oracle, password reset."""

from __future__ import annotations

import re
import time
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from recours.cli.main import app as cli
from recours.evidence import evaluate
from recours.evidence.model_server import serving
from recours.evidence.run import resolve_spec, target_dataset
from recours.settings import Settings
from recours.store import AuditEntry, RunRow, Store, User
from recours.store.models import Invitation, utcnow
from recours.web.app import create_app
from tests.evidence.small_examples import EXAMPLES, small_copy
from tests.web.conftest import Browser, csrf_of

ADMIN_PASSWORD = "phrase-de-passe-du-cabinet"
LAWYER_PASSWORD = "phrase-de-passe-avocate"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """A fresh install: an empty data folder, nothing created yet."""
    monkeypatch.setenv("RECOURS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("RECOURS_SECRET_KEY", "test-secret-" + "x" * 40)
    monkeypatch.setenv("RECOURS_ENDPOINT_ALLOW", "127.0.0.1")
    monkeypatch.delenv("RECOURS_DATABASE_URL", raising=False)
    return Settings.from_env()


def admin_cli(*args: str, stdin: str | None = None) -> str:
    result = CliRunner().invoke(cli, ["admin", *args], input=stdin)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return result.output


def create_firm(name: str = "Cabinet Dupont", email: str = "admin@dupont.fr") -> None:
    admin_cli("create-org", name, "--admin-email", email, "--admin-name", "Maître Dupont",
              "--password-stdin", stdin=ADMIN_PASSWORD + "\n")


@pytest.fixture
def web(env: Settings) -> FastAPI:
    create_firm()
    application = create_app(env)
    yield application
    application.state.store.close()


def invite(admin: Browser, email: str, role: str = "lawyer") -> str:
    page = admin.post("/admin/invitations", {"email": email, "role": role})
    assert page.status_code == 200, page.text
    found = re.search(r'id="invite-link">([^<]+)<', page.text)
    assert found, page.text
    return found[1].removeprefix("http://testserver")


def accept(app: FastAPI, link: str, password: str = LAWYER_PASSWORD,
           name: str = "Me Martin") -> Browser:
    guest = Browser(app)
    page = guest.client.get(link)
    assert page.status_code == 200, page.text
    assert page.headers["cache-control"] == "no-store"
    response = guest.client.post(link, data={"csrf_token": csrf_of(page.text), "name": name,
                                             "password": password, "confirm": password},
                                 follow_redirects=False)
    assert response.status_code == 303, response.text
    guest.csrf = csrf_of(guest.client.get("/").text)
    return guest


def wait_run(browser: Browser, run_url: str) -> str:
    for _ in range(900):
        fragment = browser.client.get(run_url + "/progress").text
        if "hx-trigger" not in fragment:
            return fragment
        time.sleep(0.2)
    raise AssertionError("run did not finish")


def endpoint_run(lawyer: Browser, store: Store, name: str, tmp_path: Path) -> None:
    dossier, _ = small_copy(name, tmp_path / "copies", rows=400)
    imported = lawyer.post("/dossiers/import", files={
        "archive": ("dossier.yaml", dossier.read_bytes(), "application/yaml")})
    assert imported.status_code == 303, imported.text
    pid = imported.headers["location"].rsplit("/", 1)[-1]
    _, spec = resolve_spec(dossier, None)
    files = {f"dataset_{ds.id}": (Path(ds.path).name, spec.data_path(ds).read_bytes(),
                                  "text/csv") for ds in spec.datasets}
    with serving(dossier) as url:
        started = lawyer.post(f"/dossiers/{pid}/evidence", {"endpoint": url}, files=files)
        assert started.status_code == 303, started.text
        fragment = wait_run(lawyer, started.headers["location"])
    assert 'id="run-done"' in fragment, fragment
    assert "400 cas envoyés, 0 sans réponse" in fragment, fragment
    run_id = started.headers["location"].rsplit("/", 1)[-1]
    with store.read() as session:
        run = session.query(RunRow).filter(RunRow.public_id == run_id).one()
        found = {(r["commitment_id"], r.get("window"), r.get("group")): r
                 for r in run.result["results"]}
    target = target_dataset(spec).id
    asked = {c.id for c in spec.commitments if spec.dataset(c.dataset).id == target}
    compared = 0
    for expected in evaluate(spec).results:
        got = found[(expected.commitment_id, expected.window, expected.group)]
        if expected.commitment_id in asked and expected.metric.value != "latency_p95":
            assert got["estimate"] == pytest.approx(expected.estimate), expected.commitment_id
            assert got["verdict"] == expected.verdict.value, expected.commitment_id
            compared += 1
    assert compared >= 2, name


def test_a_firm_from_a_fresh_install_to_endpoint_runs(web: FastAPI, tmp_path: Path) -> None:
    listed = admin_cli("list-users")
    assert "Cabinet Dupont" in listed and "admin@dupont.fr" in listed
    admin = Browser(web).login("admin@dupont.fr", ADMIN_PASSWORD)
    page = admin.client.get("/admin")
    assert page.status_code == 200 and "Inviter un membre" in page.text
    assert 'href="/admin"' in page.text
    link = invite(admin, "Avocate@Dupont.fr")
    assert re.fullmatch(r"/invite/rci_[A-Za-z0-9_-]{40,}", link)
    assert "avocate@dupont.fr" in admin.client.get("/admin").text  # pending
    lawyer = accept(web, link)
    home = lawyer.client.get("/")
    assert "Cabinet Dupont" in home.text and "Me Martin" in home.text
    store: Store = web.state.store
    with store.read() as session:
        user = session.query(User).filter(User.email == "avocate@dupont.fr").one()
        assert user.role == "lawyer" and user.password_hash.startswith("$argon2")
        actions = [a for (a,) in session.query(AuditEntry.action)]
    assert {"org.create", "invitation.create", "invitation.accept"} <= set(actions)
    for name in sorted(EXAMPLES):
        endpoint_run(lawyer, store, name, tmp_path)


def test_an_invitation_works_once_and_expires(web: FastAPI) -> None:
    admin = Browser(web).login("admin@dupont.fr", ADMIN_PASSWORD)
    link = invite(admin, "une@dupont.fr")
    accept(web, link)
    again = TestClient(web).get(link)
    assert again.status_code == 404 and "invitation invalide, expirée ou déjà utilisée" in again.text
    late = invite(admin, "deux@dupont.fr")
    store: Store = web.state.store
    with store.write() as session:
        pending = session.query(Invitation).filter(Invitation.email == "deux@dupont.fr").one()
        pending.expires_at = utcnow() - timedelta(seconds=1)
    assert TestClient(web).get(late).status_code == 404
    revoked = invite(admin, "trois@dupont.fr")
    with store.read() as session:
        public_id = session.query(Invitation.public_id).filter(
            Invitation.email == "trois@dupont.fr").scalar()
    assert admin.post(f"/admin/invitations/{public_id}/revoke").status_code == 303
    assert TestClient(web).get(revoked).status_code == 404
    assert TestClient(web).get("/invite/rci_forged").status_code == 404


def test_a_new_invitation_replaces_the_pending_one(web: FastAPI) -> None:
    admin = Browser(web).login("admin@dupont.fr", ADMIN_PASSWORD)
    first = invite(admin, "x@dupont.fr")
    second = invite(admin, "x@dupont.fr", "viewer")
    assert TestClient(web).get(first).status_code == 404
    accept(web, second)
    with web.state.store.read() as session:
        assert session.query(User.role).filter(User.email == "x@dupont.fr").scalar() == "viewer"


def test_accepting_checks_the_password(web: FastAPI) -> None:
    admin = Browser(web).login("admin@dupont.fr", ADMIN_PASSWORD)
    link = invite(admin, "y@dupont.fr")
    guest = TestClient(web)
    csrf = csrf_of(guest.get(link).text)
    short = guest.post(link, data={"csrf_token": csrf, "password": "court", "confirm": "court"})
    assert short.status_code == 422 and "trop court" in short.text
    differ = guest.post(link, data={"csrf_token": csrf, "password": LAWYER_PASSWORD,
                                    "confirm": LAWYER_PASSWORD + "!"})
    assert differ.status_code == 422 and "diffèrent" in differ.text
    no_csrf = guest.post(link, data={"password": LAWYER_PASSWORD, "confirm": LAWYER_PASSWORD})
    assert no_csrf.status_code == 403
    accept(web, link)  # still usable after the refused attempts


def test_inviting_an_address_of_another_firm_reveals_nothing(web: FastAPI) -> None:
    create_firm("Cabinet Rival", "admin@rival.fr")
    admin = Browser(web).login("admin@dupont.fr", ADMIN_PASSWORD)
    taken = admin.post("/admin/invitations", {"email": "admin@rival.fr", "role": "lawyer"})
    free = admin.post("/admin/invitations", {"email": "libre@ailleurs.fr", "role": "lawyer"})
    assert taken.status_code == free.status_code == 200
    assert 'id="invite-link"' in taken.text and 'id="invite-link"' in free.text
    assert "existe" not in taken.text and "Rival" not in taken.text
    member = admin.post("/admin/invitations", {"email": "admin@dupont.fr", "role": "lawyer"})
    assert member.status_code == 422 and "déjà membre" in member.text  # own firm only


def test_roles_are_changed_by_the_admin_only_and_one_admin_remains(web: FastAPI) -> None:
    admin = Browser(web).login("admin@dupont.fr", ADMIN_PASSWORD)
    lawyer = accept(web, invite(admin, "z@dupont.fr"))
    assert lawyer.client.get("/admin").status_code == 403
    assert lawyer.post("/admin/invitations", {"email": "w@dupont.fr"}).status_code == 403
    store: Store = web.state.store
    with store.read() as session:
        ids = dict(session.query(User.email, User.id))
    assert lawyer.post(f"/admin/users/{ids['z@dupont.fr']}/role",
                       {"role": "admin"}).status_code == 403
    last = admin.post(f"/admin/users/{ids['admin@dupont.fr']}/role", {"role": "viewer"})
    assert last.status_code == 422 and "au moins un administrateur" in last.text
    assert admin.post(f"/admin/users/{ids['z@dupont.fr']}/role",
                      {"role": "viewer"}).status_code == 303
    with store.read() as session:
        assert session.get(User, ids["z@dupont.fr"]).role == "viewer"
    create_firm("Cabinet Rival", "admin@rival.fr")
    with store.read() as session:
        rival = session.query(User.id).filter(User.email == "admin@rival.fr").scalar()
    other = admin.post(f"/admin/users/{rival}/role", {"role": "viewer"})
    assert other.status_code == 404
    with store.read() as session:
        assert session.get(User, rival).role == "admin"


def test_reset_password_closes_sessions(web: FastAPI) -> None:
    admin = Browser(web).login("admin@dupont.fr", ADMIN_PASSWORD)
    assert admin.client.get("/admin").status_code == 200
    out = admin_cli("reset-password", "admin@dupont.fr", "--generate-password")
    password = re.search(r"une seule fois\) : (\S+)", out)
    assert password, out
    assert admin.client.get("/admin", follow_redirects=False).status_code == 303  # logged out
    Browser(web).login("admin@dupont.fr", password[1])
    prompted = CliRunner().invoke(cli, ["admin", "reset-password", "admin@dupont.fr"],
                                  input="nouvelle-phrase-longue\nnouvelle-phrase-longue\n")
    assert prompted.exit_code == 0, prompted.output
    assert "nouvelle-phrase-longue" not in prompted.output.replace("\n", "")[-200:]
    Browser(web).login("admin@dupont.fr", "nouvelle-phrase-longue")


def test_admin_cli_errors_are_clear(env: Settings) -> None:
    runner = CliRunner()
    create_firm()
    again = runner.invoke(cli, ["admin", "create-org", "Cabinet Dupont", "--admin-email",
                                "b@dupont.fr", "--password-stdin"], input=ADMIN_PASSWORD + "\n")
    assert again.exit_code == 2 and "s'appelle déjà" in again.output
    short = runner.invoke(cli, ["admin", "create-org", "Autre", "--admin-email", "c@autre.fr",
                                "--password-stdin"], input="court\n")
    assert short.exit_code == 2 and "trop court" in short.output
    unknown = runner.invoke(cli, ["admin", "reset-password", "personne@nulle.part"])
    assert unknown.exit_code != 0 and "aucun compte" in unknown.output
    link = admin_cli("invite", "avocat@dupont.fr", "--org", "Cabinet Dupont",
                     "--base-url", "https://recours.cabinet.fr/")
    assert "https://recours.cabinet.fr/invite/rci_" in link.replace("\n", "")
    assert "invitation d'avocat@dupont.fr (avocat / juriste)" in link  # words, not « lawyer »
    for result in (again, short, unknown):
        assert "Traceback" not in result.output
