"""Labels of the facts law II reads, and the questions it asks for the missing ones.

Shared by the AI Act, consumer, product-liability and strategy rules, so that the same fact
is described the same way everywhere (French first, English available).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from recours.law.context import Context
from recours.law.engine import FactUse, MissingFact

A = "ai_system.ai_act."

LABELS: dict[str, tuple[str, str]] = {
    A + "annex_iii_area": ("point de l'annexe III (« none » si aucun)", "Annex III point ('none' if none)"),
    A + "annex_i_product": ("composant de sécurité d'un produit de l'annexe I",
                            "safety component of an Annex I product"),
    A + "prohibited_practice": ("pratique interdite alléguée (art. 5(1))",
                                "alleged prohibited practice (art. 5(1))"),
    A + "profiling_of_natural_persons": ("profilage de personnes physiques",
                                         "profiling of natural persons"),
    A + "narrow_procedural_task": ("tâche procédurale étroite (art. 6(3)(a))",
                                   "narrow procedural task (art. 6(3)(a))"),
    A + "interacts_with_persons": ("interagit directement avec des personnes physiques",
                                   "interacts directly with natural persons"),
    A + "generates_synthetic_content": ("génère des contenus synthétiques",
                                        "generates synthetic content"),
    A + "general_purpose_model": ("modèle d'IA à usage général", "general-purpose AI model"),
    A + "client_put_name_or_trademark": ("le client a apposé son nom ou sa marque",
                                         "the client put its name or trademark on it"),
    A + "client_substantial_modification": ("le client a apporté une modification substantielle",
                                            "the client made a substantial modification"),
    A + "client_changed_intended_purpose": ("le client a modifié la destination",
                                            "the client changed the intended purpose"),
    A + "contract_requires_compliance": ("le contrat exige la conformité à l'AI Act",
                                         "the contract requires AI Act compliance"),
    A + "deployer_is_credit_institution": ("le déployeur est un établissement de crédit",
                                           "the deployer is a credit institution"),
    A + "deployer_is_public_body": ("le déployeur est un organisme public",
                                    "the deployer is a public body"),
    A + "placed_on_market_on": ("date de mise sur le marché ou en service",
                                "date placed on the market or put into service"),
    A + "art_6_3_condition": (
        "quelle condition de l'art. 6(3) (a à d) le système remplit-il (« none » si aucune) ?",
        "which condition of art. 6(3) (a to d) does the system fulfil ('none' if none)?"),
    A + "fraud_detection_only": (
        "le système est-il utilisé pour détecter la fraude financière (exception de l'annexe III "
        "5(b)) ?", "is the system used to detect financial fraud (Annex III 5(b) exception)?"),
    A + "initial_provider_opted_out": (
        "le fournisseur initial a-t-il clairement précisé que son système ne doit pas être "
        "transformé en système à haut risque (art. 25(2)) ?",
        "did the initial provider clearly specify that its system is not to be changed into a "
        "high-risk system (art. 25(2))?"),
    A + "third_party_conformity_assessment": (
        "le produit exige-t-il une évaluation de conformité par un tiers (art. 6(1)(b)) ?",
        "does the product require a third-party conformity assessment (art. 6(1)(b))?"),
    "facts.ai_act_compliance_documents": (
        "le fournisseur a-t-il remis la déclaration UE de conformité, le marquage CE, "
        "l'enregistrement et la notice d'utilisation ?",
        "did the provider supply the EU declaration of conformity, CE marking, registration and "
        "instructions for use?"),
    "ai_system.provider": ("fournisseur désigné du système", "designated provider of the system"),
    "facts.goods_with_digital_elements": (
        "l'IA est-elle fournie dans un bien matériel (bien comportant des éléments numériques) ?",
        "is the AI supplied inside physical goods (goods with digital elements)?"),
    "facts.damage_to_person_or_private_property": (
        "le dommage atteint-il la personne, ou des biens ou données à usage privé ?",
        "does the damage affect the person, or property or data for private use?"),
    "facts.conformity_request_outcome": (
        "suite de la demande de mise en conformité : en attente, mise en conformité, refus, "
        "retard, inconvénient majeur, frais supportés, échec (pending, brought_into_conformity, "
        "refused, delayed, major_inconvenience, consumer_bore_costs, failed) ?",
        "outcome of the request to bring into conformity (pending, brought_into_conformity, "
        "refused, delayed, major_inconvenience, consumer_bore_costs, failed)?"),
    "facts.defect_renders_unfit": ("le défaut rend-il le système impropre à son usage ?",
                                   "does the defect make the system unfit for its use?"),
    "parties[client].kind": ("nature de l'acheteur (société, consommateur…)",
                             "kind of buyer (company, consumer…)"),
    "contract.kind": ("nature du contrat", "kind of contract"),
    "timeline.delivery": ("date de fourniture (livraison ou mise en service)",
                          "date of supply (delivery or go-live)"),
    "timeline.defect_discovery": ("date d'apparition du défaut", "date the defect appeared"),
}


def label(path: str) -> tuple[str, str]:
    base = path.split("[", 1)[0] if path.startswith("roles") else path
    return LABELS.get(path) or LABELS.get(base) or (path, path)


def uses(ctx: Context, facts: Mapping[str, object]) -> list[FactUse]:
    return [ctx.fact(path, value, *label(path)) for path, value in facts.items()]


def asks(ctx: Context, paths: Iterable[str]) -> list[MissingFact]:
    out = []
    for path in dict.fromkeys(paths):
        fr, en = label(path)
        q_fr = fr if fr.endswith("?") else f"{fr[0].upper()}{fr[1:]} : à préciser."
        q_en = en if en.endswith("?") else f"{en[0].upper()}{en[1:]}: to be stated."
        out.append(ctx.ask(path, q_fr, q_en))
    return out


_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def dfr(day: date | None) -> str:
    """« 2 décembre 2027 » (« 1er » for the first day of a month)."""
    if day is None:
        return "date inconnue"
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first}\u00a0{_MONTHS_FR[day.month - 1]}\u00a0{day.year}"


def den(day: date | None) -> str:
    """« 2 December 2027 »."""
    if day is None:
        return "unknown date"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
