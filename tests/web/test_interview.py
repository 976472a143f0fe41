"""The guided interview collects what the documents need (representatives, counsel, cure
period, notice form, renewal, datasets, commitments), says what is wrong in words next to
the field, and refuses a defect found before the contract was signed."""

from __future__ import annotations

import html
import re

import yaml

from recours.web.wording import for_web
from tests.web.conftest import Browser

BASE = {
    "reference": "2026-077", "title": "Banque Z c/ Éditeur W", "client_name": "Banque Z",
    "vendor_name": "Éditeur W SAS", "contract_kind": "licence", "contract_title": "Licence",
    "contract_concluded_on": "2025-03-01", "ai_name": "Score",
    "ai_intended_purpose": "Évaluer la solvabilité",
}
FULL = {
    **BASE,
    "client_address": "1 rue de la Paix, 75002 Paris", "vendor_address": "2 av. X, Lyon",
    "client_representative": "Marie Durand", "client_representative_title": "Directrice générale",
    "client_counsel": "Maître Jeanne Avocat", "client_counsel_firm": "Cabinet A",
    "client_counsel_bar": "Paris", "vendor_representative": "Paul Martin",
    "vendor_representative_title": "Président",
    "contract_cure_period_days": "30", "contract_formal_notice_mode": "lettre recommandée",
    "contract_tacit_renewal": "yes", "contract_term_months": "36",
    "contract_notice_months": "6", "contract_acceptance_period_days": "30",
    "dataset_id_0": "tests", "dataset_kind_0": "predictions", "dataset_label_0": "defaut",
    "dataset_score_0": "score", "dataset_kind_1": "predictions",
    "commitment_metric_0": "recall", "commitment_comparator_0": ">=",
    "commitment_threshold_0": "70 %", "commitment_cutoff_0": "0,5",
    "commitment_dataset_0": "tests", "commitment_clause_0": "Annexe 2, art. 2.1",
    "commitment_quote_0": "Le taux de détection sera au moins de 70 %.",
    "commitment_comparator_1": ">=", "commitment_comparator_2": ">=",
    "event_date_0": "2025-03-01", "event_type_0": "signature", "event_description_0": "Signature",
    "event_date_1": "2026-02-01", "event_type_1": "defect_discovery",
    "event_description_1": "Rappel mesuré à 50 %",
}


def _yaml(browser: Browser, location: str) -> dict:  # type: ignore[type-arg]
    page = browser.client.get(f"{location}/yaml").text
    found = re.search(r"<textarea[^>]*>(.*?)</textarea>", page, re.S)
    assert found
    return yaml.safe_load(html.unescape(found[1]))  # type: ignore[no-any-return]


def test_the_interview_collects_what_the_documents_need(alpha: Browser) -> None:
    response = alpha.post("/dossiers/new", FULL)
    assert response.status_code == 303, response.text
    data = _yaml(alpha, response.headers["location"])
    client, vendor = data["parties"]
    assert client["representative"] == {"name": "Marie Durand", "title": "Directrice générale"}
    assert client["counsel"] == {"name": "Maître Jeanne Avocat", "firm": "Cabinet A",
                                 "bar": "Paris"}
    assert vendor["representative"]["title"] == "Président"
    contract = data["contract"]
    assert (contract["cure_period_days"], contract["formal_notice_mode"]) == (30, "lettre recommandée")
    assert (contract["tacit_renewal"], contract["term_months"], contract["notice_months"]) == \
        (True, 36, 6)
    assert contract["acceptance_period_days"] == 30
    assert [d["id"] for d in data["datasets"]] == ["tests"]  # the default kind alone is no row
    assert data["datasets"][0]["columns"] == {"label": "defaut", "score": "score"}
    assert len(data["commitments"]) == 1
    c = data["commitments"][0]
    assert (c["metric"], c["comparator"], c["threshold"], c["cutoff"]) == ("recall", ">=", 0.7, 0.5)
    assert c["source"] == {"clause": "Annexe 2, art. 2.1",
                           "quote": "Le taux de détection sera au moins de 70 %."}


def test_a_defect_found_before_the_contract_is_refused(alpha: Browser) -> None:
    form = {**FULL, "event_date_1": "2024-12-01"}
    response = alpha.post("/dossiers/new", form)
    assert response.status_code == 422
    text = html.unescape(response.text)
    assert 'aria-describedby="err-event_date_1"' in text
    assert "précède la conclusion du contrat (1er mars 2025)" in text


def test_problems_name_the_field_in_words_not_its_path(alpha: Browser) -> None:
    response = alpha.post("/dossiers/new", {**FULL, "contract_cure_period_days": "trente"})
    assert response.status_code == 422
    text = html.unescape(response.text)
    assert 'aria-describedby="err-contract_cure_period_days"' in text
    assert "nombre entier" in text
    response = alpha.post("/dossiers/new", {**FULL, "commitment_dataset_0": "autre"})
    assert response.status_code == 422
    text = html.unescape(response.text)
    assert 'aria-describedby="err-commitment_dataset_0"' in text
    problems = " ".join(re.findall(r'<small class="problem"[^>]*>(.*?)</small>', text, re.S))
    assert "« autre » n'est pas déclaré" in problems
    assert "« datasets »" not in problems and "contract." not in problems


def test_library_messages_lose_paths_and_cli_flags() -> None:
    notice = for_web("il manque : le délai accordé pour s'exécuter (contrat ou --delai)", "fr")
    assert "--" not in notice and "étape Contrat" in notice
    report = for_web("Lancer « recours evidence run » puis recommencer.", "fr")
    assert "recours evidence" not in report and "onglet Preuves" in report
    assert for_web("formulaire: contract.concluded_on: absent", "fr") == \
        "formulaire: la date de conclusion du contrat: absent"
    assert "the contract's date" in for_web("contract.concluded_on is missing", "en")
