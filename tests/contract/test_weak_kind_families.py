"""Wording families of the weak kinds (transparency, logging, service levels, reversibility,
penalties), found on the held-out documents of batches 1–7 once they were moved to dev
(contract7). Each family is tested with sentences written for the test, in French and English,
not quoted from the corpus, and with a negative that keeps the kind."""

from __future__ import annotations

import pytest

from tests.contract.snippets import analyse_snippet


def _kinds(body: str) -> set[str]:
    present = analyse_snippet(body + "\n").present
    return {kind for kind, found in present.items() if found}


# --- transparency: a GDPR notice, another sense of « transparent », a word inside another word


@pytest.mark.parametrize(
    "sentence",
    [
        "Article 8 – Données\n\nL'Éditeur informe les Membres que les données à caractère "
        "personnel qui les concernent font l'objet d'un traitement automatisé, conformément à la "
        "loi Informatique et Libertés, pour la gestion des abonnements.",
        "Section 8 – Data\n\nWe inform members that their personal data undergo automated "
        "processing of personal data for the management of subscriptions.",
        "Article 8 – Navigation\n\nCertains scripts sont chargés depuis un réseau tiers afin "
        "d'offrir une expérience de navigation transparente aux visiteurs.",
        "Article 8 – Partenaires\n\nLes partenaires respectent les mêmes exigences de "
        "confidentialité et de transparence que celles de la politique de confidentialité.",
        "Section 8 – Languages\n\nThe Agency is committed to ensuring that its information is "
        "published in French and English and that both versions are of equal quality.",
        "Section 8 – Content\n\nThe licence does not extend to information that is produced "
        "by an AI feature of a partner.",
    ],
)
def test_no_ai_transparency_in_privacy_notices_or_other_senses(sentence: str) -> None:
    assert "transparency" not in _kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Article 8 – Transparence\n\nL'Éditeur informe les Membres que les réponses sont "
        "produites par un système d'intelligence artificielle.",
        "Section 8 – Transparency\n\nThe Provider shall tell each user that the answers are "
        "written by an AI system.",
    ],
)
def test_people_told_about_the_ai_stay_transparency(sentence: str) -> None:
    assert "transparency" in _kinds(sentence)


# --- logging: connection data and IP addresses kept, a register of incidents


@pytest.mark.parametrize(
    "sentence",
    [
        "Article 6 – Hébergement\n\nL'Hébergeur conserve les données de connexion des Membres "
        "pendant un an, pour répondre aux réquisitions judiciaires.",
        "Article 6 – Forum\n\nL'adresse IP de chaque message publié est enregistrée par "
        "l'Éditeur.",
        "Section 6 – Forum\n\nThe IP address of every post is logged by the Publisher.",
        "Article 6 – Suivi\n\nLe Client tient un registre des incidents constatés sur le "
        "logiciel.",
        "Section 6 – Records\n\nThe Customer shall keep a register of incidents affecting the "
        "software.",
    ],
)
def test_connection_data_ip_addresses_and_incident_registers_are_logging(sentence: str) -> None:
    assert "logging" in _kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Article 6 – Objet\n\nLe service assure la traçabilité des colis entre l'expéditeur et "
        "le destinataire.",
        "Section 6 – Purpose\n\nThe platform ensures the traceability of shipments from the "
        "warehouse to the customer.",
        "Article 6 – Mesure d'audience\n\nLe site utilise des cookies et fichiers journaux pour "
        "mesurer sa fréquentation.",
        "Section 6 – Contributions\n\nYou may contribute by blogging or commenting on our "
        "articles.",
    ],
)
def test_traceability_of_goods_analytics_cookies_and_blogging_are_no_logging(
    sentence: str,
) -> None:
    assert "logging" not in _kinds(sentence)


# --- service levels: a plan tier, an SLA accepted elsewhere, a reasonable time, a role


@pytest.mark.parametrize(
    "sentence",
    [
        "Section 3 – Plans\n\nIf you do not pay on time, we may downgrade your service level "
        "to the basic plan.",
        "Article 3 – Offres\n\nEn cas d'impayé, nous pouvons rétrograder votre niveau de "
        "service vers l'offre gratuite.",
        "Section 3 – Conditions\n\nYou must accept our service-level agreement, including the "
        "support process, before you use the forms.",
        "Article 3 – Conditions\n\nVous devez accepter l'accord sur les niveaux de service "
        "avant d'utiliser les formulaires.",
        "Section 3 – Changes\n\nThe other party will respond to the change request within a "
        "reasonable timeframe.",
        "Article 3 – Rôle\n\nLe médiateur intervient dans le cadre d'une mission de service "
        "public.",
    ],
)
def test_plan_tiers_slas_accepted_elsewhere_and_reasonable_times_are_no_service_level(
    sentence: str,
) -> None:
    assert "service_levels" not in _kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Article 3 – Interventions\n\nLes interventions auront lieu dans les vingt-quatre "
        "heures de l'appel du Client.",
        "Article 3 – Interventions\n\nLe dépannage a lieu dans les 8 heures suivant le "
        "signalement.",
        "Section 3 – Support\n\nOn-site visits take place within 24 hours of the Customer's "
        "call.",
    ],
)
def test_an_intervention_within_hours_of_the_call_is_a_service_level(sentence: str) -> None:
    assert "service_levels" in _kinds(sentence)


# --- reversibility: the client exports its data, data returned or destroyed, content returned


@pytest.mark.parametrize(
    "sentence",
    [
        "Article 5 – Données\n\nÀ tout moment, le Client peut exporter ses données depuis son "
        "espace.",
        "Section 5 – Data\n\nYou can export your data at any time from the settings page.",
        "Section 5 – End\n\nWhen this agreement ends, the Processor shall return or destroy all "
        "health records it holds.",
        "Article 5 – Fin\n\nÀ la fin du contrat, le Prestataire s'engage à restituer ou détruire "
        "les fichiers du Client.",
        "Article 5 – Compte\n\nLa fermeture du compte entraîne la restitution de tout le contenu "
        "de l'Utilisateur.",
        "Article 5 – Fin\n\nEn cas de non-renouvellement par le Prestataire, le Client pourra "
        "obtenir le code source de l'application.",
    ],
)
def test_data_exported_returned_or_handed_over_is_reversibility(sentence: str) -> None:
    assert "reversibility" in _kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Article 5 – Sauvegarde\n\nLe Prestataire sauvegarde le contenu chaque nuit.",
        "Section 5 – Confidentiality\n\nOn request, the Recipient will return or destroy the "
        "Discloser's Confidential Information.",
        "Article 5 – Confidentialité\n\nÀ la fin du contrat, chaque partie doit restituer ou "
        "détruire les informations confidentielles de l'autre.",
    ],
)
def test_a_backup_or_confidential_information_returned_is_no_reversibility(sentence: str) -> None:
    assert "reversibility" not in _kinds(sentence)


# --- penalties: a late-payment penalty of the client, legal sanctions


@pytest.mark.parametrize(
    "sentence",
    [
        "Article 7 – Paiement\n\nTout retard de paiement entraîne une pénalité de retard égale à "
        "trois fois le taux de l'intérêt légal.",
        "Article 7 – Paiement\n\nCette pénalité est calculée sur la somme restant due.",
        "Section 7 – Copyright\n\nInfringing content may expose you to civil and criminal "
        "penalties.",
    ],
)
def test_late_payment_and_legal_sanctions_are_no_penalty_clause(sentence: str) -> None:
    assert "penalties" not in _kinds(sentence)


def test_a_provider_penalty_stays_a_penalty() -> None:
    assert "penalties" in _kinds(
        "Article 7 – Pénalités\n\nTout retard d'intervention du Prestataire donne lieu à une "
        "pénalité de 100 euros par heure."
    )


# --- audit: books and records made available to the other party


@pytest.mark.parametrize(
    "sentence",
    [
        "Section 9 – Records\n\nOn reasonable request, the Vendor will make its books and "
        "records on this agreement available to the Customer.",
        "Article 9 – Contrôle\n\nLe Prestataire tient ses registres à la disposition du Client "
        "pour toute vérification de conformité.",
    ],
)
def test_books_and_records_made_available_are_an_audit_right(sentence: str) -> None:
    assert "audit_rights" in _kinds(sentence)


# --- warranty excluded in modal words, liability disclaimed for content, accounts closed


@pytest.mark.parametrize(
    "sentence",
    [
        "Article 10 – Garanties\n\nL'Éditeur ne peut pas garantir un accès continu à la "
        "plateforme.",
        "Article 10 – Garanties\n\nLa Société n'est pas en mesure de garantir la continuité du "
        "service.",
        "Article 10 – Garanties\n\nNous n'apportons aucune garantie quant à la fiabilité des "
        "fiches publiées.",
        "Article 10 – Garanties\n\nDans les limites permises par la loi, nous excluons toute "
        "forme de garantie.",
        "Section 10 – Warranty\n\nWe cannot guarantee that the maps are free of errors.",
    ],
)
def test_modal_and_no_guarantee_wordings_exclude_warranty(sentence: str) -> None:
    assert "warranty_exclusion" in _kinds(sentence)


def test_a_guarantee_given_is_no_warranty_exclusion() -> None:
    assert "warranty_exclusion" not in _kinds(
        "Article 10 – Garanties\n\nLe Prestataire garantit la conformité du logiciel pendant "
        "douze mois."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Article 11 – Responsabilité\n\nL'Agence n'assume aucune responsabilité quant à "
        "l'exactitude des liens externes.",
        "Article 11 – Responsabilité\n\nLes fiches publiées ne sauraient engager la "
        "responsabilité de l'éditeur.",
        "Article 11 – Responsabilité\n\nLa responsabilité de l'Opérateur ne pourra être "
        "recherchée du fait d'une interruption pour maintenance.",
        "Article 11 – Responsabilité\n\nL'Éditeur ne saurait être tenu responsable des contenus "
        "publiés par les usagers.",
        "Section 11 – Liability\n\nThe Agency accepts no responsibility for third-party links.",
        "Section 11 – Liability\n\nWe are not responsible for mistakes in the published "
        "tables.",
    ],
)
def test_responsibility_disclaimed_is_a_liability_exclusion(sentence: str) -> None:
    assert "liability_exclusion" in _kinds(sentence)


def test_a_party_responsible_is_no_liability_exclusion() -> None:
    assert "liability_exclusion" not in _kinds(
        "Article 11 – Responsabilité\n\nLe Prestataire est responsable des dommages causés par "
        "ses préposés."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Article 12 – Comptes\n\nL'Éditeur se réserve le droit de supprimer un compte en cas de "
        "fraude.",
        "Article 12 – Comptes\n\nL'Éditeur se réserve, sans préavis, le droit de suspendre ou "
        "fermer l'accès d'un Membre.",
        "Article 12 – Comptes\n\nL'Éditeur peut, sans préavis, fermer l'accès d'un Membre qui "
        "enfreint les présentes.",
        "Article 12 – Comptes\n\nPour résilier son inscription, le Membre en fait la demande par "
        "courriel.",
        "Article 12 – Mandat\n\nL'usager peut révoquer à tout moment un mandat qu'il a donné.",
        "Section 12 – Accounts\n\nWe may delete your account if you breach these terms.",
        "Article 12 – Fin\n\nDans ces cas, les présentes conditions seront résiliées.",
    ],
)
def test_accounts_closed_or_deleted_are_termination(sentence: str) -> None:
    assert "termination" in _kinds(sentence)


def test_a_suspension_alone_is_no_termination() -> None:
    assert "termination" not in _kinds(
        "Article 12 – Maintenance\n\nL'accès peut être suspendu pour maintenance."
    )


# --- personal data named « renseignements personnels » or health information


@pytest.mark.parametrize(
    "sentence",
    [
        "Article 13 – Renseignements\n\nLes renseignements personnels inscrits au formulaire sont "
        "protégés par le ministère.",
        "Article 13 – Renseignements\n\nLe Service respecte la Loi sur la protection des "
        "renseignements personnels.",
        "Section 13 – Health data\n\nThe Vendor will not use or disclose protected health "
        "information except as this addendum permits.",
    ],
)
def test_canadian_and_health_wordings_of_personal_data_are_data_protection(sentence: str) -> None:
    assert "data_protection" in _kinds(sentence)


def test_general_information_is_no_data_protection() -> None:
    assert "data_protection" not in _kinds(
        "Article 13 – Publications\n\nLe Service publie des renseignements généraux sur ses "
        "usages."
    )


# --- confidentiality in other senses, conformity warranties disclaimed, a scope called a limit


@pytest.mark.parametrize(
    "sentence",
    [
        "Article 14 – Suggestions\n\nLes idées que vous nous envoyez seront considérées comme non "
        "confidentielles.",
        "Section 14 – Feedback\n\nAny feedback you send shall be deemed to be non-confidential.",
        "Article 14 – Comptes\n\nLes identifiants d'accès au compte sont strictement personnels "
        "et confidentiels.",
        "Article 14 – Salons\n\nVous respectez les lois sur la confidentialité du pays où vous "
        "organisez vos salons.",
        "Article 14 – Internet\n\nNous ne pouvons pas assurer la confidentialité de ces échanges "
        "sur Internet.",
        "Section 14 – Claims\n\nUnlimited claims include a breach of Section 10 (Confidentiality) "
        "caused by gross negligence.",
    ],
)
def test_privacy_credentials_and_cross_references_are_no_confidentiality(sentence: str) -> None:
    assert "confidentiality" not in _kinds(sentence)


def test_a_duty_of_secrecy_stays_confidentiality() -> None:
    assert "confidentiality" in _kinds(
        "Article 14 – Confidentialité\n\nChaque partie garde confidentielles les informations "
        "reçues de l'autre partie."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Section 15 – Warranty\n\nThe Licensor does not warrant that the Software is free from "
        "any error.",
        "Section 15 – Warranty\n\nEach party warrants that it has the power and authority to "
        "enter into this Agreement.",
        "Article 15 – Disponibilité\n\nL'Agence garantit que le service fonctionnera 99,5 % du "
        "temps.",
    ],
)
def test_disclaimers_authority_and_uptime_are_no_conformity_warranty(sentence: str) -> None:
    assert "warranty_conformity" not in _kinds(sentence)


def test_a_conformity_warranty_stays() -> None:
    assert "warranty_conformity" in _kinds(
        "Article 15 – Garantie\n\nLe Prestataire garantit le logiciel contre tout défaut de "
        "conformité pendant douze mois."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Article 16 – Responsabilité\n\nLa responsabilité du Concédant est limitée aux "
        "engagements pris en application du contrat.",
        "Section 16 – Liability\n\nThe Licensor's liability is limited to the commitments made "
        "under this Agreement.",
    ],
)
def test_a_liability_limited_to_the_commitments_is_no_cap(sentence: str) -> None:
    assert "liability_cap" not in _kinds(sentence)


def test_a_template_comment_makes_no_clause() -> None:
    assert "service_levels" not in _kinds(
        "Section 17 – Order Form\n\n<!-- Note: add an SLA here to guarantee 99.9% uptime and "
        "service credits. -->"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Section 18 – Warranties\n\nThe Contractor warrants that the deliverables will conform "
        "to the requirements in the statement of work.",
        "Article 18 – Garanties\n\nLe Prestataire garantit que les livrables seront conformes "
        "aux spécifications.",
    ],
)
def test_deliverables_conforming_to_the_specifications_are_a_conformity_warranty(
    sentence: str,
) -> None:
    assert "warranty_conformity" in _kinds(sentence)


def test_tax_penalties_are_no_penalty_clause() -> None:
    assert "penalties" not in _kinds(
        "Section 18 – Taxes\n\nThe Contractor pays all taxes due on its fees, with any interest "
        "and penalties."
    )
