"""Wording families spelled out at length (metrics far from their comparator, intervention
and restoration times, carve-outs of several numbered clauses): sentences written for these tests, not taken from any corpus, each family with a negative."""

from __future__ import annotations

import pytest

from tests.contract.snippets import HEAD, HEAD_EN, values
from tests.contract.snippets import present as _present

PERFORMANCE: list[tuple[str, str, tuple[str, str, float] | None]] = [
    # an error « en pourcentage » written out in full, far from its threshold
    (
        "The weighted absolute percentage error of the weekly demand forecasts for each depot, "
        "computed against the quantities actually shipped during the quarter, shall not exceed "
        "eighteen per cent (18%).",
        HEAD_EN,
        ("wape", "<=", 0.18),
    ),
    (
        "L'erreur absolue moyenne en pourcentage des prévisions de consommation établies la "
        "veille pour chaque poste source, rapprochées des relevés de comptage, ne dépasse pas "
        "douze pour cent (12 %).",
        HEAD,
        ("mape", "<=", 0.12),
    ),
    # an area under a curve, named in full
    (
        "The scoring engine shall reach an area under the ROC curve of not less than 0.75 on "
        "the reserved test portfolio.",
        HEAD_EN,
        ("auc", ">=", 0.75),
    ),
    (
        "L'aire sous la courbe ROC du modèle, mesurée sur l'échantillon témoin, n'est pas "
        "inférieure à 0,82.",
        HEAD,
        ("auc", ">=", 0.82),
    ),
    # a share of requests answered within a time: a latency percentile
    (
        "The platform shall answer ninety-five per cent (95%) of requests in less than 300 "
        "milliseconds over each month.",
        HEAD_EN,
        ("latency_p95", "<", 300.0),
    ),
    # items wrongly set aside: a false-positive rate
    (
        "La part des colis conformes écartés à tort par le trieur n'excède pas trois pour cent "
        "(3 %).",
        HEAD,
        ("fpr", "<=", 0.03),
    ),
    # one group's rate over another's: an impact ratio
    (
        "Le rapport entre le taux d'entretiens proposés aux candidates et ce même taux pour "
        "les candidats ne peut être inférieur à 0,85.",
        HEAD,
        ("disparate_impact_ratio", ">=", 0.85),
    ),
    # an alert raised for a share of the cases: a recall
    (
        "The monitoring service shall raise an alert for at least ninety per cent (90%) of the "
        "fraudulent payments in the audit sample.",
        HEAD_EN,
        ("recall", ">=", 0.9),
    ),
    # a judgement of correctness (the anchor words now include « exact »)
    (
        "Au moins quatre-vingt-quinze pour cent (95 %) des fiches sont jugées exactes par le "
        "contrôleur du Client.",
        HEAD,
        ("accuracy", ">=", 0.95),
    ),
]


@pytest.mark.parametrize(("text", "head", "expected"), PERFORMANCE)
def test_performance_families(text: str, head: str, expected: tuple[str, str, float]) -> None:
    found = values(text, head).commitments
    assert _present(text, "performance_commitment", head)
    assert [(c.metric, c.comparator, c.threshold) for c in found] == [expected]


NEGATIVES: list[tuple[str, str]] = [
    # the same words with no commitment
    ("The report shall state the weighted absolute percentage error of each forecast.", HEAD_EN),
    ("L'aire sous la courbe ROC est indiquée dans le rapport mensuel.", HEAD),
    ("Le rapport entre les parties est régi par le présent contrat pendant 12 mois.", HEAD),
    (
        "The Supplier shall answer requests from the Customer's staff within 2 business days.",
        HEAD_EN,
    ),
    ("Les colis écartés à tort sont remis en circulation sous 24 heures.", HEAD),
    ("The service may raise an alert for any payment above 10,000 dollars.", HEAD_EN),
    ("Aucun taux d'exactitude n'est garanti ; 95 % des fiches sont relues par le Client.", HEAD),
]


@pytest.mark.parametrize(("text", "head"), NEGATIVES)
def test_performance_negatives(text: str, head: str) -> None:
    assert not _present(text, "performance_commitment", head)


KINDS: list[tuple[str, str, str, bool]] = [
    # audit: a party permits another (and a long list of auditors) to examine its records
    (
        "audit_rights",
        "The Vendor shall permit the Customer, its internal audit team, its statutory auditors and "
        "any supervisory authority to inspect the Vendor's books and systems on reasonable notice.",
        HEAD_EN,
        True,
    ),
    (
        "audit_rights",
        "Le Prestataire autorise le Client, ses commissaires aux comptes et toute autorité de "
        "tutelle à contrôler les registres relatifs aux prestations.",
        HEAD,
        True,
    ),
    (
        "audit_rights",
        "Le Client peut procéder à des contrôles sur pièces et sur place.",
        HEAD,
        True,
    ),
    (
        "audit_rights",
        "The Vendor shall not permit any third party to inspect the Customer's records.",
        HEAD_EN,
        False,
    ),
    (
        "audit_rights",
        "The portal shall allow users to upload their documents.",
        HEAD_EN,
        False,
    ),
    # transparency: people told that an algorithm is used
    (
        "transparency",
        "La Mairie informe les usagers, sur le portail et aux guichets, que l'ordre de traitement "
        "des demandes peut être établi par un traitement algorithmique.",
        HEAD,
        True,
    ),
    (
        "transparency",
        "The Bank shall inform each applicant, before the application is submitted, that an "
        "algorithmic model contributes to the assessment.",
        HEAD_EN,
        True,
    ),
    (
        "transparency",
        "Le Prestataire informe le Client que la facture est disponible en ligne.",
        HEAD,
        False,
    ),
    # warranty of conformity: « garantit que … conforme », defects remedied free of charge
    (
        "warranty_conformity",
        "Le Vendeur garantit que le capteur est conforme au cahier des charges pendant douze mois.",
        HEAD,
        True,
    ),
    (
        "warranty_conformity",
        "Le Prestataire corrige gratuitement toute anomalie signalée dans les trente (30) jours "
        "suivant la livraison.",
        HEAD,
        True,
    ),
    (
        "warranty_conformity",
        "The Contractor shall remedy free of charge any defect notified within ninety (90) days "
        "of delivery.",
        HEAD_EN,
        True,
    ),
    (
        "warranty_conformity",
        "Le Prestataire corrige les anomalies selon le tarif en vigueur.",
        HEAD,
        False,
    ),
    # acceptance: admission, adjournment or refusal; acceptance or rejection within a period
    (
        "acceptance_testing",
        "Le pouvoir adjudicateur procède aux vérifications d'aptitude dans un délai de vingt jours.",
        HEAD,
        True,
    ),
    (
        "acceptance_testing",
        "L'Établissement prononce la mise en service, l'ajournement ou le refus du logiciel.",
        HEAD,
        True,
    ),
    (
        "acceptance_testing",
        "The Buyer shall notify its acceptance or rejection of each release within ten days.",
        HEAD_EN,
        True,
    ),
    (
        "acceptance_testing",
        "Le Client peut refuser toute modification du planning.",
        HEAD,
        False,
    ),
    # reversibility: data exported after the end
    (
        "reversibility",
        "À la fin du contrat, quelle qu'en soit la cause, le Client peut récupérer ses fichiers "
        "pendant soixante jours.",
        HEAD,
        True,
    ),
    (
        "reversibility",
        "For sixty (60) days after this contract ends, the Customer may export all its records.",
        HEAD_EN,
        True,
    ),
    (
        "reversibility",
        "The Customer may export reports in PDF at any time.",
        HEAD_EN,
        False,
    ),
    # human oversight: output advisory, decision by a person
    (
        "human_oversight",
        "Risk scores are indications only and shall never block a payment by themselves.",
        HEAD_EN,
        True,
    ),
    (
        "human_oversight",
        "No claim shall be refused on the basis of the triage score alone.",
        HEAD_EN,
        True,
    ),
    (
        "human_oversight",
        "Each flag is reviewed by a member of the Insurer's fraud team, who may clear or escalate "
        "it.",
        HEAD_EN,
        True,
    ),
    (
        "human_oversight",
        "Claims are decided on the basis of the triage score alone, without human review.",
        HEAD_EN,
        False,
    ),
    # force majeure: events beyond a party's control; not an SLA exclusion
    (
        "force_majeure",
        "Neither of us is liable for any delay caused by an event beyond our reasonable control.",
        HEAD_EN,
        True,
    ),
    (
        "force_majeure",
        "The service shall be available 99.5% of the time, excluding downtime caused by force "
        "majeure.",
        HEAD_EN,
        False,
    ),
    # liability exclusion, plain language
    (
        "liability_exclusion",
        "Neither of us is liable to the other for any consequential loss.",
        HEAD_EN,
        True,
    ),
    ("liability_exclusion", "Neither of us is liable to pay the other's costs.", HEAD_EN, False),
    # warranty exclusion: no party gives a warranty
    (
        "warranty_exclusion",
        "Neither party gives any warranty as to the completeness of the shared images.",
        HEAD_EN,
        True,
    ),
    # insurance: nothing requires a party to insure
    (
        "insurance",
        "Nothing in this agreement requires the Provider to take out any specific insurance.",
        HEAD_EN,
        False,
    ),
    # penalties: credits in plain language; a label with nothing; credits set in another document
    ("penalties", "We will credit you with ten per cent (10%) of the monthly fee.", HEAD_EN, True),
    ("penalties", "9. Service Credits. None.", HEAD_EN, False),
    ("penalties", "Pénalités : néant.", HEAD, False),
    (
        "penalties",
        "Service credits, if any, are set out in the applicable order form.",
        HEAD_EN,
        False,
    ),
    # service levels: intervention on site and restoration within hours
    (
        "service_levels",
        "Un agent du Prestataire intervient sur place dans un délai de deux (2) heures.",
        HEAD,
        True,
    ),
    (
        "service_levels",
        "L'équipement est remis en service dans un délai de huit (8) heures après la panne.",
        HEAD,
        True,
    ),
    ("service_levels", "L'agent intervient sur place à la demande du Client.", HEAD, False),
]


@pytest.mark.parametrize(("kind", "text", "head", "present"), KINDS)
def test_kind_families(kind: str, text: str, head: str, present: bool) -> None:
    assert _present(text, kind, head) is present


def test_intervention_and_restoration_times() -> None:
    found = values(
        "Un agent du Prestataire intervient sur place dans un délai de deux (2) heures et "
        "l'équipement est remis en service dans un délai de huit (8) heures."
    )
    assert (found.response_hours, found.resolution_hours) == (2.0, 8.0)


VALUES: list[tuple[str, str, str, object]] = [
    # Indian digit grouping (lakh, crore) and the rupee
    (
        "The Client shall pay the Contractor a total price of INR 3,25,50,000 (Rupees Three Crore "
        "Twenty-Five Lakh Fifty Thousand only).",
        HEAD_EN,
        "price_amount",
        32_550_000.0,
    ),
    (
        "The fees are Rs. 12,40,000 for the first year.",
        HEAD_EN,
        "price_amount",
        1_240_000.0,
    ),
    # a label naming the price, then the sum
    ("**4. Fees.** NZD 84,000 per year, invoiced quarterly.", HEAD_EN, "price_amount", 84_000.0),
    # a percentage of the fees paid over months: a multiple of the fees
    (
        "The Supplier's total liability shall not exceed two hundred per cent (200%) of the fees "
        "paid in the twelve (12) months before the claim.",
        HEAD_EN,
        "liability_cap",
        {"fees_multiple": 2.0},
    ),
    # governing laws
    ("This contract is governed by the laws of India.", HEAD_EN, "governing_law", "IN"),
    ("This agreement is governed by New Zealand law.", HEAD_EN, "governing_law", "NZ"),
    # credit caps
    (
        "Service credits shall not in any quarter exceed twelve per cent (12%) of the fees.",
        HEAD_EN,
        "credit_cap",
        0.12,
    ),
    (
        "Le Client reçoit un avoir de 2 % par heure, sans que le total des avoirs puisse dépasser "
        "quinze pour cent (15 %) de la redevance.",
        HEAD,
        "credit_cap",
        0.15,
    ),
    # a payment term, not a loan "past due"
    (
        "Loans ninety days past due are written off. Each invoice shall be paid within thirty "
        "(30) days.",
        HEAD_EN,
        "payment_days",
        30,
    ),
    # a contract term, not how long a secret is kept
    (
        "Le Prestataire tient secrètes les informations du Client pendant cinq (5) ans. Le contrat "
        "est conclu pour une durée initiale de deux (2) ans.",
        HEAD,
        "term",
        "24m",
    ),
    # response time: « prend en charge … dans un délai de trente minutes »
    (
        "Le Prestataire prend en charge toute panne bloquante signalée par le Client dans un délai "
        "de quinze (15) minutes.",
        HEAD,
        "response_hours",
        0.25,
    ),
]


@pytest.mark.parametrize(("text", "head", "field", "expected"), VALUES)
def test_spelled_out_values(text: str, head: str, field: str, expected: object) -> None:
    found = getattr(values(text, head), field)
    if isinstance(expected, dict):
        assert found is not None
        assert {k: found[k] for k in expected} == expected
    else:
        assert found == expected


def test_notice_to_end_wins_over_an_audit_notice() -> None:
    body = (
        "The Customer may audit the Supplier on fifteen (15) days' notice.\n\n"
        "If a force majeure event lasts more than ninety (90) days, either party may terminate by "
        "written notice.\n\n"
        "The Customer may end this agreement for convenience by giving not less than two (2) "
        "months' written notice."
    )
    assert values(body, HEAD_EN).notice == "2m"


def test_carve_outs_of_several_numbered_clauses() -> None:
    body = (
        "## 5. Confidentiality\n\nEach party keeps the other's information confidential.\n\n"
        "## 6. Liability\n\n6.1 The Supplier's liability shall not exceed EUR 100,000.\n\n"
        "6.2 The limitation in Clause 6.1 shall not apply to a breach of Clause 4 or Clause 5.\n\n"
        "6.3 Clause 6.1 does not limit liability for fraud."
    )
    assert set(values(body, HEAD_EN).carve_outs) >= {"confidentiality", "fraud"}


def test_a_label_with_nothing_negates_only_that_paragraph() -> None:
    body = "7. Service Credits. None.\n\nThe Supplier shall credit the Customer with 5% of the fee."
    assert _present(body, "penalties", HEAD_EN)
