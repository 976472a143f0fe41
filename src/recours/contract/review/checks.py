"""Named checks that downgrade a checklist item from present to weak, with the reason."""

from __future__ import annotations

import re
from collections.abc import Callable

from recours.contract.analysis import ContractAnalysis
from recours.contract.values.numbers import find_durations
from recours.i18n import T

Check = Callable[[ContractAnalysis], T | None]
_EFFORTS = re.compile(
    r"s'efforce|meilleurs efforts|obligation de moyens|reasonable efforts|best efforts|"
    r"commercially reasonable|endeavou?r",
    re.I,
)
_DEEMED = re.compile(r"réputée? (accepté|prononcé|acquise?|validé)|deemed accepted|tacite", re.I)
_SOLE = re.compile(
    r"seul recours|sole (and exclusive )?remedy|libératoire|forfaitaire et définitive", re.I
)


def _texts(analysis: ContractAnalysis, kind: str) -> list[str]:
    return [d.passage.text for d in analysis.passages(kind) if not d.negated]


def roles_incomplete(a: ContractAnalysis) -> T | None:
    roles = a.values.ai_act_roles
    if "vendor" in roles and "client" in roles:
        return None
    return T("le rôle de chaque partie n'est pas indiqué", "the role of each party is not stated")


def logging_no_retention(a: ContractAnalysis) -> T | None:
    if any(find_durations(t) for t in _texts(a, "logging")):
        return None
    return T("aucune durée de conservation des journaux", "no retention period for the logs")


def no_measurable_commitment(a: ContractAnalysis) -> T | None:
    if a.values.commitments:
        return None
    return T("aucun seuil chiffré", "no figure or threshold")


def commitments_without_dataset(a: ContractAnalysis) -> T | None:
    quality = [c for c in a.values.commitments if c.metric != "availability"]
    if not quality:
        return T(
            "aucun engagement chiffré sur la qualité des résultats",
            "no figure on the quality of the outputs",
        )
    if all(c.population for c in quality):
        return None
    return T(
        "le jeu de données sur lequel la mesure se fait n'est pas défini",
        "the data set on which it is measured is not defined",
    )


def acceptance_weak(a: ContractAnalysis) -> T | None:
    if any(_DEEMED.search(t) for t in _texts(a, "acceptance_testing")):
        return T(
            "recette tacite : le silence vaut acceptation",
            "deemed acceptance: silence counts as acceptance",
        )
    if a.values.acceptance_days is None:
        return T("aucun délai de recette", "no acceptance period")
    return None


def warranty_no_duration(a: ContractAnalysis) -> T | None:
    if a.values.warranty:
        return None
    return T("durée de garantie non précisée", "warranty period not stated")


def cap_may_be_low(a: ContractAnalysis) -> T | None:
    cap = a.values.liability_cap or {}
    if cap.get("months_of_fees", 99) <= 12 or cap.get("fees_multiple", 99) < 1:
        return T(
            "plafond faible (au plus douze mois de redevances)",
            "low cap (twelve months of fees or less)",
        )
    price = a.values.price_amount
    if "amount" in cap and price and cap["amount"] < price:
        return T("plafond inférieur au prix du contrat", "cap below the contract price")
    return None


def price_incomplete(a: ContractAnalysis) -> T | None:
    if a.values.price_amount is None:
        return T("prix non trouvé", "price not found")
    if a.values.payment_days is None:
        return T("délai de paiement non trouvé", "payment period not found")
    return None


def sla_weak(a: ContractAnalysis) -> T | None:
    if any(_EFFORTS.search(t) for t in _texts(a, "service_levels")):
        return T(
            "simple obligation de moyens (« s'efforce »)", 'mere efforts ("reasonable efforts")'
        )
    if a.values.availability is None and a.values.response_hours is None:
        return T("aucun niveau chiffré", "no figure")
    if not a.present["penalties"]:
        return T("aucune pénalité ni avoir en cas de manquement", "no credit for a failure")
    return None


def best_efforts(a: ContractAnalysis) -> T | None:
    if _EFFORTS.search(a.contract.text):
        return T(
            "le contrat emploie des formules d'obligation de moyens",
            "the contract uses efforts-only wording",
        )
    return None


def sole_remedy(a: ContractAnalysis) -> T | None:
    if any(_SOLE.search(t) for t in _texts(a, "penalties") + _texts(a, "service_levels")):
        return T("pénalités présentées comme le seul recours", "credits stated as the sole remedy")
    return None


CHECKS: dict[str, Check] = {
    f.__name__: f
    for f in (
        roles_incomplete,
        logging_no_retention,
        no_measurable_commitment,
        commitments_without_dataset,
        acceptance_weak,
        warranty_no_duration,
        cap_may_be_low,
        price_incomplete,
        sla_weak,
        best_efforts,
        sole_remedy,
    )
}
