"""Risk flags a lawyer must see, each tied to the articles the law engine applies."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from recours.contract.analysis import ContractAnalysis
from recours.contract.model import Detection
from recours.contract.values.liability import EXCLUSIVE_REMEDY
from recours.i18n import T

Severity = Literal["high", "medium", "low"]
_ADHESION = re.compile(r"conditions générales|terms of service|terms and conditions|CGV|CGU", re.I)
_ESSENTIAL_CARVE = re.compile(
    r"(performance|conformité|conformity|niveaux? de service|service level)"
    r".{0,80}(ne s'appliqu|do(es)? not apply|exclu)|(ne s'appliqu\w+ pas|"
    r"do(es)? not apply)[^.]{0,80}(performance|conformit|service level)",
    re.I,
)
_DEEMED = re.compile(r"réputée? (accepté|prononcé|validé)|deemed accepted", re.I)
_AI = re.compile(
    r"intelligence artificielle|\bIA\b|\bAI\b|apprentissage|machine learning|modèle|model", re.I
)
_SOLE = EXCLUSIVE_REMEDY

ARTICLE_IDS = {
    "C. civ., art. 1170": "fr.civil.1170",
    "C. civ., art. 1171": "fr.civil.1171",
    "C. civ., art. 1231-1": "fr.civil.1231-1",
    "C. civ., art. 1231-3": "fr.civil.1231-3",
    "C. civ., art. 1231-5": "fr.civil.1231-5",
    "C. civ., art. 1353": "fr.civil.1353",
    "C. civ., art. 1604": "fr.civil.1604",
    "C. civ., art. 1641": "fr.civil.1641",
    "C. civ., art. 1643": "fr.civil.1643",
    "C. civ., art. 1224": "fr.civil.1224",
    "C. civ., art. 1226": "fr.civil.1226",
    "C. com., art. L442-1": "fr.commerce.L442-1",
    "AI Act, art. 25": "eu.ai_act.art25",
    "AI Act, art. 26": "eu.ai_act.art26",
}


@dataclass(slots=True)
class RiskFlag:
    id: str
    severity: Severity
    title: T
    explanation: T
    citations: list[str]
    quotes: list[Detection] = field(default_factory=list)
    clauses: list[str] = field(default_factory=list)

    @property
    def article_ids(self) -> list[str]:
        return [ARTICLE_IDS[c] for c in self.citations if c in ARTICLE_IDS]

    def to_dict(self, lang: Literal["fr", "en"] = "fr") -> dict[str, Any]:
        return {
            "id": self.id,
            "severity": self.severity,
            "title": self.title.render(lang),
            "explanation": self.explanation.render(lang),
            "citations": self.citations,
            "article_ids": self.article_ids,
            "clauses": self.clauses,
            "quotes": [d.to_dict() for d in self.quotes],
        }


def _pos(a: ContractAnalysis, kind: str) -> list[Detection]:
    return [d for d in a.passages(kind) if not d.negated]


def risk_flags(a: ContractAnalysis) -> list[RiskFlag]:
    flags: list[RiskFlag] = []
    for rule in (
        _cap_1170,
        _adhesion_1171,
        _warranty_exclusion,
        _no_commitment,
        _no_acceptance,
        _deemed_acceptance,
        _penalty_sole_remedy,
        _no_roles,
        _no_termination,
    ):
        flag = rule(a)
        if flag is not None:
            flags.append(flag)
    return flags


def _cap_1170(a: ContractAnalysis) -> RiskFlag | None:
    caps = _pos(a, "liability_cap")
    cap = a.values.liability_cap or {}
    if not caps or not (a.values.commitments or a.present["service_levels"]):
        return None
    if any(_ESSENTIAL_CARVE.search(d.passage.text) for d in caps):
        return None
    low = (
        cap.get("months_of_fees", 99) <= 12
        or cap.get("fees_multiple", 99) <= 1
        or ("amount" in cap and (a.values.price_amount or 0) > cap["amount"])
    )
    return RiskFlag(
        "cap_may_empty_essential_obligation",
        "high" if low else "medium",
        T(
            "Plafond susceptible de vider l'obligation essentielle",
            "Cap that may empty the essential obligation",
        ),
        T(
            "Le plafond s'applique aussi au manquement aux engagements de performance ou de service, "
            "qui forment l'obligation essentielle du prestataire ; s'il en prive la substance, il est "
            "réputé non écrit.",
            "The cap also applies to a failure to meet the performance or service commitments, "
            "which are the supplier's essential obligation; if it deprives that obligation of its "
            "substance, it is deemed unwritten.",
        ),
        ["C. civ., art. 1170"],
        caps[:2],
        ["liability_cap_balanced"],
    )


def _adhesion_1171(a: ContractAnalysis) -> RiskFlag | None:
    clauses = (
        _pos(a, "liability_cap") + _pos(a, "liability_exclusion") + _pos(a, "warranty_exclusion")
    )
    if not clauses or not _ADHESION.search(a.contract.text[:3000]):
        return None
    return RiskFlag(
        "adhesion_imbalance",
        "medium",
        T(
            "Clauses limitatives dans des conditions générales",
            "Limitation clauses in standard terms",
        ),
        T(
            "Dans un contrat d'adhésion, une clause non négociable qui crée un déséquilibre "
            "significatif est réputée non écrite ; entre professionnels, le déséquilibre significatif "
            "engage aussi la responsabilité de son auteur.",
            "In a standard-form contract, a non-negotiable clause creating a significant imbalance "
            "is deemed unwritten; between businesses, significant imbalance also makes its author "
            "liable.",
        ),
        ["C. civ., art. 1171", "C. com., art. L442-1"],
        clauses[:3],
        ["liability_cap_balanced"],
    )


def _warranty_exclusion(a: ContractAnalysis) -> RiskFlag | None:
    found = _pos(a, "warranty_exclusion")
    if not found:
        return None
    return RiskFlag(
        "warranty_exclusion_professional_seller",
        "high",
        T(
            "Exclusion de garantie par un vendeur professionnel",
            "Warranty exclusion by a professional seller",
        ),
        T(
            "Le vendeur professionnel est présumé connaître les vices de la chose : la jurisprudence "
            "ne lui permet d'opposer une exclusion de la garantie des vices cachés qu'à un acheteur "
            "professionnel de la même spécialité. Vérifiez la spécialité du client (dossier : "
            "same_specialty_as_vendor).",
            "A professional seller is presumed to know the defects: case law lets it rely on an "
            "exclusion of the hidden-defects warranty only against a professional buyer of the same "
            "specialty. Check the client's specialty (dossier: same_specialty_as_vendor).",
        ),
        ["C. civ., art. 1643", "C. civ., art. 1641"],
        found[:2],
        ["warranty_conformity"],
    )


def _no_commitment(a: ContractAnalysis) -> RiskFlag | None:
    if any(c.metric != "availability" for c in a.values.commitments):
        return None
    if a.values.commitments:
        # only availability is measured: the quality of the outputs is not
        return RiskFlag(
            "no_measurable_commitment",
            "medium",
            T(
                "Seule la disponibilité est chiffrée : aucun engagement mesurable sur la qualité "
                "des résultats",
                "Only availability is measured: no measurable commitment on the quality of the "
                "outputs",
            ),
            T(
                "Le contrat chiffre la disponibilité du service, pas l'exactitude ni la qualité "
                "de ses résultats : leur non-conformité restera difficile à prouver, la charge de "
                "la preuve pesant sur celui qui réclame l'exécution.",
                "The contract measures the service's availability, not the accuracy or quality "
                "of its outputs: their non-conformity will remain hard to prove, the burden of "
                "proof lying on the party claiming performance.",
            ),
            ["C. civ., art. 1353", "C. civ., art. 1604"],
            [],
            ["performance_commitments", "reference_test_set"],
        )
    return RiskFlag(
        "no_measurable_commitment",
        "high",
        T("Aucun engagement de performance mesurable", "No measurable performance commitment"),
        T(
            "Sans métrique, seuil ni jeu de test, la non-conformité du système sera difficile à "
            "prouver : la charge de la preuve pèse sur celui qui réclame l'exécution.",
            "Without a metric, threshold and test set, the system's non-conformity will be hard to "
            "prove: the burden of proof lies on the party claiming performance.",
        ),
        ["C. civ., art. 1353", "C. civ., art. 1604"],
        [],
        ["performance_commitments", "reference_test_set"],
    )


def _no_acceptance(a: ContractAnalysis) -> RiskFlag | None:
    if a.present["acceptance_testing"]:
        return None
    return RiskFlag(
        "no_acceptance_procedure",
        "medium",
        T("Aucune procédure de recette", "No acceptance procedure"),
        T(
            "Sans recette, la date de délivrance conforme est incertaine, ce qui fragilise le point "
            "de départ de la garantie, des pénalités et des délais d'action.",
            "Without acceptance, the date of conforming delivery is uncertain, which weakens the "
            "starting point of the warranty, of penalties and of time limits.",
        ),
        ["C. civ., art. 1604"],
        [],
        ["acceptance_procedure"],
    )


def _deemed_acceptance(a: ContractAnalysis) -> RiskFlag | None:
    found = [d for d in _pos(a, "acceptance_testing") if _DEEMED.search(d.passage.text)]
    if not found:
        return None
    return RiskFlag(
        "deemed_acceptance",
        "medium",
        T("Recette tacite", "Deemed acceptance"),
        T(
            "Le silence du client vaut recette : des défauts de performance non mesurés dans le délai "
            "pourront lui être opposés comme acceptés.",
            "The client's silence counts as acceptance: performance defects not measured in time "
            "may be held against it as accepted.",
        ),
        ["C. civ., art. 1604"],
        found[:1],
        ["acceptance_procedure"],
    )


def _penalty_sole_remedy(a: ContractAnalysis) -> RiskFlag | None:
    found = [
        d for d in _pos(a, "penalties") + _pos(a, "service_levels") if _SOLE.search(d.passage.text)
    ]
    if not found:
        return None
    return RiskFlag(
        "penalties_sole_remedy",
        "medium",
        T("Pénalités présentées comme seul recours", "Credits stated as the sole remedy"),
        T(
            "Une pénalité forfaitaire peut être modérée ou augmentée par le juge si elle est "
            "manifestement dérisoire ; présentée comme seul recours, elle limite aussi la "
            "réparation et doit être lue avec le plafond de responsabilité.",
            "An agreed penalty may be reduced or increased by the court if manifestly derisory; "
            "stated as the sole remedy, it also limits compensation and must be read with the "
            "liability cap.",
        ),
        ["C. civ., art. 1231-5", "C. civ., art. 1170"],
        found[:1],
        ["service_credits"],
    )


def _no_roles(a: ContractAnalysis) -> RiskFlag | None:
    if a.present["ai_act_roles"] or not _AI.search(a.contract.text):
        return None
    return RiskFlag(
        "no_ai_act_roles",
        "medium",
        T("Rôles au titre du règlement sur l'IA non définis", "AI Act roles not defined"),
        T(
            "Le contrat ne dit pas qui est fournisseur et qui est déployeur : les obligations du "
            "règlement (UE) 2024/1689 et leur répartition restent incertaines.",
            "The contract does not say who is provider and who is deployer: the obligations of "
            "Regulation (EU) 2024/1689 and how they are shared remain uncertain.",
        ),
        ["AI Act, art. 25", "AI Act, art. 26"],
        [],
        ["ai_act_roles"],
    )


def _no_termination(a: ContractAnalysis) -> RiskFlag | None:
    if a.present["termination"]:
        return None
    return RiskFlag(
        "no_termination_clause",
        "low",
        T("Aucune clause de résiliation", "No termination clause"),
        T(
            "À défaut de clause, la résolution suppose une inexécution suffisamment grave et une "
            "notification motivée, aux risques du créancier, ou une décision de justice.",
            "Without a clause, termination requires a sufficiently serious failure and a reasoned "
            "notice at the creditor's own risk, or a court decision.",
        ),
        ["C. civ., art. 1224", "C. civ., art. 1226"],
        [],
        ["termination_for_breach"],
    )
