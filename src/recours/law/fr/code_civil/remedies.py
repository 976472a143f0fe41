"""Remedies for non-performance (art. 1217 s.): suspension, performance, price reduction,
termination, restitution, and the formal notice that opens them."""

from __future__ import annotations

from recours.dossier import EventType
from recours.i18n import T
from recours.law import amounts, dates
from recours.law.context import Conditions, Context
from recours.law.engine import Area, FactUse, Finding, Status, Strength, rule
from recours.law.fr.code_civil import non_performance
from recours.law.fr.code_civil.kinds import SUCCESSIVE_KINDS

C = "fr.civil."
GROUNDS = ("fr.civil.1231-1", "fr.civil.1603", "fr.civil.1641")


def breach_open(ctx: Context) -> bool:
    """A ground of non-performance is available (met or partial, not overridden)."""
    return any(ctx.open_ground(g) for g in GROUNDS)


def breach_proven(ctx: Context) -> bool:
    return ctx.evidence_state() == "breach" or any(
        ctx.effective(g, Status.MET) for g in GROUNDS)


def _base(ctx: Context) -> Conditions:
    cond = Conditions()
    if ctx.evidence_state() == "breach":
        cond.add(*ctx.breach_facts())
    else:
        cond.add(ctx.fact("findings", [g for g in GROUNDS if ctx.open_ground(g)],
                          "fondements ouverts", "open grounds"))
    return cond


def _serious(ctx: Context, cond: Conditions) -> bool | None:
    missing = non_performance.not_delivered(ctx)
    if ctx.facts.breach_serious is None and missing is not None:
        cond.add(missing)  # not delivering at all is serious enough
        return True
    lasting = non_performance.persistent_failure(ctx)
    if ctx.facts.breach_serious is None and lasting is not None:
        cond.add(lasting)  # proven, reported, unresolved until the client acted
        return True
    return cond.check("facts.breach_serious", ctx.facts.breach_serious,
                      ("inexécution suffisamment grave", "non-performance serious enough"),
                      ("L'inexécution est-elle suffisamment grave (système inutilisable pour son "
                       "usage) ?", "Is the non-performance serious enough?"))


def _strength(ctx: Context, cond: Conditions) -> Strength:
    if cond.status is Status.NOT_MET:
        return Strength.WEAK
    return Strength.ESTABLISHED if breach_proven(ctx) and cond.status is Status.MET \
        else Strength.ARGUABLE


def _clause_breach(ctx: Context, cond: Conditions, advice: FactUse | None) -> None:
    """The clause spares the judge's appraisal of gravity (art. 1225 al. 1: it names the
    engagements whose non-performance brings termination), not the breach itself: an open
    ground is not yet a breach. Proven (measured, or a ground met), read from the dossier
    (nothing delivered, a failure reported and unresolved), or a breach of the duty of advice;
    otherwise the proof of the breach is asked."""
    if breach_proven(ctx):
        return
    positive = (non_performance.not_delivered(ctx) or non_performance.persistent_failure(ctx)
                or advice)
    if positive is not None:
        cond.add(positive)
        return
    cond.ask("non_conformity", "Le manquement que vise la clause résolutoire est-il établi "
             "(pièces) ?", "Is the breach the termination clause targets established "
             "(pièces)?")


@rule("fr.civil.1217", title=T("Sanctions de l'inexécution", "Remedies for non-performance"),
      area=Area.REMEDY, cites=(C + "1217",), reformed=True, order=63)
def remedies_overview(ctx: Context) -> Finding | None:
    """The creditor may combine compatible remedies; damages can always be added."""
    if not breach_open(ctx):
        return None
    cond = _base(ctx)
    return ctx.make(conclusion=T("Sanctions ouvertes (art. 1217) : exception d'inexécution, "
                                 "exécution forcée, réduction du prix, résolution, dommages et "
                                 "intérêts — cumulables si compatibles.",
                                 "Remedies open (art. 1217): withholding performance, specific "
                                 "performance, price reduction, termination, damages — combinable "
                                 "when compatible."),
                    status=Status.MET, strength=_strength(ctx, cond), facts=cond.facts)


@rule("fr.civil.1219", title=T("Exception d'inexécution", "Withholding performance"),
      area=Area.REMEDY, cites=(C + "1219", C + "1220"), reformed=True, order=64)
def withhold(ctx: Context) -> Finding | None:
    """Refuse to pay what is still due if the vendor's non-performance is serious enough."""
    if not breach_open(ctx):
        return None
    cond = _base(ctx)
    unpaid = ctx.unpaid()
    if not unpaid:
        cond.fail(ctx.fact("contract.payment_schedule", "all_paid", "tout a été payé",
                           "everything has been paid"))
    else:
        cond.add(ctx.fact("contract.payment_schedule", [str(p.due_on) for p in unpaid],
                          "échéances non payées", "unpaid instalments"))
    serious = _serious(ctx, cond)
    return ctx.make(
        conclusion=_withhold_text(cond.status, paid_up=not unpaid, serious=serious),
        status=cond.status, strength=_strength(ctx, cond), facts=cond.facts,
        missing=cond.missing,
        counter=[T("Risque : si la gravité n'est pas retenue, le client devient lui-même "
                   "défaillant.", "Risk: if seriousness is not upheld, the client itself is in "
                   "breach.")])


def _withhold_text(status: Status, *, paid_up: bool, serious: bool | None) -> T:
    """Open only when something is still to pay and the breach is serious enough; otherwise say
    why it is closed, or what it waits for — never as if the remedy were open."""
    if status is Status.MET:
        return T("Le client peut suspendre le paiement des échéances restantes tant que "
                 "l'inexécution suffisamment grave persiste (art. 1219) ; suspension anticipée "
                 "possible si l'inexécution est manifeste, à notifier sans délai (art. 1220).",
                 "The client may withhold the remaining instalments while the serious "
                 "non-performance lasts (art. 1219); anticipatory suspension if the "
                 "non-performance is manifest, to be notified promptly (art. 1220).")
    if paid_up:
        return T("Exception d'inexécution sans objet : tout le prix a été payé, il ne reste "
                 "aucune échéance à suspendre (art. 1219).", "Withholding performance is moot: "
                 "the whole price has been paid, no instalment is left to withhold (art. 1219).")
    if serious is False:
        return T("Exception d'inexécution non ouverte : l'inexécution n'est pas suffisamment "
                 "grave pour suspendre le paiement (art. 1219) ; suspendre exposerait le client "
                 "à être lui-même défaillant.", "Withholding performance not open: the "
                 "non-performance is not serious enough to withhold payment (art. 1219); "
                 "withholding would put the client itself in breach.")
    return T("Le client ne pourra suspendre le paiement des échéances restantes que si "
             "l'inexécution est suffisamment grave (art. 1219) — condition encore à établir ; "
             "suspension anticipée seulement si l'inexécution est manifeste, à notifier sans "
             "délai (art. 1220).", "The client may withhold the remaining instalments only if the "
             "non-performance is serious enough (art. 1219) — a condition still to establish; "
             "anticipatory suspension only if the non-performance is manifest, to be notified "
             "promptly (art. 1220).")


@rule("fr.civil.1221", title=T("Exécution forcée en nature", "Specific performance"),
      area=Area.REMEDY, cites=(C + "1221", C + "1222"), reformed=True, order=65)
def specific_performance(ctx: Context) -> Finding | None:
    """After formal notice: performance in kind, or substitute performance (art. 1222)."""
    if not breach_open(ctx):
        return None
    cond = _base(ctx)
    notice = ctx.client_notice()
    if notice:
        cond.add(ctx.fact("timeline[formal_notice_sent]", notice.date, "mise en demeure",
                          "formal notice"))
    else:
        cond.ask("timeline[formal_notice_sent]", "Mise en demeure préalable (art. 1221, 1222).",
                 "Prior formal notice (art. 1221, 1222).")
    return ctx.make(
        conclusion=T("Après mise en demeure, le client peut exiger la mise en conformité du "
                     "système (art. 1221) ou la faire réaliser par un tiers à un coût raisonnable "
                     "et en demander le remboursement (art. 1222).", "After formal notice, the "
                     "client may demand that the system be brought into conformity (art. 1221) or "
                     "have a third party do it at reasonable cost and claim it back (art. 1222)."),
        status=cond.status, strength=_strength(ctx, cond), facts=cond.facts,
        missing=cond.missing)


@rule("fr.civil.1221.limits", title=T("Limites de l'exécution forcée",
                                      "Limits of specific performance"),
      area=Area.REMEDY, cites=(C + "1221",), exception_to="fr.civil.1221",
      effect="no_specific_performance", reformed=True, order=66)
def performance_limits(ctx: Context) -> Finding | None:
    """Not when impossible, or when its cost is manifestly disproportionate."""
    f = ctx.facts
    if f.performance_impossible is not True and f.performance_cost_disproportionate is not True:
        return None
    if not ctx.found("fr.civil.1221"):
        return None
    path, label = (("facts.performance_impossible", "exécution impossible")
                   if f.performance_impossible else
                   ("facts.performance_cost_disproportionate", "coût manifestement "
                    "disproportionné"))
    return ctx.make(conclusion=T(f"Exécution forcée écartée ({label}) : reste la réduction du "
                                 "prix, la résolution ou les dommages et intérêts (art. 1221).",
                                 "Specific performance excluded (impossible or manifestly "
                                 "disproportionate cost): price reduction, termination or damages "
                                 "remain (art. 1221)."),
                    status=Status.MET, strength=Strength.ARGUABLE,
                    facts=[ctx.fact(path, True, label, label)])


@rule("fr.civil.1223", title=T("Réduction du prix", "Price reduction"), area=Area.REMEDY,
      cites=(C + "1223",), reformed=True, order=67)
def price_reduction(ctx: Context) -> Finding | None:
    """Imperfect performance: proportionate price reduction, notified or asked of the judge."""
    if not breach_open(ctx):
        return None
    cond = _base(ctx)
    paid, _, cur = ctx.price_paid()
    unpaid = ctx.unpaid()
    cond.add(ctx.fact("contract.payment_schedule", str(paid), f"payé : {amounts.fr(paid, cur)}",
                      f"paid: {amounts.en(paid, cur)}"))
    how = (T("par notification au fournisseur, après mise en demeure, pour la part non encore "
             "payée (art. 1223 al. 1)", "by notice to the vendor, after formal notice, for the "
             "part not yet paid (art. 1223 al. 1)") if unpaid else
           T("en la demandant au juge, le prix ayant été payé (art. 1223 al. 2)",
             "by asking the judge, the price having been paid (art. 1223 al. 2)"))
    return ctx.make(conclusion=T("Réduction proportionnelle du prix ", "Proportionate price "
                                 "reduction ") + how + T(".", "."),
                    status=cond.status, strength=_strength(ctx, cond), facts=cond.facts,
                    missing=cond.missing, data={"price_paid": paid, "unpaid": len(unpaid)})


def _in_court(ctx: Context) -> bool:
    """The client asked the court (art. 1227): no notice mentioning the right is needed."""
    return bool(ctx.by_client(EventType.LEGAL_ACTION))


@rule("fr.civil.1224", title=T("Résolution du contrat", "Termination of the contract"),
      area=Area.REMEDY, cites=(C + "1224", C + "1225", C + "1226", C + "1227", C + "1228"),
      reformed=True, order=68)
def termination(ctx: Context) -> Finding | None:
    """By clause (1225), by notice after formal notice (1226), or by the court (1227–1228)."""
    advice = non_performance.advice_breach(ctx)
    if not breach_open(ctx) and advice is None:
        return None
    cond = _base(ctx) if breach_open(ctx) or advice is None else Conditions()
    f = ctx.facts
    notice = ctx.client_notice()
    caveats = []
    if f.termination_clause:
        cond.add(ctx.fact("facts.termination_clause", True, "clause résolutoire",
                          "termination clause"))
        _clause_breach(ctx, cond, advice)
        way = T("par application de la clause résolutoire, après mise en demeure infructueuse "
                "mentionnant expressément la clause (art. 1225)", "under the termination clause, "
                "after an unsuccessful formal notice expressly mentioning the clause (art. 1225)")
        cites: tuple[str, ...] = (C + "1224", C + "1225", C + "1227")
    else:
        if advice is not None and f.breach_serious is None:
            cond.add(advice)  # the duty of advice breached is itself a serious non-performance
        else:
            _serious(ctx, cond)
        way = T("par notification, à ses risques et périls, après mise en demeure dans un délai "
                "raisonnable mentionnant le droit de résoudre, sauf urgence (art. 1226) ; ou en "
                "justice (art. 1227–1228)", "by notice, at its own risk, after formal notice with "
                "a reasonable time mentioning the right to terminate, save urgency (art. 1226); "
                "or in court (art. 1227–1228)")
        cites = (C + "1224", C + "1226", C + "1227", C + "1228")
    if notice and f.notice_mentions_termination is False:
        caveats.append(T("La mise en demeure du " + dates.fr(notice.date) + " ne mentionne pas la "
                         "clause ou le droit de résoudre : elle ne suffit pas ; en envoyer une "
                         "nouvelle.", "The formal notice of " + dates.en(notice.date) + " does not "
                         "mention the clause or the right to terminate: it does not suffice; send "
                         "a new one."))
    elif notice and f.notice_mentions_termination is None and not _in_court(ctx):
        cond.ask("facts.notice_mentions_termination", "La mise en demeure mentionne-t-elle "
                 "expressément la clause résolutoire ou le droit de résoudre ?", "Does the formal "
                 "notice expressly mention the termination clause or the right to terminate?")
    return ctx.make(conclusion=T("Résolution possible ", "Termination available ") + way
                    + T(".", "."), status=cond.status, strength=_strength(ctx, cond),
                    facts=cond.facts, missing=cond.missing, caveats=caveats, cites=cites,
                    uncertain=advice is not None and f.breach_serious is None,
                    counter=[T("Le juge peut accorder un délai au débiteur ou n'allouer que des "
                               "dommages et intérêts (art. 1228).", "The judge may grant the "
                               "debtor time or award damages only (art. 1228).")])


@rule("fr.civil.1229", title=T("Effets de la résolution : restitutions",
                               "Effects of termination: restitution"),
      area=Area.REMEDY, cites=(C + "1229", C + "1230"), reformed=True, order=69)
def restitution(ctx: Context) -> Finding | None:
    """Full restitution, or « résiliation » for performances useful as they went."""
    if not ctx.effective("fr.civil.1224", Status.MET, Status.PARTIAL):
        return None
    kind = ctx.dossier.contract.kind
    fact = ctx.fact("contract.kind", str(kind), "nature du contrat", "contract kind")
    if kind in SUCCESSIVE_KINDS:
        text = T("Prestations utiles au fur et à mesure (abonnement, maintenance) : résiliation, "
                 "sans restitution pour la période antérieure à la dernière prestation sans "
                 "contrepartie (art. 1229 al. 3) ; les clauses de règlement des différends "
                 "survivent (art. 1230).", "Performances useful as they went (subscription, "
                 "maintenance): « résiliation », no restitution for the period before the last "
                 "performance without counterpart (art. 1229 al. 3); dispute clauses survive "
                 "(art. 1230).")
    else:
        text = T("Prestations utiles seulement par l'exécution complète : restitution intégrale "
                 "(prix contre système) (art. 1229 al. 3) ; les clauses de règlement des "
                 "différends survivent (art. 1230).", "Performances useful only if fully "
                 "performed: full restitution (price against system) (art. 1229 al. 3); dispute "
                 "clauses survive (art. 1230).")
    return ctx.make(conclusion=text, status=Status.INFO, strength=Strength.ARGUABLE,
                    facts=[fact], pinpoints={C + "1229": "al. 3"})


@rule("fr.civil.1231", title=T("Mise en demeure préalable", "Prior formal notice"),
      area=Area.REMEDY, cites=(C + "1231", C + "1344", C + "1231-6"), reformed=True, order=62)
def formal_notice(ctx: Context) -> Finding | None:
    """Damages require a prior formal notice to perform within a reasonable time."""
    if not breach_open(ctx):
        return None
    notice = ctx.client_notice()
    mode = ctx.dossier.contract.formal_notice_mode
    if notice:
        facts = [ctx.fact("timeline[formal_notice_sent]", notice.date, "mise en demeure envoyée",
                          "formal notice sent")]
        return ctx.make(conclusion=T(f"Mise en demeure envoyée le {dates.fr(notice.date)} : les "
                                     "dommages et intérêts sont dus (art. 1231) et les intérêts "
                                     "au taux légal courent sur les sommes d'argent (art. "
                                     "1231-6).", f"Formal notice sent on {dates.en(notice.date)}: "
                                     "damages are due (art. 1231) and legal interest runs on sums "
                                     "of money (art. 1231-6)."),
                        status=Status.MET, strength=Strength.ESTABLISHED, facts=facts,
                        data={"date": notice.date})
    if ctx.facts.definitive_non_performance:
        return ctx.make(conclusion=T("Inexécution définitive : la mise en demeure n'est pas "
                                     "requise pour les dommages et intérêts (art. 1231).",
                                     "Definitive non-performance: no formal notice needed for "
                                     "damages (art. 1231)."),
                        status=Status.MET, strength=Strength.ARGUABLE,
                        facts=[ctx.fact("facts.definitive_non_performance", True,
                                        "inexécution définitive", "definitive non-performance")],
                        cites=(C + "1231",))
    facts = [ctx.fact("timeline", "no formal_notice_sent", "aucune mise en demeure au dossier",
                      "no formal notice in the dossier")]
    if mode:
        facts.append(ctx.fact("contract.formal_notice_mode", mode, "forme contractuelle",
                              "contractual form"))
    return ctx.make(conclusion=T("À faire : mettre le fournisseur en demeure de s'exécuter dans un "
                                 "délai raisonnable (art. 1231), par sommation ou acte portant "
                                 "interpellation suffisante (art. 1344)"
                                 + (f", dans la forme prévue au contrat ({mode})" if mode else "")
                                 + " ; elle fait courir les intérêts (art. 1231-6).",
                                 "To do: give the vendor formal notice to perform within a "
                                 "reasonable time (art. 1231), by a demand sufficiently explicit "
                                 "(art. 1344)" + (f", in the contractual form ({mode})" if mode
                                                  else "") + "; it starts interest (art. 1231-6)."),
                    status=Status.PARTIAL, strength=Strength.ESTABLISHED, facts=facts,
                    missing=[ctx.ask("timeline[formal_notice_sent]", "Envoyer la mise en demeure "
                                     "et en reporter la date.", "Send the formal notice and record "
                                     "its date.")])
