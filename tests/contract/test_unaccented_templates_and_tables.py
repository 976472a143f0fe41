"""Wording families met in batch 8 (French typed without accents, template placeholders, short
contracts, lists under a lead, SLA refund and latency tables, value forms), each tested on
sentences written for the test with a negative that keeps the family's limit (contract8).
The positives fail on the code before this work; the negatives held already."""

from __future__ import annotations

import pytest

from recours.contract.analysis import analyse_text
from recours.contract.kinds.folding import fold
from recours.contract.kinds.placeholders import labelled_placeholder, strip_placeholders
from recours.contract.reading import read_contract_bytes
from recours.errors import RecoursError
from tests.contract.snippets import HEAD_EN, analyse_snippet, present, values

# --- French typed without accents reads as accented French ---------------------------------

UNACCENTED = [
    ("termination", "Chaque partie peut resilier le contrat par lettre recommandee."),
    (
        "data_protection",
        "Le Prestataire traite les donnees personnelles du Client selon ses instructions.",
    ),
    ("penalties", "Des penalites de retard de livraison de 2 % par semaine sont dues au Client."),
    ("liability_cap", "La responsabilite du Prestataire est plafonnee a 10 000 euros."),
    (
        "warranty_exclusion",
        "Le Service est fourni en l'etat, sans garantie d'aucune sorte, expresse ou implicite.",
    ),
]


@pytest.mark.parametrize(("kind", "sentence"), UNACCENTED)
def test_french_without_accents_is_read_as_accented_french(kind: str, sentence: str) -> None:
    assert present(f"## Article 4\n\n{sentence}\n", kind)


@pytest.mark.parametrize(("kind", "sentence"), UNACCENTED)
def test_the_accented_sentence_still_reads_the_same(kind: str, sentence: str) -> None:
    accented = (
        sentence.replace("resilier", "résilier")
        .replace("recommandee", "recommandée")
        .replace("donnees", "données")
        .replace("penalites", "pénalités")
        .replace("responsabilite", "responsabilité")
        .replace("plafonnee a", "plafonnée à")
        .replace("l'etat", "l'état")
    )
    assert present(f"## Article 4\n\n{accented}\n", kind)


def test_the_reason_quotes_the_original_unaccented_words() -> None:
    analysis = analyse_snippet("## Article 9\n\nLe Client peut resilier le present contrat.\n")
    detection = next(d for d in analysis.detections if d.kind == "termination")
    quote = detection.reason.split("«", 1)[1]
    assert "resili" in quote and "résili" not in quote
    start = detection.passage.start
    assert analysis.contract.text[start : start + 9] == "Le Client"


def test_folding_keeps_the_length_so_offsets_hold() -> None:
    text = "Pénalités, données, résilié, ÉTÉ, ça"
    assert fold(text) == "Penalites, donnees, resilie, ETE, ca"
    assert len(fold(text)) == len(text)


def test_an_unrelated_unaccented_sentence_is_no_clause() -> None:
    assert not present(
        "## Article 2\n\nLe Client recoit un acces au tableau de bord.\n", "termination"
    )


# --- template placeholders are never a value ---------------------------------------------


def test_a_template_field_line_is_no_choice_of_law_nor_court() -> None:
    body = (
        "## 13. Droit applicable et juridiction\n\n- Droit applicable: {{governing_law}}\n"
        "- Juridiction competente: {{jurisdiction}}\n"
    )
    analysis = analyse_snippet(body)
    assert not analysis.present["governing_law"]
    assert not analysis.present["jurisdiction"]
    reasons = [d.reason for d in analysis.detections if d.kind == "governing_law"]
    assert reasons and all("champ à remplir" in r for r in reasons)
    assert analysis.values.governing_law is None and analysis.values.jurisdiction is None


def test_an_english_field_line_is_no_choice_of_law() -> None:
    body = "## 13. Governing law\n\n- Governing law: [STATE]\n- Venue: {{venue_city}}\n"
    assert not analyse_snippet(body, HEAD_EN).present["governing_law"]


def test_a_clause_whose_court_is_left_to_fill_is_still_a_clause_with_no_court() -> None:
    body = "## 14. Litiges\n\nLes tribunaux de [VILLE] seront seuls compétents.\n"
    analysis = analyse_snippet(body)
    assert analysis.present["jurisdiction"]
    assert analysis.values.jurisdiction is None


def test_a_filled_field_line_is_a_choice_of_law() -> None:
    body = "## 13. Droit applicable\n\n- Droit applicable : droit français\n"
    analysis = analyse_snippet(body)
    assert analysis.present["governing_law"] and analysis.values.governing_law == "FR"


def test_placeholders_give_no_price_and_no_cap_amount() -> None:
    found = values(
        "## Prix\n\nLe prix est de [MONTANT] euros HT par mois.\n\n## Responsabilité\n\n"
        "La responsabilité du Prestataire est limitée à ___ euros.\n"
    )
    assert found.price_amount is None
    assert not (found.liability_cap or {}).get("amount")


def test_placeholder_helpers() -> None:
    assert labelled_placeholder("- Governing law: {{governing_law}}")
    assert labelled_placeholder("Ville : ______")
    assert not labelled_placeholder("- Governing law: the laws of France")
    assert not labelled_placeholder("See [Section 3] for details")
    assert strip_placeholders("a {{x}} b") == "a       b"


# --- the « not a contract » guard -------------------------------------------------------

SHORT_CONTRACT = """# Contrat d'hébergement

**Prestataire :** Hebergo, entreprise individuelle, 3 rue des Lilas, 69000 Lyon.

**Client :** Vous, personne physique.

## Objet

Le présent contrat définit les conditions dans lesquelles le Prestataire héberge le site du Client.

## Obligations du prestataire

Le Prestataire s'engage à sauvegarder le site du Client chaque jour.

## Durée

Le contrat prend fin à la suppression du compte, ce qui entraîne sa résiliation.
"""

INVOICE = """# Facture n° 2026-114

**Fournisseur :** Hebergo, 3 rue des Lilas, 69000 Lyon.

**Client :** Société Dupont, 12 avenue Foch, Paris.

| Désignation | Quantité | Prix |
|---|---|---|
| Hébergement mensuel | 1 | 20,00 € |

Total TTC : 24,00 €. Paiement à réception de la facture.
"""

LETTER = """Madame, Monsieur,

Client de votre société depuis 2021, je vous informe que je souhaite mettre fin à mon abonnement
à compter du mois prochain. Je vous remercie de bien vouloir me confirmer la résiliation.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.
"""


def _analyse(text: str) -> object:
    return analyse_text(read_contract_bytes(text.encode(), "doc.md"))


def test_a_short_contract_naming_its_parties_by_role_is_accepted() -> None:
    analysis = _analyse(SHORT_CONTRACT)  # refused before: no formula, one undertaking
    assert "Hebergo" in analysis.contract.text  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", [INVOICE, LETTER], ids=["invoice", "letter"])
def test_an_invoice_and_a_letter_are_still_refused(text: str) -> None:
    with pytest.raises(RecoursError, match=r"ne ressemble pas à un contrat|does not look like"):
        _analyse(text)


# --- liability excluded in a list under a lead -----------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "## 6. Responsabilité\n\nL'Éditeur ne sera pas responsable de :\n\n- la perte de chiffre "
        "d'affaires\n- l'atteinte à la réputation\n",
        "## 6. Responsabilite\n\nLe Prestataire ne pourra etre tenu responsable de :\n\n"
        "- toute erreur dans les informations fournies\n",
        "## 6. Liability\n\nThe Provider shall not be liable for the following:\n\n- lost revenue\n",
        "## 6. Limites\n\nEn aucun cas le Prestataire ne pourra être responsable du fait de la perte "
        "de fichiers du Client.\n",
        "## 6. Liability\n\nNo liability for consequential loss (loss of revenue, goodwill).\n",
    ],
)
def test_liability_excluded_in_a_list_or_for_lost_files(body: str) -> None:
    head = HEAD_EN if "Liability" in body else None
    analysis = analyse_snippet(body, head) if head else analyse_snippet(body)
    assert analysis.present["liability_exclusion"]


def test_a_party_responsible_for_a_list_excludes_nothing() -> None:
    body = "## 6. Obligations\n\nLe Prestataire sera responsable de :\n\n- la sauvegarde\n"
    assert not present(body, "liability_exclusion")


# --- SLA refund tables, latency tables, force majeure named only as an exception ------------


def test_a_refund_table_for_a_missed_level_is_a_penalty_clause() -> None:
    body = (
        "## 5. Remboursement en cas de manquement\n\n| Disponibilité constatée | % de "
        "remboursement mensuel |\n|---|---|\n| 99 % à 99,5 % | 10 % |\n"
    )
    assert present(body, "penalties")


def test_a_refund_of_expenses_is_no_penalty() -> None:
    body = "## 7. Frais\n\nLe Client rembourse les frais de déplacement sur justificatif.\n"
    assert not present(body, "penalties")


def test_a_table_of_latency_targets_is_a_performance_commitment() -> None:
    body = (
        "## 2. Performance\n\n| Opération | Cible P95 | Seuil |\n|---|---|---|\n"
        "| Recherche | < 800ms | > 3s |\n"
    )
    assert present(body, "performance_commitment")


def test_a_latency_in_words_with_a_figure_is_one() -> None:
    body = "## 2. Performance\n\nThe API p99 latency will stay under 300 ms each month.\n"
    assert analyse_snippet(body, HEAD_EN).present["performance_commitment"]


def test_latency_without_a_target_is_none() -> None:
    body = "## 2. Réseau\n\nLa latence dépend du réseau du Client.\n"
    assert not present(body, "performance_commitment")


def test_force_majeure_named_only_as_removing_a_refund_is_no_force_majeure_clause() -> None:
    body = (
        "## 5.3 Limites\n\n- Les remboursements ne se cumulent pas\n- Force majeure exclut tout "
        "remboursement\n"
    )
    assert not present(body, "force_majeure")


def test_a_force_majeure_clause_still_is_one() -> None:
    body = (
        "## 12. Force majeure\n\nAucune partie n'est responsable d'un manquement dû à un cas de "
        "force majeure au sens de l'article 1218 du code civil.\n"
    )
    assert present(body, "force_majeure")


# --- values -------------------------------------------------------------------------------


def test_a_cap_of_months_of_subscription_is_a_fees_multiple() -> None:
    found = values(
        "## 6. Responsabilité\n\nLa responsabilité cumulée de l'Éditeur est plafonnée à 3 mois "
        "d'abonnement.\n"
    )
    assert found.liability_cap == {"months_of_fees": 3, "formula": found.liability_cap["formula"]}


def test_a_court_named_with_st_is_normalised() -> None:
    found = values(
        "## 10. Litiges\n\nTout litige relève de la compétence exclusive du tribunal de commerce "
        "de St Etienne.\n"
    )
    assert found.jurisdiction == "saint-etienne"
