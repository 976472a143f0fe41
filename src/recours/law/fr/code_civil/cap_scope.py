"""Which breaches a liability cap covers: a limitation clause binds as written (art. 1103;
former art. 1134) and is read for what the parties meant (art. 1188): a clause on defective
performance does not reach a breach of the duty of advice, nor a failure to deliver at all."""

from __future__ import annotations

from recours.dossier import CapScope, EventType
from recours.dossier.labels import label_of_value
from recours.i18n import Lang, T
from recours.law.context import Context
from recours.law.engine import Area, Finding, Status, Strength, rule
from recours.law.fr.code_civil import clauses, non_performance

C = "fr.civil."
ADVICE = "fr.civil.1194.duty_of_advice"


def breaches_found(ctx: Context) -> list[CapScope]:
    """The kinds of breach the facts establish (or the analysis found met so far)."""
    found: list[CapScope] = []
    if ctx.has(ADVICE):
        found.append(CapScope.DUTY_OF_ADVICE)
    if non_performance.not_delivered(ctx) is not None:
        found.append(CapScope.NON_DELIVERY)
    agreed, delivered = ctx.facts.agreed_delivery_date, ctx.first(EventType.DELIVERY)
    if agreed and delivered and delivered.date > agreed:
        found.append(CapScope.DELAY)
    if ctx.evidence_state() == "breach" or (ctx.facts.defect_description and not found):
        found.append(CapScope.DEFECTIVE_PERFORMANCE)
    return found


def _words(scopes: list[CapScope], lang: Lang) -> str:
    return ", ".join(label_of_value(str(s), lang) or str(s) for s in scopes)


@rule(C + "1103.cap_scope", title=T("Portée de la clause limitative",
                                    "Scope of the limitation clause"),
      area=Area.CLAUSE, cites=(C + "1103", C + "1188", "fr.civil_anc.1134"),
      exception_to=clauses.CAP, effect="cap_set_aside", order=54)
def cap_scope(ctx: Context) -> Finding | None:
    """The cap sets aside nothing it does not cover: when every breach found lies outside
    the breaches the clause names, the cap does not apply to them."""
    cap = ctx.dossier.contract.liability_cap
    if cap is None:
        return None
    cites = ("fr.civil_anc.1134",) if ctx.former_law else (C + "1103", C + "1188")
    found = breaches_found(ctx)
    scope = list(cap.covers)
    if not scope:
        if not found:
            return None
        return ctx.make(
            conclusion=T("Portée de la clause limitative non renseignée : le plafond est tenu "
                         "pour couvrir tout manquement tant que la clause n'est pas lue.",
                         "Scope of the limitation clause not stated: the cap is taken to cover "
                         "every breach until the clause is read."),
            status=Status.PARTIAL, strength=Strength.WEAK, cites=cites,
            facts=[ctx.fact("contract.liability_cap", "present", "plafond stipulé", "stated cap")],
            missing=[ctx.ask("contract.liability_cap.covers", "Quels manquements la clause "
                             "limitative vise-t-elle (exécution défectueuse, retard, défaut de "
                             "livraison, devoir de conseil, tout manquement) ?", "Which breaches "
                             "does the limitation clause cover (defective performance, delay, "
                             "non-delivery, duty of advice, any breach)?")])
    facts = [ctx.fact("contract.liability_cap.covers", [str(s) for s in scope],
                      "manquements visés par la clause : " + _words(scope, "fr"),
                      "breaches the clause covers: " + _words(scope, "en"))]
    if not found:
        return None
    outside = [b for b in found if CapScope.ALL not in scope and b not in scope]
    facts.append(ctx.fact("facts", [str(b) for b in found], "manquements retenus : "
                          + _words(found, "fr"), "breaches found: " + _words(found, "en")))
    if outside and len(outside) == len(found):
        return ctx.make(
            conclusion=T("La clause limitative ne vise pas les manquements retenus ("
                         + _words(outside, "fr") + ") : elle s'interprète strictement et ne "
                         "s'applique pas à eux (art. 1103, 1188).", "The limitation clause does "
                         "not cover the breaches found (" + _words(outside, "en") + "): read "
                         "strictly, it does not apply to them (art. 1103, 1188)."),
            status=Status.MET, strength=Strength.ARGUABLE, facts=facts, cites=cites,
            counter=[T("Le fournisseur soutiendra que la clause, lue dans son ensemble, vise "
                       "toute responsabilité née du contrat.", "The vendor will argue the clause, "
                       "read as a whole, covers any liability under the contract.")],
            data={"outside": [str(b) for b in outside]})
    text_fr = ("Le plafond couvre les manquements retenus" + (
        f" ; il ne couvre pas : {_words(outside, 'fr')} (réparation non plafonnée de ce chef)"
        if outside else "") + ".")
    text_en = ("The cap covers the breaches found" + (
        f"; it does not cover: {_words(outside, 'en')} (damages uncapped on that head)"
        if outside else "") + ".")
    return ctx.make(conclusion=T(text_fr, text_en), status=Status.NOT_MET,
                    strength=Strength.ARGUABLE, facts=facts, cites=cites,
                    data={"outside": [str(b) for b in outside]})


FRAUD = ("fr.civil.1137", "fr.civil_anc.1116")


@rule(C + "1178.cap_falls", title=T("Nullité pour dol et clause limitative",
                                    "Nullity for fraud and the limitation clause"),
      area=Area.CLAUSE, cites=(C + "1178", C + "1137", "fr.civil_anc.1116"),
      exception_to=clauses.CAP, effect="cap_set_aside", order=55)
def cap_falls_with_contract(ctx: Context) -> Finding | None:
    """A contract annulled for fraud is deemed never to have existed (art. 1178 al. 2): its
    liability cap falls with it, and the client's damages rest on extra-contractual liability
    (al. 4). Former law: the contract is void (art. 1116 anc.), the clause with it."""
    if ctx.dossier.contract.liability_cap is None:
        return None
    met = [r for r in FRAUD if ctx.has(r)]
    if not met:
        return None
    former = met[0] == "fr.civil_anc.1116"
    cites = ("fr.civil_anc.1116",) if former else (C + "1178", C + "1137")
    return ctx.make(
        conclusion=T("Dol retenu sur les faits : le contrat annulé est censé n'avoir jamais "
                     "existé et sa clause limitative tombe avec lui ; la réparation relève de la "
                     "responsabilité extracontractuelle" + (" (art. 1116 anc.)." if former else
                                                            " (art. 1178 al. 2 et 4)."),
                     "Fraud found on the facts: the annulled contract is deemed never to have "
                     "existed and its limitation clause falls with it; damages rest on "
                     "extra-contractual liability" + (" (former art. 1116)." if former else
                                                      " (art. 1178 al. 2 and 4).")),
        status=Status.MET, strength=Strength.ARGUABLE, cites=cites,
        facts=[ctx.fact("findings", met, "dol retenu (nullité du contrat)",
                        "fraud found (contract void)")],
        pinpoints=None if former else {C + "1178": "al. 2 et 4"},
        counter=[T("Le fournisseur contestera le dol ; si la nullité n'est pas prononcée, le "
                   "plafond reste opposable.", "The vendor will contest the fraud; if nullity is "
                   "not pronounced, the cap stands.")])
