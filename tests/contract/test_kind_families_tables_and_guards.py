"""Wording families of tables, guards, credit caps written in words, carve-outs written as
inapplicable: sentences written for these tests, not taken from any corpus, each family with a negative."""

from __future__ import annotations

import pytest

from tests.contract.snippets import present as _present
from tests.contract.snippets import values

FAMILIES: list[tuple[str, str, bool]] = [
    # a term sent to another document the parties signed elsewhere is not set here
    (
        "penalties",
        "Les pénalités sont celles prévues à l'article 12 des conditions générales.",
        False,
    ),
    ("governing_law", "Governing law is as set out in clause 20 of the Master Terms.", False),
    ("data_protection", "Personal data is governed by the Data Processing Agreement.", False),
    ("service_levels", "The service levels are set out in Schedule 2.", True),
    # a paragraph that says its figures bind no one
    (
        "performance_commitment",
        "A recall of 90% was targeted in the pilot. This figure is for information only.",
        False,
    ),
    ("performance_commitment", "Le rappel est d'au moins 90 % sur le jeu de test.", True),
    # a lead-in label takes the polarity of the body that negates it
    ("penalties", "b) Pénalités. Aucune pénalité n'est due pendant la période pilote.", False),
    ("penalties", "b) Pénalités. Tout retard entraîne une pénalité de 100 € par jour.", True),
    ("acceptance_testing", "c) Recette. Le Client renonce à toute recette.", False),
    # negations: no additional service levels, no availability commitment, no audit right
    ("service_levels", "No additional service levels are agreed for the pilot.", False),
    (
        "service_levels",
        "Aucun engagement de disponibilité n'est pris pendant le pilote.",
        False,
    ),
    (
        "audit_rights",
        "The Customer shall have no right to carry out any audit of the Supplier.",
        False,
    ),
    (
        "force_majeure",
        "Le retard est pénalisé, sauf si le manquement résulte d'un cas de force majeure.",
        False,
    ),
    # credits written without « pénalité » or « service credit »
    ("penalties", "Vous recevez alors un avoir égal à 3 % de la redevance du mois.", True),
    ("penalties", "The Supplier shall credit the Customer 10% of the monthly fee.", True),
    ("penalties", "Les avoirs prévus au barème ne sont pas applicables au pilote.", False),
    # liability caps: « ne peut pas dépasser », capitals "in no event shall … liability … exceed"
    (
        "liability_cap",
        "Notre responsabilité ne peut pas dépasser le prix payé sur l'année.",
        True,
    ),
    (
        "liability_cap",
        "IN NO EVENT SHALL THE VENDOR'S TOTAL LIABILITY UNDER THIS AGREEMENT EXCEED USD 1,000.",
        True,
    ),
    # warranty of conformity named by its type
    (
        "warranty_conformity",
        "Le matériel bénéficie d'une garantie de bon fonctionnement d'une durée de 24 mois.",
        True,
    ),
    ("data_protection", "Le Titulaire traite des données à caractère personnel.", True),
    ("data_protection", "Le sous-traitant respecte le règlement (UE) 2016/679.", True),
    # reversibility: "make … available for download", « envoie l'historique »
    (
        "reversibility",
        "Upon any termination, the Vendor shall make all Customer records available for download.",
        True,
    ),
    (
        "reversibility",
        "À l'échéance, le prestataire envoie au client l'historique de ses mesures.",
        True,
    ),
    (
        "transparency",
        "Le Client mentionne sur son site que les réponses sont rédigées par un outil "
        "d'intelligence artificielle.",
        True,
    ),
    # performance: the verb first, the right category
    ("performance_commitment", "L'outil détecte au moins 90 % des anomalies signalées.", True),
]


@pytest.mark.parametrize(("kind", "text", "present"), FAMILIES)
def test_family(kind: str, text: str, present: bool) -> None:
    assert _present(text, kind) is present


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'outil repère au moins 90 % des anomalies.", ("recall", ">=", 0.9)),
        (
            "La proportion de demandes orientées vers la bonne équipe est d'au moins 85 %.",
            ("accuracy", ">=", 0.85),
        ),
        (
            "The labelling accuracy shall be no lower than ninety per cent (90%).",
            ("accuracy", ">=", 0.9),
        ),
    ],
)
def test_commitments(text: str, expected: tuple[str, str, float]) -> None:
    found = [(c.metric, c.comparator, c.threshold) for c in values(text).commitments]
    assert found == [expected]


def test_credit_cap_in_words_and_fees_multiple_in_brackets() -> None:
    found = values(
        "Service credits shall in no event exceed twenty percent (20%) of the monthly fees. "
        "The Supplier's total liability shall not exceed one hundred and fifty per cent (150%) of "
        "the fees paid."
    )
    assert found.credit_cap == 0.2
    assert found.liability_cap is not None and found.liability_cap["fees_multiple"] == 1.5


def test_carve_outs_written_as_inapplicable() -> None:
    found = values(
        "En aucun cas le Prestataire ne sera tenu de réparer les préjudices indirects, les "
        "stipulations du présent article ne recevant pas application en cas de faute lourde. "
        "The limitation shall not apply to breaches of the clause on personal data."
    )
    assert found.carve_outs == ["gross_fault", "personal_data"]


def test_french_term_renewal_price_and_roles() -> None:
    found = values(
        "Le marché est conclu pour douze (12) mois ; il n'est pas reconductible. Son montant "
        "s'élève à 20 000 € HT. Au sens du règlement (UE) 2024/1689, le Prestataire a la qualité "
        "de fournisseur ; le Client en est le déployeur."
    )
    assert found.term == "12m" and found.tacit_renewal is False and found.price_amount == 20000
    assert found.ai_act_roles == {"vendor": "provider", "client": "deployer"}


def test_response_and_resolution_from_a_priority_table() -> None:
    found = values(
        "## Support\n\n| Priorité | Délai de prise en compte | Délai de résolution |\n"
        "|---|---|---|\n| Bloquant | 1 heure | 6 heures |\n| Majeur | 4 heures | 2 jours |\n"
    )
    assert (found.response_hours, found.resolution_hours) == (1, 6)


def test_a_table_without_time_columns_gives_no_times() -> None:
    found = values("| Prestation | Prix |\n|---|---|\n| Conseil | 2 heures |\n")
    assert found.response_hours is None and found.resolution_hours is None


@pytest.mark.parametrize(
    ("kind", "text", "present"),
    [
        # this document's own general terms are not another document
        (
            "penalties",
            "Les pénalités de retard des présentes conditions générales sont de 50 € par jour.",
            True,
        ),
        # a non-binding figure does not negate the other kinds of its paragraph
        (
            "service_levels",
            "Le service est disponible 99,5 % du mois. L'objectif de précision de 90 % est "
            "donné à titre indicatif.",
            True,
        ),
        # a lead-in label stays positive when the body does the clause
        ("acceptance_testing", "c) Recette. Le Client prononce la réception sous 15 jours.", True),
        # a label alone, with a body about something else, stays what it says
        ("confidentiality", "d) Confidentialité. Chaque partie garde secrètes ces données.", True),
    ],
)
def test_guards(kind: str, text: str, present: bool) -> None:
    assert _present(text, kind) is present
