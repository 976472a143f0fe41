"""Hidden defects warranty (art. 1641–1649): conditions, exclusion clauses, remedies."""

from __future__ import annotations

from recours.dossier import EventType
from recours.errors import ParameterError
from recours.i18n import T
from recours.law import amounts, dates
from recours.law.context import Conditions, Context
from recours.law.engine import Area, Finding, Status, Strength, rule
from recours.law.fr.code_civil.kinds import sale_remedies
from recours.law.fr.procedure.prescription import hidden_defect_period

C = "fr.civil."
CASE_LAW = T("Présomption de connaissance du vice par le vendeur professionnel : jurisprudence "
             "constante, non documentée dans les sources vérifiées du projet — à vérifier avant "
             "de la citer.", "Presumption that a professional seller knows the defect: settled "
             "case law, not documented in the project's verified sources — check before citing.")


def _time_barred(ctx: Context) -> Finding | None:
    """Once the art. 1648 period has run, the warranty and its remedies are closed."""
    found = ctx.first(EventType.DEFECT_DISCOVERY)
    if found is None:
        return None
    try:
        deadline = hidden_defect_period(ctx, found.date)[0]
    except ParameterError:
        return None
    if str(deadline.status) != "expired" or deadline.end is None:
        return None
    return ctx.make(
        conclusion=T(f"Action en garantie des vices cachés prescrite (délai expiré le "
                     f"{dates.fr(deadline.end)}) : la garantie et ses sanctions (réduction du "
                     "prix, restitution, dommages et intérêts, art. 1644–1645) sont fermées ; "
                     "restent les fondements contractuels.",
                     f"Hidden-defects action time-barred (period ended on "
                     f"{dates.en(deadline.end)}): the warranty and its remedies (price "
                     "reduction, restitution, damages, art. 1644–1645) are closed; contractual "
                     "grounds remain."),
        status=Status.NOT_MET, strength=Strength.ESTABLISHED,
        facts=[ctx.fact("timeline[defect_discovery]", found.date, "découverte du vice",
                        "discovery of the defect")],
        cites=(C + "1641", C + "1648"), data={"time_barred": True})


def _warranty_open(ctx: Context) -> bool:
    return ctx.open_ground("fr.civil.1641")


def _vendor_professional(ctx: Context) -> bool | None:
    vendor = ctx.vendor
    return vendor.it_professional if vendor else None


@rule("fr.civil.1641", title=T("Garantie des vices cachés", "Hidden-defects warranty"),
      area=Area.GROUND, cites=(C + "1641", C + "1642", C + "1603", C + "1648"), order=25)
def hidden_defect(ctx: Context) -> Finding:
    """Hidden, prior to the sale, serious enough to make the system unfit for its use."""
    kind = ctx.dossier.contract.kind
    opens = sale_remedies(kind)
    kind_fact = ctx.fact("contract.kind", str(kind), "nature du contrat", "contract kind")
    if opens == "no":
        return ctx.make(conclusion=T("Garantie des vices cachés fermée : le contrat n'est pas une "
                                     "vente.", "Hidden-defects warranty closed: the contract is "
                                     "not a sale."),
                        status=Status.NOT_MET, strength=Strength.ESTABLISHED, facts=[kind_fact],
                        cites=(C + "1641",))
    f = ctx.facts
    cond = Conditions(kind_fact)
    if ctx.evidence_state() == "breach":
        cond.add(*ctx.breach_facts())
    elif f.defect_description:
        cond.add(ctx.fact("facts.defect_description", f.defect_description, "défaut allégué",
                          "alleged defect"))
    else:
        cond.ask("facts.defect_description", "Quel est le défaut constaté ?",
                 "What is the defect?")
    if f.defect_apparent_at_acceptance is not True:
        cond.check("facts.defect_apparent_at_acceptance", f.defect_apparent_at_acceptance,
                   ("défaut décelable par un acheteur diligent à la livraison (vice apparent)",
                    "defect a diligent buyer could detect at delivery (apparent defect)"),
                   ("Le défaut était-il décelable par un acheteur diligent à la livraison ?",
                    "Could a diligent buyer detect the defect at delivery?"), expected=False)
    cond.check("facts.defect_prior_to_sale", f.defect_prior_to_sale,
               ("défaut antérieur à la vente (au moins en germe)", "defect prior to the sale"),
               ("Le défaut existait-il, au moins en germe, à la livraison ?",
                "Did the defect exist, at least in germ, at delivery?"))
    cond.check("facts.defect_renders_unfit", f.defect_renders_unfit,
               ("défaut rendant le système impropre à l'usage", "defect making it unfit"),
               ("Le défaut rend-il le système impropre à son usage (ou en diminue-t-il "
                "tellement l'usage) ?", "Does the defect make the system unfit for its use?"))
    barred = _time_barred(ctx) if cond.status is not Status.NOT_MET else None
    if barred is not None:
        return barred
    strength = {Status.MET: Strength.ESTABLISHED, Status.PARTIAL: Strength.ARGUABLE,
                Status.NOT_MET: Strength.WEAK}[cond.status]
    if opens == "arguable" and strength is Strength.ESTABLISHED:
        strength = Strength.ARGUABLE
    return ctx.make(
        conclusion=T("Vice caché rendant le système impropre à l'usage auquel on le destine "
                     "(art. 1641).", "Hidden defect making the system unfit for its intended use "
                     "(art. 1641)."),
        status=cond.status, strength=strength, facts=cond.facts, missing=cond.missing,
        cites=(C + "1641",),
        counter=[T("Le fournisseur soutiendra que l'écart de performance est une non-conformité "
                   "(délivrance) et non un vice, ou qu'il était apparent.",
                   "The vendor will argue the performance gap is a non-conformity (delivery), "
                   "not a defect, or that it was apparent.")]
        + ([T("Application de la garantie de la vente à ce contrat (licence ou contrats mixtes) "
              "discutée.", "Whether the sale warranty applies to this contract (licence or mixed "
              "contracts) is debated.")] if opens != "yes" else []))


@rule("fr.civil.1642", title=T("Vice apparent", "Apparent defect"), area=Area.GROUND,
      cites=(C + "1642",), exception_to="fr.civil.1641", effect="warranty_excluded", order=26)
def apparent_defect(ctx: Context) -> Finding | None:
    """The seller is not liable for apparent defects the buyer could see for itself."""
    if ctx.facts.defect_apparent_at_acceptance is not True:
        return None
    if sale_remedies(ctx.dossier.contract.kind) == "no":
        return None
    return ctx.make(conclusion=T("Vice apparent dont l'acheteur a pu se convaincre lui-même : "
                                 "pas de garantie (art. 1642).", "Apparent defect the buyer could "
                                 "see for itself: no warranty (art. 1642)."),
                    status=Status.MET, strength=Strength.ESTABLISHED,
                    facts=[ctx.fact("facts.defect_apparent_at_acceptance", True, "vice apparent",
                                    "apparent defect")])


@rule("fr.civil.1643", title=T("Clause d'exclusion de garantie", "Warranty exclusion clause"),
      area=Area.CLAUSE, cites=(C + "1643",), order=27)
def exclusion_clause(ctx: Context) -> Finding | None:
    """A seller who did not know the defect may stipulate that he owes no warranty."""
    if ctx.dossier.contract.warranty_exclusion is not True or not _warranty_open(ctx):
        return None
    return ctx.make(conclusion=T("Clause excluant la garantie des vices cachés : opposable si le "
                                 "vendeur ignorait le vice (art. 1643).", "Clause excluding the "
                                 "hidden-defects warranty: enforceable if the seller did not know "
                                 "the defect (art. 1643)."),
                    status=Status.MET, strength=Strength.ARGUABLE,
                    facts=[ctx.fact("contract.warranty_exclusion", True, "clause d'exclusion",
                                    "exclusion clause")])


@rule("fr.civil.1643.professional_seller",
      title=T("Exclusion inopposable : vendeur de mauvaise foi ou professionnel",
              "Exclusion void: seller who knew, or professional seller"),
      area=Area.CLAUSE, cites=(C + "1643", C + "1645"), exception_to="fr.civil.1643",
      effect="exclusion_void", order=27)
def exclusion_void(ctx: Context) -> Finding | None:
    """The exclusion does not protect a seller who knew, or a professional seller."""
    if not ctx.has("fr.civil.1643"):
        return None
    knew, pro = ctx.facts.vendor_knew_defect, _vendor_professional(ctx)
    if knew is True:
        return ctx.make(conclusion=T("Le vendeur connaissait le vice : la clause d'exclusion ne le "
                                     "protège pas (art. 1643).", "The seller knew the defect: the "
                                     "exclusion does not protect him (art. 1643)."),
                        status=Status.MET, strength=Strength.ESTABLISHED,
                        facts=[ctx.fact("facts.vendor_knew_defect", True, "vendeur informé du vice",
                                        "seller knew the defect")], cites=(C + "1643",))
    if pro is True:
        return ctx.make(conclusion=T("Vendeur professionnel de l'informatique, réputé connaître "
                                     "les vices : clause d'exclusion inopposable (art. 1643, "
                                     "1645).", "IT professional seller, held to know the defects: "
                                     "exclusion clause unenforceable (art. 1643, 1645)."),
                        status=Status.MET, strength=Strength.ARGUABLE, caveats=[CASE_LAW],
                        uncertain=True,
                        facts=[ctx.fact("parties[vendor].it_professional", True,
                                        "vendeur professionnel", "professional seller")])
    return ctx.make(conclusion=T("Connaissance du vice par le vendeur à établir.",
                                 "The seller's knowledge of the defect is to be established."),
                    status=Status.PARTIAL, strength=Strength.WEAK,
                    facts=[ctx.fact("contract.warranty_exclusion", True, "clause d'exclusion",
                                    "exclusion clause")],
                    missing=[ctx.ask("facts.vendor_knew_defect", "Le vendeur connaissait-il le "
                                     "vice ?", "Did the seller know the defect?"),
                             ctx.ask("parties[vendor].it_professional", "Le vendeur est-il un "
                                     "professionnel de l'informatique ?", "Is the seller an IT "
                                     "professional?")])


@rule("fr.civil.1643.same_specialty",
      title=T("Acheteur professionnel de même spécialité", "Buyer of the same specialty"),
      area=Area.CLAUSE, cites=(C + "1643",), exception_to="fr.civil.1643.professional_seller",
      effect="exclusion_effective", order=28)
def same_specialty(ctx: Context) -> Finding | None:
    """Between professionals of the same specialty the exclusion stays enforceable."""
    client = ctx.client
    if client is None or client.same_specialty_as_vendor is not True:
        return None
    if ctx.facts.vendor_knew_defect is True or not ctx.has("fr.civil.1643.professional_seller"):
        return None
    return ctx.make(conclusion=T("Acheteur professionnel de même spécialité que le vendeur : la "
                                 "clause d'exclusion lui reste opposable (art. 1643) sauf "
                                 "connaissance effective du vice.", "Buyer of the same specialty "
                                 "as the seller: the exclusion remains enforceable (art. 1643) "
                                 "unless the seller actually knew the defect."),
                    status=Status.MET, strength=Strength.ARGUABLE, caveats=[CASE_LAW],
                    uncertain=True,
                    facts=[ctx.fact("parties[client].same_specialty_as_vendor", True,
                                    "même spécialité", "same specialty")])


@rule("fr.civil.1644", title=T("Action rédhibitoire ou estimatoire",
                               "Return of the thing or reduction of the price"),
      area=Area.REMEDY, cites=(C + "1644",), order=60)
def warranty_choice(ctx: Context) -> Finding | None:
    """The buyer chooses: return the thing and recover the price, or keep it and a part."""
    if not _warranty_open(ctx):
        return None
    paid, _, cur = ctx.price_paid()
    if paid:
        what = T(f"le prix ({amounts.fr(paid, cur)} payés)", f"the price ({amounts.en(paid, cur)} paid)")
    else:  # no payment recorded: never "0.00 paid" for a price the buyer may have paid
        what = T("le prix payé (aucun paiement n'est daté au dossier : à justifier)",
                 "the price paid (no payment is dated in the case file: to be shown)")
    return ctx.make(conclusion=T(f"Choix de l'acheteur (art. 1644) : rendre le système et se "
                                 f"faire restituer {what.fr}, ou le garder et "
                                 "se faire rendre une partie du prix.",
                                 f"The buyer's choice (art. 1644): return the system and recover "
                                 f"{what.en}, or keep it and recover part of "
                                 "the price."),
                    status=Status.MET, strength=Strength.ARGUABLE,
                    facts=[ctx.fact("contract.payment_schedule", str(paid), "prix payé",
                                    "price paid")], data={"price_paid": paid})


@rule("fr.civil.1646", title=T("Vendeur de bonne foi : restitution du prix et frais",
                               "Seller in good faith: price and costs only"),
      area=Area.REMEDY, cites=(C + "1646",), order=61)
def good_faith_seller(ctx: Context) -> Finding | None:
    """A seller who did not know the defect owes only the price and the costs of the sale."""
    if not _warranty_open(ctx):
        return None
    return ctx.make(conclusion=T("Si le vendeur ignorait le vice : restitution du prix et "
                                 "remboursement des frais occasionnés par la vente seulement "
                                 "(art. 1646).", "If the seller did not know the defect: refund "
                                 "of the price and of the costs of the sale only (art. 1646)."),
                    status=Status.MET, strength=Strength.ARGUABLE,
                    facts=[ctx.fact("facts.vendor_knew_defect", ctx.facts.vendor_knew_defect,
                                    "connaissance du vice par le vendeur", "seller's knowledge")])


@rule("fr.civil.1645", title=T("Vendeur connaissant le vice : tous dommages et intérêts",
                               "Seller who knew the defect: all damages"),
      area=Area.REMEDY, cites=(C + "1645",), exception_to="fr.civil.1646",
      effect="all_damages", order=62)
def bad_faith_seller(ctx: Context) -> Finding | None:
    """A seller who knew (or a professional seller, held to know) owes all damages."""
    if not _warranty_open(ctx):
        return None
    knew, pro = ctx.facts.vendor_knew_defect, _vendor_professional(ctx)
    if knew is not True and pro is not True:
        return None
    fact = (ctx.fact("facts.vendor_knew_defect", True, "vendeur informé du vice",
                     "seller knew the defect") if knew else
            ctx.fact("parties[vendor].it_professional", True, "vendeur professionnel",
                     "professional seller"))
    return ctx.make(conclusion=T("Le vendeur connaissait le vice (ou, professionnel, est réputé le "
                                 "connaître) : restitution du prix et tous dommages et intérêts "
                                 "(art. 1645).", "The seller knew the defect (or, as a "
                                 "professional, is held to know it): refund and all damages "
                                 "(art. 1645)."),
                    status=Status.MET,
                    strength=Strength.ESTABLISHED if knew else Strength.ARGUABLE,
                    facts=[fact], caveats=[] if knew else [CASE_LAW], uncertain=not knew)


@rule("fr.civil.1641.non_cumul", title=T("Non-cumul : conformité ou vice caché",
                                         "No cumulation: conformity or hidden defect"),
      area=Area.GROUND, cites=(C + "1603", C + "1641"), order=29)
def non_cumul(ctx: Context) -> Finding | None:
    """The same failure cannot found both actions: the buyer must choose."""
    if not (ctx.open_ground("fr.civil.1603") and _warranty_open(ctx)):
        return None
    measurable = bool(ctx.dossier.commitments)
    return ctx.make(
        conclusion=T("Les deux actions sont ouvertes mais ne se cumulent pas pour le même défaut : "
                     "délivrance non conforme = écart avec la spécification convenue ; vice caché "
                     "= impropriété à l'usage. "
                     + ("Engagements chiffrés au contrat : la délivrance non conforme est le "
                        "fondement naturel ; le vice caché peut être présenté à titre subsidiaire."
                        if measurable else "Choisir selon la preuve disponible."),
                     "Both actions are open but cannot be cumulated for the same defect: "
                     "non-conforming delivery = gap with the agreed specification; hidden defect = "
                     "unfitness for use. "
                     + ("Measurable commitments in the contract: non-conforming delivery is the "
                        "natural ground; the hidden defect may be pleaded in the alternative."
                        if measurable else "Choose according to the available proof.")),
        status=Status.INFO, strength=Strength.ARGUABLE,
        facts=[ctx.fact("commitments", [c.id for c in ctx.dossier.commitments],
                        "engagements chiffrés", "measurable commitments")],
        caveats=[T("Règle jurisprudentielle du non-cumul : décisions non documentées dans les "
                   "sources vérifiées du projet.", "Case-law rule of no cumulation: decisions "
                   "not documented in the project's verified sources.")], uncertain=True,
        data={"preferred": "fr.civil.1603" if measurable else None})
