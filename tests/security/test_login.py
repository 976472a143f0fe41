"""Finding 6 — login: the failure limit counted atomically under concurrent attempts, the
same work for a known and an unknown account, and the password policy. Password checks are
counted by wrapping argon2's own ``PasswordHasher`` methods (the real hashing still runs);
no wall-clock time is measured."""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.testclient import TestClient

from recours.errors import AuthError, InputError
from recours.store import Store, authenticate, create_organisation, create_user
from recours.store.accounts import hash_password
from recours.store.passwords import MAX_PASSWORD_BYTES, check_password, common_passwords
from recours.web.app import create_app
from tests.store.helpers import BACKENDS, settings_for

PASSWORD = "motdepasse-solide"
ATTEMPTS = 30
LIMIT = 5


@pytest.fixture
def hasher_calls(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How many times argon2 hashed or verified a password (the real work still runs)."""
    calls: Counter[str] = Counter()
    lock = threading.Lock()
    for name in ("hash", "verify"):
        original = getattr(PasswordHasher, name)

        def counted(self: PasswordHasher, *args: Any, _name: str = name,
                    _original: Any = original, **kwargs: Any) -> Any:
            with lock:
                calls[_name] += 1
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(PasswordHasher, name, counted)
    return calls


@pytest.fixture(params=BACKENDS)
def site(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[FastAPI, Store]]:
    settings = settings_for(tmp_path, request.param)
    store = Store.open(settings)
    with store.write() as session:
        create_user(session, create_organisation(session, "Cabinet"), "a@cab.fr", PASSWORD,
                    role="admin")
    yield create_app(settings, store), store
    store.close()


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found
    return found[1]


def _attempt(app: FastAPI, email: str, password: str, barrier: threading.Barrier | None = None
             ) -> int:
    client = TestClient(app, base_url="http://testserver")
    token = _csrf(client.get("/login").text)
    if barrier is not None:
        barrier.wait()
    return client.post("/login", data={"email": email, "password": password, "next": "/",
                                       "csrf_token": token}, follow_redirects=False).status_code


def test_concurrent_wrong_passwords_make_no_more_checks_than_the_limit(
        site: tuple[FastAPI, Store], hasher_calls: Counter[str]) -> None:
    app, _ = site
    barrier = threading.Barrier(ATTEMPTS)
    statuses: list[int] = []
    lock = threading.Lock()

    def one() -> None:
        status = _attempt(app, "a@cab.fr", "pas-le-bon-mot-de-passe", barrier)
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=one) for _ in range(ATTEMPTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(statuses) == ATTEMPTS
    assert hasher_calls["hash"] <= LIMIT, hasher_calls
    assert Counter(statuses) == {401: hasher_calls["hash"], 429: ATTEMPTS - hasher_calls["hash"]}
    # the right password is refused too while the limit holds: no check is made
    assert _attempt(app, "a@cab.fr", PASSWORD) == 429
    assert hasher_calls["hash"] <= LIMIT


def test_a_successful_login_clears_the_reserved_attempt(site: tuple[FastAPI, Store]) -> None:
    app, _ = site
    for _ in range(LIMIT - 1):
        assert _attempt(app, "a@cab.fr", "pas-le-bon-mot-de-passe") == 401
    for _ in range(LIMIT + 2):                       # each success frees its own count
        assert _attempt(app, "a@cab.fr", PASSWORD) == 303
    assert _attempt(app, "a@cab.fr", "pas-le-bon-mot-de-passe") == 401


def test_unknown_and_known_accounts_cost_the_same_password_checks(
        site: tuple[FastAPI, Store], hasher_calls: Counter[str]) -> None:
    app, store = site
    with store.read() as session, pytest.raises(AuthError):
        authenticate(session, "warm@nowhere.fr", "pas-le-bon-mot-de-passe")
    counts = {}
    for email in ("a@cab.fr", "inconnu@cab.fr"):
        hasher_calls.clear()
        assert _attempt(app, email, "pas-le-bon-mot-de-passe") == 401
        counts[email] = dict(hasher_calls)
    assert counts["a@cab.fr"] == counts["inconnu@cab.fr"] == {"hash": 1}


def test_an_unknown_address_is_hashed_at_the_cost_of_real_hashes(
        site: tuple[FastAPI, Store]) -> None:
    from argon2 import extract_parameters

    from recours.store.accounts import _address_salt
    from recours.store.models import User

    _, store = site
    with store.read() as session:
        real = session.query(User).one().password_hash
    salt, params = _address_salt([])
    assert params == extract_parameters(real) and len(salt) == params.salt_len


def test_a_huge_password_is_refused_before_hashing(site: tuple[FastAPI, Store],
                                                   hasher_calls: Counter[str]) -> None:
    app, store = site
    huge = "x" * 1_000_000
    assert _attempt(app, "a@cab.fr", huge) == 401
    assert _attempt(app, "inconnu@cab.fr", huge) == 401
    with store.write() as session, pytest.raises(InputError) as refused:
        create_user(session, create_organisation(session, "Autre"), "b@cab.fr", huge)
    assert "trop long" in refused.value.render("fr")
    assert hasher_calls == {}
    with pytest.raises(InputError):
        check_password("é" * (MAX_PASSWORD_BYTES // 2 + 1))   # bytes, not characters
    check_password("é" * (MAX_PASSWORD_BYTES // 4) + "-marron-falaise")


@pytest.mark.parametrize("password, reason", [
    ("password12", "trop courant"),
    ("aaaaaaaaaa", "même caractère"),
    ("abcabcabcabc", "même motif"),
    ("1212121212", "même caractère"),
    ("Password2026!", "trop courant"),
    ("azertyuiop", "trop courant"),
    ("motdepasse", "trop courant"),
    ("court", "trop court"),
])
def test_weak_passwords_are_refused_in_french(password: str, reason: str) -> None:
    with pytest.raises(InputError) as refused:
        hash_password(password)
    assert reason in refused.value.render("fr")
    assert "Correction" in refused.value.render("fr")


@pytest.mark.parametrize("password", [PASSWORD, "marron-falaise-violon-septembre",
                                      "Ce cabinet défend l'entreprise !"])
def test_good_passphrases_are_accepted(password: str) -> None:
    check_password(password)


def test_the_common_list_is_shipped_with_its_source() -> None:
    assert len(common_passwords()) > 19_000
    assert {"password12", "aaaaaaaaaa", "azertyuiop"} <= common_passwords()
    import recours.store

    source = Path(recours.store.__file__).parent / "data" / "COMMON-PASSWORDS.md"
    assert "BSD" in source.read_text() or "Redistribution" in source.read_text()


def test_accepting_an_invitation_refuses_a_common_password(site: tuple[FastAPI, Store]) -> None:
    app, _ = site
    client = TestClient(app, base_url="http://testserver")
    token = _csrf(client.get("/login").text)
    assert client.post("/login", data={"email": "a@cab.fr", "password": PASSWORD, "next": "/",
                                       "csrf_token": token},
                       follow_redirects=False).status_code == 303
    token = _csrf(client.get("/admin").text)
    page = client.post("/admin/invitations", data={"email": "n@cab.fr", "role": "lawyer",
                                                   "csrf_token": token})
    link = re.search(r'id="invite-link">http://testserver([^<]+)<', page.text)
    assert link, page.text
    guest = TestClient(app, base_url="http://testserver")
    token = _csrf(guest.get(link[1]).text)
    response = guest.post(link[1], data={"password": "password12", "confirm": "password12",
                                         "csrf_token": token})
    assert response.status_code == 422
    assert "trop courant" in response.text
