"""Wording families of non-binding documents, law and court by region, renewals, notices and
prices after a change: sentences written for these tests, not taken from any corpus, each family with a negative."""

from __future__ import annotations

import pytest

from recours.contract.analysis import analyse_text
from recours.contract.reading import read_contract_bytes
from tests.contract.snippets import present as _present
from tests.contract.snippets import values

FAMILIES: list[tuple[str, str, bool]] = [
    # human oversight: hand-over to a person
    (
        "human_oversight",
        "Tout appel relatif à un litige est basculé vers un téléconseiller de l'Agence.",
        True,
    ),
    ("human_oversight", "L'usager peut à tout moment demander à parler avec un conseiller.", True),
    (
        "human_oversight",
        "Chats about a dispute are passed on to one of the Retailer's human agents.",
        True,
    ),
    (
        "human_oversight",
        "Shift supervisors may take over any call handled by the voice bot.",
        True,
    ),
    (
        "human_oversight",
        "LE CONSEILLER REPREND LA MAIN SUR TOUT DOSSIER SIGNALÉ PAR L'OUTIL.",
        True,
    ),
    # … not a transfer of data to a provider, nor a chat about an adviser
    (
        "human_oversight",
        "À la fin du contrat, les données sont transférées vers le nouveau prestataire.",
        False,
    ),
    ("human_oversight", "Invoices are forwarded to the Customer's accounts department.", False),
    # no decision rests on the system alone
    (
        "human_oversight",
        "Aucune radiation ne peut être prononcée sur le seul fondement des recommandations "
        "du modèle.",
        True,
    ),
    (
        "human_oversight",
        "No loan application shall be declined without the review of a credit officer.",
        True,
    ),
    (
        "human_oversight",
        "Aucune facture n'est rejetée sans la validation préalable d'un comptable.",
        True,
    ),
    (
        "human_oversight",
        "Decisions are taken solely on the basis of the automated score.",
        True,
    ),
    ("human_oversight", "Le score est calculé sur la base des données du mois.", False),
    # a section whose title names human oversight
    (
        "human_oversight",
        "## 4. Human review\n\nThe Bank designates the staff in charge of the tool.",
        True,
    ),
    (
        "human_oversight",
        "## 4. Décision humaine\n\nAucune intervention humaine n'est prévue.",
        False,
    ),
    # a list of what the contract does not contain
    (
        "service_levels",
        "La présente convention ne comporte ni niveau de service, ni pénalité.",
        False,
    ),
    ("penalties", "This memorandum provides for no penalties and no service credits.", False),
    ("penalties", "Tout retard entraîne une pénalité de 200 € par jour.", True),
    # no personal data, even when a conditional sentence names the GDPR
    (
        "data_protection",
        "Les fichiers échangés ne contiennent aucune donnée personnelle. Le cas échéant, les "
        "parties signeraient un accord au sens de l'article 28 du RGPD.",
        False,
    ),
    (
        "data_protection",
        "The pilot does not involve the processing of any personal data.",
        False,
    ),
    ("data_protection", "Le Prestataire traite les données personnelles sur instruction.", True),
    # liability exclusion without « exclu »
    (
        "liability_exclusion",
        "Le Prestataire n'est pas responsable des pertes d'exploitation du Client.",
        True,
    ),
    (
        "liability_exclusion",
        "Le Prestataire est responsable des dommages causés par sa faute.",
        False,
    ),
    # warranty of proper functioning
    (
        "warranty_conformity",
        "Le Fournisseur garantit le bon fonctionnement de l'application pendant un an.",
        True,
    ),
    (
        "warranty_conformity",
        "The Vendor warrants the proper functioning of the tool for six months.",
        True,
    ),
    ("warranty_conformity", "Le bon fonctionnement du réseau relève du Client.", False),
    # a credit written « crédit » rather than « avoir » or « pénalité »
    (
        "penalties",
        "Le Client reçoit alors des crédits représentant 2 % du forfait mensuel.",
        True,
    ),
    ("penalties", "Le crédit d'impôt recherche reste acquis au Client.", False),
    # insurance covered by a policy
    (
        "insurance",
        "Le Prestataire est couvert par une police d'assurance de responsabilité civile.",
        True,
    ),
    ("insurance", "Le Client est libre de son assureur pour ses propres biens.", False),
    # logging written « automatiquement »
    (
        "logging",
        "Le service archive automatiquement, pendant cinq ans, chaque alerte émise.",
        True,
    ),
    ("logging", "La facture est adressée automatiquement au Client.", False),
    # transparency: AI-generated content marking, not the CE marking
    (
        "transparency",
        "Les images produites portent un marquage lisible par machine.",
        True,
    ),
    ("transparency", "Le titulaire justifie du marquage CE du dispositif.", False),
    # availability written « accessible »
    ("service_levels", "L'application est accessible au moins 99,8 % du temps.", True),
    ("service_levels", "L'application est accessible depuis un navigateur.", False),
    # a figure said indicative does not bind
    (
        "performance_commitment",
        "A precision of 85% is expected. The figures above are indicative only.",
        False,
    ),
    (
        "performance_commitment",
        "Ces taux de rappel de 80 % n'engagent pas le Prestataire.",
        False,
    ),
    # a term to be settled in the definitive agreement
    (
        "acceptance_testing",
        "Acceptance testing will be negotiated as part of the final licence agreement.",
        False,
    ),
    ("acceptance_testing", "Acceptance testing takes place within 10 days of delivery.", True),
    # performance: answers assessed as correct (accuracy), share of wrong answers (error rate)
    (
        "performance_commitment",
        "At least 88% of the summaries shall be rated as accurate by the editors.",
        True,
    ),
    (
        "performance_commitment",
        "La part de réponses erronées ne dépasse pas 3 % sur l'échantillon.",
        True,
    ),
]


@pytest.mark.parametrize(("kind", "text", "present"), FAMILIES)
def test_family(kind: str, text: str, present: bool) -> None:
    assert _present(text, kind) is present


LETTER = """SUBJECT TO CONTRACT

Dear Sirs,

1. Proposal

1.1 The Vendor expects to offer an availability of 99.9% per month and a recall of at least
85%, and to act as provider of the system within the meaning of the AI Act.

1.2 Acceptance tests will be described in the final contract.

2. Binding terms

2.1 Each party shall keep confidential the content of this letter.

2.2 This letter shall be governed by the laws of Singapore.
"""


def test_a_non_binding_letter_keeps_only_its_binding_part() -> None:
    analysis = analyse_text(read_contract_bytes(LETTER.encode(), "l.txt"), check_contract=False)
    present = analysis.present
    assert not present["service_levels"] and not present["performance_commitment"]
    assert not present["ai_act_roles"] and not present["acceptance_testing"]
    assert present["confidentiality"] and present["governing_law"]
    assert analysis.values.commitments == [] and analysis.values.governing_law == "SG"
    negated = [d for d in analysis.detections if d.kind == "service_levels"]
    assert negated and all(d.negated and "non contraignant" in d.reason for d in negated)


def test_a_french_memorandum_without_binding_part_keeps_forum_and_secrecy() -> None:
    text = (
        "PROTOCOLE D'INTENTION\n\nLe présent protocole n'a pas de valeur contractuelle.\n\n"
        "1. Le Prestataire s'engage à une disponibilité de 99,5 % par mois.\n\n"
        "2. Les parties gardent secrètes les informations échangées.\n\n"
        "3. Le présent protocole est soumis au droit français.\n"
    )
    analysis = analyse_text(read_contract_bytes(text.encode(), "p.txt"), check_contract=False)
    assert not analysis.present["service_levels"]
    assert analysis.present["confidentiality"] and analysis.present["governing_law"]


def test_a_binding_contract_that_mentions_a_non_binding_annex_stays_binding() -> None:
    text = (
        "1. The Service shall be available 99.5% of the time each month.\n\n"
        "2. The roadmap in Annex 4 is not legally binding.\n"
    )
    assert _present(text, "service_levels", head="Agreement between Customer and Supplier.\n\n")


@pytest.mark.parametrize(
    ("sentence", "law", "court"),
    [
        (
            "This Agreement is governed by the laws of Victoria, Australia, and the courts of "
            "Victoria sitting in Melbourne have jurisdiction.",
            "AU",
            "melbourne",
        ),
        (
            "This Agreement is governed by the laws of the Province of Ontario and the parties "
            "submit to the courts of Ontario.",
            "CA",
            None,
        ),
        (
            "This Agreement is governed by Scots law; the parties submit to the jurisdiction of "
            "the Sheriff Court in Aberdeen.",
            "GB",
            "aberdeen",
        ),
        (
            "THIS AGREEMENT IS GOVERNED BY THE LAWS OF NORTHERN IRELAND AND THE COURTS OF "
            "NORTHERN IRELAND SHALL HAVE JURISDICTION.",
            "GB",
            None,
        ),
        (
            "This Agreement is governed by the laws of the State of New York; the exclusive "
            "place of jurisdiction is Manhattan.",
            "US",
            "manhattan",
        ),
        (
            "Le contrat est soumis au droit irlandais ; le lieu de juridiction est Cork.",
            "IE",
            "cork",
        ),
        (
            "Although the Supplier is incorporated in England, this Agreement is governed by the "
            "laws of Singapore and the courts of Singapore have jurisdiction.",
            "SG",
            "singapore",
        ),
    ],
)
def test_law_and_court_by_region(sentence: str, law: str, court: str | None) -> None:
    found = values(sentence, head="Agreement between Customer and Supplier.\n\n")
    assert found.governing_law == law
    assert found.jurisdiction == court


def test_carve_out_named_by_the_number_of_its_clause() -> None:
    found = values(
        "## Article 5 – Protection des données personnelles\n\n5.1 Le Prestataire traite les "
        "données personnelles sur instruction.\n\n## Article 9 – Responsabilité\n\n9.1 La "
        "responsabilité du Prestataire est plafonnée à 100 000 €. Ce plafond ne s'applique pas "
        "en cas de manquement à l'article 5.1.\n"
    )
    assert found.carve_outs == ["personal_data"]


def test_a_clause_number_that_is_not_breached_carves_nothing() -> None:
    found = values(
        "## Article 5 – Protection des données personnelles\n\n5.1 Le Prestataire traite les "
        "données personnelles sur instruction.\n\n## Article 9 – Responsabilité\n\n9.1 La "
        "responsabilité du Prestataire est plafonnée à 100 000 € ; l'article 5.1 ne s'applique "
        "pas aux sous-traitants.\n"
    )
    assert found.carve_outs == []


def test_carve_outs_unlimited_liability_german_style() -> None:
    found = values(
        "The Licensor is liable without limitation for intent, for gross negligence and for "
        "injury to life, body or health. Otherwise its liability is limited to EUR 50,000.",
        head="Agreement between Licensee and Licensor.\n\n",
    )
    assert found.carve_outs == ["gross_fault", "wilful_misconduct", "bodily_injury"]


@pytest.mark.parametrize(
    ("text", "renewal"),
    [
        ("The term is extended automatically by one year unless either party objects.", True),
        ("Le contrat est prorogé automatiquement d'un an.", True),
        ("The Agreement may be renewed only by a written amendment signed by both parties.", False),
        ("Le contrat ne peut être renouvelé que par un nouvel accord écrit.", False),
        ("À l'échéance, le contrat prend fin sans autre formalité.", False),
    ],
)
def test_renewal_wordings(text: str, renewal: bool) -> None:
    assert values(text).tacit_renewal is renewal


def test_term_written_as_an_end_after_months() -> None:
    assert values(
        "Le présent accord prend fin vingt-quatre (24) mois après sa signature."
    ).term == ("24m")


def test_notice_to_refuse_renewal_beats_an_audit_notice() -> None:
    found = values(
        "Le marché est reconductible tacitement une fois. L'acheteur peut refuser la reconduction "
        "au moins deux (2) mois avant l'échéance.\n\nL'acheteur peut réaliser un audit après un "
        "préavis de dix (10) jours."
    )
    assert found.notice == "2m"


def test_service_values_new_level_response_within_the_hour_and_credit_cap() -> None:
    found = values(
        "## Niveaux de service\n\nLe portail est accessible au moins 99,6 % du temps sur le mois. "
        "Tout incident est pris en charge dans l'heure et résolu dans un délai de six (6) heures. "
        "Chaque point manquant ouvre droit à un crédit égal à 2 % de la redevance, le total des "
        "crédits ne pouvant excéder 15 % de la redevance. L'ancien taux de 98 % cesse de "
        "s'appliquer."
    )
    assert found.availability == 0.996
    assert (found.response_hours, found.resolution_hours) == (1, 6)
    assert found.credit_cap == 0.15


def test_price_after_a_change_and_maximum_amount() -> None:
    assert (
        values(
            "Le prix mensuel est porté de 1 000 € HT à 1 200 € HT au 1er janvier, pour le crédit à "
            "la consommation."
        ).price_amount
        == 1200
    )
    assert values("Le montant maximum du marché est fixé à 80 000 € HT.").price_amount == 80000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least ninety per cent (90%) of the answers shall be judged correct by the "
            "reviewers.",
            ("accuracy", ">=", 0.9),
        ),
        (
            "The proportion of translations containing a wrong figure shall not exceed 1%.",
            ("error_rate", "<=", 0.01),
        ),
        (
            "Le taux de sélection de chaque groupe est d'au moins 0,8 fois le taux de sélection "
            "du groupe le plus favorisé.",
            ("disparate_impact_ratio", ">=", 0.8),
        ),
    ],
)
def test_commitments(text: str, expected: tuple[str, str, float]) -> None:
    found = [(c.metric, c.comparator, c.threshold) for c in values(text).commitments]
    assert found == [expected]


def test_false_positive_share_stays_fpr() -> None:
    found = values("The share of false positives among alerts shall not exceed 5%.")
    assert [c.metric for c in found.commitments] == ["fpr"]


def test_reputational_damage_written_as_image() -> None:
    found = values(
        "Le Prestataire n'est pas tenu de réparer le préjudice d'image du Client ni ses pertes "
        "d'exploitation."
    )
    assert found.liability_exclusions == ["business_interruption", "reputational"]
