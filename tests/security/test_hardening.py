"""Issue 18 — hardening defaults: no client data kept by browsers or proxies, HSTS behind
HTTPS, a private SQLite file, 403 for a viewer's write."""

from __future__ import annotations

import stat
from pathlib import Path

from fastapi import FastAPI
from fastapi.testclient import TestClient

from recours.store import Store
from recours.web.app import create_app
from tests.store.helpers import settings_for
from tests.web.conftest import Browser, alpha, app, beta, import_minimal  # noqa: F401


def test_authenticated_pages_and_api_answers_are_not_stored(app: FastAPI,  # noqa: F811
                                                           alpha: Browser) -> None:  # noqa: F811
    pid = import_minimal(alpha)
    for url in ("/", f"/dossiers/{pid}", f"/dossiers/{pid}", f"/dossiers/{pid}/yaml",
                "/account", "/api/v1/me", f"/api/v1/dossiers/{pid}",
                f"/dossiers/{pid}/export.zip", "/login"):
        response = alpha.client.get(url)
        assert response.status_code == 200, url
        assert response.headers.get("cache-control") == "no-store", url
    refused = TestClient(app).get("/api/v1/dossiers")
    assert refused.status_code == 401 and refused.headers["cache-control"] == "no-store"
    static = alpha.client.get("/static/recours.css")
    assert static.status_code == 200
    assert "no-store" not in static.headers.get("cache-control", "")


def test_hsts_when_cookies_are_secure(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, "sqlite")
    store = Store.open(settings)
    plain = TestClient(create_app(settings, store)).get("/login")
    assert "strict-transport-security" not in plain.headers
    secure = TestClient(create_app(settings, store, secure_cookies=True),
                        base_url="https://testserver").get("/login")
    assert secure.headers["strict-transport-security"] == "max-age=31536000"
    store.close()


def test_the_sqlite_database_is_private(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, "sqlite")
    store = Store.open(settings)
    with store.write() as session:  # the WAL and shared-memory files exist once written
        session.connection()
    database = settings.data_dir / "recours.db"
    for path in (database, *database.parent.glob("recours.db-*")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    store.close()
    database.chmod(0o644)  # made by an older version
    Store.open(settings).close()
    assert stat.S_IMODE(database.stat().st_mode) == 0o600


def test_a_viewers_write_is_forbidden_not_unauthenticated(app: FastAPI,  # noqa: F811
                                                         beta: Browser) -> None:  # noqa: F811
    pid = import_minimal(beta)
    viewer = Browser(app).login("v@beta.fr")
    assert viewer.client.get(f"/dossiers/{pid}").status_code == 200
    page = viewer.post(f"/dossiers/{pid}/delete")
    assert page.status_code == 403
    assert "lecture seule" in page.text
    api = viewer.client.post(f"/api/v1/dossiers/{pid}/analysis",
                             headers={"X-CSRF-Token": viewer.csrf})
    assert api.status_code == 403 and api.json()["error"] == "AuthError"
    assert beta.client.get(f"/dossiers/{pid}").status_code == 200  # nothing was deleted


def test_members_are_added_only_by_invitation_from_the_admin_page(
        app: FastAPI, alpha: Browser, beta: Browser) -> None:  # noqa: F811
    """The account page's old « add a member » form (the admin chose the member's password)
    is gone: it points to /admin, where an invitation link lets the member choose it."""
    account = alpha.client.get("/account").text
    assert 'href="/admin"' in account and 'action="/account/users"' not in account
    assert 'type="password"' not in account
    gone = alpha.post("/account/users", {"email": "n@alpha.fr", "password": "x" * 12})
    assert gone.status_code in (404, 405)
    lawyer = beta.client.get("/account").text  # Cabinet Beta's lawyer: no members section
    assert 'id="members"' not in lawyer
    page = alpha.post("/admin/invitations", {"email": "b@beta.fr", "role": "lawyer"})
    assert page.status_code == 200 and 'id="invite-link"' in page.text
    assert "existe" not in page.text and "Beta" not in page.text
