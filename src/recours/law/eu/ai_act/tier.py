"""Risk tier of an AI system under the AI Act, from the facts of the dossier.

Pure logic: facts in, :class:`Classification` out. The tiers are not exclusive (a high-risk
system may also carry transparency duties); each tier says which facts triggered it and
which facts are still missing. Articles: 5 (prohibited), 6(1) + Annex I, 6(2) + Annex III,
6(3) derogation (and its profiling override), 50 (transparency), Chapter V (general-purpose
AI models), otherwise minimal risk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from recours.dossier.system import AIActFacts, Art63Condition
from recours.errors import LawError
from recours.i18n import T
from recours.law.eu.ai_act.annexes import (
    OMNIBUS_PROHIBITIONS,
    annex_iii_code,
    parse_annex_iii,
    parse_prohibited,
)

P = "ai_system.ai_act."


class Tier(StrEnum):
    PROHIBITED = "prohibited"
    HIGH_RISK_ANNEX_I = "high_risk_annex_i"
    HIGH_RISK_ANNEX_III = "high_risk_annex_iii"
    ANNEX_III_DEROGATION = "annex_iii_derogation"  # art. 6(3): listed, but not high-risk
    TRANSPARENCY = "transparency"
    GPAI = "general_purpose_model"
    MINIMAL = "minimal"


class Strength(StrEnum):
    ESTABLISHED = "established"
    ARGUABLE = "arguable"
    WEAK = "weak"


@dataclass(frozen=True)
class TierFinding:
    tier: Tier
    point: str | None  # « 5(b) », « c », « 50(1) »
    strength: Strength
    citations: tuple[str, ...]
    facts: dict[str, object]
    missing: tuple[str, ...] = ()
    counter: tuple[T, ...] = ()


@dataclass(frozen=True)
class Classification:
    findings: tuple[TierFinding, ...]
    missing: tuple[str, ...] = field(default=())  # facts needed to decide the high-risk question

    def has(self, tier: Tier) -> bool:
        return any(f.tier == tier for f in self.findings)

    def get(self, tier: Tier) -> TierFinding | None:
        return next((f for f in self.findings if f.tier == tier), None)

    @property
    def high_risk(self) -> TierFinding | None:
        return self.get(Tier.HIGH_RISK_ANNEX_III) or self.get(Tier.HIGH_RISK_ANNEX_I)


def _bad_value(path: str, value: str, expected: T) -> LawError:
    return LawError(
        T(f"valeur inconnue « {value} » pour {path}", f"unknown value '{value}' for {path}"),
        where=path,
        fix=expected,
    )


def prohibited(f: AIActFacts) -> TierFinding | None:
    if not f.prohibited_practice:
        return None
    point = parse_prohibited(f.prohibited_practice)
    if point is None:
        raise _bad_value(P + "prohibited_practice", f.prohibited_practice,
                         T("indiquez un point de l'art. 5(1) : a à h (ou ba, bb)",
                           "give a point of art. 5(1): a to h (or ba, bb)"))
    omnibus = point.code in OMNIBUS_PROHIBITIONS
    return TierFinding(
        Tier.PROHIBITED, point.code,
        Strength.ARGUABLE,  # alleged: the conditions of the point must be proven
        ("eu.ai_act.art5",) + (("eu.ai_act.art113-omnibus",) if omnibus else ()),
        {P + "prohibited_practice": f.prohibited_practice},
        counter=(T("la pratique est alléguée : chaque condition du point invoqué doit être prouvée",
                   "the practice is alleged: every condition of the point must be proven"),),
    )


def annex_i(f: AIActFacts) -> TierFinding | None:
    """Art. 6(1): both conditions — (a) Annex I product, (b) third-party conformity assessment."""
    if not f.annex_i_product or f.third_party_conformity_assessment is False:
        return None
    facts: dict[str, object] = {P + "annex_i_product": True}
    if f.third_party_conformity_assessment:
        facts[P + "third_party_conformity_assessment"] = True
        return TierFinding(Tier.HIGH_RISK_ANNEX_I, None, Strength.ESTABLISHED, ("eu.ai_act.art6",),
                           facts)
    return TierFinding(
        Tier.HIGH_RISK_ANNEX_I, None, Strength.ARGUABLE, ("eu.ai_act.art6",), facts,
        missing=(P + "third_party_conformity_assessment",),
        counter=(T("art. 6(1)(b) : le produit doit être soumis à une évaluation de la conformité par un "
                   "tiers au titre de la législation de l'annexe I",
                   "art. 6(1)(b): the product must require a third-party conformity assessment under "
                   "the Annex I legislation"),),
    )


def annex_i_excluded(f: AIActFacts) -> bool:
    """Annex I product, but no third-party conformity assessment: art. 6(1)(b) not fulfilled."""
    return bool(f.annex_i_product) and f.third_party_conformity_assessment is False


NONE_WORDS = frozenset({"none", "aucun", "aucune", "non", "no", "-"})


def not_listed(f: AIActFacts) -> bool:
    """The user stated that the system falls under no Annex III point (« none »)."""
    return (f.annex_iii_area or "").strip().lower() in NONE_WORDS


def fraud_excepted(f: AIActFacts) -> bool:
    """Annex III 5(b) excepts systems used for the purpose of detecting financial fraud."""
    if not f.fraud_detection_only or not f.annex_iii_area or not_listed(f):
        return False
    parsed = parse_annex_iii(f.annex_iii_area)
    return parsed is not None and annex_iii_code(*parsed) == "5(b)"


def derogation_condition(f: AIActFacts) -> Art63Condition | None:
    """The art. 6(3) condition the facts show: (a) from ``narrow_procedural_task``, or the one
    given in ``art_6_3_condition`` (« none » when none is fulfilled)."""
    if f.art_6_3_condition not in (None, Art63Condition.NONE):
        return f.art_6_3_condition
    if f.narrow_procedural_task:
        return Art63Condition.A
    return f.art_6_3_condition


def derogation_facts(f: AIActFacts) -> dict[str, object]:
    facts: dict[str, object] = {}
    if f.narrow_procedural_task is not None:
        facts[P + "narrow_procedural_task"] = f.narrow_procedural_task
    if f.art_6_3_condition is not None:
        facts[P + "art_6_3_condition"] = f.art_6_3_condition.value
    return facts


def annex_iii(f: AIActFacts) -> TierFinding | None:
    if not f.annex_iii_area or not_listed(f):
        return None
    parsed = parse_annex_iii(f.annex_iii_area)
    if parsed is None:
        raise _bad_value(P + "annex_iii_area", f.annex_iii_area,
                         T("écrivez un point de l'annexe III, par ex. « 5(b) » ou « 2 »",
                           "write an Annex III point, e.g. '5(b)' or '2'"))
    if fraud_excepted(f):
        return None
    code = annex_iii_code(*parsed)
    facts: dict[str, object] = {P + "annex_iii_area": f.annex_iii_area}
    if code == "5(b)" and f.fraud_detection_only is False:
        facts[P + "fraud_detection_only"] = False
    cites = ("eu.ai_act.art6", "eu.ai_act.annex-iii")
    counter = _annex_iii_counter(code, f)
    if f.profiling_of_natural_persons:
        facts[P + "profiling_of_natural_persons"] = True
        return TierFinding(Tier.HIGH_RISK_ANNEX_III, code, Strength.ESTABLISHED, cites, facts,
                           counter=counter)
    condition = derogation_condition(f)
    facts.update(derogation_facts(f))
    if condition not in (None, Art63Condition.NONE):
        if f.profiling_of_natural_persons is False:
            facts[P + "profiling_of_natural_persons"] = False
        unknown: tuple[str, ...] = (
            (P + "profiling_of_natural_persons",) if f.profiling_of_natural_persons is None else ()
        )
        return TierFinding(Tier.ANNEX_III_DEROGATION, code, Strength.ARGUABLE, cites, facts, unknown,
                           counter=(T("la dérogation suppose aussi l'absence de risque important et une "
                                      "évaluation documentée par le fournisseur (art. 6(3) et 6(4))",
                                      "the derogation also requires no significant risk and an assessment "
                                      "documented by the provider (art. 6(3) and 6(4))"),))
    if condition is Art63Condition.NONE:
        # No condition of art. 6(3) is fulfilled: no derogation, profiling is irrelevant.
        return TierFinding(Tier.HIGH_RISK_ANNEX_III, code, Strength.ESTABLISHED, cites, facts,
                           counter=counter)
    missing = tuple(
        P + name for name, value in (("profiling_of_natural_persons", f.profiling_of_natural_persons),
                                     ("narrow_procedural_task", f.narrow_procedural_task),
                                     ("art_6_3_condition", f.narrow_procedural_task))
        if value is None
    )
    if f.profiling_of_natural_persons is not None:
        facts[P + "profiling_of_natural_persons"] = f.profiling_of_natural_persons
    strength = Strength.ESTABLISHED if not missing else Strength.ARGUABLE
    counter += (T("le fournisseur peut invoquer une autre condition de l'art. 6(3) (b) à (d)",
                  "the provider may invoke another condition of art. 6(3)(b) to (d)"),)
    return TierFinding(Tier.HIGH_RISK_ANNEX_III, code, strength, cites, facts, missing, counter)


def _annex_iii_counter(code: str, f: AIActFacts) -> tuple[T, ...]:
    if code == "5(b)" and f.fraud_detection_only is None:
        return (T("l'annexe III 5(b) excepte les systèmes utilisés pour détecter la fraude financière",
                  "Annex III 5(b) excepts systems used to detect financial fraud"),)
    return ()


def transparency(f: AIActFacts) -> list[TierFinding]:
    found = []
    if f.interacts_with_persons:
        found.append(TierFinding(Tier.TRANSPARENCY, "50(1)", Strength.ESTABLISHED, ("eu.ai_act.art50",),
                                 {P + "interacts_with_persons": True},
                                 counter=(T("sauf si c'est évident pour une personne raisonnablement informée",
                                            "unless obvious to a reasonably well-informed person"),)))
    if f.generates_synthetic_content:
        found.append(TierFinding(Tier.TRANSPARENCY, "50(2)", Strength.ESTABLISHED, ("eu.ai_act.art50",),
                                 {P + "generates_synthetic_content": True},
                                 counter=(T("sauf fonction d'assistance à l'édition standard",
                                            "except an assistive function for standard editing"),)))
    return found


def gpai(f: AIActFacts) -> TierFinding | None:
    if not f.general_purpose_model:
        return None
    return TierFinding(Tier.GPAI, None, Strength.ARGUABLE, ("eu.ai_act.art3", "eu.ai_act.art113"),
                       {P + "general_purpose_model": True},
                       counter=(T("les obligations du chapitre V ne figurent pas dans les textes vérifiés : "
                                  "à vérifier sur EUR-Lex",
                                  "Chapter V obligations are not in the verified texts: check EUR-Lex"),))


def classify(f: AIActFacts) -> Classification:
    """All tiers the facts support, and the facts still missing to settle the high-risk question."""
    found: list[TierFinding] = []
    for rule in (prohibited, annex_i, annex_iii, gpai):
        result = rule(f)
        if result is not None:
            found.append(result)
    found.extend(transparency(f))
    missing = _high_risk_missing(f)
    if not found:
        found.append(_minimal(f, missing))
    return Classification(tuple(found), missing)


def _high_risk_missing(f: AIActFacts) -> tuple[str, ...]:
    names = []
    annex_i_high = bool(f.annex_i_product) and not annex_i_excluded(f)
    if f.annex_iii_area is None and not annex_i_high:
        names.append("annex_iii_area")
    if f.annex_i_product is None and (not f.annex_iii_area or not_listed(f) or fraud_excepted(f)):
        names.append("annex_i_product")
    for name in ("prohibited_practice", "interacts_with_persons", "generates_synthetic_content",
                 "general_purpose_model"):
        if getattr(f, name) is None and name != "prohibited_practice":
            names.append(name)
    return tuple(P + n for n in names)


def _minimal(f: AIActFacts, missing: tuple[str, ...]) -> TierFinding:
    facts: dict[str, object] = {
        P + n: getattr(f, n)
        for n in ("annex_i_product", "interacts_with_persons", "generates_synthetic_content",
                  "general_purpose_model")
        if getattr(f, n) is not None
    }
    facts[P + "annex_iii_area"] = f.annex_iii_area
    if annex_i_excluded(f):
        facts[P + "third_party_conformity_assessment"] = False
    if fraud_excepted(f):
        facts[P + "fraud_detection_only"] = True
    strength = Strength.ESTABLISHED if not missing else Strength.WEAK
    return TierFinding(Tier.MINIMAL, None, strength, ("eu.ai_act.art6", "eu.ai_act.art50"), facts, missing)
