"""The main path and the isolation path, in a real browser (Debian's Chromium)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from recours.examples import examples_dir
from tests.web.browser.conftest import PASSWORD

pytestmark = pytest.mark.browser
EXAMPLE = examples_dir() / "credit-scoring"
STATE: dict[str, str] = {}


def _login(page: Any, base: str, email: str) -> None:
    page.goto(f"{base}/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/")


def _shot(page: Any, shots: Path, name: str) -> None:
    page.screenshot(path=str(shots / f"{name}.png"), full_page=False)


def fill(page: Any, fields: dict[str, str], selects: dict[str, str] | None = None) -> None:
    for name, value in fields.items():
        page.fill(f"input[name={name}]", value)
    for name, value in (selects or {}).items():
        page.select_option(f"select[name={name}]", value)


def walk_interview(page: Any, server: str, shots: Path | None = None) -> None:
    """The new-case interview step by step, in the browser; ends on the new dossier."""
    page.goto(f"{server}/dossiers/new")
    page.wait_for_url(f"{server}/interview/parties")
    assert "Étape 1 sur 8" in page.locator("#progress").inner_text()
    fill(page, {"reference": "2026-001", "title": "Banque Alpha c/ Éditeur",
                "client_name": "Banque Alpha", "vendor_name": "Éditeur SAS",
                "client_representative": "Marie Durand", "client_counsel": "Maître Jeanne Avocat",
                "vendor_representative": "Paul Martin"})
    page.click("#next")
    page.wait_for_url(f"{server}/interview/contract")
    # an error on the contract step: the date is missing; the error sits next to the field
    fill(page, {"contract_title": "Licence", "contract_cure_period_days": "30",
                "contract_term_months": "36", "contract_notice_months": "6"},
         {"contract_kind": "licence", "contract_tacit_renewal": "yes"})
    page.click("#next")
    assert "champ obligatoire" in page.locator("#err-contract_concluded_on").inner_text()
    assert page.locator("input[name=contract_title]").input_value() == "Licence"
    if shots is not None:
        _shot(page, shots, "03-entretien-guide-erreurs")
    # back to the parties: what was typed there and here is kept
    page.click("#back")
    page.wait_for_url(f"{server}/interview/parties")
    assert page.locator("input[name=client_representative]").input_value() == "Marie Durand"
    page.reload()
    assert page.locator("input[name=reference]").input_value() == "2026-001"
    page.click("#next")
    page.wait_for_url(f"{server}/interview/contract")
    assert page.locator("input[name=contract_title]").input_value() == "Licence"
    fill(page, {"contract_concluded_on": "2025-03-01"})
    page.click("#next")
    page.wait_for_url(f"{server}/interview/system")
    fill(page, {"ai_name": "Score", "ai_intended_purpose": "Crédit"})
    page.click("#next")
    page.wait_for_url(f"{server}/interview/datasets")
    fill(page, {"dataset_id_0": "tests", "dataset_label_0": "defaut", "dataset_score_0": "score"})
    page.click("#next")
    page.wait_for_url(f"{server}/interview/commitments")
    fill(page, {"commitment_threshold_0": "70 %", "commitment_cutoff_0": "0,5",
                "commitment_dataset_0": "tests", "commitment_clause_0": "Annexe 2"},
         {"commitment_metric_0": "recall"})
    page.click("#next")
    page.wait_for_url(f"{server}/interview/exhibits")
    page.click("#next")
    page.wait_for_url(f"{server}/interview/timeline")
    fill(page, {"event_date_0": "2025-03-01", "event_description_0": "Signature",
                "event_date_1": "2024-06-01", "event_description_1": "Taux de détection à 50 %"},
         {"event_type_0": "signature", "event_type_1": "defect_discovery"})
    page.click("#next")
    # a defect found before the contract was signed is refused next to its date
    assert "précède la conclusion du contrat" in page.locator("#err-event_date_1").inner_text()
    page.fill("input[name=event_date_1]", "2026-02-01")
    page.click("#next")
    page.wait_for_url(f"{server}/interview/losses")
    assert "Étape 8 sur 8" in page.locator("#progress").inner_text()
    page.click("#create")
    page.wait_for_url(re.compile(r"/dossiers/[0-9a-f]{32}$"))


def test_main_path(server: str, browser: Any, shots: Path) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    page = context.new_page()
    page.goto(f"{server}/login")
    _shot(page, shots, "01-connexion")
    _login(page, server, "a@alpha.fr")

    # Guided interview, one page per step: an error on one step, a step back, then through.
    walk_interview(page, server, shots)
    assert "Banque Alpha c/ Éditeur" in page.content()

    # The example case file, imported, then its contract, evidence, law and documents.
    page.goto(f"{server}/")
    page.set_input_files("input[name=archive]", str(EXAMPLE / "dossier.yaml"))
    page.click("form[action='/dossiers/import'] button")
    page.wait_for_url(re.compile(r"/dossiers/[0-9a-f]{32}$"))
    dossier_url = page.url
    STATE["dossier"] = dossier_url.removeprefix(server)
    _shot(page, shots, "04-dossier")

    page.goto(f"{dossier_url}/contract")
    page.set_input_files("input[name=contract]", str(EXAMPLE / "contrat-credisense.pdf"))
    page.click("form[enctype] button")
    page.wait_for_selector("#contract-text")
    assert page.locator("#contract-text mark").count() > 0
    assert page.locator("#contract-legend").is_visible()
    assert "Plafond de responsabilité" in page.locator("#family-liability").inner_text()
    assert "36" in page.locator("#contract-values").inner_text()
    # the text spans the page's width, not a small box beside empty space
    text_box = page.locator("section.contract-text").bounding_box()
    summary_box = page.locator("#contract-summary").bounding_box()
    assert text_box and summary_box and text_box["width"] >= 0.95 * summary_box["width"]
    _shot(page, shots, "05-contrat-analyse")
    page.locator("#family-liability a").first.click()
    assert page.locator("#contract-text mark:target").count() == 1
    page.locator("#contract-kinds").scroll_into_view_if_needed()
    _shot(page, shots, "05b-clauses-par-type")

    page.goto(f"{dossier_url}/evidence")
    for field in page.locator("input[type=file][name^=dataset_]").all():
        name = field.get_attribute("name").removeprefix("dataset_")
        path = _dataset_path(name)
        field.set_input_files(str(path))
    page.click("form[enctype] button")
    page.wait_for_selector("#run-status")
    page.wait_for_selector("#run-status.done, #run-status.failed", timeout=300_000)
    assert page.locator("#run-done").count() == 1, page.locator("#run-status").inner_text()
    assert page.locator("svg.intervals").count() == 1
    assert re.search(r"[0-9a-f]{64}", page.locator("#run-seal").inner_text())
    with page.expect_download() as bundle_info:
        page.locator("#run-bundle").click()
    assert Path(bundle_info.value.path()).read_bytes()[:2] == b"PK"  # the sealed zip
    _shot(page, shots, "06-rapport-preuves")

    page.goto(f"{dossier_url}/law")
    page.click("form[action$='/law'] button")
    page.wait_for_selector("article.finding")
    cite = page.locator(".cite").first
    cite.hover()
    assert page.locator(".cite .tip").first.is_visible()
    _shot(page, shots, "07-analyse-juridique")

    page.goto(f"{dossier_url}/deadlines")
    _shot(page, shots, "08-echeances")

    page.goto(f"{dossier_url}/documents")
    page.select_option("select[name=kind]", "mise-en-demeure")
    page.select_option("select[name=fmt]", "docx")
    page.click("form[action$='/documents'] button")
    page.wait_for_selector("#documents a")
    _shot(page, shots, "09-documents")
    with page.expect_download() as info:
        page.locator("#documents a").first.click()
    download = info.value
    assert "mise-en-demeure" in download.suggested_filename
    target = Path(download.path())
    assert target.read_bytes()[:2] == b"PK"  # a DOCX (zip) file
    STATE["document"] = page.locator("#documents a").first.get_attribute("href")

    page.goto(dossier_url)
    STATE["file"] = page.locator("#files a").first.get_attribute("href")
    page.goto(f"{server}/")
    assert page.locator("#dossier-list .case-status .badge").count() >= 2
    assert "mise en demeure à envoyer" in page.locator("#dossier-list").inner_text()
    _shot(page, shots, "02-liste-des-dossiers")
    page.goto(f"{dossier_url}/law?lang=en")
    assert "Legal analysis" in page.content() and "Articles applied" in page.content()
    _shot(page, shots, "10-legal-analysis-en")
    page.goto(f"{server}/?lang=fr")
    assert "Prochaines échéances" in page.content()
    context.close()


def _dataset_path(dataset_id: str) -> Path:
    from recours.dossier import load_dossier

    dossier = load_dossier(EXAMPLE / "dossier.yaml")
    found = dossier.dataset(dataset_id)
    assert found is not None
    return EXAMPLE / found.path


def test_isolation_path(server: str, browser: Any) -> None:
    assert STATE, "the main path must run first"
    context = browser.new_context()
    page = context.new_page()
    _login(page, server, "b@beta.fr")
    for key in ("dossier", "file", "document"):
        response = page.goto(f"{server}{STATE[key]}")
        assert response is not None and response.status == 404, key
        assert "Introuvable" in page.content()
    assert "CREDISENSE" not in page.content().upper()
    context.close()
