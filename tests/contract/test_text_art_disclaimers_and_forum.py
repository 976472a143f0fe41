"""Wording and layout families met in batch 9 of the real corpus (text-art tables, page front
matter, fields inside placeholders, the law named as a predicate, the court's kind taken for
its city, liability declined outright, AI disclosures, force majeure named only as an
exception, duties to respect others' rights), each tested on sentences written for the test
with a negative that keeps the family's limit (contract9). The positives fail on the code
before this work; the negatives keep what the rules must still refuse or still find."""

from __future__ import annotations

from pathlib import Path

import pytest

from recours.contract.analysis import analyse_file
from tests.contract.snippets import HEAD_EN, analyse_snippet, present, values

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# --- a table drawn with box characters reads as table rows -------------------------------

BOX_CREDITS = """## 7. Crédits de service

```
┌──────────────────────────────────────────────┐
│              GRILLE DES AVOIRS               │
├──────────────────────────────────────────────┤
│  DISPONIBILITÉ DU MOIS      CRÉDIT (% facture mois)  │
│  ──────────────────────────────────────────  │
│  ≥ engagement               0%               │
│  < engagement               15%              │
│  ├─ Disponibilité 99.2% → 15% crédit         │
└──────────────────────────────────────────────┘
```
"""


def test_a_box_drawn_table_is_read_row_by_row() -> None:
    analysis = analyse_snippet(BOX_CREDITS)
    rows = [p for s in analysis.structure.sections for p in s.passages if p.style == "table"]
    texts = [p.text for p in rows]
    assert "DISPONIBILITÉ DU MOIS | CRÉDIT (% facture mois)" in texts
    assert "< engagement | 15%" in texts
    assert not any("│" in p.text or "```" in p.text for s in analysis.structure.sections
                   for p in s.passages)
    for row in rows:  # offsets still index the extracted text
        assert analysis.contract.text[row.start : row.end] == row.text


def test_a_box_drawn_credit_grid_gives_service_levels_and_penalties() -> None:
    analysis = analyse_snippet(BOX_CREDITS)
    assert analysis.present["service_levels"]
    assert analysis.present["penalties"]


def test_a_box_drawn_table_without_credit_is_no_penalty() -> None:
    body = """## 3. Horaires

```
┌────────────────────────────┐
│  JOUR        HORAIRES      │
│  Lundi       9h - 18h      │
└────────────────────────────┘
```
"""
    assert not present(body, "penalties")


@pytest.mark.parametrize(
    "sentence",
    [
        "Le montant de l'avoir est fixé à 10 % crédit sur la facture du mois.",
        "Service credits: 10% credit of the monthly fee for each missed hour.",
    ],
)
def test_a_credit_as_a_share_of_the_invoice_is_a_penalty(sentence: str) -> None:
    assert present(f"## Article 7\n\n{sentence}\n", "penalties")


def test_a_credit_card_is_no_penalty() -> None:
    assert not present("## Article 5\n\nLe paiement s'effectue par carte de crédit.\n",
                       "penalties")


# --- a page's front matter is no clause, its title is the page's heading ----------------------

FRONT = """---
layout: post
title: 'Hosting Agreement'
customer_jurisdiction: 'STATE OF OHIO'
---

The Supplier may terminate this Agreement on thirty days' notice.
"""


def test_front_matter_is_not_read_as_text() -> None:
    analysis = analyse_snippet(FRONT, head="")
    texts = [p.text for s in analysis.structure.sections for p in s.passages]
    assert not any("layout" in t or "jurisdiction" in t for t in texts)
    assert not analysis.present["jurisdiction"]
    assert any(s.title == "Hosting Agreement" for s in analysis.structure.sections)
    assert analysis.present["termination"]


def test_a_thematic_break_opening_a_page_is_no_front_matter() -> None:
    body = "---\n\nLe Prestataire peut résilier le contrat.\n\n---\n\nSuite.\n"
    assert present(body, "termination", head="")


# --- a word inside a field to fill is no clause word --------------------------------------------


def test_a_placeholder_naming_a_jurisdiction_is_no_forum() -> None:
    body = (
        "## 12. General\n\nThis Agreement shall be governed by and construed in accordance "
        "with the laws of the {{ page.customer_jurisdiction }}.\n"
    )
    analysis = analyse_snippet(body, HEAD_EN)
    assert not analysis.present["jurisdiction"]
    assert analysis.present["governing_law"]


def test_a_court_left_to_fill_is_still_a_forum() -> None:
    body = "## 12. Juridiction\n\nLes tribunaux de [VILLE] seront seuls compétents.\n"
    assert present(body, "jurisdiction")


# --- the law named as the predicate; a choice that names no law chooses none --------------------


@pytest.mark.parametrize(
    ("sentence", "law"),
    [
        ("The law applicable to the present contract is French law.", "FR"),
        ("These terms are subject to French law.", "FR"),
        ("This Agreement is subject to the laws of Ireland.", "IE"),
    ],
)
def test_the_law_named_as_the_predicate_is_a_choice_of_law(sentence: str, law: str) -> None:
    body = f"## 14. Law\n\n{sentence}\n"
    assert present(body, "governing_law", HEAD_EN)
    assert values(body, HEAD_EN).governing_law == law


@pytest.mark.parametrize(
    "sentence",
    [
        "These Terms shall be governed by and construed in accordance with applicable law.",
        "Le contrat est régi par le droit applicable.",
        "The Customer is subject to the applicable law of its country of residence.",
    ],
)
def test_a_choice_that_names_no_law_chooses_none(sentence: str) -> None:
    assert not present(f"## 14. Law\n\n{sentence}\n", "governing_law", HEAD_EN)


# --- the court's kind is no city; a party's place named by reference is no court ----------------


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("Le litige sera tranché par le Tribunal de Grande Instance de Toulouse (FRANCE).",
         "toulouse"),
        ("Compétence exclusive est attribuée au Tribunal de Commerce de Paris.", "paris"),
        ("Compétence est attribuée au tribunal de commerce de Lyon.", "lyon"),
    ],
)
def test_the_court_s_kind_is_not_its_city(sentence: str, city: str) -> None:
    assert values(f"## Article 20\n\n{sentence}\n").jurisdiction == city


def test_a_party_s_place_named_by_reference_is_no_city() -> None:
    body = (
        "## 14. Disputes\n\nAny dispute shall be subject to the exclusive jurisdiction of the "
        "competent courts in the jurisdiction of the Project Owner's principal place of business.\n"
    )
    found = values(body, HEAD_EN)
    assert found.jurisdiction is None
    body = "## 14. Disputes\n\nThe courts of Dublin have exclusive jurisdiction.\n"
    assert values(body, HEAD_EN).jurisdiction == "dublin"


# --- liability declined outright; a party limiting its own damages ------------------------------


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        ("Nous déclinons toute responsabilité pour :", None),
        ("L'Éditeur décline toute responsabilité quant au contenu des sites tiers.", None),
        ("The Supplier shall not be held liable for damages of any kind.", HEAD_EN),
        ("The Supplier will not be responsible for any damages suffered by the Customer.", HEAD_EN),
        ("The Supplier denies any responsibility for any damages arising from downtime.", HEAD_EN),
    ],
)
def test_liability_declined_outright_is_an_exclusion(sentence: str, head: str | None) -> None:
    body = f"## 12. Responsabilité\n\n{sentence}\n"
    assert present(body, "liability_exclusion", head or "Contrat entre le Client et le "
                   "Prestataire.\n\n")


def test_a_party_held_liable_excludes_nothing() -> None:
    body = "## 12. Liability\n\nThe Supplier shall be liable for any damages it causes.\n"
    assert not present(body, "liability_exclusion", HEAD_EN)


def test_a_party_limiting_its_own_damages_caps_its_liability() -> None:
    body = (
        "## 9. Warranties\n\nThe Supplier expressly limits its damages to the Customer for any "
        "down time to the pro-rata monthly charge during the unavailability.\n"
    )
    assert present(body, "liability_cap", HEAD_EN)
    other = "## 9. Use\n\nThe Supplier limits its support to business hours.\n"
    assert not present(other, "liability_cap", HEAD_EN)


def test_a_positive_rule_wins_over_a_negated_one_on_the_same_passage() -> None:
    body = (
        "## 9. Warranties\n\nThe Supplier makes no warranties of any kind and will not be "
        "responsible for any damages suffered by the Customer, including loss of data.\n"
    )
    analysis = analyse_snippet(body, HEAD_EN)
    assert analysis.present["liability_exclusion"]
    assert "data_loss" in analysis.values.liability_exclusions


# --- a sentence in capitals is a clause, not a heading ------------------------------------------


def test_a_sentence_in_capitals_is_a_clause() -> None:
    body = "## Article 12\n\nLA PLATEFORME EST FOURNIE EN L'ÉTAT SANS GARANTIE D'AUCUNE SORTE.\n"
    analysis = analyse_snippet(body)
    assert analysis.present["warranty_exclusion"]
    assert analysis.values.as_is is True


def test_a_short_label_in_capitals_is_still_a_heading() -> None:
    analysis = analyse_snippet("## Article 12\n\nDURÉE ET RÉSILIATION\n\nLe contrat dure un an.\n")
    assert any(s.title == "DURÉE ET RÉSILIATION" for s in analysis.structure.sections)


# --- proprietary information; advice not to submit confidential data ---------------------------


def test_proprietary_information_treated_as_such_is_confidentiality() -> None:
    body = "## Proprietary information\n\nProprietary information exchanged hereunder shall be " \
        "treated as such by the Customer.\n"
    assert present(body, "confidentiality", HEAD_EN)


@pytest.mark.parametrize(
    "sentence",
    [
        "- Sensitive or confidential information should not be submitted unless risks are "
        "accepted.",
        "Ne saisissez pas d'informations confidentielles dans l'outil.",
    ],
)
def test_advice_not_to_submit_confidential_data_is_no_confidentiality(sentence: str) -> None:
    assert not present(f"## 12. Security\n\n{sentence}\n", "confidentiality", HEAD_EN)


def test_a_duty_not_to_disclose_confidential_information_is_still_one() -> None:
    body = "## 12. Confidentiality\n\nConfidential information must not be disclosed to any " \
        "third party.\n"
    assert present(body, "confidentiality", HEAD_EN)


# --- users told the output comes from AI; qualities and product descriptions are not -----------


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        ("- Recommandation : proposition générée par notre système d'intelligence artificielle.",
         None),
        ("Les réponses affichées sont produites automatiquement par une IA.", None),
        ("The Service may rely on artificial intelligence and machine learning systems.", HEAD_EN),
        ("Answers shown in the app are generated by an AI model.", HEAD_EN),
    ],
)
def test_users_told_the_output_comes_from_ai_is_transparency(sentence: str,
                                                              head: str | None) -> None:
    body = f"## 7. Service\n\n{sentence}\n"
    assert present(body, "transparency", head or "Contrat entre le Client et le Prestataire.\n\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Routewise has developed software that uses machine learning to plan delivery routes.",
        "Nous adhérons au collectif des hébergeurs alternatifs, transparents, ouverts et "
        "neutres.",
        "We are an open, transparent and neutral hosting provider.",
    ],
)
def test_a_product_described_or_a_quality_claimed_is_no_transparency(sentence: str) -> None:
    assert not present(f"## 1. About\n\n{sentence}\n", "transparency", HEAD_EN)


# --- force majeure named only as an exception -----------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "## 2. Exclusions\n\nThe Uptime Commitment does not apply to: (a) scheduled maintenance; "
        "(b) force majeure events; (c) misuse by the Customer.\n",
        "## 2. Exclusions\n\nCe SLA ne couvre pas :\n\n- Force majeure (catastrophes, guerres, "
        "etc.)\n",
        "## 7. Exclusions\n\nAucune compensation n'est due si :\n\n- L'incident résulte d'une "
        "force majeure\n",
        "## 3. Accès\n\nLe service est accessible 24h sur 24, sous réserve des pannes, de la "
        "maintenance ou d'évènements indépendants de la volonté de l'éditeur.\n",
    ],
)
def test_force_majeure_named_only_as_an_exception_is_no_clause(body: str) -> None:
    assert not present(body, "force_majeure", HEAD_EN)


def test_a_force_majeure_clause_is_still_one() -> None:
    body = "## 12.4 Force majeure\n\nNous ne sommes pas responsables en cas de force majeure " \
        "(catastrophe naturelle, guerre, grève).\n"
    assert present(body, "force_majeure")


# --- a duty to respect others' rights owns nothing; a user's own file check audits nothing ------


@pytest.mark.parametrize(
    "sentence",
    [
        "L'Utilisateur s'engage à ne pas porter atteinte aux droits, tels que les droits de "
        "propriété intellectuelle, détenus par l'éditeur ou par des tiers.",
        "You must abide by the laws in force when using the services, whether in terms of "
        "privacy, spam, intellectual property or hate speech.",
        "Vous devez respecter les lois en vigueur, que ce soit en matière de vie privée ou de "
        "propriété intellectuelle.",
    ],
)
def test_a_duty_to_respect_rights_is_no_ownership(sentence: str) -> None:
    assert not present(f"## 5. Usage\n\n{sentence}\n", "ip_ownership", HEAD_EN)


def test_ownership_is_still_read() -> None:
    body = "## 8. Propriété\n\nLe Client reste seul propriétaire des données et des résultats.\n"
    assert present(body, "ip_ownership")


def test_a_user_checking_its_own_file_is_no_audit() -> None:
    body = "## 4. Outils\n\nL'Utilisateur peut vérifier la conformité de son fichier avant de " \
        "le publier.\n"
    assert not present(body, "audit_rights")
    audit = "## 9. Audit\n\nLe Client peut vérifier la conformité du Prestataire sur place.\n"
    assert present(audit, "audit_rights")


# --- plan tiers, evidence logs, availability written figure first --------------------------------


def test_plan_tiers_are_no_service_level() -> None:
    assert not present("## 5. Services\n\nLa Plateforme propose différents niveaux de Services :\n",
                       "service_levels")


def test_an_availability_written_figure_first_is_a_service_level() -> None:
    body = "## 3. Commitment\n\nThe Service Provider commits to 98% availability of the Service.\n"
    assert present(body, "service_levels", HEAD_EN)


def test_logs_sent_as_evidence_of_a_claim_are_no_logging() -> None:
    assert not present("## 7. Réclamation\n\n- Preuves (captures d'écran, logs)\n", "logging")
    kept = "## 9. Traces\n\nLe Prestataire conserve les logs de connexion pendant douze mois.\n"
    assert present(kept, "logging")


# --- termination by resolution; the credit-scoring example's best passage -----------------------


def test_resolution_of_the_contract_is_a_termination_right() -> None:
    body = (
        "## Article 21 – Durée\n\nEn cas de manquement grave, l'autre Partie peut résoudre le "
        "Contrat trente (30) jours après une mise en demeure restée sans effet.\n"
    )
    assert present(body, "termination")
    assert not present("## Article 2\n\nLa Partie peut résoudre le problème technique.\n",
                       "termination")


@pytest.mark.parametrize("name", ["contrat-credisense.docx", "contrat-credisense.pdf"])
def test_credit_scoring_termination_is_shown_from_its_own_article(name: str) -> None:
    analysis = analyse_file(EXAMPLES / "credit-scoring" / name)
    best = analysis.best("termination")
    assert best is not None and best.section is not None
    assert best.section.endswith("21.2")
    assert analysis.best("force_majeure").section.endswith("20.1")  # type: ignore[union-attr]


# --- values: data named last in a list, operating losses -----------------------------------------


def test_data_named_last_in_a_list_of_losses_is_data_loss() -> None:
    body = (
        "## 6. Liability\n\nIn no event shall either party be liable for indirect damages, "
        "including loss of profits, revenue, goodwill, or data.\n"
    )
    assert "data_loss" in values(body, HEAD_EN).liability_exclusions


def test_operating_losses_are_business_interruption() -> None:
    body = (
        "## 6. Liability\n\nThe provider cannot be held responsible for indirect damages such as "
        "loss of data or operating losses.\n"
    )
    assert "business_interruption" in values(body, HEAD_EN).liability_exclusions


# --- a term whose duration is written before the word ------------------------------------------


def test_an_initial_term_written_duration_first_is_read() -> None:
    body = (
        "## Term\n\nClient agrees to an initial twelve (12) month contractual term of service "
        '("Term").\n'
    )
    assert values(body, HEAD_EN).term == "12m"


def test_a_duration_before_a_term_that_is_no_initial_term_is_not_read() -> None:
    body = "## Payment\n\nFees are due within twelve (12) days; the term of payment is fixed.\n"
    assert values(body, HEAD_EN).term is None
