"""No cross-organisation account oracle: an organisation that invites, accepts, logs in or
resets the password of an address learns nothing about whether that address has an account
in another organisation — not from the answer, its status, its message, nor from the work
done (argon2 computations and SQL statements, counted, never timed).

Accounts are per organisation; the accounts of one address share a salt, so a login costs
one hash and the password picks the account (src/recours/store/accounts.py)."""

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
from sqlalchemy import event
from typer.testing import CliRunner

from recours.cli.main import app as cli
from recours.errors import AuthError, InputError
from recours.store import Store, User, authenticate, create_user
from recours.store import members as m
from recours.web.app import create_app
from tests.store.helpers import BACKENDS, settings_for
from tests.web.conftest import Browser, csrf_of

RIVAL_PASSWORD = "phrase-du-cabinet-rival"
DUPONT_PASSWORD = "phrase-du-cabinet-dupont"
CHOSEN = "phrase-choisie-par-l-invite"


@pytest.fixture(params=BACKENDS)
def site(request: pytest.FixtureRequest, tmp_path: Path,
         monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[FastAPI, Store]]:
    """Two firms; the rival's lawyer ``avocat@rival.fr`` is the address Dupont will invite."""
    settings = settings_for(tmp_path, request.param)
    for name, value in {"RECOURS_DATA_DIR": str(settings.data_dir),
                        "RECOURS_DATABASE_URL": settings.database_url,
                        "RECOURS_SECRET_KEY": "test-secret-" + "x" * 40}.items():
        monkeypatch.setenv(name, value)   # the CLI opens the same database
    store = Store.open(settings)
    with store.write() as session:
        m.create_firm(session, "Cabinet Dupont", "admin@dupont.fr", DUPONT_PASSWORD)
        rival = m.create_firm(session, "Cabinet Rival", "admin@rival.fr", RIVAL_PASSWORD)
        create_user(session, rival.organisation, "avocat@rival.fr", RIVAL_PASSWORD + "-2")
    yield create_app(settings, store), store
    store.close()


@pytest.fixture
def work(site: tuple[FastAPI, Store], monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """argon2 computations and SQL statements (their text) made, counted as they happen."""
    _, store = site
    counts: Counter[str] = Counter()
    lock = threading.Lock()
    for name in ("hash", "verify"):
        original = getattr(PasswordHasher, name)

        def counted(self: PasswordHasher, *args: Any, _name: str = name,
                    _original: Any = original, **kwargs: Any) -> Any:
            with lock:
                counts["argon2." + _name] += 1
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(PasswordHasher, name, counted)

    def statement(_conn: Any, _cursor: Any, sql: str, *_: Any) -> None:
        with lock:
            counts["sql: " + " ".join(sql.split())] += 1

    event.listen(store.engine, "before_cursor_execute", statement)
    yield counts
    event.remove(store.engine, "before_cursor_execute", statement)


def _invite(app: FastAPI, email: str) -> str:
    admin = Browser(app).login("admin@dupont.fr", DUPONT_PASSWORD)
    page = admin.post("/admin/invitations", {"email": email, "role": "lawyer"})
    found = re.search(r'id="invite-link">http://testserver([^<]+)<', page.text)
    assert found, page.text
    return found[1]


def _accept(app: FastAPI, link: str, password: str, work: Counter[str] | None = None
            ) -> tuple[Any, Browser, Counter[str]]:
    guest = Browser(app)
    token = csrf_of(guest.client.get(link).text)
    if work is not None:
        work.clear()
    response = guest.client.post(link, data={"csrf_token": token, "name": "Me Invitée",
                                             "password": password, "confirm": password},
                                 follow_redirects=False)
    done = Counter(work or {})
    return response, guest, done


def test_accepting_an_address_used_elsewhere_answers_and_works_the_same(
        site: tuple[FastAPI, Store], work: Counter[str]) -> None:
    app, store = site
    taken, taken_guest, taken_work = _accept(app, _invite(app, "avocat@rival.fr"), CHOSEN, work)
    free, free_guest, free_work = _accept(app, _invite(app, "libre@ailleurs.fr"), CHOSEN, work)
    assert taken.status_code == free.status_code == 303, taken.text
    assert taken.headers["location"] == free.headers["location"] == "/"
    assert "existe" not in taken.text and "Rival" not in taken.text
    assert taken_work == free_work       # same hashes, same SQL statements, in number and text
    assert taken_work["argon2.hash"] == 1
    # the link holder is logged in to Dupont, the rival's account is untouched
    for guest in (taken_guest, free_guest):
        home = guest.client.get("/")
        assert home.status_code == 200 and "Cabinet Dupont" in home.text
    with store.read() as session:
        accounts = {u.organisation.name: u for u in m.users(session)
                    if u.email == "avocat@rival.fr"}
    assert set(accounts) == {"Cabinet Dupont", "Cabinet Rival"}
    Browser(app).login("avocat@rival.fr", RIVAL_PASSWORD + "-2")   # still the rival's


def test_each_account_of_an_address_logs_in_to_its_own_organisation(
        site: tuple[FastAPI, Store]) -> None:
    app, store = site
    _accept(app, _invite(app, "avocat@rival.fr"), CHOSEN)
    with store.write() as session:
        assert authenticate(session, "avocat@rival.fr", CHOSEN).organisation.name == \
            "Cabinet Dupont"
        assert authenticate(session, "avocat@rival.fr", RIVAL_PASSWORD + "-2") \
            .organisation.name == "Cabinet Rival"
        with pytest.raises(AuthError):
            authenticate(session, "avocat@rival.fr", "ni-l-un-ni-l-autre")


def test_a_login_costs_one_hash_whatever_the_number_of_accounts(
        site: tuple[FastAPI, Store], work: Counter[str]) -> None:
    app, store = site
    _accept(app, _invite(app, "avocat@rival.fr"), CHOSEN)       # two accounts now
    _accept(app, _invite(app, "seul@dupont.fr"), CHOSEN)        # one account
    done = {}
    for email in ("avocat@rival.fr", "seul@dupont.fr", "personne@nulle.part"):
        with store.read() as session:
            work.clear()
            with pytest.raises(AuthError) as refused:
                authenticate(session, email, "pas-le-bon-mot-de-passe")
            done[email] = (refused.value.render("fr"),
                           {k: v for k, v in work.items() if k.startswith("argon2")})
    assert len(set(map(repr, done.values()))) == 1, done
    assert done["personne@nulle.part"][1] == {"argon2.hash": 1}


def test_the_other_accounts_password_is_refused_neutrally_and_rate_limited(
        site: tuple[FastAPI, Store]) -> None:
    """Choosing exactly the password of the address's account elsewhere is refused (the
    password picks the account at login) with a message that names nothing, and counts as a
    login attempt: it tells no more than logging in with that password would, no faster."""
    app, _ = site
    link = _invite(app, "avocat@rival.fr")
    statuses = []
    for _ in range(6):
        refused, _, _ = _accept(app, link, RIVAL_PASSWORD + "-2")
        statuses.append(refused.status_code)
        assert "Rival" not in refused.text and "existe" not in refused.text
        assert "ne peut pas être retenu" in refused.text or refused.status_code == 429
    assert statuses == [422] * 5 + [429], statuses


def test_the_cli_paths_treat_accounts_per_organisation(
        site: tuple[FastAPI, Store]) -> None:
    _, store = site
    runner = CliRunner()
    created = runner.invoke(cli, ["admin", "create-org", "Cabinet Tiers", "--admin-email",
                                  "avocat@rival.fr", "--password-stdin"],
                            input="phrase-du-cabinet-tiers\n")
    assert created.exit_code == 0, created.output
    ambiguous = runner.invoke(cli, ["admin", "reset-password", "avocat@rival.fr",
                                    "--generate-password"])
    assert ambiguous.exit_code == 2 and "--org" in ambiguous.output, ambiguous.output
    reset = runner.invoke(cli, ["admin", "reset-password", "avocat@rival.fr", "--org",
                                "Cabinet Tiers", "--password-stdin"],
                          input="nouvelle-phrase-du-tiers\n")
    assert reset.exit_code == 0, reset.output
    with store.write() as session:
        assert authenticate(session, "avocat@rival.fr", "nouvelle-phrase-du-tiers") \
            .organisation.name == "Cabinet Tiers"
        assert authenticate(session, "avocat@rival.fr", RIVAL_PASSWORD + "-2") \
            .organisation.name == "Cabinet Rival"
    role = runner.invoke(cli, ["admin", "set-role", "avocat@rival.fr", "viewer", "--org",
                               "Cabinet Tiers"])
    assert role.exit_code == 2 and "au moins un administrateur" in role.output, role.output


def test_an_address_is_unique_within_its_organisation(site: tuple[FastAPI, Store]) -> None:
    _, store = site
    with store.write() as session, pytest.raises(InputError) as refused:
        org = session.query(User).filter(User.email == "admin@rival.fr").one().organisation
        create_user(session, org, "AVOCAT@rival.fr ", "une-autre-phrase-longue")
    assert "déjà membre" in refused.value.render("fr")
