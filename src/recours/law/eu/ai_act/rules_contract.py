"""Rule: the AI Act as a contractual argument.

When the contract requires AI Act compliance, the provider's non-compliance is a contractual
non-performance (art. 1103, 1217, 1231-1 C. civ.) — once the obligations apply, or earlier if
the contract says so, and in any case when the system cannot be brought into compliance for
the contract's term. When the system cannot lawfully be used for its purpose (a prohibited
practice in force), it is unfit for the use the contract promised, whatever the contract says.
"""

from __future__ import annotations

from recours.dossier.contract import ContractKind
from recours.i18n import T
from recours.law.context import Context
from recours.law.deadlines import add_months
from recours.law.engine import Area, Finding, Status, Strength, rule
from recours.law.eu.ai_act import dates
from recours.law.eu.ai_act.tier import Tier, classify
from recours.law.eu.vocabulary import A, asks, den, dfr, uses

COMPLIANCE_DOCS = "facts.ai_act_compliance_documents"


@rule("eu.ai_act.contract", title=T("L'AI Act comme argument contractuel",
                                    "The AI Act as a contractual argument"),
      area=Area.GROUND, cites=("eu.ai_act.art16", "eu.ai_act.art26", "eu.ai_act.art5", "fr.civil.1103",
                               "fr.civil.1217", "fr.civil.1231-1", "fr.civil.1604"), order=46)
def contract_link(ctx: Context) -> Finding | None:
    """Contractual compliance clause, or a system that cannot lawfully serve its purpose."""
    d = ctx.dossier
    f = d.ai_system.ai_act
    c = classify(f)
    banned = c.get(Tier.PROHIBITED)
    if banned is not None:
        app = dates.application(ctx.params, Tier.PROHIBITED, banned.point, ctx.on)
        if app is not None and app.applies:
            return ctx.make(
                conclusion=T(f"Pratique interdite (art. 5(1)({banned.point})) applicable depuis le "
                             f"{dfr(app.date)} : le système ne peut pas être licitement utilisé pour sa "
                             "destination — défaut de conformité à l'usage convenu et inexécution.",
                             f"Prohibited practice (art. 5(1)({banned.point})) applicable since "
                             f"{den(app.date)}: the system cannot lawfully be used for its purpose — "
                             "non-conformity with the agreed use and non-performance."),
                status=Status.MET, strength=Strength.ARGUABLE, facts=uses(ctx, banned.facts),
                counter=banned.counter, params=(app.parameter,),
                cites=("eu.ai_act.art5", "fr.civil.1217")
                + (("fr.civil.1604",) if d.contract.kind is ContractKind.SALE else ()))
    high = c.high_risk
    if high is None:
        return None
    if f.contract_requires_compliance is None:
        return ctx.make(
            conclusion=T("Système à haut risque : vérifier si le contrat exige la conformité à l'AI Act "
                         "— elle ferait de toute non-conformité une inexécution contractuelle.",
                         "High-risk system: check whether the contract requires AI Act compliance — "
                         "any non-compliance would then be a contractual non-performance."),
            status=Status.PARTIAL, strength=Strength.WEAK, facts=uses(ctx, high.facts),
            missing=asks(ctx, [A + "contract_requires_compliance"]), cites=("eu.ai_act.art16",))
    if not f.contract_requires_compliance:
        return None
    return _compliance_clause(ctx, high.tier, high.point, high.facts)


def _compliance_clause(ctx: Context, tier: Tier, point: str | None,
                       facts: dict[str, object]) -> Finding:
    d = ctx.dossier
    app = dates.application(ctx.params, tier, point, ctx.on)
    facts = {**facts, A + "contract_requires_compliance": True}
    term_end = (add_months(d.contract.start_on or d.contract.concluded_on, d.contract.term_months)
                if d.contract.term_months else None)
    cap = d.contract.liability_cap
    carve = bool(cap and any("ai_act" in x for x in cap.carve_outs))
    if carve:
        facts["contract.liability_cap.carve_outs"] = list(cap.carve_outs) if cap else []
    if app is not None and app.applies:
        head = T(f"Le contrat exige la conformité à l'AI Act et les obligations du fournisseur "
                 f"s'appliquent depuis le {dfr(app.date)} : tout manquement à l'art. 16 est une "
                 "inexécution contractuelle (art. 1103, 1217, 1231-1).",
                 f"The contract requires AI Act compliance and the provider's obligations apply since "
                 f"{den(app.date)}: any breach of art. 16 is a contractual non-performance "
                 "(art. 1103, 1217, 1231-1).")
        status, strength = Status.PARTIAL, Strength.ESTABLISHED
        applied = True
    else:
        applied = False
        when = app.date if app else None
        head = T(f"Le contrat exige la conformité à l'AI Act ; les obligations du fournisseur ne "
                 f"s'appliquent qu'à compter du {dfr(when)}. D'ici là, l'argument repose sur la "
                 "rédaction de la clause (conformité « au fur et à mesure » ou dès la livraison).",
                 f"The contract requires AI Act compliance; the provider's obligations apply only "
                 f"from {den(when)}. Until then, the argument rests on the clause's wording "
                 "(compliance as obligations arise, or from delivery).")
        status, strength = Status.PARTIAL, Strength.ARGUABLE
        if term_end and when and term_end > when:
            head += T(f" Le contrat court jusqu'au {dfr(term_end)}, au-delà de cette date : un système "
                      "qui ne pourra pas être mis en conformité n'est pas apte à l'usage convenu.",
                      f" The contract runs until {den(term_end)}, beyond that date: a system that "
                      "cannot be brought into compliance is not fit for the agreed use.")
            facts["contract.term_end"] = term_end.isoformat()
    if carve:
        head += T(" Le plafond de responsabilité exclut la conformité à l'AI Act de son champ.",
                  " The liability cap carves out AI Act compliance.")
    docs = d.facts.ai_act_compliance_documents
    cites: tuple[str, ...] = ("eu.ai_act.art16", "fr.civil.1103", "fr.civil.1217", "fr.civil.1231-1")
    if docs is None:
        missing = [ctx.ask(COMPLIANCE_DOCS,
                           "Le fournisseur a-t-il remis la déclaration UE de conformité, le marquage CE, "
                           "l'enregistrement et la notice d'utilisation ?",
                           "Did the provider supply the EU declaration of conformity, CE marking, "
                           "registration and instructions for use?")]
    else:
        missing = []
        facts[COMPLIANCE_DOCS] = docs
        head, status, strength = _documents(head, docs, applied, status, strength)
        cites += ("eu.ai_act.art26",)
    return ctx.make(
        conclusion=head, status=status, strength=strength, facts=uses(ctx, facts),
        missing=missing,
        counter=[T("le fournisseur soutiendra que la clause ne vise que les obligations déjà "
                   "applicables", "the provider will argue the clause covers only obligations "
                   "already applicable")],
        params=(app.parameter,) if app else (), cites=cites,
        pinpoints={"eu.ai_act.art16": "16(g)–(i)", "eu.ai_act.art26": "26(1)"} if docs is not None
        else None,
        data={"application_date": app.date if app else None, "term_end": term_end,
              "cap_carve_out": carve, "compliance_documents": docs})


def _documents(head: T, docs: bool, applied: bool, status: Status,
               strength: Strength) -> tuple[T, Status, Strength]:
    """The provider handed over (or not) the declaration of conformity, CE marking,
    registration and instructions for use (art. 16(g)–(i); the deployer needs the instructions,
    art. 26(1))."""
    if docs:
        return (head + T(" Le fournisseur a remis la déclaration UE de conformité, le marquage CE, "
                         "l'enregistrement et la notice d'utilisation : le manquement doit être "
                         "cherché ailleurs (exigences de la section 2, art. 16(a)).",
                         " The provider supplied the EU declaration of conformity, CE marking, "
                         "registration and instructions for use: the breach must be found elsewhere "
                         "(Section 2 requirements, art. 16(a))."),
                Status.PARTIAL, Strength.ARGUABLE)
    if applied:
        return (head + T(" Le fournisseur n'a pas remis les documents de conformité (déclaration UE "
                         "de conformité, marquage CE, enregistrement : art. 16(g)–(i) ; notice "
                         "d'utilisation, dont le déployeur a besoin : art. 26(1)) : manquement "
                         "contractuel.",
                         " The provider did not supply the compliance documents (EU declaration of "
                         "conformity, CE marking, registration: art. 16(g)–(i); instructions for "
                         "use, which the deployer needs: art. 26(1)): contractual breach."),
                Status.MET, Strength.ESTABLISHED)
    return (head + T(" Le fournisseur n'a pas remis les documents de conformité (déclaration UE de "
                     "conformité, marquage CE, enregistrement, notice d'utilisation : art. 16(g)–(i), "
                     "26(1)) : à exiger dès que les obligations s'appliquent, ou plus tôt si la "
                     "clause le prévoit.",
                     " The provider has not supplied the compliance documents (EU declaration of "
                     "conformity, CE marking, registration, instructions for use: art. 16(g)–(i), "
                     "26(1)): to be demanded as soon as the obligations apply, or earlier if the "
                     "clause so provides."),
            status, strength)
