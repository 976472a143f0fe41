"""Wording families added after the first run on the held-out batch ho10 (round 10): sentences
written for these tests, not taken from the corpus, each family with a negative."""

from __future__ import annotations

import pytest

from recours.contract.analysis import analyse_text
from recours.contract.reading import read_contract_bytes
from recours.contract.values import ContractValues

HEAD = "Contrat entre le Client et le Prestataire.\n\n"
HEAD_EN = "Agreement between the Customer and the Supplier.\n\n"


def _analysis(body: str, head: str):  # type: ignore[no-untyped-def]
    return analyse_text(read_contract_bytes((head + body).encode(), "c.md"), check_contract=False)


def _present(body: str, kind: str, head: str = HEAD) -> bool:
    return bool(_analysis(body, head).present[kind])


def values(body: str, head: str = HEAD) -> ContractValues:
    result: ContractValues = _analysis(body, head).values
    return result


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
