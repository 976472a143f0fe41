"""Rules: who is provider, deployer, importer or distributor (art. 3), and art. 25 shifts."""

from __future__ import annotations

from recours.dossier.system import AIActRole
from recours.i18n import T
from recours.law.context import Context
from recours.law.engine import Area, Finding, Status, Strength, rule
from recours.law.eu.ai_act import roles as r
from recours.law.eu.ai_act.tier import Tier, classify
from recours.law.eu.vocabulary import A, asks, uses

ORDER = 38
ROLE_LABELS = {
    AIActRole.PROVIDER: T("fournisseur", "provider"),
    AIActRole.DEPLOYER: T("déployeur", "deployer"),
    AIActRole.IMPORTER: T("importateur", "importer"),
    AIActRole.DISTRIBUTOR: T("distributeur", "distributor"),
    AIActRole.AUTHORISED_REPRESENTATIVE: T("mandataire", "authorised representative"),
}
_POINT = {"a": T("a apposé son nom ou sa marque", "put its name or trademark on it"),
          "b": T("a modifié substantiellement le système", "substantially modified the system"),
          "c": T("a modifié la destination du système", "changed the system's intended purpose")}


def _name(ctx: Context, pid: str | None) -> str:
    party = ctx.dossier.party(pid) if pid else None
    return party.name if party else (pid or "?")


@rule("eu.ai_act.art3", title=T("Rôles des parties au sens de l'AI Act",
                                "Roles of the parties under the AI Act"),
      area=Area.AI_ACT, cites=("eu.ai_act.art3",), order=ORDER)
def party_roles(ctx: Context) -> list[Finding]:
    """Art. 3(3) provider, 3(4) deployer: from the dossier, or inferred from the parties."""
    out = []
    for role in r.roles(ctx.dossier):
        lab = ROLE_LABELS[role.role]
        name = _name(ctx, role.party)
        inferred = T(" (déduit du dossier : à confirmer)", " (inferred from the dossier: confirm)")
        out.append(ctx.make(
            conclusion=T(f"{name} : {lab.fr}", f"{name}: {lab.en}") + (inferred if role.inferred
                                                                      else T("", "")),
            status=Status.INFO, strength=Strength.ARGUABLE if role.inferred else Strength.ESTABLISHED,
            facts=uses(ctx, role.facts), suffix=role.party,
            missing=asks(ctx, ["ai_system.ai_act.roles"]) if role.inferred else (),
            pinpoints={"eu.ai_act.art3": "3(3)" if role.role is AIActRole.PROVIDER else "3(4)"},
            data={"party": role.party, "role": str(role.role), "inferred": role.inferred}))
    return out


@rule("eu.ai_act.art25", title=T("Le déployeur devenu fournisseur (art. 25(1))",
                                 "Deployer becoming the provider (art. 25(1))"),
      area=Area.AI_ACT, cites=("eu.ai_act.art25", "eu.ai_act.art25-omnibus"), order=ORDER + 1)
def becomes_provider(ctx: Context) -> list[Finding]:
    """Art. 25(1)(a)–(c), and the initial provider's duty to cooperate (art. 25(2))."""
    d = ctx.dossier
    c = classify(d.ai_system.ai_act)
    high = c.high_risk is not None
    omnibus = ctx.on >= ctx.params["eu.ai_act.omnibus.entry_into_force"].versions[0].start
    out: list[Finding] = []
    opted_out = d.ai_system.ai_act.initial_provider_opted_out
    for shift in r.shifts(d):
        ok = high or not shift.needs_high_risk
        counter = [T("art. 25(1)(a) : sans préjudice d'une répartition contractuelle différente des "
                     "obligations", "art. 25(1)(a): without prejudice to contractual arrangements "
                     "allocating the obligations otherwise")] if shift.point == "a" else []
        client, initial = _name(ctx, shift.party), _name(ctx, shift.initial)
        facts = dict(shift.facts)
        if opted_out is not None:
            facts[A + "initial_provider_opted_out"] = opted_out
        if opted_out:
            head = T(f"{client} {_POINT[shift.point].fr} : il devient le fournisseur du système "
                     f"(art. 25(1)({shift.point})).", f"{client} {_POINT[shift.point].en}: it becomes "
                     f"the provider of the system (art. 25(1)({shift.point})).")
            tail = _opt_out(initial)
            counter.append(T("l'art. 25(2), dernière phrase, écarte le paragraphe (« This paragraph "
                             "shall not apply… » : texte anglais du JO, seul enregistré — la "
                             "version française n'est pas dans les sources vérifiées du projet) : "
                             "la portée de l'exclusion sur sa première phrase (le fournisseur "
                             "initial cesse d'être fournisseur) est à vérifier",
                             "art. 25(2), last sentence, sets the paragraph aside ('This paragraph "
                             "shall not apply…'): whether the exclusion also reaches its first "
                             "sentence (the initial provider ceases to be the provider) is to be "
                             "checked"))
        else:
            head = T(f"{client} {_POINT[shift.point].fr} : il devient le fournisseur du système "
                     f"(art. 25(1)({shift.point})) et {initial} cesse de l'être.",
                     f"{client} {_POINT[shift.point].en}: it becomes the provider of the system "
                     f"(art. 25(1)({shift.point})) and {initial} ceases to be.")
            tail = _cooperation(omnibus)
            if opted_out is None:
                counter.append(T("art. 25(2) : l'obligation de coopérer ne s'applique pas si le "
                                 "fournisseur initial a clairement exclu la transformation en "
                                 "système à haut risque",
                                 "art. 25(2): the duty to cooperate does not apply where the initial "
                                 "provider clearly excluded a change into a high-risk system"))
        asked = ([A + "annex_iii_area"] if not ok else []) + (
            [A + "initial_provider_opted_out"] if opted_out is None else [])
        out.append(ctx.make(
            conclusion=head + tail,
            status=Status.MET if ok else Status.PARTIAL,
            strength=Strength.ESTABLISHED if high else Strength.ARGUABLE,
            facts=uses(ctx, facts), suffix=shift.point, counter=counter,
            missing=asks(ctx, asked),
            cites=("eu.ai_act.art25",) + (("eu.ai_act.art25-omnibus",) if omnibus else ()),
            pinpoints={"eu.ai_act.art25": "25(2), last subparagraph"} if opted_out else None,
            data={"new_provider": shift.party, "initial_provider": shift.initial,
                  "point": shift.point, "high_risk": high,
                  "initial_provider_cooperates": None if opted_out is None else not opted_out}))
    return out


def _cooperation(omnibus: bool) -> T:
    if omnibus:
        return T(" Le fournisseur initial doit coopérer : documentation technique, limites et modes "
                 "de défaillance connus, accès technique ciblé (art. 25(2) modifié).",
                 " The initial provider must cooperate: technical documentation, known limitations "
                 "and failure modes, targeted technical access (art. 25(2) as amended).")
    return T(" Le fournisseur initial doit coopérer et fournir les informations et l'accès "
             "technique nécessaires (art. 25(2)).",
             " The initial provider must cooperate and provide the necessary information "
             "and technical access (art. 25(2)).")


def _opt_out(initial: str) -> T:
    return T(f" {initial} a clairement précisé que son système ne devait pas être transformé en "
             "système à haut risque : l'art. 25(2) ne s'applique pas, il n'est pas tenu de coopérer "
             "ni de remettre la documentation (art. 25(2), dernier alinéa).",
             f" {initial} clearly specified that its system is not to be changed into a high-risk "
             "system: art. 25(2) does not apply, it does not owe cooperation nor the hand-over of "
             "the documentation (art. 25(2), last subparagraph).")


@rule("eu.ai_act.art25-4", title=T("Accord écrit le long de la chaîne de valeur (art. 25(4))",
                                   "Written agreement along the value chain (art. 25(4))"),
      area=Area.AI_ACT, cites=("eu.ai_act.art25", "eu.ai_act.art25-omnibus"), order=ORDER + 2)
def value_chain_agreement(ctx: Context) -> Finding | None:
    """Art. 25(4): the provider and its suppliers specify information and access in writing."""
    d = ctx.dossier
    c = classify(d.ai_system.ai_act)
    if c.high_risk is None or c.has(Tier.ANNEX_III_DEROGATION):
        return None
    third = [p for p in d.parties if p.role.value == "integrator"] or None
    related = d.contract.related_contracts
    if not third and not related:
        return None
    omnibus = ctx.on >= ctx.params["eu.ai_act.omnibus.entry_into_force"].versions[0].start
    names = ", ".join(p.name for p in third or []) or ", ".join(rc.title for rc in related)
    return ctx.make(
        conclusion=T(f"Chaîne de valeur ({names}) : le fournisseur du système à haut risque et chaque "
                     "tiers qui fournit un système, des outils, services ou composants intégrés doivent "
                     "préciser par accord écrit les informations, capacités, accès technique et "
                     "assistance nécessaires (art. 25(4)). Vérifier que le contrat le fait.",
                     f"Value chain ({names}): the provider of the high-risk system and each third "
                     "party supplying a system, tools, services or components integrated in it must "
                     "specify in writing the information, capabilities, technical access and "
                     "assistance needed (art. 25(4)). Check that the contract does so."),
        status=Status.INFO, strength=Strength.ARGUABLE,
        facts=uses(ctx, {"parties[integrator]": [p.id for p in third or []],
                         "contract.related_contracts": [rc.title for rc in related]}),
        cites=("eu.ai_act.art25",) + (("eu.ai_act.art25-omnibus",) if omnibus else ()),
        pinpoints={"eu.ai_act.art25": "25(4)"},
        counter=[T("l'art. 25(4) ne vise pas les outils publiés sous licence libre (hors modèles à "
                   "usage général)", "art. 25(4) does not cover tools published under a free and "
                   "open-source licence (other than general-purpose models)")])
