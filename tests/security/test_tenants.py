"""Tenants: a member of another organisation reaches nothing of an organisation's objects.

Every route of the application that names an object (read from the application itself, so a
route added later is covered without editing this file) is called by a member — and by an
administrator — of another organisation, with every method the route accepts and a valid
body: each answer is 404, exactly as for an object that does not exist (no oracle), quotes
nothing of the owner's, and the owner's objects are unchanged afterwards.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from sqlalchemy import select

from recours.dossier import load_dossier
from recours.store import create_user
from recours.store.models import Organisation, User
from tests.web.conftest import MINIMAL, PASSWORD, Browser, import_minimal
from tests.web.test_evidence_demo import predictions_csv, wait_done

CONTRACT = ("Article 1 - Objet\nLe Fournisseur fournit le service Scoria. Le taux de rappel "
            "garanti est d'au moins 90 %.\nArticle 2 - Responsabilité\nLa responsabilité totale "
            "du Fournisseur est plafonnée au montant payé par le Client.\n").encode()
# routes that name no organisation's object: public texts, an invitation link (its secret is
# the access: tested in tests/web/test_admin.py)
PUBLIC = {"/articles/{ref:path}", "/invite/{token}"}
UNKNOWN = {"hex": "0" * 31 + "1", "int": "987654"}
STEP = "key"


def _objects(app: FastAPI, alpha: Browser) -> dict[str, str]:
    """An object of each kind in Alpha: dossier, file, document, run, token, member,
    invitation."""
    pid = import_minimal(alpha)
    assert alpha.post(f"/dossiers/{pid}/contract", files={
        "contract": ("contrat.txt", CONTRACT, "text/plain")}).status_code == 303
    page = alpha.client.get(f"/dossiers/{pid}").text
    file_id = re.search(r'href="/files/([0-9a-f]{32})"', page)[1]
    assert alpha.post(f"/dossiers/{pid}/documents", {"kind": "note", "fmt": "md",
                                                     "on": "2026-11-26"}).status_code == 303
    docs = alpha.client.get(f"/dossiers/{pid}/documents").text
    doc_id = re.search(r'href="/documents/([0-9a-f]{32})"', docs)[1]
    started = alpha.post(f"/dossiers/{pid}/evidence", files={
        "dataset_tests": ("predictions.csv", predictions_csv(), "text/csv")})
    run_url = started.headers["location"]
    wait_done(alpha, run_url)
    account = alpha.post("/account/tokens", {"name": "ci"}).text
    token_id = re.findall(r'action="/account/tokens/(\d+)/revoke"', account)[-1]
    invited = alpha.post("/admin/invitations", {"email": "nouveau@alpha.fr", "role": "lawyer"})
    assert invited.status_code == 200, invited.text
    admin_page = alpha.client.get("/admin").text
    invitation = re.search(r'action="/admin/invitations/([0-9a-f]{32})/revoke"', admin_page)[1]
    store = app.state.store
    with store.write() as session:
        org = session.scalars(select(Organisation).where(
            Organisation.name == "Cabinet Alpha")).one()
        member = create_user(session, org, "membre@alpha.fr", PASSWORD, role="lawyer")
        session.flush()
        member_id = str(member.id)
    return {"dossier": pid, "file": file_id, "document": doc_id,
            "run": run_url.rsplit("/", 1)[-1], "token": token_id, "user": member_id,
            "invitation": invitation}


def _kind(path: str, param: str) -> str:
    if param == "run_id":
        return "run"
    if param == "token_id":
        return "token"
    if param == "user_id":
        return "user"
    if path.startswith("/files/"):
        return "file"
    if path.startswith("/documents/"):
        return "document"
    if path.startswith("/admin/invitations/"):
        return "invitation"
    return "dossier"


def _walk(routes: list[Any], prefix: str = "") -> list[tuple[str, set[str]]]:
    """(path, methods) of every API route, included routers opened."""
    found: list[tuple[str, set[str]]] = []
    for route in routes:
        if isinstance(route, APIRoute):
            found.append((prefix + route.path, set(route.methods)))
        elif hasattr(route, "original_router"):  # FastAPI's included router
            inner = prefix + (getattr(route.include_context, "prefix", "") or "")
            found += _walk(route.original_router.routes, inner)
    return found


def _routes(app: FastAPI) -> list[tuple[str, str, str, list[str]]]:
    """(method, path, kind of object, its parameters) of every route naming an object."""
    found = []
    for path, methods in _walk(app.routes):
        # ``{key}`` is an interview step's name (parties, contract…), not an object: the
        # step pages of one's own draft name no object (drafts are per user, tested in
        # tests/web/test_interview_steps.py); on a dossier's edit route the dossier is tested
        params = [p for p in re.findall(r"\{(\w+)(?::\w+)?\}", path) if p != STEP]
        if path in PUBLIC or not params:
            continue
        for method in sorted(methods - {"HEAD", "OPTIONS"}):
            found.append((method, path, _kind(path, params[0]), params))
    return found


def _body(method: str, path: str, browser: Browser) -> dict[str, Any]:
    """A valid request for the route, so that only the owner check can refuse it."""
    api = path.startswith("/api/")
    headers = {"X-CSRF-Token": browser.csrf, "If-Match": "*"} if api else {}
    if method == "GET":
        return {}
    if api and method == "PUT":
        dossier = load_dossier(MINIMAL).model_dump(mode="json", exclude_defaults=True)
        return {"headers": headers, "json": dossier}
    if api and path.endswith("/documents"):
        return {"headers": headers, "json": {"kind": "note", "format": "md"}}
    if path.endswith("/contract"):
        files = {"contract": ("contrat.txt", CONTRACT, "text/plain")}
        return {"headers": headers, "files": files,
                **({} if api else {"data": {"csrf_token": browser.csrf}})}
    if path.endswith("/evidence"):
        files = {"dataset_tests": ("p.csv", predictions_csv(40), "text/csv")}
        return {"headers": headers, "files": files,
                **({} if api else {"data": {"csrf_token": browser.csrf}})}
    if api:
        return {"headers": headers}
    form = {"csrf_token": browser.csrf, "role": "viewer", "kind": "note", "fmt": "md",
            "on": "2026-11-26", "yaml": MINIMAL.read_text(), "version": "1"}
    return {"data": form}


def _call(browser: Browser, method: str, url: str, path: str) -> Any:
    return browser.client.request(method, url, follow_redirects=False,
                                  **_body(method, path, browser))


def _state(app: FastAPI, alpha: Browser, ids: dict[str, str]) -> dict[str, Any]:
    """What Alpha's objects look like: read through Alpha's own eyes and the database."""
    store = app.state.store
    with store.read() as session:
        role = session.get(User, int(ids["user"])).role
    api = alpha.client.get(f"/api/v1/dossiers/{ids['dossier']}")
    return {
        "dossier": (api.status_code, api.headers.get("etag")),
        "file": alpha.client.get(f"/files/{ids['file']}").content,
        "document": alpha.client.get(f"/documents/{ids['document']}").status_code,
        "run": alpha.client.get(f"/api/v1/runs/{ids['run']}").json().get("status"),
        "token": "révoqué" in alpha.client.get("/account").text,
        "user": role,
        "invitation": ids["invitation"] in alpha.client.get("/admin").text,
    }


@pytest.fixture
def beta_admin(app: FastAPI) -> Browser:
    store = app.state.store
    with store.write() as session:
        org = session.scalars(select(Organisation).where(
            Organisation.name == "Cabinet Beta")).one()
        create_user(session, org, "admin@beta.fr", PASSWORD, role="admin")
    return Browser(app).login("admin@beta.fr")


def test_every_route_answers_404_to_another_organisation(app: FastAPI, alpha: Browser,
                                                         beta: Browser,
                                                         beta_admin: Browser) -> None:
    ids = _objects(app, alpha)
    before = _state(app, alpha, ids)
    routes = _routes(app)
    assert len(routes) >= 30  # the application's object routes, pages and API
    covered = set()
    for method, path, kind, params in routes:
        real = path.replace("{" + STEP + "}", "contract")
        fake = real
        for param in params:
            value = ids[kind]
            unknown = UNKNOWN["int"] if value.isdigit() else UNKNOWN["hex"]
            real = re.sub(r"\{" + param + r"(?::\w+)?\}", value, real)
            fake = re.sub(r"\{" + param + r"(?::\w+)?\}", unknown, fake)
        for stranger in (beta, beta_admin):
            answer = _call(stranger, method, real, path)
            absent = _call(stranger, method, fake, path)
            where = f"{method} {real} as {'admin' if stranger is beta_admin else 'lawyer'}"
            assert answer.status_code == absent.status_code, (where, answer.text[:300])
            # 404; 403 only for a lawyer on the administration routes (a role, not an object)
            expected = 403 if stranger is beta and path.startswith("/admin/") else 404
            assert answer.status_code == expected, (where, answer.status_code,
                                                    answer.text[:300])
            assert "Banque Test" not in answer.text and "Scoria" not in answer.text, where
            # the same page as for an object that does not exist, but for the id asked
            ident = re.compile(rf"\b({ids[kind]}|{unknown})\b")
            assert ident.sub("ID", answer.text) == ident.sub("ID", absent.text), where
        if method == "GET":  # the same request is answered to the owner
            assert _call(alpha, method, real, path).status_code == 200, real
        covered.add(kind)
    assert covered == {"dossier", "file", "document", "run", "token", "user", "invitation"}
    assert _state(app, alpha, ids) == before
