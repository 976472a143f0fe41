"""Evidence from the web against a live HTTP endpoint: a real model server on 127.0.0.1,
allowed by RECOURS_ENDPOINT_ALLOW; internal addresses refused otherwise (no file, no run)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI

from recours.errors import InputError
from recours.settings import Settings
from recours.store import FileRow, RunRow, Store, create_organisation, create_user
from recours.web.app import create_app
from recours.web.endpoints import check_endpoint
from tests.local_http import QuietHandler, serving
from tests.store.helpers import settings_for
from tests.web.conftest import PASSWORD, Browser, import_minimal
from tests.web.test_evidence_demo import wait_done

CASES = 300


class Model(QuietHandler):
    """Scores 0.9 for a quarter of the defaults, 0.1 otherwise: recall at 0.5 ≈ 0.5."""

    def do_POST(self) -> None:
        payload = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        assert "defaut" not in payload  # the label is never sent
        score = 0.9 if int(payload["dossier_no"]) % 4 == 0 else 0.1
        self.send(200, json.dumps({"score": score}).encode())


@pytest.fixture
def model_url() -> Iterator[str]:
    with serving(Model) as base:
        yield f"{base}/score"


def cases_csv() -> bytes:
    rows = ["dossier_no,revenu,defaut"]
    rows += [f"{i},{30000 + 17 * i},{1 if i % 2 == 0 else 0}" for i in range(CASES)]
    return ("\n".join(rows) + "\n").encode()


def _app(tmp_path: Path, **env: str) -> tuple[FastAPI, Store]:
    settings = settings_for(tmp_path, "sqlite", **env)
    store = Store.open(settings)
    with store.write() as session:
        create_user(session, create_organisation(session, "Cabinet"), "e@cab.fr", PASSWORD,
                    role="lawyer")
    return create_app(settings, store), store


def test_a_run_against_an_allowed_endpoint(tmp_path: Path, model_url: str) -> None:
    app, store = _app(tmp_path, RECOURS_ENDPOINT_ALLOW="127.0.0.1")
    browser = Browser(app).login("e@cab.fr")
    pid = import_minimal(browser)
    response = browser.post(f"/dossiers/{pid}/evidence", {"endpoint": model_url},
                            files={"dataset_tests": ("cas.csv", cases_csv(), "text/csv")})
    assert response.status_code == 303, response.text
    fragment = wait_done(browser, response.headers["location"])
    assert 'id="run-done"' in fragment, fragment
    assert "Système interrogé" in fragment and f"{CASES} cas envoyés" in fragment
    assert "Manquement établi" in fragment  # recall ≈ 0.5 against >= 0.7
    journal_id = fragment.split('href="/files/')[1].split('"')[0]
    journal = browser.client.get(f"/files/{journal_id}")
    assert journal.status_code == 200
    answered = [json.loads(line) for line in journal.text.splitlines()]
    assert len({a["id"] for a in answered if a.get("final")}) == CASES
    with store.read() as session:
        run = session.query(RunRow).one()
        assert run.result is not None and "journal" not in run.result
        assert run.source["endpoint"] == model_url
    store.close()


def test_an_internal_endpoint_is_refused_and_nothing_is_kept(tmp_path: Path,
                                                             model_url: str) -> None:
    app, store = _app(tmp_path)
    browser = Browser(app).login("e@cab.fr")
    pid = import_minimal(browser)
    response = browser.post(f"/dossiers/{pid}/evidence", {"endpoint": model_url},
                            files={"dataset_tests": ("cas.csv", cases_csv(), "text/csv")})
    assert response.status_code == 422
    assert "adresse interne refusée" in response.text
    assert "RECOURS_ENDPOINT_ALLOW" in response.text
    with store.read() as session:
        assert session.query(RunRow).count() == 0
        assert session.query(FileRow).count() == 0
    store.close()


@pytest.mark.parametrize("url, allow", [
    ("http://127.0.0.1:8000/score", ("127.0.0.1",)),
    ("http://127.0.0.1:8000/score", ("127.0.0.0/8",)),
    ("http://[::1]:8000/score", ("::1",)),
    ("http://localhost:8000/score", ("localhost",)),
])
def test_allowed_internal_addresses(url: str, allow: tuple[str, ...]) -> None:
    assert check_endpoint(f"  {url} ", allow) == url


@pytest.mark.parametrize("url, reason", [
    ("http://127.0.0.1:8000/score", "adresse interne refusée : 127.0.0.1"),
    ("http://localhost/score", "adresse interne refusée : localhost désigne"),
    ("http://169.254.169.254/latest/meta-data", "adresse interne refusée"),
    ("http://10.1.2.3/", "adresse interne refusée"),
    ("http://[::1]/", "adresse interne refusée"),
    ("ftp://vendor.example/score", "http ou https attendu"),
    ("score", "http ou https attendu"),
    ("http://user:secret@vendor.example/", "identifiants"),
    ("http://no-such-host.invalid/score", "hôte introuvable"),
])
def test_refused_addresses_say_why(url: str, reason: str) -> None:
    with pytest.raises(InputError) as refused:
        check_endpoint(url, ("192.168.0.0/16",))
    assert reason in refused.value.render("fr")


def test_allow_list_setting_is_checked() -> None:
    assert Settings.from_env({"RECOURS_ENDPOINT_ALLOW": "127.0.0.1, 10.0.0.0/8,ia.interne.fr"}
                             ).endpoint_allow == ("127.0.0.1", "10.0.0.0/8", "ia.interne.fr")
    with pytest.raises(InputError) as bad:
        Settings.from_env({"RECOURS_ENDPOINT_ALLOW": "http://x/"})
    assert "RECOURS_ENDPOINT_ALLOW" in bad.value.render("en")
