"""After login, ``next`` leads back into the site only: the forms browsers read as another host
(``/\\evil``, ``/\\t/evil``, ``//evil``, a scheme) send the user to ``/`` instead."""

from __future__ import annotations

import pytest
from fastapi import FastAPI

from tests.web.conftest import PASSWORD, Browser, csrf_of

HOSTILE = ["//evil.example/", "/\\evil.example/", "/\\/evil.example/", "/\t/evil.example/",
           "/\n/evil.example/", "https://evil.example/", "/%0a", "javascript:alert(1)",
           "\\\\evil.example"]


@pytest.mark.parametrize("target", HOSTILE)
def test_login_never_redirects_off_the_site(app: FastAPI, target: str) -> None:
    browser = Browser(app)
    page = browser.client.get("/login", params={"next": target})
    assert "evil.example" not in page.text
    answer = browser.client.post("/login", data={
        "email": "a@alpha.fr", "password": PASSWORD, "next": target,
        "csrf_token": csrf_of(page.text)}, follow_redirects=False)
    assert answer.status_code == 303
    location = answer.headers["location"]
    assert location in ("/", target) and "evil" not in location, location
    assert location == "/" or target == "/%0a"


def test_a_path_of_the_site_is_kept(app: FastAPI) -> None:
    browser = Browser(app)
    page = browser.client.get("/login", params={"next": "/account?tab=tokens"})
    answer = browser.client.post("/login", data={
        "email": "a@alpha.fr", "password": PASSWORD, "next": "/account?tab=tokens",
        "csrf_token": csrf_of(page.text)}, follow_redirects=False)
    assert answer.headers["location"] == "/account?tab=tokens"
