"""Wording families added from the batch-6 dev documents (contract6), each tested with sentences
written for the test, not quoted from the corpus, and with a negative: a reception with
reservations, a provider that helps the client take its data back, liability excluded for
listed causes (failures and outages of other services), an exclusive remedy written as « la
seule obligation d'indemnisation » / « l'unique compensation »."""

from __future__ import annotations

import pytest

from tests.contract.snippets import analyse_snippet, values


def _kinds(body: str) -> set[str]:
    present = analyse_snippet(body + "\n").present
    return {kind for kind, found in present.items() if found}


@pytest.mark.parametrize(
    "sentence",
    [
        "Article 4 – Réception\n\nDans les dix jours de la livraison, le Client accepte la "
        "version livrée ou émet des réserves motivées par écrit.",
        "Article 4 – Réception\n\nFaute de réserve dans ce délai, la maquette est considérée "
        "comme tacitement réceptionnée par le Client.",
        "Article 4 – Acceptance\n\nThe Client may raise reservations within ten days of each "
        "delivery; otherwise the delivery is tacitly accepted.",
    ],
)
def test_reception_with_reservations_is_acceptance(sentence: str) -> None:
    assert "acceptance_testing" in _kinds(sentence)


def test_a_delivery_date_alone_is_no_acceptance() -> None:
    assert "acceptance_testing" not in _kinds(
        "Article 4 – Livraison\n\nLe Prestataire livre la maquette dans les dix jours de la "
        "commande, à l'adresse du Client."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Article 9 – Arrêt du service\n\nSi le service devait fermer, le Prestataire "
        "accompagnera le Client afin qu'il soit en mesure de récupérer ses données.",
        "Article 9 – Arrêt du service\n\nIf the platform is withdrawn, the Provider will work "
        "with each client so that it is able to retrieve its data.",
    ],
)
def test_help_to_retrieve_the_data_is_reversibility(sentence: str) -> None:
    assert "reversibility" in _kinds(sentence)


def test_retrieving_data_during_the_contract_alone_is_no_reversibility() -> None:
    assert "reversibility" not in _kinds(
        "Article 9 – Sauvegardes\n\nLe Prestataire sauvegarde les données chaque nuit sur un "
        "second site."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Article 11 – Responsabilité\n\nLe Prestataire n'est pas responsable des pannes ou "
        "défaillances des réseaux de ses fournisseurs.",
        "Article 11 – Liability\n\nThe Provider is not responsible for any outages of the "
        "networks of its suppliers.",
    ],
)
def test_liability_excluded_for_listed_causes(sentence: str) -> None:
    assert "liability_exclusion" in _kinds(sentence)


def test_a_party_responsible_for_its_staff_excludes_nothing() -> None:
    assert "liability_exclusion" not in _kinds(
        "Article 11 – Personnel\n\nLe Prestataire est responsable de la formation de son "
        "personnel."
    )


def test_exclusive_remedy_written_as_sole_compensation() -> None:
    found = values(
        "Article 6 – Pénalités\n\nEn cas de retard d'intervention, des pénalités égales à 2 % du "
        "forfait mensuel par heure sont dues au Client. Ces pénalités constituent la seule "
        "obligation d'indemnisation et l'unique compensation due par le Prestataire.\n"
    )
    assert found.exclusive_remedy is True
