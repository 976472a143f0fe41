from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.web.conftest import MINIMAL, Browser, import_minimal

CONTRACT = """CONTRAT DE LICENCE
Entre Banque Test SA, ci-après le « Client », et ScoreSoft SAS, ci-après le « Fournisseur ».
Article 1 - Objet
Le Fournisseur concède au Client une licence du logiciel ScoreSoft Crédit.
Article 2 - Performances
Le taux de détection des défauts sera au moins de 70 %.
Article 3 - Responsabilité
La responsabilité totale du Fournisseur est plafonnée au montant payé par le Client.
Article 4 - Droit applicable
Le présent contrat est soumis au droit français. Tout litige relève du Tribunal de commerce
de Paris.
""".encode()


def _setup(alpha: Browser) -> dict[str, str]:
    pid = import_minimal(alpha)
    upload = alpha.post(f"/dossiers/{pid}/contract",
                        files={"contract": ("contrat.txt", CONTRACT, "text/plain")})
    assert upload.status_code == 303, upload.text
    page = alpha.client.get(f"/dossiers/{pid}").text
    file_id = re.search(r'href="/files/([0-9a-f]{32})"', page)[1]
    made = alpha.post(f"/dossiers/{pid}/documents", {"kind": "note", "fmt": "md",
                                                     "on": "2026-11-26"})
    assert made.status_code == 303, made.text
    docs = alpha.client.get(f"/dossiers/{pid}/documents").text
    doc_id = re.search(r'href="/documents/([0-9a-f]{32})"', docs)[1]
    return {"dossier": pid, "file": file_id, "document": doc_id}


def test_contract_text_is_highlighted(alpha: Browser) -> None:
    ids = _setup(alpha)
    page = alpha.client.get(f"/dossiers/{ids['dossier']}/contract").text
    assert re.search(r'<mark id="at-\d+" class="liability_cap fam-liability"', page)
    assert "Revue du contrat" in page


def test_other_organisation_gets_404_everywhere(app: FastAPI, alpha: Browser,
                                                beta: Browser) -> None:
    ids = _setup(alpha)
    owner_urls = [f"/dossiers/{ids['dossier']}", f"/files/{ids['file']}",
                  f"/documents/{ids['document']}", f"/dossiers/{ids['dossier']}/export.zip",
                  f"/dossiers/{ids['dossier']}/law", f"/api/v1/dossiers/{ids['dossier']}"]
    for url in owner_urls:
        assert alpha.client.get(url).status_code == 200, url
        stranger = beta.client.get(url)
        assert stranger.status_code == 404, url
        # 480 as a number, not inside the random hex id the 404 page echoes
        assert "Banque Test" not in stranger.text, url
        assert not re.search(r"(?<![0-9a-f])480(?![0-9a-f])", stranger.text), url
    unknown = beta.client.get("/dossiers/" + "0" * 32)
    assert unknown.status_code == 404
    changed = beta.post(f"/dossiers/{ids['dossier']}/delete")
    assert changed.status_code == 404
    assert alpha.client.get(f"/dossiers/{ids['dossier']}").status_code == 200


def test_download_is_the_uploaded_file(alpha: Browser) -> None:
    ids = _setup(alpha)
    response = alpha.client.get(f"/files/{ids['file']}")
    assert response.content == CONTRACT
    assert "attachment" in response.headers["content-disposition"]


def test_export_then_import_round_trip(alpha: Browser, beta: Browser) -> None:
    ids = _setup(alpha)
    archive = alpha.client.get(f"/dossiers/{ids['dossier']}/export.zip").content
    names = zipfile.ZipFile(io.BytesIO(archive)).namelist()
    assert {"dossier.yaml", "manifest.json", "files/contrat.txt"} <= set(names)
    imported = beta.post("/dossiers/import",
                         files={"archive": ("x.zip", archive, "application/zip")})
    assert imported.status_code == 303
    page = beta.client.get(imported.headers["location"]).text
    assert "contrat.txt" in page and "Banque Test" in page


def test_altered_archive_is_refused_and_nothing_is_written(alpha: Browser) -> None:
    ids = _setup(alpha)
    archive = alpha.client.get(f"/dossiers/{ids['dossier']}/export.zip").content
    source = zipfile.ZipFile(io.BytesIO(archive))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "dossier.yaml":
                data = data.replace(b"TEST-001", b"TEST-002")
            if name == "files/contrat.txt":
                data += b"clause ajoutee"
            target.writestr(name, data)
    response = alpha.post("/dossiers/import",
                          files={"archive": ("x.zip", out.getvalue(), "application/zip")})
    assert response.status_code == 422
    assert "SHA-256" in response.text or "taille annoncée différente" in response.text
    assert "TEST-002" not in alpha.client.get("/").text


def test_failed_contract_analysis_leaves_no_file(alpha: Browser) -> None:
    pid = import_minimal(alpha)
    response = alpha.post(f"/dossiers/{pid}/contract",
                          files={"contract": ("contrat.pdf", b"%PDF-1.4 corrupt", "application/pdf")})
    assert response.status_code == 422
    assert "Aucun fichier" in alpha.client.get(f"/dossiers/{pid}").text


def test_api_with_token(app: FastAPI, alpha: Browser) -> None:
    page = alpha.post("/account/tokens", {"name": "ci"}).text
    token = re.search(r'<code id="new-token">([^<]+)</code>', page)[1]
    api = TestClient(app, headers={"Authorization": f"Bearer {token}"})
    assert api.get("/api/v1/me").json()["email"] == "a@alpha.fr"
    from recours.dossier import load_dossier

    body = load_dossier(MINIMAL).model_dump(mode="json", exclude_defaults=True)
    created = api.post("/api/v1/dossiers", json=body)
    assert created.status_code == 201
    pid = created.json()["id"]
    body["title"] = "Nouveau titre"
    assert api.put(f"/api/v1/dossiers/{pid}", json=body,
                   headers={"If-Match": created.headers["ETag"]}).json()["version"] == 2
    analysis = api.post(f"/api/v1/dossiers/{pid}/analysis?on=2026-11-26")
    assert analysis.status_code == 201 and analysis.json()["on"] == "2026-11-26"
    assert api.get(f"/api/v1/dossiers/{pid}/analysis?lang=en").json()["reference"] == "TEST-001"
    bad = api.post("/api/v1/dossiers", json={**body, "parties": []})
    assert bad.status_code == 422
    assert bad.json()["error"] == "DossierError" and bad.json()["problems"]
    assert TestClient(app).get("/api/v1/dossiers").status_code == 401
    bogus = TestClient(app, headers={"Authorization": "Bearer rct_nope"})
    assert bogus.get("/api/v1/dossiers").status_code == 401


def test_api_with_cookie_needs_csrf_header(alpha: Browser) -> None:
    from recours.dossier import load_dossier

    body = load_dossier(MINIMAL).model_dump(mode="json", exclude_defaults=True)
    assert alpha.client.post("/api/v1/dossiers", json=body).status_code == 403
    ok = alpha.client.post("/api/v1/dossiers", json=body, headers={"X-CSRF-Token": alpha.csrf})
    assert ok.status_code == 201


def test_openapi_describes_the_api(app: FastAPI) -> None:
    spec = TestClient(app).get("/api/openapi.json").json()
    assert "/api/v1/dossiers" in spec["paths"]
    assert not any(p.startswith("/dossiers") for p in spec["paths"])


def test_audit_page_shows_an_intact_chain(alpha: Browser, beta: Browser) -> None:
    _setup(alpha)
    page = alpha.client.get("/audit").text
    assert "intègre" in page and "contract.analyse" in page
    assert "b@beta.fr" not in page  # only the admin's own organisation
    assert beta.client.get("/audit").status_code == 403


def test_contract_import_adds_clauses_to_the_dossier(alpha: Browser) -> None:
    ids = _setup(alpha)
    response = alpha.post(f"/dossiers/{ids['dossier']}/contract/import")
    assert response.status_code == 303, response.text
    page = alpha.client.get(response.headers["location"]).text
    assert 'id="imported"' in page
    yaml_page = alpha.client.get(f"/dossiers/{ids['dossier']}/yaml").text
    assert "clauses:" in yaml_page and "v2" in yaml_page


def test_refused_document_is_explained_and_not_kept(alpha: Browser) -> None:
    pid = import_minimal(alpha)
    response = alpha.post(f"/dossiers/{pid}/documents", {"kind": "mise-en-demeure",
                                                         "fmt": "md", "on": "2026-11-26"})
    assert response.status_code == 422
    assert "Mise en demeure refusée" in response.text
    assert "Aucun document" in response.text


def test_oversized_request_body_is_refused(tmp_path: Path) -> None:
    from recours.store import Store, create_organisation, create_user
    from recours.web.app import create_app
    from tests.store.helpers import settings_for

    settings = settings_for(tmp_path, "sqlite", RECOURS_MAX_UPLOAD_MB="1")
    store = Store.open(settings)
    with store.write() as session:
        create_user(session, create_organisation(session, "A"), "a@a.fr", "motdepasse-solide")
    browser = Browser(create_app(settings, store)).login("a@a.fr")
    pid = import_minimal(browser)
    response = browser.post(f"/dossiers/{pid}/evidence",
                            files={"dataset_tests": ("big.csv", b"a," * 3 * 2**20, "text/csv")})
    assert response.status_code == 413
    store.close()
