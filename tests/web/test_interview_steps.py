"""The interview one page per step: per-step validation next to the field, a server-side
draft (a reload or a step back loses nothing), pièces with their file's SHA-256 computed by
the server; and the same step forms editing a dossier after its creation (new version,
audit entry, the optimistic lock, the user's input back on a problem or a conflict)."""

from __future__ import annotations

import hashlib
import html
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from recours.examples import examples_dir
from recours.store import AuditEntry, DossierRow
from tests.web.conftest import MINIMAL, Browser, import_minimal

PARTIES = {"reference": "2026-101", "title": "Banque Q c/ Éditeur R", "client_name": "Banque Q",
           "vendor_name": "Éditeur R SAS", "client_representative": "Marie Durand"}
CONTRACT = {"contract_kind": "licence", "contract_title": "Licence Score",
            "contract_concluded_on": "2025-03-01", "contract_cure_period_days": "30"}
SYSTEM = {"ai_name": "Score", "ai_intended_purpose": "Évaluer la solvabilité"}
PDF = b"%PDF-1.4\n% constat\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _step(browser: Browser, key: str, data: dict[str, str], go: str = "next"):  # type: ignore[no-untyped-def]
    return browser.post(f"/interview/{key}", {**data, "go": go})


def _problems(text: str) -> str:
    return " ".join(re.findall(r'<small class="problem"[^>]*>(.*?)</small>', html.unescape(text),
                               re.S))


def _walk_to_commitments(alpha: Browser) -> None:
    for key, data in (("parties", PARTIES), ("contract", CONTRACT), ("system", SYSTEM),
                      ("datasets", {"dataset_id_0": "tests", "dataset_label_0": "defaut",
                                    "dataset_score_0": "score"})):
        response = _step(alpha, key, data)
        assert response.status_code == 303, (key, _problems(response.text))


def test_each_step_is_its_own_page_with_a_progress_indicator(alpha: Browser) -> None:
    page = alpha.client.get("/dossiers/new", follow_redirects=True)
    assert page.url.path == "/interview/parties"
    assert "Étape 1 sur 8" in page.text and 'aria-current="step"' in page.text
    assert 'name="contract_title"' not in page.text  # the contract is the next page
    response = _step(alpha, "parties", PARTIES)
    assert response.headers["location"] == "/interview/contract"
    page = alpha.client.get("/interview/contract")
    assert "Étape 2 sur 8" in page.text and 'name="contract_title"' in page.text


def test_a_step_with_an_error_stays_put_with_the_error_next_to_the_field(alpha: Browser) -> None:
    _step(alpha, "parties", PARTIES)
    response = _step(alpha, "contract", {**CONTRACT, "contract_cure_period_days": "trente"})
    assert response.status_code == 422
    assert 'aria-describedby="err-contract_cure_period_days"' in response.text
    assert "nombre entier" in _problems(response.text)
    assert 'value="Licence Score"' in response.text  # what was typed comes back
    # required fields of later steps are not this step's business
    assert "ai_name" not in response.text


def test_the_draft_survives_a_reload_and_a_step_back(alpha: Browser) -> None:
    _step(alpha, "parties", PARTIES)
    response = _step(alpha, "contract", {**CONTRACT, "contract_title": "Licence v2"}, go="back")
    assert response.headers["location"] == "/interview/parties"
    assert 'value="Marie Durand"' in alpha.client.get("/interview/parties").text
    assert 'value="Licence v2"' in alpha.client.get("/interview/contract").text
    # the interview opens again where it was left
    assert alpha.client.get("/dossiers/new", follow_redirects=True).url.path == \
        "/interview/contract"
    # an invalid step is kept too
    _step(alpha, "contract", {**CONTRACT, "contract_concluded_on": "2025-13-01"})
    assert 'value="2025-13-01"' in alpha.client.get("/interview/contract").text


def test_english_messages_on_a_step(alpha: Browser) -> None:
    alpha.client.cookies.set("recours_lang", "en")
    response = alpha.client.post("/interview/parties?lang=en",
                                 data={"csrf_token": alpha.csrf, "go": "next",
                                       "reference": "X"}, follow_redirects=False)
    assert response.status_code == 422
    assert "required field" in _problems(response.text)


def test_the_last_step_creates_the_dossier_with_its_exhibit_file(alpha: Browser) -> None:
    _walk_to_commitments(alpha)
    response = _step(alpha, "commitments", {"commitment_metric_0": "recall",
                                            "commitment_comparator_0": ">=",
                                            "commitment_threshold_0": "70 %",
                                            "commitment_dataset_0": "tests"})
    assert response.status_code == 303, _problems(response.text)
    response = alpha.post("/interview/exhibits", {
        "go": "next", "exhibit_kind_0": "constat", "exhibit_date_0": "2026-02-03",
        "exhibit_author_0": "Me Huissier", "exhibit_supports_0": "non_conformity"},
        files={"exhibit_upload_0": ("constat.pdf", PDF, "application/pdf")})
    assert response.status_code == 303, _problems(response.text)
    sha = hashlib.sha256(PDF).hexdigest()
    assert sha in alpha.client.get("/interview/exhibits").text
    _step(alpha, "timeline", {"event_date_0": "2026-02-01", "event_type_0": "defect_discovery",
                              "event_description_0": "Rappel mesuré à 50 %"})
    response = _step(alpha, "losses", {"loss_category_0": "extra_costs",
                                       "loss_description_0": "Audit", "loss_amount_0": "12 000",
                                       "loss_date_0": "2026-03-01"}, go="create")
    assert response.status_code == 303, _problems(response.text)
    page = alpha.client.get(response.headers["location"]).text
    assert sha in page and "constat.pdf" in page and "Banque Q c/ Éditeur R" in page
    proof = re.search(r'data-fact="non_conformity">(.*?)</tr>', page, re.S)
    assert proof and "Établi" in proof[1] and "P1" in proof[1]
    # the draft is gone: a new interview starts empty
    assert "Banque Q" not in alpha.client.get("/interview/parties").text


def test_creating_with_a_step_at_fault_opens_that_step(alpha: Browser) -> None:
    _step(alpha, "parties", PARTIES)
    _step(alpha, "contract", CONTRACT)
    response = _step(alpha, "losses", {}, go="create")
    assert response.status_code == 422
    assert "Étape 3 sur 8" in response.text  # the system's name and purpose are missing
    assert 'aria-describedby="err-ai_name"' in response.text


def test_a_refused_file_keeps_the_rest_of_the_step(alpha: Browser) -> None:
    response = alpha.post("/interview/exhibits", {"go": "next", "exhibit_title_0": "Courriel"},
                          files={"exhibit_upload_0": ("mail.exe", b"MZ", "application/x")})
    assert response.status_code == 422
    assert "type de fichier refusé" in _problems(response.text)
    assert 'value="Courriel"' in response.text


def _edit(browser: Browser, public_id: str, key: str, data: dict[str, str], **kw: object):  # type: ignore[no-untyped-def]
    page = browser.client.get(f"/dossiers/{public_id}/edit/{key}").text
    version = re.search(r'name="version" value="(\d+)"', page)
    assert version
    return browser.post(f"/dossiers/{public_id}/edit/{key}",
                        {"version": version[1], **data}, **kw), page


def test_a_section_is_edited_through_its_step_form(alpha: Browser, app) -> None:  # type: ignore[no-untyped-def]
    public_id = import_minimal(alpha)
    page = alpha.client.get(f"/dossiers/{public_id}").text
    assert f'href="/dossiers/{public_id}/edit/contract"' in page
    form = alpha.client.get(f"/dossiers/{public_id}/edit/contract").text
    title = re.search(r'name="contract_title" value="([^"]*)"', form)
    assert title and title[1]  # prefilled
    response, _ = _edit(alpha, public_id, "contract",
                        {"contract_title": "Contrat modifié", "contract_concluded_on":
                         re.search(r'name="contract_concluded_on" value="([^"]*)"', form)[1],
                         "contract_kind": "licence", "contract_cure_period_days": "45"})
    assert response.status_code == 303, _problems(response.text)
    store = app.state.store
    with store.read() as session:
        row = session.scalars(select(DossierRow).where(DossierRow.public_id == public_id)).one()
        assert row.version == 2
        assert row.data["contract"]["title"] == "Contrat modifié"
        assert row.data["contract"]["cure_period_days"] == 45
        assert row.data["parties"]  # the other sections are untouched
        actions = list(session.scalars(select(AuditEntry.action).where(
            AuditEntry.target == public_id)))
    assert "dossier.edit.contract" in actions


def test_an_edit_with_an_error_or_a_conflict_gives_the_input_back(alpha: Browser) -> None:
    public_id = import_minimal(alpha)
    response, form = _edit(alpha, public_id, "contract", {"contract_title": "Titre",
                                                          "contract_concluded_on": "2025-02-30"})
    assert response.status_code == 422
    assert 'value="2025-02-30"' in response.text and 'value="Titre"' in response.text
    # someone else saves first: the second save is refused, the input comes back
    stale = re.search(r'name="version" value="(\d+)"', form)[1]  # type: ignore[index]
    first, _ = _edit(alpha, public_id, "system", {"ai_name": "Autre nom",
                                                  "ai_intended_purpose": "Crédit"})
    assert first.status_code == 303
    second = alpha.post(f"/dossiers/{public_id}/edit/system",
                        {"version": stale, "ai_name": "Mon nom", "ai_intended_purpose": "X"})
    assert second.status_code == 409
    text = html.unescape(second.text)
    assert "quelqu'un d'autre a modifié ce dossier" in text and 'value="Mon nom"' in text
    assert "Autre nom" in alpha.client.get(f"/dossiers/{public_id}").text


def test_an_exhibit_added_after_creation_shows_its_sha256(alpha: Browser) -> None:
    public_id = import_minimal(alpha)
    response, _ = _edit(alpha, public_id, "exhibits",
                        {"exhibit_kind_0": "correspondence", "exhibit_title_0": "Courriel",
                         "exhibit_supports_0": "timeline.defect_discovery"},
                        files={"exhibit_upload_0": ("courriel.txt", b"Bonjour",
                                                    "text/plain")})
    assert response.status_code == 303, _problems(response.text)
    page = alpha.client.get(f"/dossiers/{public_id}").text
    assert hashlib.sha256(b"Bonjour").hexdigest() in page
    row = re.search(r'data-fact="timeline.defect_discovery">(.*?)</tr>', page, re.S)
    assert row and "Documenté" in row[1] and "P1" in row[1]


def _import(browser: Browser, path: Path) -> str:
    response = browser.post("/dossiers/import", files={"archive": (
        "dossier.yaml", path.read_bytes(), "application/yaml")})
    assert response.status_code == 303, response.text
    return str(response.headers["location"]).rsplit("/", 1)[-1]


@pytest.mark.parametrize("source", [MINIMAL, *(examples_dir() / name / "dossier.yaml"
                                               for name in ("credit-scoring",
                                                            "logistics-forecast"))],
                         ids=["minimal", "credit-scoring", "logistics-forecast"])
def test_saving_a_step_unchanged_keeps_what_it_does_not_show(alpha: Browser, app,  # type: ignore[no-untyped-def]
                                                             source: Path) -> None:
    public_id = _import(alpha, source)
    response, _ = _edit(alpha, public_id, "exhibits",
                        {"exhibit_kind_0": "incident_log", "exhibit_title_0": "Journal"},
                        files={"exhibit_upload_0": ("journal.csv", b"a,b\n1,2\n", "text/csv")})
    assert response.status_code == 303, _problems(response.text)
    store = app.state.store
    with store.read() as session:
        before = session.scalars(select(DossierRow.data).where(
            DossierRow.public_id == public_id)).one()
    for key in ("parties", "contract", "system", "datasets", "commitments", "exhibits",
                "timeline", "losses"):
        page = alpha.client.get(f"/dossiers/{public_id}/edit/{key}").text
        fields = {name: html.unescape(value) for name, value in re.findall(
            r'<input type="(?:text|number|date|hidden)" name="([a-z_0-9]+)" value="([^"]*)"',
            page)}
        for name, body in re.findall(r'<select name="([a-z_0-9]+)"[^>]*>(.*?)</select>', page,
                                     re.S):
            chosen = re.findall(r'<option value="([^"]*)" selected>', body)
            fields[name] = html.unescape(", ".join(chosen))
        fields.update({name: "yes" for name in re.findall(
            r'<input type="checkbox" name="([a-z_0-9]+)" value="yes" checked>', page)})
        fields.pop("csrf_token", None)
        response = alpha.post(f"/dossiers/{public_id}/edit/{key}", fields)
        assert response.status_code == 303, (key, _problems(response.text))
    with store.read() as session:
        after = session.scalars(select(DossierRow.data).where(
            DossierRow.public_id == public_id)).one()
    assert after == before


def test_a_draft_is_its_user_s_own(alpha: Browser, beta: Browser) -> None:
    _step(alpha, "parties", PARTIES)
    assert "Banque Q" in alpha.client.get("/interview/parties").text
    assert "Banque Q" not in beta.client.get("/interview/parties").text
    # a draft's file is attached only to its own user's new dossier
    alpha.post("/interview/exhibits", {"go": "next", "exhibit_title_0": "Constat"},
               files={"exhibit_upload_0": ("constat.pdf", PDF, "application/pdf")})
    sha = hashlib.sha256(PDF).hexdigest()
    for key, data in (("parties", {**PARTIES, "reference": "B-1"}), ("contract", CONTRACT),
                      ("system", SYSTEM)):
        beta.post(f"/interview/{key}", {**data, "go": "next"})
    response = beta.post("/interview/exhibits", {"go": "next", "exhibit_title_0": "Vol",
                                                 "exhibit_sha256_0": sha,
                                                 "exhibit_file_0": "pieces/constat.pdf"})
    response = beta.post("/interview/losses", {"go": "create"})
    assert response.status_code == 303, _problems(response.text)
    page = beta.client.get(response.headers["location"]).text
    assert "constat.pdf</a>" not in page and "/files/" not in page


def test_a_reader_cannot_open_a_step_form(app) -> None:  # type: ignore[no-untyped-def]
    writer = Browser(app).login("b@beta.fr")
    public_id = import_minimal(writer)
    reader = Browser(app).login("v@beta.fr")
    assert reader.client.get(f"/dossiers/{public_id}/edit/contract").status_code == 403
    assert reader.post(f"/dossiers/{public_id}/edit/contract",
                       {"version": "1", "contract_title": "X"}).status_code == 403
    assert "/edit/contract" not in reader.client.get(f"/dossiers/{public_id}").text


def _cap_of(app, public_id: str) -> dict:  # type: ignore[no-untyped-def]
    with app.state.store.read() as session:
        data = session.scalars(select(DossierRow.data).where(
            DossierRow.public_id == public_id)).one()
    return data["contract"].get("liability_cap") or {}


def test_the_contract_step_records_the_liability_cap_and_what_it_covers(  # type: ignore[no-untyped-def]
        alpha: Browser, app) -> None:
    public_id = _import(alpha, examples_dir() / "credit-scoring" / "dossier.yaml")
    before = _cap_of(app, public_id)
    form = alpha.client.get(f"/dossiers/{public_id}/edit/contract").text
    assert 'name="contract_cap_clause" value="Article 12.3"' in form
    assert 'name="contract_cap_covers_all" value="yes" checked>' in form  # as the example says
    assert 'name="contract_cap_covers_delay" value="yes" >' in form
    fields = {name: html.unescape(value) for name, value in re.findall(
        r'<input type="(?:text|number|date)" name="([a-z_0-9]+)" value="([^"]*)"', form)}
    fields.update({name: html.unescape(", ".join(re.findall(
        r'<option value="([^"]*)" selected>', body))) for name, body in re.findall(
        r'<select name="([a-z_0-9]+)"[^>]*>(.*?)</select>', form, re.S)})
    fields.pop("csrf_token", None)
    response, _ = _edit(alpha, public_id, "contract", {
        **fields, "contract_cap_covers_defective_performance": "yes",
        "contract_cap_covers_delay": "yes"})
    assert response.status_code == 303, _problems(response.text)
    after = _cap_of(app, public_id)
    assert after["covers"] == ["defective_performance", "delay"]  # « all » unticked: gone
    # what the step does not show stays: the excluded heads, the carve-outs
    assert after["excludes"] == before["excludes"] and after["carve_outs"] == before["carve_outs"]
    assert after["formula"] == before["formula"] and after["clause"] == "Article 12.3"
    form = alpha.client.get(f"/dossiers/{public_id}/edit/contract").text
    assert 'name="contract_cap_covers_delay" value="yes" checked>' in form


def test_a_cap_amount_that_is_not_a_number_is_said_next_to_its_field(alpha: Browser) -> None:
    _step(alpha, "parties", PARTIES)
    response = _step(alpha, "contract", {**CONTRACT, "contract_cap_amount": "douze mois"})
    assert response.status_code == 422
    assert 'aria-describedby="err-contract_cap_amount"' in response.text


def test_a_commitment_cleared_in_its_step_is_removed(alpha: Browser, app) -> None:  # type: ignore[no-untyped-def]
    """Issue 15 audit: the step showed no label, so a cleared row got its label back from the
    case file and stayed (« champ obligatoire » on its metric) — a commitment imported from
    the contract could not be removed in the web. The label is a field of the step now."""
    public_id = _import(alpha, examples_dir() / "credit-scoring" / "dossier.yaml")
    page = alpha.client.get(f"/dossiers/{public_id}/edit/commitments").text
    fields = {name: html.unescape(value) for name, value in re.findall(
        r'<input type="(?:text|number|date|hidden)" name="([a-z_0-9]+)" value="([^"]*)"', page)}
    for name, body in re.findall(r'<select name="([a-z_0-9]+)"[^>]*>(.*?)</select>', page, re.S):
        fields[name] = html.unescape(", ".join(re.findall(r'<option value="([^"]*)" selected>',
                                                          body)))
    fields.pop("csrf_token", None)
    cleared = {k: "" for k in fields if k.startswith("commitment_") and k.endswith("_0")
               and not k.startswith(("commitment_id_", "commitment_comparator_"))}
    response = alpha.post(f"/dossiers/{public_id}/edit/commitments", {**fields, **cleared})
    assert response.status_code == 303, _problems(response.text)
    with app.state.store.read() as session:
        data = session.scalars(select(DossierRow.data).where(
            DossierRow.public_id == public_id)).one()
    ids = [c["id"] for c in data["commitments"]]
    assert "C1-auc" not in ids and "C2-rappel" in ids
    kept = next(c for c in data["commitments"] if c["id"] == "C2-rappel")
    assert kept["label"] == "Taux de détection des défauts au Seuil de Décision"
