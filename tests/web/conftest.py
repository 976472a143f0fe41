from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from recours.store import Store, create_organisation, create_user
from recours.web.app import create_app
from tests.store.helpers import BACKENDS, settings_for

PASSWORD = "motdepasse-solide"
MINIMAL = Path(__file__).resolve().parents[1] / "dossier" / "fixtures" / "minimal.yaml"


@pytest.fixture(params=BACKENDS)
def app(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[FastAPI]:
    settings = settings_for(tmp_path, request.param)
    store = Store.open(settings)
    with store.write() as session:
        for org_name, email, role in (("Cabinet Alpha", "a@alpha.fr", "admin"),
                                      ("Cabinet Beta", "b@beta.fr", "lawyer")):
            org = create_organisation(session, org_name)
            create_user(session, org, email, PASSWORD, name=email.split("@")[0], role=role)
        create_user(session, org, "v@beta.fr", PASSWORD, role="viewer")
    application = create_app(settings, store)
    yield application
    store.close()


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF token in page"
    return found[1]


class Browser:
    """A TestClient that logs in and keeps the page's CSRF token."""

    def __init__(self, app: FastAPI) -> None:
        self.client = TestClient(app, base_url="http://testserver")
        self.csrf = ""

    def login(self, email: str, password: str = PASSWORD) -> Browser:
        page = self.client.get("/login")
        response = self.client.post("/login", data={"email": email, "password": password,
                                                    "next": "/", "csrf_token": csrf_of(page.text)},
                                    follow_redirects=False)
        assert response.status_code == 303, response.text
        self.csrf = csrf_of(self.client.get("/").text)
        return self

    def post(self, url: str, data: dict[str, str] | None = None, **kwargs: object):  # type: ignore[no-untyped-def]
        payload = {"csrf_token": self.csrf, **(data or {})}
        return self.client.post(url, data=payload, follow_redirects=False, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def alpha(app: FastAPI) -> Browser:
    return Browser(app).login("a@alpha.fr")


@pytest.fixture
def beta(app: FastAPI) -> Browser:
    return Browser(app).login("b@beta.fr")


def import_minimal(browser: Browser) -> str:
    """Import the minimal dossier; return its public id."""
    response = browser.post("/dossiers/import",
                            files={"archive": ("dossier.yaml", MINIMAL.read_bytes(),
                                               "application/yaml")})
    assert response.status_code == 303, response.text
    return str(response.headers["location"]).rsplit("/", 1)[-1]
