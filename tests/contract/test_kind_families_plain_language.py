"""Plain-language wording families, generic negations and metrics written without their names: sentences written for these tests, not taken from any corpus, each family with a negative."""

from __future__ import annotations

import pytest

from tests.contract.snippets import HEAD, HEAD_EN, values
from tests.contract.snippets import present as _present

FAMILIES: list[tuple[str, str, bool]] = [
    # human oversight: the output is only an aid, a named person decides (active voice)
    ("human_oversight", "Chaque score n'est qu'une indication pour le recruteur.", True),
    ("human_oversight", "Les recommandations constituent une aide à la décision.", True),
    ("human_oversight", "C'est votre pharmacien qui valide chaque ordonnance suggérée.", True),
    ("human_oversight", "Le chef de quai reste seul décisionnaire du tri des colis.", True),
    (
        "human_oversight",
        "Le technicien de maintenance relit et corrige chaque prédiction de panne.",
        True,
    ),
    (
        "human_oversight",
        "Aucun refus de prêt ne peut être fondé sur le seul score de l'outil.",
        True,
    ),
    ("human_oversight", "The engine suggests, but it does not decide.", True),
    (
        "human_oversight",
        "Each draft letter may be edited, changed or rejected by the supervising lawyer.",
        True,
    ),
    (
        "human_oversight",
        "A qualified veterinarian reviews every alert before any treatment is given.",
        True,
    ),
    (
        "human_oversight",
        "No grade shall be released to a student until a teacher has approved it.",
        True,
    ),
    (
        "human_oversight",
        "The final decision on each application rests with the Bank's credit officer.",
        True,
    ),
    ("human_oversight", "The final decision of the arbitral tribunal is binding.", False),
    # … a court that decides, a summary that is only a summary, an invoice checked by a clerk
    ("human_oversight", "À défaut d'accord, c'est le tribunal de Lille qui tranche.", False),
    ("human_oversight", "Le présent préambule n'est qu'un résumé des articles.", False),
    ("human_oversight", "The Supplier shall fix any defect within ten days.", False),
    (
        "human_oversight",
        "Aucune validation humaine n'est prévue : le responsable valide le score automatiquement.",
        False,
    ),
    # logging: records that keep each output with the model version, tamper-evident records
    (
        "logging",
        "Toutes les prédictions sont horodatées et conservées avec la version du modèle.",
        True,
    ),
    ("logging", "Chaque recommandation est archivée pendant cinq ans.", True),
    ("logging", "La conservation des traces d'utilisation est assurée pendant un an.", True),
    (
        "logging",
        "The Platform shall store, for each loan file, the score and the model version used.",
        True,
    ),
    ("logging", "The Supplier shall maintain a tamper-evident log of all model outputs.", True),
    ("logging", "L'historique des alertes est conservé trois ans.", True),
    # … ownership, a handed-over history, no record at all
    ("logging", "The Customer retains all rights in the uploaded data.", False),
    ("logging", "Le Prestataire ne conserve aucune trace des requêtes.", False),
    (
        "logging",
        "À la fin du contrat, le Prestataire remet l'historique des prévisions au Client.",
        False,
    ),
    # transparency: people told that an automated system is used
    (
        "transparency",
        "Le site prévient chaque candidat que l'entretien est noté par un algorithme.",
        True,
    ),
    (
        "transparency",
        "The welcome e-mail shall inform every user that the replies they receive are drafted by "
        "an automated system.",
        True,
    ),
    ("transparency", "Le Prestataire informe le Client que la livraison est reportée.", False),
    ("transparency", "The Supplier shall inform the Customer that the invoice is overdue.", False),
    # plain language (« nous » is the supplier, « vous » the customer)
    (
        "liability_cap",
        "Si nous causons un dommage, nous remboursons au maximum le prix d'une année.",
        True,
    ),
    ("liability_cap", "We will refund at most the fees you paid in the last six months.", True),
    ("liability_cap", "Nous payons la facture au plus tard le 10 du mois.", False),
    ("liability_exclusion", "Nous ne remboursons pas les pertes indirectes.", True),
    ("liability_exclusion", "We do not pay for lost profits or other indirect losses.", True),
    ("liability_exclusion", "Nous ne payons pas de frais de dossier.", False),
    (
        "warranty_exclusion",
        "Nous ne garantissons pas que l'application fonctionnera sans interruption.",
        True,
    ),
    ("warranty_exclusion", "Nous garantissons que le capteur est conforme à la notice.", False),
    ("ip_ownership", "Les modèles entraînés restent à nous ; vos photos restent à vous.", True),
    ("ip_ownership", "The dashboards you build remain yours.", True),
    ("ip_ownership", "Nous restons à vous écouter du lundi au vendredi.", False),
    (
        "reversibility",
        "Quand l'abonnement prend fin, vous pouvez récupérer vos relevés pendant un mois.",
        True,
    ),
    (
        "reversibility",
        "When the subscription ends, you can export your recordings for sixty days.",
        True,
    ),
    ("reversibility", "Vous pouvez télécharger vos relevés à tout moment.", False),
    ("governing_law", "Le droit belge s'applique au présent contrat.", True),
    ("governing_law", "Irish law governs these terms.", True),
    ("governing_law", "Le droit de rétractation s'applique pendant quatorze jours.", False),
    # audit rights: inspections on the premises
    (
        "audit_rights",
        "L'Acheteur peut procéder à des contrôles dans les locaux du Fournisseur deux fois par an.",
        True,
    ),
    (
        "audit_rights",
        "The Bank may conduct inspections of the Vendor's premises on ten days' notice.",
        True,
    ),
    (
        "audit_rights",
        "Le Fournisseur ne pourra en aucun cas procéder à des contrôles dans les locaux de "
        "l'Acheteur.",
        False,
    ),
    # performance without the metric's name
    (
        "performance_commitment",
        "The tool's category shall match the reference label on at least 93% of the tickets.",
        True,
    ),
    (
        "performance_commitment",
        "Of the e-mails that the filter classifies as spam, at least 97% must be confirmed as "
        "spam by the mail team.",
        True,
    ),
    (
        "performance_commitment",
        "Among the transactions that auditors did not reject, the proportion that the model flags "
        "shall not exceed 2%.",
        True,
    ),
    (
        "performance_commitment",
        "Le détecteur repère au moins quatre-vingt-dix fuites sur cent (90 %).",
        True,
    ),
    ("performance_commitment", "The invoice shall match the purchase order.", False),
    (
        "performance_commitment",
        "Of the fees that the Customer pays, 20% are paid on signature.",
        False,
    ),
    # credits, responses, insurance, warranty with an inserted clause
    (
        "penalties",
        "The Supplier shall credit the Customer with five per cent of the monthly fee.",
        True,
    ),
    ("penalties", "The Supplier shall credit the payment to the Customer's account.", False),
    (
        "service_levels",
        "The Vendor shall respond to any critical incident (outage of the portal) within one "
        "(1) hour.",
        True,
    ),
    (
        "insurance",
        "Le Titulaire justifie, dans le mois qui suit la notification, d'une assurance de "
        "responsabilité civile.",
        True,
    ),
    (
        "warranty_conformity",
        "Le Fournisseur garantit, pendant douze (12) mois à compter de la livraison, la "
        "conformité du logiciel.",
        True,
    ),
    ("acceptance_testing", "Le Client dispose de cinq jours pour les essais de réception.", True),
]


@pytest.mark.parametrize(("kind", "text", "present"), FAMILIES)
def test_family(kind: str, text: str, present: bool) -> None:
    assert _present(text, kind) is present


@pytest.mark.parametrize(
    ("kind", "text", "head"),
    [
        # a term deferred to a later tender, talks to come, a term in a published document or in
        # the main contract, a clause of other terms said to apply
        (
            "reversibility",
            "La réversibilité et la recette seront traitées, le cas échéant, dans les documents "
            "de la consultation ultérieure.",
            HEAD,
        ),
        (
            "insurance",
            "The parties will discuss the insurance cover needed for production.",
            HEAD_EN,
        ),
        (
            "service_levels",
            "Our Service Level Agreement, available at example.com/sla, applies to paid plans.",
            HEAD_EN,
        ),
        (
            "service_levels",
            "Les niveaux de service sont régis exclusivement par le contrat principal.",
            HEAD,
        ),
        (
            "confidentiality",
            "Confidentiality: Clause 12 of the Core Terms applies.",
            HEAD_EN,
        ),
        (
            "data_protection",
            "Le présent avenant n'organise donc aucun traitement de données à caractère personnel.",
            HEAD,
        ),
        (
            "liability_exclusion",
            "The exclusion of consequential loss in the Supplier's general terms shall not apply.",
            HEAD_EN,
        ),
        (
            "service_levels",
            "The Service Level Agreement does not apply to trial accounts.",
            HEAD_EN,
        ),
    ],
)
def test_generic_negations(kind: str, text: str, head: str) -> None:
    assert not _present(text, kind, head=head)


def test_the_same_kinds_set_here_stay_present() -> None:
    assert _present("The Supplier shall keep the information in confidence.", "confidentiality")
    assert _present(
        "The Service Level Agreement in Schedule 2 applies to all plans: availability 99.5%.",
        "service_levels",
        head=HEAD_EN,
    )
    assert _present(
        "The Supplier is not liable for indirect or consequential loss.",
        "liability_exclusion",
        head=HEAD_EN,
    )


def test_metrics_without_their_names() -> None:
    found = values(
        "3.1 The tool's category shall match the reference label on at least ninety-three per "
        "cent (93%) of the tickets.\n\n3.2 Of the e-mails that the filter classifies as spam, not "
        "less than 97% shall have been confirmed as spam by the mail team.\n\n3.3 Among the "
        "transactions that auditors did not reject, the proportion that the model flags shall "
        "not exceed two per cent (2%).\n",
        head=HEAD_EN,
    )
    assert [(c.metric, c.comparator, c.threshold) for c in found.commitments] == [
        ("accuracy", ">=", 0.93),
        ("precision", ">=", 0.97),
        ("fpr", "<=", 0.02),
    ]


def test_a_recall_written_as_so_many_out_of_a_hundred() -> None:
    found = values("Le détecteur repère au moins quatre-vingt-dix fuites sur cent (90 %).\n")
    assert [(c.metric, c.threshold) for c in found.commitments] == [("recall", 0.9)]


@pytest.mark.parametrize(
    ("text", "head", "field", "expected"),
    [
        ("The Customer shall pay an annual fee of CAD 125,000.", HEAD_EN, "price_amount", 125000),
        ("The Customer shall pay a fee of SGD 42,500 per year.", HEAD_EN, "price_amount", 42500),
        ("Total contract value: GBP 98,000 excluding VAT.", HEAD_EN, "price_amount", 98000),
        (
            "Son montant est de cinquante mille euros hors taxes (50 000 € HT).",
            HEAD,
            "price_amount",
            50000,
        ),
        ("L'abonnement dure deux (2) ans à compter de la commande.", HEAD, "term", "24m"),
        (
            "Vous pouvez arrêter à chaque échéance en nous prévenant deux (2) mois avant.",
            HEAD,
            "notice",
            "2m",
        ),
        ("Le contrat ne se renouvelle pas tacitement.", HEAD, "tacit_renewal", False),
        ("Aucune reconduction tacite n'est possible.", HEAD, "tacit_renewal", False),
        (
            "Any extension requires a written amendment signed by both parties.",
            HEAD_EN,
            "tacit_renewal",
            False,
        ),
        (
            "The Supplier may cancel this Agreement on ninety (90) days' notice. The Customer may "
            "inspect the records on five (5) days' notice.",
            HEAD_EN,
            "notice",
            "90d",
        ),
        (
            "The Supplier shall acknowledge a Severity 1 incident within fifteen (15) minutes and "
            "provide a workaround within six (6) hours.",
            HEAD_EN,
            "resolution_hours",
            6,
        ),
        (
            "The Vendor shall respond to a Priority 1 incident (the portal is down or shows wrong "
            "balances to every user) within three (3) hours of its report.",
            HEAD_EN,
            "response_hours",
            3,
        ),
        (
            "Le taux de disponibilité mensuel du portail, mesuré par l'outil de supervision de "
            "l'Acheteur hors maintenance, est au moins égal à quatre-vingt-dix-neuf pour cent "
            "(99 %).",
            HEAD,
            "availability",
            0.99,
        ),
        (
            "The Supplier shall credit the Buyer with one per cent (1%) of the monthly charges, "
            "the total credit in any month not to exceed five per cent (5%) of those charges.",
            HEAD_EN,
            "credit_cap",
            0.05,
        ),
        (
            "The courts of the Republic of Singapore shall have exclusive jurisdiction.",
            HEAD_EN,
            "jurisdiction",
            "singapore",
        ),
        (
            "## 15. Litiges\n\n15.1 TOUT LITIGE RELEVANT DU PRÉSENT CONTRAT SERA PORTÉ, APRÈS UNE "
            "TENTATIVE DE CONCILIATION, DEVANT LE TRIBUNAL DE COMMERCE DE ROUEN.",
            HEAD,
            "jurisdiction",
            "rouen",
        ),
    ],
)
def test_plain_language_values(text: str, head: str, field: str, expected: object) -> None:
    assert getattr(values(text + "\n", head=head), field) == expected


def test_carve_outs_named_by_the_clauses_they_lift() -> None:
    found = values(
        "## Article 8 – Responsabilité\n\n8.1 La responsabilité du Fournisseur est plafonnée à "
        "50 000 €.\n\n8.2 Les stipulations de l'article 8.1 ne s'appliquent pas en cas de faute "
        "lourde ou de faute intentionnelle.\n"
    )
    assert "gross_fault" in found.carve_outs
    # the same words about a clause that is not about liability carve nothing
    other = values(
        "## Article 4 – Livraison\n\n4.1 Le Fournisseur livre en trente jours.\n\n4.2 Les "
        "stipulations de l'article 4.1 ne s'appliquent pas en cas de faute lourde du Client.\n"
    )
    assert other.carve_outs == []
