"""A NUL character (U+0000) typed or pasted into any text field is a clear 422 in French on
both databases. Found while attacking the application on loopback: on PostgreSQL the driver
refused it and the server answered 500 (login, search, token name, invitation, new member's
name on accepting an invitation);
SQLite stored it."""

from __future__ import annotations

import re

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from recours.errors import InputError
from recours.store import Store, create_organisation
from tests.web.conftest import Browser, csrf_of


def _no_server_error(app: FastAPI) -> Browser:
    browser = Browser(app)
    browser.client = TestClient(app, base_url="http://testserver",
                                raise_server_exceptions=False)
    return browser


def test_a_nul_character_in_any_form_is_a_french_422(app: FastAPI) -> None:
    anon = _no_server_error(app)
    page = anon.client.get("/login")
    answers = {"login": anon.client.post("/login", data={
        "email": "a\x00@alpha.fr", "password": "motdepasse\x00", "next": "/",
        "csrf_token": csrf_of(page.text)}, follow_redirects=False)}
    alpha = _no_server_error(app).login("a@alpha.fr")
    answers["search"] = alpha.client.get("/", params={"q": "Banque\x00"})
    answers["token"] = alpha.post("/account/tokens", {"name": "ci\x00"})
    answers["invitation"] = alpha.post("/admin/invitations", {"email": "x\x00@alpha.fr",
                                                              "role": "lawyer"})
    invited = alpha.post("/admin/invitations", {"email": "y@alpha.fr", "role": "lawyer"})
    link = re.search(r'id="invite-link">([^<]+)<', invited.text)
    assert link, invited.text
    path = link[1].removeprefix("http://testserver")
    guest = _no_server_error(app)
    form = guest.client.get(path)
    answers["member"] = guest.client.post(path, data={  # the new member names themself
        "csrf_token": csrf_of(form.text), "name": "Me\x00", "password": "Zebre-falaise-42",
        "confirm": "Zebre-falaise-42"}, follow_redirects=False)
    for what, answer in answers.items():
        assert answer.status_code == 422, (what, answer.status_code, answer.text[:300])
        assert "caractère nul (U+0000)" in answer.text, what
    account = alpha.client.get("/account").text
    assert "ci\x00" not in account and "Me\x00" not in account
    assert alpha.client.get("/").status_code == 200  # nothing half written


def test_the_store_refuses_it_below_every_form(store: Store) -> None:
    with pytest.raises(InputError) as caught, store.write() as session:
        create_organisation(session, "Cabinet\x00Gamma")
    assert "U+0000" in caught.value.render("fr") and caught.value.fix is not None
    with store.read() as session:
        from sqlalchemy import select

        from recours.store.models import Organisation
        assert not session.scalars(select(Organisation).where(
            Organisation.name.like("Cabinet%Gamma"))).all()
