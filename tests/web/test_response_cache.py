"""The validated response cache answers repeated reads, and never an answer that is stale or
meant for someone else (src/recours/web/response_cache.py)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from fastapi import FastAPI
from fastapi.testclient import TestClient

from recours.store import RunRow, Store
from recours.web.response_cache import ResponseCache
from tests.store.helpers import settings_for
from tests.web.conftest import PASSWORD, Browser, import_minimal
from tests.web.test_isolation_api import CONTRACT


def cache_of(app: FastAPI) -> ResponseCache:
    node = app.middleware_stack
    while not isinstance(node, ResponseCache):
        node = node.app  # type: ignore[union-attr]
    return node


def page(browser: Browser, pid: str, query: str = "") -> str:
    response = browser.client.get(f"/dossiers/{pid}{query}", follow_redirects=False)
    assert response.status_code == 200, response.status_code
    return response.text


def test_a_repeated_read_is_served_from_the_cache(app: FastAPI, alpha: Browser) -> None:
    pid = import_minimal(alpha)
    first = page(alpha, pid)
    cache = cache_of(app)
    hits = cache.hits
    assert page(alpha, pid) == first
    assert cache.hits == hits + 1


def test_each_change_of_the_dossier_is_seen(app: FastAPI, alpha: Browser) -> None:
    pid = import_minimal(alpha)
    page(alpha, pid)
    upload = alpha.post(f"/dossiers/{pid}/contract",
                        files={"contract": ("contrat-signe.txt", CONTRACT, "text/plain")})
    assert upload.status_code == 303, upload.text
    assert "contrat-signe.txt" in page(alpha, pid)
    text = alpha.client.get(f"/dossiers/{pid}/yaml").text
    yaml = re.search(r"<textarea[^>]*>(.*?)</textarea>", text, re.S)[1]  # type: ignore[index]
    changed = html.unescape(yaml).replace("Contrat de licence et d'intégration ScoreSoft",
                                          "Contrat renommé pour le test")
    assert changed != html.unescape(yaml)
    version = re.search(r'name="version" value="(\d+)"', text)[1]  # type: ignore[index]
    assert alpha.post(f"/dossiers/{pid}/yaml", {"yaml": changed, "version": version}
                      ).status_code == 303
    assert "Contrat renommé pour le test" in page(alpha, pid)
    assert alpha.post(f"/dossiers/{pid}/law", {"on": "2026-11-26"}).status_code == 303
    assert "Contrat renommé pour le test" in page(alpha, pid)


def test_language_is_part_of_the_key(alpha: Browser) -> None:
    pid = import_minimal(alpha)
    assert "Se déconnecter" in page(alpha, pid)
    assert "Log out" in page(alpha, pid, "?lang=en")
    assert "Log out" in page(alpha, pid)  # the language cookie now says en


def test_other_queries_are_not_cached(app: FastAPI, alpha: Browser) -> None:
    pid = import_minimal(alpha)
    page(alpha, pid, "?x=1")
    cache = cache_of(app)
    page(alpha, pid, "?x=1")
    assert cache.hits == 0


def test_another_organisation_never_gets_the_cached_page(app: FastAPI, alpha: Browser,
                                                         beta: Browser) -> None:
    pid = import_minimal(alpha)
    page(alpha, pid)
    page(alpha, pid)
    assert beta.client.get(f"/dossiers/{pid}").status_code == 404
    anonymous = TestClient(app)
    assert anonymous.get(f"/dossiers/{pid}", follow_redirects=False).status_code == 303
    assert anonymous.get(f"/api/v1/dossiers/{pid}/analysis").status_code == 401


def test_logout_everywhere_ends_the_cached_session(app: FastAPI) -> None:
    browser = Browser(app).login("a@alpha.fr")
    pid = import_minimal(browser)
    page(browser, pid)
    page(browser, pid)
    stolen = browser.client.cookies.get("recours_session")
    assert browser.post("/logout").status_code == 303
    thief = TestClient(app)
    thief.cookies.set("recours_session", stolen)
    assert thief.get(f"/dossiers/{pid}", follow_redirects=False).status_code == 303


def test_a_revoked_token_is_refused_even_after_a_cached_answer(app: FastAPI,
                                                               alpha: Browser) -> None:
    pid = import_minimal(alpha)
    assert alpha.post(f"/dossiers/{pid}/law", {"on": "2026-11-26"}).status_code == 303
    account = alpha.post("/account/tokens", {"name": "cache"}).text
    token = re.search(r'<code id="new-token">([^<]+)</code>', account)[1]  # type: ignore[index]
    api = TestClient(app, headers={"Authorization": f"Bearer {token}"})
    url = f"/api/v1/dossiers/{pid}/analysis"
    first = api.get(url)  # the token's first use is recorded by the normal path
    assert first.status_code == 200 and first.json()["reference"] == "TEST-001"
    assert api.get(url).content == first.content  # kept
    hits = cache_of(app).hits
    assert api.get(url).content == first.content
    assert cache_of(app).hits == hits + 1
    token_id = re.search(r'/account/tokens/(\d+)/revoke', alpha.client.get("/account").text)[1]  # type: ignore[index]
    assert alpha.post(f"/account/tokens/{token_id}/revoke").status_code == 303
    assert api.get(url).status_code == 401


def test_a_new_analysis_reaches_the_api(app: FastAPI, alpha: Browser) -> None:
    pid = import_minimal(alpha)
    account = alpha.post("/account/tokens", {"name": "cache"}).text
    token = re.search(r'<code id="new-token">([^<]+)</code>', account)[1]  # type: ignore[index]
    api = TestClient(app, headers={"Authorization": f"Bearer {token}"})
    url = f"/api/v1/dossiers/{pid}/analysis"
    assert api.get(url).json() is None
    assert api.get(url).json() is None
    assert api.post(f"{url}?on=2026-11-26").status_code == 201
    assert api.get(url).json()["on"] == "2026-11-26"


def test_a_running_evidence_run_is_never_cached(app: FastAPI, alpha: Browser) -> None:
    pid = import_minimal(alpha)
    store: Store = app.state.store
    with store.write() as session:
        from recours.store import DossierRow

        row = session.query(DossierRow).filter_by(public_id=pid).one()
        session.add(RunRow(org_id=row.org_id, dossier_id=row.id, status="running"))
    page(alpha, pid)
    cache = cache_of(app)
    hits = cache.hits
    page(alpha, pid)
    assert cache.hits == hits


def test_the_cache_can_be_turned_off(tmp_path: Path) -> None:
    from recours.store import create_organisation, create_user
    from recours.web.app import create_app

    settings = settings_for(tmp_path, "sqlite", RECOURS_RESPONSE_CACHE_MB="0")
    store = Store.open(settings)
    with store.write() as session:
        create_user(session, create_organisation(session, "Solo"), "s@solo.fr", PASSWORD)
    app = create_app(settings, store)
    browser = Browser(app).login("s@solo.fr")
    pid = import_minimal(browser)
    page(browser, pid)
    page(browser, pid)
    assert cache_of(app).hits == 0 and not cache_of(app).entries
    store.close()


def test_the_cache_stays_within_its_bytes(app: FastAPI, alpha: Browser) -> None:
    pid = import_minimal(alpha)
    size = len(page(alpha, pid).encode())
    cache = cache_of(app)
    cache.max_bytes = 9 * size  # room for about 9 pages, one at most 1/8 of it
    for _ in range(12):  # twelve sessions: twelve keys
        page(Browser(app).login("a@alpha.fr"), pid)
    assert cache.size == sum(len(body) for _, _, body in cache.entries.values())
    assert cache.size <= cache.max_bytes and 6 <= len(cache.entries) <= 9
