"""Issue 15's « done when », in a real browser: a new client's case from an empty account to a
downloaded mise en demeure backed by a sealed evidence run — the case file built through the
interview (no YAML), the contract and the data uploaded, the run sealed, the bundle the
browser downloaded accepted by the real ``recours evidence verify``, the analysis run, the
notice generated and downloaded, and the notice relying on that sealed run."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from recours.examples import examples_dir
from tests.web.browser.test_walk import _login, _shot, fill

pytestmark = pytest.mark.browser
EXAMPLE = examples_dir() / "credit-scoring"
SRC = Path(__file__).resolve().parents[3] / "src"


def _interview(page: Any, server: str) -> None:
    """The credit-scoring case typed in the interview as a lawyer would, from the client's
    papers: parties, contract, system, the test dataset, one measurable commitment, timeline."""
    page.goto(f"{server}/dossiers/new")
    page.wait_for_url(f"{server}/interview/parties")
    fill(page, {"reference": "HV-2026-0999", "title": "Banque Hexagone c/ Sigma Scoring",
                "client_name": "Banque Hexagone SA", "client_siren": "552120222",
                "client_address": "12 rue de la Banque, 75002 Paris",
                "client_representative": "Claire Martin",
                "client_representative_title": "Directrice générale",
                "client_counsel": "Maître Jeanne Avocat", "client_counsel_firm": "Cabinet Gamma",
                "client_counsel_bar": "Paris",
                "vendor_name": "Sigma Scoring SAS", "vendor_siren": "812345678",
                "vendor_address": "3 avenue du Calcul, 69002 Lyon",
                "vendor_representative": "Paul Durand",
                "vendor_representative_title": "Président"})
    page.click("#next")
    page.wait_for_url(f"{server}/interview/contract")
    fill(page, {"contract_title": "Contrat de licence et de services CrediSense",
                "contract_concluded_on": "2025-03-14", "contract_price": "480000",
                "contract_cure_period_days": "30",
                "contract_formal_notice_mode": "lettre recommandée avec accusé de réception"},
         {"contract_kind": "licence"})
    page.click("#next")
    page.wait_for_url(f"{server}/interview/system")
    fill(page, {"ai_name": "CrediSense", "ai_version": "2.3.1",
                "ai_intended_purpose": "Notation du risque de défaut des demandes de crédit"})
    page.click("#next")
    page.wait_for_url(f"{server}/interview/datasets")
    fill(page, {"dataset_id_0": "jeu-test", "dataset_label_0": "defaut",
                "dataset_score_0": "score",
                "dataset_description_0": "Rejeu du Jeu de Test Contractuel"})
    page.click("#next")
    page.wait_for_url(f"{server}/interview/commitments")
    fill(page, {"commitment_threshold_0": "70 %", "commitment_cutoff_0": "0,35",
                "commitment_dataset_0": "jeu-test",
                "commitment_clause_0": "Annexe 3, art. 3.3 b)",
                "commitment_quote_0": "le taux de détection des défauts (rappel) au Seuil de "
                                      "Décision est supérieur ou égal à 0,70"},
         {"commitment_metric_0": "recall"})
    page.click("#next")
    page.wait_for_url(f"{server}/interview/exhibits")
    page.click("#next")
    page.wait_for_url(f"{server}/interview/timeline")
    fill(page, {"event_date_0": "2025-03-14", "event_description_0": "Signature du contrat",
                "event_date_1": "2025-06-30", "event_description_1": "Livraison de CrediSense",
                "event_date_2": "2026-05-19",
                "event_description_2": "Taux de détection des défauts très inférieur à 70 %"},
         {"event_type_0": "signature", "event_type_1": "delivery",
          "event_type_2": "defect_discovery"})
    page.click("#next")
    page.wait_for_url(f"{server}/interview/losses")
    page.click("#create")
    page.wait_for_url(re.compile(r"/dossiers/[0-9a-f]{32}$"))


def _upload_data(page: Any, dossier_url: str) -> None:
    page.goto(f"{dossier_url}/evidence")
    page.set_input_files("input[name=dataset_jeu-test]",
                         str(EXAMPLE / "donnees" / "jeu_test_contractuel.csv"))
    page.click("form[enctype] button")
    page.wait_for_selector("#run-status.done, #run-status.failed", timeout=300_000)


def _fix_commitments(page: Any, dossier_url: str) -> None:
    """The commitments step, from the case file's « Modifier »: the equity gap gets its group
    column, those with no data here (availability, latency: other datasets) are removed."""
    page.goto(dossier_url)
    page.click("#edit-commitments")
    page.wait_for_url(re.compile(r"/edit/commitments$"))
    labels = {}
    for i in range(page.locator("select[name^=commitment_metric_]").count()):
        metric = page.locator(f"select[name=commitment_metric_{i}]").input_value()
        labels[i] = page.locator(f"input[name=commitment_label_{i}]").input_value()
        if metric == "equal_opportunity_gap":
            page.fill(f"input[name=commitment_group_by_{i}]", "tranche_age")
        elif metric in ("availability", "latency_p95", "latency_p99", "error_rate"):
            page.select_option(f"select[name=commitment_metric_{i}]", "")
            for name in ("label", "threshold", "cutoff", "dataset", "group_by", "clause",
                         "quote"):
                page.fill(f"input[name=commitment_{name}_{i}]", "")
            labels.pop(i)
    page.click("button[value=save].primary")
    page.wait_for_url(re.compile(r"/dossiers/[0-9a-f]{32}$"))
    kept = [v for v in labels.values() if v]
    assert kept and all(label in page.content() for label in kept)  # labels kept by the edit


def _verify(bundle: Path, key: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """The real CLI, in its own process, on the file the browser downloaded; the server's key
    is trusted only through ``--public-key`` (this machine's own key is not the server's)."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "RECOURS_LANG": "fr",
           "RECOURS_SIGNING_KEY": str(tmp_path / "no-local-key.pem")}
    return subprocess.run([sys.executable, "-m", "recours", "evidence", "verify", str(bundle),
                           "--public-key", key], capture_output=True, text=True, env=env,
                          timeout=180, check=False)


def _docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    return "\n".join(p.text for p in document.paragraphs)


def test_new_case_from_empty_account_to_sealed_notice(server: str, browser: Any, shots: Path,
                                                       tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR",
                                  accept_downloads=True)
    page = context.new_page()
    _login(page, server, "a@alpha.fr")
    assert "Aucun dossier pour l'instant." in page.content()  # an empty account
    assert page.locator("#dossier-list").count() == 0

    _interview(page, server)
    dossier_url = page.url
    assert "Banque Hexagone c/ Sigma Scoring" in page.content()

    # the signed contract, read and imported into the case file
    page.goto(f"{dossier_url}/contract")
    page.set_input_files("input[name=contract]", str(EXAMPLE / "contrat-credisense.pdf"))
    page.click("form[enctype] button")
    page.wait_for_selector("#contract-text")
    page.click("form[action$='/contract/import'] button")
    page.wait_for_load_state()

    # the import added the contract's other commitments: those the uploaded data cannot
    # measure are named, in words, before anything is measured
    _upload_data(page, dossier_url)
    refused = page.locator("#run-status").inner_text()
    assert "KeyError" not in refused and "/data/" not in refused, refused
    assert re.search(r"engagement C\d \(disponibilité\)", refused), refused
    _shot(page, shots, "06b-mesure-refusee")
    _fix_commitments(page, dossier_url)

    # the test data, measured in the background, sealed
    _upload_data(page, dossier_url)
    assert page.locator("#run-done").count() == 1, page.locator("#run-status").inner_text()
    seal = page.locator("#run-seal").inner_text()
    root = re.search(r"Racine de Merkle\s+([0-9a-f]{64})", seal)
    key = re.search(r"clé du serveur\s+([0-9a-f]{64})", seal)
    assert root and key, seal
    assert "manquement établi" in page.locator("#run-status").inner_text().lower()
    with page.expect_download() as bundle_info:
        page.locator("#run-bundle").click()
    bundle = tmp_path / bundle_info.value.suggested_filename
    bundle_info.value.save_as(bundle)
    checked = _verify(bundle, key[1], tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "archive intègre" in checked.stdout and root[1] in checked.stdout

    # the legal analysis on today's date, then the notice, generated and downloaded
    page.goto(f"{dossier_url}/law")
    page.click("form[action$='/law'] button")
    page.wait_for_selector("#synthesis")
    page.goto(f"{dossier_url}/documents")
    page.select_option("select[name=kind]", "mise-en-demeure")
    page.select_option("select[name=fmt]", "docx")
    page.click("form[action$='/documents'] button")
    page.wait_for_selector("#documents a")
    with page.expect_download() as notice_info:
        page.locator("#documents a").first.click()
    assert "mise-en-demeure" in notice_info.value.suggested_filename
    notice = tmp_path / notice_info.value.suggested_filename
    notice_info.value.save_as(notice)
    text = re.sub(r"[\u00a0\u202f]", " ", _docx_text(notice))
    # the notice relies on the sealed run: its seal, the breach it measured, its signatory
    assert "Une campagne de mesure reproductible a été conduite le" in text
    assert "scellés (empreintes numériques, signature électronique" in text
    assert "Taux de détection" in text or "Annexe 3, art. 3.3 b)" in text
    assert "Maître Jeanne Avocat" in text and "Paul Durand" in text
    # … and the run in the case file is the one whose bundle was verified
    yaml_page = page.goto(f"{dossier_url}/yaml")
    assert yaml_page is not None
    dossier = yaml.safe_load(page.locator("textarea").input_value())
    run = dossier["evidence_runs"][-1]
    assert run["merkle_root"] == root[1] and run["key_fingerprint"] == key[1]
    page.goto(dossier_url)
    _shot(page, shots, "04c-nouveau-dossier-scelle")
    context.close()
