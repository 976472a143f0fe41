from __future__ import annotations

from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.web.conftest import Browser, csrf_of, import_minimal


def test_login_required_redirects(app: FastAPI) -> None:
    client = TestClient(app)
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login")


def test_session_cookie_flags(app: FastAPI) -> None:
    response = TestClient(app).get("/login")
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert "recours_session=" in cookie


def test_wrong_password_is_refused_in_french(app: FastAPI) -> None:
    client = TestClient(app)
    token = csrf_of(client.get("/login").text)
    response = client.post("/login", data={"email": "a@alpha.fr", "password": "faux-mot-de-passe",
                                           "csrf_token": token})
    assert response.status_code == 401
    assert "mot de passe incorrect" in response.text


def test_login_without_csrf_is_refused(app: FastAPI) -> None:
    client = TestClient(app)
    client.get("/login")
    response = client.post("/login", data={"email": "a@alpha.fr", "password": "x"})
    assert response.status_code == 403


def test_login_rate_limited(app: FastAPI) -> None:
    client = TestClient(app)
    token = csrf_of(client.get("/login").text)
    codes = [client.post("/login", data={"email": "a@alpha.fr", "password": f"faux-{i}",
                                         "csrf_token": token}).status_code for i in range(6)]
    assert codes[:5] == [401] * 5
    assert codes[5] == 429
    ok = client.post("/login", data={"email": "a@alpha.fr", "password": "motdepasse-solide",
                                     "csrf_token": token}, follow_redirects=False)
    assert ok.status_code == 429  # still blocked, even with the right password


def test_french_by_default_english_on_request(alpha: Browser) -> None:
    assert "Nouveau dossier" in alpha.client.get("/").text
    assert "New case file" in alpha.client.get("/?lang=en").text
    assert "New case file" in alpha.client.get("/").text  # remembered in a cookie


def test_guided_interview_reports_french_problems(alpha: Browser) -> None:
    response = alpha.post("/dossiers/new", {"reference": "R-1", "contract_concluded_on": "2025-13-01",
                                            "contract_kind": "licence"})
    assert response.status_code == 422
    assert "champ obligatoire" in response.text
    assert "date invalide" in response.text


def test_guided_interview_creates_a_dossier(alpha: Browser) -> None:
    form = {
        "reference": "2026-042", "title": "Banque X c/ Éditeur Y",
        "client_name": "Banque X", "client_kind": "company", "vendor_name": "Éditeur Y",
        "vendor_kind": "company", "contract_kind": "licence", "contract_title": "Licence",
        "contract_concluded_on": "2025-03-01", "contract_price": "480 000",
        "contract_price_basis": "one_off", "ai_name": "Score", "ai_intended_purpose": "Crédit",
        "event_date_0": "2025-03-01", "event_type_0": "signature",
        "event_description_0": "Signature", "event_date_1": "2025-05-01",
        "event_type_1": "delivery", "event_description_1": "Livraison",
        "loss_category_0": "loss_suffered", "loss_description_0": "Pertes",
        "loss_amount_0": "12 500,50", "loss_date_0": "2026-01-31",
    }
    response = alpha.post("/dossiers/new", form)
    assert response.status_code == 303, response.text
    page = alpha.client.get(response.headers["location"]).text
    assert "Banque X c/ Éditeur Y" in page
    assert "480" in page and "12" in page
    assert "<svg" in page  # timeline chart
    duplicate = alpha.post("/dossiers/new", form)
    assert duplicate.status_code == 422 and "existe déjà" in duplicate.text


def test_chronology_problem_is_shown_next_to_the_event(alpha: Browser) -> None:
    form = {"reference": "R-2", "title": "T", "client_name": "A", "vendor_name": "B",
            "contract_kind": "saas", "contract_title": "C", "contract_concluded_on": "2025-03-01",
            "ai_name": "S", "ai_intended_purpose": "P", "event_date_0": "2024-01-01",
            "event_type_0": "delivery", "event_description_0": "Livraison"}
    response = alpha.post("/dossiers/new", form)
    assert response.status_code == 422
    assert 'aria-describedby="err-event_date_0"' in response.text
    assert "chronologie impossible" in response.text


def test_yaml_edit_validates_and_versions(alpha: Browser) -> None:
    pid = import_minimal(alpha)
    page = alpha.client.get(f"/dossiers/{pid}/yaml").text
    assert "v1" in page
    bad = alpha.post(f"/dossiers/{pid}/yaml", {"yaml": "reference: [\n"})
    assert bad.status_code == 422 and "YAML illisible" in bad.text
    text = alpha.client.get(f"/dossiers/{pid}/yaml").text
    import html
    import re

    yaml_text = html.unescape(re.search(r'<textarea name="yaml"[^>]*>(.*?)</textarea>', text, re.S)[1])
    good = alpha.post(f"/dossiers/{pid}/yaml", {"yaml": yaml_text.replace("scoring non conforme", "scoring défaillant"),
                                                    "version": "1"})
    assert good.status_code == 303
    assert "scoring défaillant" in alpha.client.get(f"/dossiers/{pid}").text
    assert "v2" in alpha.client.get(f"/dossiers/{pid}/yaml").text


def test_viewer_cannot_change_anything(app: FastAPI, beta: Browser) -> None:
    pid = import_minimal(beta)
    viewer = Browser(app).login("v@beta.fr")
    assert viewer.client.get(f"/dossiers/{pid}").status_code == 200
    response = viewer.post(f"/dossiers/{pid}/delete")
    assert response.status_code in (401, 403)
    assert beta.client.get(f"/dossiers/{pid}").status_code == 200


def test_logout_kills_the_old_cookie(app: FastAPI) -> None:
    browser = Browser(app).login("a@alpha.fr")
    stolen = browser.client.cookies.get("recours_session")
    assert browser.post("/logout").status_code == 303
    thief = TestClient(app)
    thief.cookies.set("recours_session", stolen)
    assert thief.get("/", follow_redirects=False).status_code == 303


def test_security_headers(alpha: Browser) -> None:
    response = alpha.client.get("/")
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_htmx_is_served_locally(alpha: Browser) -> None:
    page = alpha.client.get("/").text
    assert 'src="/static/htmx.min.js"' in page and "https://" not in page.split("<main>")[0]
    assert alpha.client.get("/static/htmx.min.js").status_code == 200


def test_home_lists_the_next_deadlines(alpha: Browser) -> None:
    from recours.examples import example_dossiers

    example = example_dossiers()[0]
    imported = alpha.post("/dossiers/import", files={
        "archive": ("dossier.yaml", example.read_bytes(), "application/yaml")})
    assert imported.status_code == 303, imported.text
    pid = imported.headers["location"].rsplit("/", 1)[-1]
    assert alpha.post(f"/dossiers/{pid}/law", {"on": "2026-11-26"}).status_code == 303
    deadlines = alpha.client.get(f"/api/v1/dossiers/{pid}/deadlines").json()
    home = alpha.client.get("/").text
    ahead = [d for d in deadlines if (d.get("end") or "") >= "2027"]
    assert ahead
    for d in ahead[:3]:
        assert d["label"] in home
    ics = alpha.client.get(f"/dossiers/{pid}/deadlines.ics")
    assert ics.headers["content-type"].startswith("text/calendar")
    assert ics.text.startswith("BEGIN:VCALENDAR")
    assert ics.text.count("BEGIN:VEVENT") == len([d for d in deadlines if d.get("end")])
    assert ics.text.count("BEGIN:VALARM") == 3 * ics.text.count("BEGIN:VEVENT")
    for d in deadlines:  # the page, the API and the calendar give one date: the date to act by
        if d.get("end"):
            assert f"DTSTART;VALUE=DATE:{d['end'].replace('-', '')}" in ics.text
