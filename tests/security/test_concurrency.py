"""Finding 5 — no lost update: every write of a dossier names the version it was based on;
20 simultaneous edits over real HTTP give exactly one winner per version, on SQLite and
PostgreSQL, and every edit is in the final dossier."""

from __future__ import annotations

import html
import re
import threading
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from recours.dossier import load_dossier
from recours.store import Store, User
from recours.store.accounts import create_token
from tests.web.conftest import MINIMAL, Browser, alpha, app, import_minimal  # noqa: F401

EDITORS = 20


@pytest.fixture
def live(app: FastAPI) -> Iterator[str]:  # noqa: F811
    """The application served by uvicorn on a loopback port, in this process."""
    import socket

    import uvicorn

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(400):
        if server.started:
            break
        time.sleep(0.025)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


def _tokens(store: Store, count: int) -> list[str]:
    with store.write() as session:
        user = session.query(User).filter(User.email == "a@alpha.fr").one()
        return [create_token(session, user, f"editor-{i}")[1] for i in range(count)]


def _create(base: str, token: str) -> tuple[str, str]:
    body = load_dossier(MINIMAL).model_dump(mode="json", exclude_defaults=True)
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}) as client:
        created = client.post("/api/v1/dossiers", json=body)
    assert created.status_code == 201, created.text
    return str(created.json()["id"]), created.headers["ETag"]


def _edit(base: str, token: str, pid: str, n: int, start: threading.Barrier,
          first_tag: str, outcomes: list[tuple[int, int]]) -> None:
    """Add one event to the timeline; on 412 read again and retry, until saved."""
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"},
                      timeout=120) as client:
        current = client.get(f"/api/v1/dossiers/{pid}")
        data, tag = current.json()["data"], first_tag
        start.wait()
        for _ in range(5 * EDITORS):
            data["timeline"].append({"date": "2026-02-01", "type": "other",
                                     "description": f"Modification {n}"})
            answer = client.put(f"/api/v1/dossiers/{pid}", json=data,
                                headers={"If-Match": tag})
            outcomes.append((int(tag.strip('"v')), answer.status_code))
            if answer.status_code == 200:
                assert answer.headers["ETag"] == f'"v{answer.json()["version"]}"'
                return
            assert answer.status_code == 412, answer.text
            assert answer.json()["error"] == "ConflictError"
            again = client.get(f"/api/v1/dossiers/{pid}")
            data, tag = again.json()["data"], again.headers["ETag"]


def test_twenty_simultaneous_edits_one_winner_per_version(app: FastAPI,  # noqa: F811
                                                          live: str) -> None:
    tokens = _tokens(app.state.store, EDITORS)
    pid, tag = _create(live, tokens[0])
    assert tag == '"v1"'
    start = threading.Barrier(EDITORS)
    outcomes: list[tuple[int, int]] = []
    threads = [threading.Thread(target=_edit, args=(live, tokens[n], pid, n, start, tag,
                                                    outcomes)) for n in range(EDITORS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)

    first_round = [status for version, status in outcomes if version == 1]
    assert len(first_round) == EDITORS  # all 20 were based on version 1, at once
    assert Counter(first_round) == {200: 1, 412: EDITORS - 1}
    wins = Counter(version for version, status in outcomes if status == 200)
    assert sorted(wins) == list(range(1, EDITORS + 1)) and set(wins.values()) == {1}
    with httpx.Client(base_url=live, headers={"Authorization": f"Bearer {tokens[0]}"}) as c:
        final = c.get(f"/api/v1/dossiers/{pid}")
    assert final.headers["ETag"] == f'"v{EDITORS + 1}"'
    added = [e["description"] for e in final.json()["data"]["timeline"]
             if e["description"].startswith("Modification ")]
    assert sorted(added) == sorted(f"Modification {n}" for n in range(EDITORS))  # none lost


def _api(browser: Browser) -> dict[str, str]:
    return {"X-CSRF-Token": browser.csrf}


def test_a_replacement_must_name_the_version_it_is_based_on(alpha: Browser) -> None:  # noqa: F811
    pid = import_minimal(alpha)
    got = alpha.client.get(f"/api/v1/dossiers/{pid}")
    assert got.headers["ETag"] == '"v1"'
    body = got.json()["data"]
    missing = alpha.client.put(f"/api/v1/dossiers/{pid}", json=body, headers=_api(alpha))
    assert missing.status_code == 428
    assert "If-Match" in missing.json()["message"]
    weak = alpha.client.put(f"/api/v1/dossiers/{pid}", json=body,
                            headers={**_api(alpha), "If-Match": 'W/"v1"'})
    assert weak.status_code == 412
    saved = alpha.client.put(f"/api/v1/dossiers/{pid}", json=body,
                             headers={**_api(alpha), "If-Match": '"v0", "v1"'})
    assert saved.status_code == 200 and saved.headers["ETag"] == '"v2"'
    stale = alpha.client.put(f"/api/v1/dossiers/{pid}", json=body,
                             headers={**_api(alpha), "If-Match": '"v1"'})
    assert stale.status_code == 412
    assert stale.json()["details"]["version"] == 2
    assert "quelqu'un d'autre a modifié ce dossier" in stale.json()["message"]
    old_analysis = alpha.client.post(f"/api/v1/dossiers/{pid}/analysis?on=2026-11-26",
                                     headers={**_api(alpha), "If-Match": '"v1"'})
    assert old_analysis.status_code == 412
    old_delete = alpha.client.delete(f"/api/v1/dossiers/{pid}",
                                     headers={**_api(alpha), "If-Match": '"v1"'})
    assert old_delete.status_code == 412
    assert alpha.client.get(f"/api/v1/dossiers/{pid}").status_code == 200
    assert alpha.client.delete(f"/api/v1/dossiers/{pid}", headers={
        **_api(alpha), "If-Match": '"v2"'}).status_code == 204


def _yaml_form(browser: Browser, pid: str) -> tuple[str, str]:
    page = browser.client.get(f"/dossiers/{pid}/yaml").text
    version = re.search(r'name="version" value="(\d+)"', page)
    text = re.search(r'<textarea name="yaml"[^>]*>(.*?)</textarea>', page, re.S)
    assert version and text, "no version field in the YAML form"
    return version[1], html.unescape(text[1])


def test_the_yaml_page_keeps_the_text_of_the_one_who_lost(app: FastAPI,  # noqa: F811
                                                         alpha: Browser) -> None:  # noqa: F811
    pid = import_minimal(alpha)
    other = Browser(app).login("a@alpha.fr")  # the same dossier open in a second window
    mine_version, mine = _yaml_form(alpha, pid)
    theirs_version, theirs = _yaml_form(other, pid)
    theirs = theirs.replace("Banque Test c/ ScoreSoft", "Titre changé par un collègue")
    saved = other.post(f"/dossiers/{pid}/yaml", {"yaml": theirs, "version": theirs_version})
    assert saved.status_code == 303, saved.text
    mine = mine.replace("Signature du contrat", "Signature du contrat (mon ajout)")
    refused = alpha.post(f"/dossiers/{pid}/yaml", {"yaml": mine, "version": mine_version})
    assert refused.status_code == 409
    page = html.unescape(refused.text)
    assert "Quelqu'un d'autre a modifié ce dossier pendant que vous l'éditiez" in page
    assert "Signature du contrat (mon ajout)" in page  # the loser's text is kept
    assert "Titre changé par un collègue" in page  # and the winner's version is shown
    current = alpha.client.get(f"/api/v1/dossiers/{pid}").json()
    assert "Titre changé par un collègue" in current["title"]
    assert current["version"] == 2
    version, _ = _yaml_form(alpha, pid)
    again = alpha.post(f"/dossiers/{pid}/yaml", {"yaml": mine, "version": version})
    assert again.status_code == 303  # saving again, knowingly, replaces it


def test_server_side_writes_of_one_dossier_are_not_lost(app: FastAPI,  # noqa: F811
                                                       alpha: Browser) -> None:  # noqa: F811
    """Analyses run at once on one dossier each record themselves (row locked)."""
    pid = import_minimal(alpha)
    results: list[int] = []

    def analyse(day: int) -> None:
        answer = alpha.client.post(f"/api/v1/dossiers/{pid}/analysis?on=2026-11-{day:02d}",
                                   headers=_api(alpha))
        results.append(answer.status_code)

    threads = [threading.Thread(target=analyse, args=(d,)) for d in range(1, 7)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    assert results == [201] * 6
    got: dict[str, Any] = alpha.client.get(f"/api/v1/dossiers/{pid}").json()
    assert got["version"] == 7
