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


# --- second pass on batch 6 (dev): reading and wording families


def test_decomposed_accents_and_soft_hyphens_read_as_plain_text() -> None:
    # « Pénalités » written as « Pe » + combining acute, and a soft hyphen in « mises à jour »:
    # before, no rule saw « pénalités » in such a file (the infogérance terms of batch 6)
    body = "Article 6 \u00ad Pe\u0301nalite\u0301s\n\nDes pe\u0301nalite\u0301s sont dues par heure de retard.\n"
    analysis = analyse_snippet(body)
    assert analysis.present["penalties"]
    assert "\u00ad" not in analysis.structure.sections[-1].passages[-1].text


def test_the_french_adjective_court_is_no_court() -> None:
    assert "jurisdiction" not in _kinds(
        "Article 5 – Intervention\n\nCe délai court à compter de la réception du ticket ; un "
        "contrat particulier peut prévoir des délais plus courts.\n"
    )
    assert "jurisdiction" in _kinds(
        "Article 20 – Litiges\n\nAny dispute shall be brought before the courts of Paris.\n",
    )


def test_force_majeure_as_an_item_of_excused_causes_is_no_clause() -> None:
    body = (
        "Article 6 – Pénalités\n\nAucune pénalité n'est due lorsque le retard résulte :\n\n"
        "- d'un cas de force majeure\n\n- d'une faute du Client\n"
    )
    assert "force_majeure" not in _kinds(body)
    assert "force_majeure" in _kinds(
        "Article 12 – Force majeure\n\nAucune partie n'est responsable d'un manquement causé par "
        "un cas de force majeure, tel que défini par l'article 1218 du Code civil.\n"
    )


@pytest.mark.parametrize(
    "body",
    [
        "### Le Prestataire n'est pas tenu responsable des aspects suivants :\n\n- l'état des "
        "réseaux publics ;\n\n- les logiciels installés par le Client.\n",
        "### The Provider is not responsible for:\n\n- the state of public networks;\n\n- software "
        "installed by the Client.\n",
    ],
)
def test_a_title_that_excludes_liability_for_the_items_below(body: str) -> None:
    assert "liability_exclusion" in _kinds(body)


def test_a_title_about_what_a_party_is_responsible_for_excludes_nothing() -> None:
    assert "liability_exclusion" not in _kinds(
        "### Le Prestataire est responsable des aspects suivants :\n\n- l'hébergement ;\n\n- les "
        "sauvegardes.\n"
    )


def test_no_other_warranty_than_is_an_exclusion() -> None:
    assert "warranty_exclusion" in _kinds(
        "Article 8 – Garanties\n\nLe Prestataire ne consent pas d'autre garantie que celle de "
        "la conformité du logiciel à sa documentation.\n"
    )


def test_defects_remedied_at_the_suppliers_cost_is_a_conformity_warranty() -> None:
    assert "warranty_conformity" in _kinds(
        "Article 9 – Maintenance\n\nLe Prestataire prend en charge à ses frais les corrections "
        "rendues nécessaires par un défaut de conformité ou un vice caché du logiciel.\n"
    )
    assert "warranty_conformity" not in _kinds(
        "Article 9 – Frais\n\nChaque partie supporte à ses frais ses propres déplacements.\n"
    )


def test_nominative_data_is_personal_data() -> None:
    assert "data_protection" in _kinds(
        "Article 7 – Données\n\nChacun peut demander la rectification ou la suppression des "
        "informations nominatives le concernant.\n"
    )


def test_a_response_time_given_in_the_list_after_a_lead_in() -> None:
    # « dispose d'un temps d'intervention maximum de : » then the list (the infogérance terms
    # of batch 6): before, the figure in the item was never read with its lead-in
    found = values(
        "Article 5 – Intervention\n\nEn cas d'anomalie, le Prestataire dispose d'un temps "
        "d'intervention maximum de :\n\n- 4 heures ouvrées pour une panne bloquante ;\n\n- 8 heures "
        "ouvrées pour une panne non bloquante.\n"
    )
    assert found.response_hours == 4.0
    unrelated = values(
        "Article 5 – Intervention\n\nEn cas d'anomalie, le Prestataire intervient selon les "
        "modalités suivantes :\n\n- une équipe dédiée est mobilisée.\n"
    )
    assert unrelated.response_hours is None
