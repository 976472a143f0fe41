"""Limitation periods the dossier triggers: hidden-defects action (art. 1648, 2232) and the
contractual action (art. 2224, C. com. L110-4, art. 2254)."""

from __future__ import annotations

from datetime import date

from recours.dossier import Event, EventType, PartyKind
from recours.errors import ParameterError
from recours.i18n import T
from recours.law import dates
from recours.law.context import Context
from recours.law.deadlines import (
    Deadline,
    DeadlineKind,
    PeriodRun,
    add_days,
    add_months,
    add_years,
    make_deadline,
    run_period,
)
from recours.law.engine import Area, Finding, Status, Strength, rule
from recours.law.fr.code_civil.kinds import both_companies
from recours.law.fr.procedure.periods import period_events
from recours.law.parameters import ParamValue

C = "fr.civil."
CPC = ("fr.cpc.640", "fr.cpc.641", "fr.cpc.642")
INTERRUPTIONS = (C + "2238", C + "2239", C + "2240", C + "2241", C + "2242")


def _not_covered(ctx: Context, error: ParameterError, fact_path: str, value: object) -> Finding:
    return ctx.make(conclusion=T("Délai non calculable : ", "Time limit not computable: ")
                    + error.message, status=Status.PARTIAL, strength=Strength.WEAK,
                    facts=[ctx.fact(fact_path, value, "point de départ", "starting point")],
                    uncertain=True, cites=(ctx.rule.cites[0],) if ctx.rule else None)


@rule("fr.civil.1648", title=T("Délai de l'action en garantie des vices cachés",
                               "Time limit of the hidden-defects action"),
      area=Area.DEADLINE, cites=(C + "1648", C + "2232", *INTERRUPTIONS, *CPC), order=70,
      case_law=("cass.mixte.2023-07-21.21-15809",))
def hidden_defect_deadline(ctx: Context) -> Finding | None:
    """Two years from discovery, within twenty years from the sale (art. 1648, 2232)."""
    barred = any(f.data.get("time_barred") for f in ctx.found("fr.civil.1641"))
    if not (ctx.open_ground("fr.civil.1641") or barred):
        return None
    found = ctx.first(EventType.DEFECT_DISCOVERY)
    if found is None:
        return ctx.make(conclusion=T("Délai de deux ans à compter de la découverte du vice (art. "
                                     "1648) : date de découverte inconnue.", "Two years from "
                                     "discovery of the defect (art. 1648): discovery date "
                                     "unknown."),
                        status=Status.PARTIAL, strength=Strength.WEAK,
                        facts=[ctx.fact("contract.concluded_on", ctx.concluded_on, "vente",
                                        "sale")], cites=(C + "1648",),
                        missing=[ctx.ask("timeline[defect_discovery]", "À quelle date le vice "
                                         "a-t-il été découvert ?", "When was the defect "
                                         "discovered?")])
    try:
        deadline, years, cap_years, used = hidden_defect_period(ctx, found.date)
    except ParameterError as error:
        return _not_covered(ctx, error, "timeline[defect_discovery]", found.date)
    return ctx.make(
        conclusion=_deadline_text(deadline, T("L'action en garantie des vices cachés",
                                              "The hidden-defects action")),
        status=Status.INFO, strength=Strength.ESTABLISHED,
        facts=[ctx.fact("timeline[defect_discovery]", found.date, "découverte du vice",
                        "discovery of the defect"),
               ctx.fact("contract.concluded_on", ctx.concluded_on, "vente (point de départ du "
                        "délai butoir)", "sale (start of the long-stop)")],
        cites=(C + "1648", C + "2232", *sorted(used), "fr.cpc.642"), params=[years, cap_years],
        deadline=deadline, caveats=[_PRESCRIPTION_COUNT], uncertain=True,
        decisions=("cass.mixte.2023-07-21.21-15809",),
        pinpoints={C + "1648": "al. 1", C + "2232": "al. 1"})


def hidden_defect_period(ctx: Context, discovered: date) -> tuple[Deadline, ParamValue,
                                                                  ParamValue, set[str]]:
    """The art. 1648 period from the discovery date, capped by art. 2232 from the sale;
    ParameterError when a date is not covered."""
    years = ctx.param("fr.civil.1648.duration_years", discovered)
    cap_years = ctx.param("fr.civil.2232.cap_years", discovered)
    events, used = period_events(ctx)
    cap = add_years(ctx.concluded_on, int(cap_years.value))
    run = run_period(discovered, 12 * int(years.value), events, cap)
    deadline = make_deadline(id="fr.civil.1648", label=T("Action en garantie des vices cachés",
                                                         "Hidden-defects action"),
                             kind=DeadlineKind.PRESCRIPTION,
                             start_event=T(f"découverte du vice le {dates.fr(discovered)}",
                                           f"discovery of the defect on {dates.en(discovered)}"),
                             start=discovered, run=run, on=ctx.on, rule="fr.civil.1648")
    return deadline, years, cap_years, set(used)


_PRESCRIPTION_COUNT = T("Computation : le moteur retient la date nominale (prudence) ; la "
                        "prorogation au jour ouvrable (CPC art. 642) est indiquée pour "
                        "information, les délais de prescription relevant des articles 2228–2229 "
                        "du Code civil (non enregistrés).",
                        "Computation: the engine keeps the nominal date (prudence); the "
                        "extension to a working day (CPC art. 642) is shown for information, "
                        "prescription periods being governed by French Civil Code art. 2228–2229 (not "
                        "stored).")


def _deadline_text(deadline: Deadline, what: T) -> T:
    if deadline.end is None:
        return what + T(f" : délai {deadline.status.value} (pas de date de fin).",
                        f": period {deadline.status.value} (no end date).")
    state = {"open": ("ouvert", "open"), "due_soon": ("à échéance proche", "due soon"),
             "expired": ("expiré", "expired")}.get(str(deadline.status), ("", ""))
    return what + T(f" doit être intentée au plus tard le {dates.fr(deadline.end)} "
                    f"(délai {state[0]} ; {deadline.days_left} jours restants).",
                    f" must be brought by {dates.en(deadline.end)} (period {state[1]}; "
                    f"{deadline.days_left} days left).")



def _contractual_action(ctx: Context, known: Event, run: PeriodRun) -> Deadline:
    """The deadline of the contractual action (art. 2224), from the knowledge of the facts."""
    return make_deadline(id="fr.civil.2224", label=T("Action en responsabilité contractuelle",
                                                     "Contractual liability action"),
                         kind=DeadlineKind.PRESCRIPTION,
                         start_event=T(f"connaissance des faits le {dates.fr(known.date)} "
                                       f"({known.type.value})", f"knowledge of the facts on "
                                       f"{dates.en(known.date)} ({known.type.value})"),
                         start=known.date, run=run, on=ctx.on, rule="fr.civil.2224")

@rule("fr.civil.2224", title=T("Prescription de l'action contractuelle",
                               "Limitation of the contractual action"),
      area=Area.DEADLINE, cites=(C + "2224", "fr.commerce.L110-4", C + "2254", C + "2232",
                                 "fr.civil_anc.2262", *INTERRUPTIONS, *CPC),
      order=71)
def contractual_deadline(ctx: Context) -> Finding | None:
    """Five years from when the client knew or should have known (art. 2224, L110-4)."""
    if not (ctx.open_ground("fr.civil.1231-1") or ctx.open_ground("fr.civil.1603")
            or ctx.open_ground("fr.civil_anc.1147")):
        return None
    known = ctx.first(EventType.DEFECT_DISCOVERY, EventType.INCIDENT, EventType.COMPLAINT)
    vendor = ctx.vendor
    merchant_vendor = vendor is not None and vendor.kind is PartyKind.COMPANY
    merchants = both_companies(ctx.dossier)
    main = "fr.commerce.L110-4" if merchant_vendor else C + "2224"
    if known is None:
        return ctx.make(conclusion=T("Prescription de cinq ans à compter du jour où le client a "
                                     "connu les faits : date inconnue.", "Five-year limitation "
                                     "from when the client knew the facts: date unknown."),
                        status=Status.PARTIAL, strength=Strength.WEAK, cites=(main,),
                        facts=[ctx.fact("contract.kind", str(ctx.dossier.contract.kind),
                                        "action contractuelle", "contractual action")],
                        missing=[ctx.ask("timeline[defect_discovery]", "À quelle date le client "
                                         "a-t-il connu la défaillance (incident, découverte) ?",
                                         "When did the client learn of the failure?")])
    key = ("fr.commerce.L110-4" if merchant_vendor else "fr.civil.2224") + ".duration_years"
    if known.date < REFORM_2008:
        return former_contractual_deadline(ctx, known, key, main)
    try:
        dur = ctx.param(key, known.date)
        cap_years = ctx.param("fr.civil.2232.cap_years", known.date)
    except ParameterError as error:
        return _not_covered(ctx, error, "timeline[first_knowledge]", known.date)
    months, cites = 12 * int(dur.value), [main, C + "2232"]
    if merchant_vendor and not merchants:
        cites.append(C + "2224")
    agreed = [f for f in ctx.found("fr.civil.2254", Status.MET)]
    if agreed:
        months = int(agreed[0].data["months"])
        cites.append(C + "2254")
    events, used = period_events(ctx)
    birth = ctx.first(EventType.DELIVERY)
    cap = add_years(birth.date if birth else ctx.concluded_on, int(cap_years.value))
    run = run_period(known.date, months, events, cap)
    deadline = _contractual_action(ctx, known, run)
    return ctx.make(
        conclusion=_deadline_text(deadline, T("L'action contractuelle", "The contractual action")),
        status=Status.INFO, strength=Strength.ESTABLISHED,
        facts=[ctx.fact(f"timeline[{known.type.value}]", known.date, "premier fait connu",
                        "first known fact")],
        cites=(*cites, *sorted(used), "fr.cpc.642"), params=[dur, cap_years], deadline=deadline,
        caveats=[_PRESCRIPTION_COUNT] + ([T("Obligation née du commerce du fournisseur : cinq ans "
                                             "(C. com. L110-4)" + ("" if merchants else
                                                                  ", en parallèle de l'art. 2224")
                                             + " ; qualité de commerçant supposée (société).",
                                             "Obligation arising from the vendor's trade: five "
                                             "years (C. com. L110-4)" + ("" if merchants else
                                                                        ", alongside art. 2224")
                                             + "; merchant status assumed (company).")]
                                         if merchant_vendor else []),
        data={"months": months})


#: Entry into force of the loi n° 2008-561 (prescription reform).
REFORM_2008 = date(2008, 6, 19)
_FORMER_CAVEAT = T("Prescription née avant la loi n° 2008-561 : durée de l'ancien droit (trente "
                   "ans, art. 2262 anc., texte enregistré ; dix ans entre commerçants ou entre "
                   "commerçants et non-commerçants, art. 189 bis puis L110-4 anc. — textes de "
                   "ces versions non enregistrés, durée relevée dans des sources secondaires) ; "
                   "si elle courait encore le 19 juin 2008, le nouveau délai de cinq ans court de cette date sans "
                   "excéder l'ancien (art. 2222 al. 2 ; loi n° 2008-561, art. 26 II, lu dans une "
                   "source secondaire). Interruptions calculées avec les articles actuels (anciens "
                   "art. 2244 s. non enregistrés). À vérifier.",
                   "Limitation that began before the loi n° 2008-561: former-law period (thirty "
                   "years, former art. 2262, text stored; ten years between merchants or a "
                   "merchant and a non-merchant, art. 189 bis then former L110-4 — texts of "
                   "those versions not stored, period taken from secondary sources); if still "
                   "running on 19 June 2008, the new five-year period runs from that date without exceeding the "
                   "former one (art. 2222 al. 2; loi n° 2008-561 art. 26 II, read in a secondary "
                   "source). Interruptions computed with the current articles (former art. 2244 "
                   "ff. not stored). To be checked.")


def former_contractual_deadline(ctx: Context, known: Event, key: str, main: str) -> Finding:
    """A limitation that began before 19 June 2008: the former period, shortened for the
    future by art. 2222 al. 2 when the analysis date falls after the reform and the client had
    not sued before it (loi n° 2008-561 art. 26 III keeps pending suits under the former law)."""
    try:
        dur = ctx.param(key, known.date)
        new = ctx.param(key, REFORM_2008)
        events, used = period_events(ctx)
    except ParameterError as error:
        return _not_covered(ctx, error, "timeline[first_knowledge]", known.date)
    run = run_period(known.date, 12 * int(dur.value), events, None)
    cites = ["fr.civil_anc.2262" if main == C + "2224" else main]
    sued = [e for e in ctx.by_client(EventType.LEGAL_ACTION) if e.date < REFORM_2008]
    if ctx.on >= REFORM_2008 and not sued and (run.end is None or run.end > REFORM_2008):
        # Art. 2222 al. 2 (text read in the public mirror of the Code civil, commit 50d3cbd;
        # its LEGIARTI identifier not found, so it is quoted in the caveat, not cited).
        shorter = run_period(REFORM_2008, 12 * int(new.value), events, None)
        if shorter.end is not None and (run.end is None or shorter.end < run.end):
            shorter.steps.insert(0, T("nouveau délai de cinq ans à compter du 19 juin 2008, sans "
                                      "excéder l'ancien (art. 2222 al. 2)", "new five-year period "
                                      "from 19 June 2008, not exceeding the former (art. 2222 "
                                      "al. 2)"))
            run = shorter
    deadline = _contractual_action(ctx, known, run)
    return ctx.make(
        conclusion=_deadline_text(deadline, T("L'action contractuelle (ancien droit de la "
                                              "prescription)", "The contractual action (former "
                                              "limitation law)")),
        status=Status.INFO, strength=Strength.ARGUABLE,
        facts=[ctx.fact(f"timeline[{known.type.value}]", known.date, "premier fait connu, "
                        "antérieur au 19 juin 2008", "first known fact, before 19 June 2008")],
        cites=(*cites, *sorted(used)), params=[dur, new], deadline=deadline,
        caveats=[_FORMER_CAVEAT], uncertain=True, data={"months": 12 * int(dur.value),
                                                        "former_law": True})


A = "fr.civil_anc."


@rule("fr.civil.1226.cure_period", title=T("Délai pour remédier après mise en demeure",
                                           "Cure period after formal notice"),
      area=Area.DEADLINE, cites=(C + "1226", C + "1103", "fr.cpc.641", "fr.cpc.642",
                                 A + "1134", A + "1184"), order=72)
def cure_period(ctx: Context) -> Finding | None:
    """The contractual (or reasonable) delay given to the vendor to remedy. Termination by
    notice (art. 1226) exists only for contracts concluded from 1 October 2016; older ones
    stay under art. 1184 anc. (termination asked of the court, save a termination clause)."""
    notice = ctx.client_notice(last=True)
    if notice is None:
        return None
    days = ctx.dossier.contract.cure_period_days
    fact = ctx.fact("timeline[formal_notice_sent]", notice.date, "mise en demeure",
                    "formal notice")
    if days is None:
        return ctx.make(conclusion=_no_delay(ctx), status=Status.INFO,
                        strength=Strength.ARGUABLE, facts=[fact],
                        cites=(A + "1184",) if ctx.former_law else (C + "1226",),
                        missing=[ctx.ask("contract.cure_period_days", "Le contrat fixe-t-il un "
                                         "délai pour remédier ?", "Does the contract set a cure "
                                         "period?")])
    end = add_days(notice.date, days)
    deadline = make_deadline(id="fr.civil.1226.cure_period",
                             label=T("Fin du délai pour remédier", "End of the cure period"),
                             kind=DeadlineKind.CONTRACTUAL,
                             start_event=T(f"mise en demeure du {dates.fr(notice.date)}",
                                           f"formal notice of {dates.en(notice.date)}"),
                             start=notice.date, run=PeriodRun(end, end), on=ctx.on,
                             rule="fr.civil.1226.cure_period")
    assert deadline.end is not None
    facts = [fact, ctx.fact("contract.cure_period_days", days, "délai contractuel",
                            "contractual delay")]
    cites: tuple[str, ...] = (C + "1226", C + "1103", "fr.cpc.641", "fr.cpc.642")
    if ctx.former_law:
        cites = (A + "1134", A + "1184", "fr.cpc.641", "fr.cpc.642")
    return ctx.make(conclusion=T(f"Délai contractuel de {days} jours pour remédier : il expire le "
                                 f"{dates.fr(deadline.end)} (CPC art. 641, 642) ; ensuite, ",
                                 f"Contractual cure period of {days} days: it ends on "
                                 f"{dates.en(deadline.end)} (CPC art. 641, 642); then ")
                    + _after_cure(ctx),
                    status=Status.INFO, strength=Strength.ESTABLISHED, facts=facts,
                    deadline=deadline, cites=cites,
                    pinpoints={"fr.cpc.641": "al. 1", "fr.cpc.642": "al. 2"})


_AT_RISK = T("sans clause, une résiliation unilatérale reste aux risques et périls du client "
             "(jurisprudence ; aucune décision enregistrée ici)", "without a clause, unilateral "
             "termination is at the client's own risk (case law; no decision stored here)")


def _no_delay(ctx: Context) -> T:
    if not ctx.former_law:
        return T("Mise en demeure envoyée sans délai contractuel : le délai doit être raisonnable "
                 "(art. 1226).", "Formal notice sent without a contractual delay: the delay "
                 "must be reasonable (art. 1226).")
    return T("Mise en demeure envoyée sans délai contractuel pour remédier ; contrat antérieur au "
             "1er octobre 2016 : la résolution se demande en justice, qui peut accorder un délai "
             "au débiteur (art. 1184 anc.) ; ", "Formal notice sent without a contractual cure "
             "period; contract concluded before 1 October 2016: termination is asked of the "
             "court, which may grant the debtor time (former art. 1184); ") + _AT_RISK + T(".", ".")


def _after_cure(ctx: Context) -> T:
    if not ctx.former_law:
        return T("résolution par notification possible (art. 1226).",
                 "termination by notice is possible (art. 1226).")
    if ctx.facts.termination_clause:
        return T("la clause résolutoire peut être mise en œuvre (art. 1134 anc.) ; la résolution "
                 "par notification de l'art. 1226 ne s'applique pas à ce contrat, conclu avant le "
                 "1er octobre 2016.", "the termination clause may be invoked (former art. 1134); "
                 "termination by notice under art. 1226 does not apply to this contract, concluded "
                 "before 1 October 2016.")
    return T("résolution à demander en justice (art. 1184 anc.) — la résolution par notification "
             "de l'art. 1226 ne s'applique pas à ce contrat, conclu avant le 1er octobre 2016 ; ",
             "termination to be asked of the court (former art. 1184) — termination by notice "
             "under art. 1226 does not apply to this contract, concluded before 1 October 2016; ") \
        + _AT_RISK + T(".", ".")


@rule("fr.civil.1103.acceptance_period", title=T("Délai de recette", "Acceptance period"),
      area=Area.DEADLINE, cites=(C + "1103", "fr.cpc.641", "fr.cpc.642"), order=73)
def acceptance_period(ctx: Context) -> Finding | None:
    """The contractual period to carry out (or refuse) acceptance after delivery."""
    days = ctx.dossier.contract.acceptance_period_days
    delivery = ctx.first(EventType.DELIVERY)
    if days is None or delivery is None:
        return None
    acceptance = ctx.first(EventType.ACCEPTANCE)
    end = add_days(delivery.date, days)
    deadline = make_deadline(id="fr.civil.1103.acceptance_period",
                             label=T("Fin du délai de recette", "End of the acceptance period"),
                             kind=DeadlineKind.CONTRACTUAL,
                             start_event=T(f"livraison du {dates.fr(delivery.date)}",
                                           f"delivery of {dates.en(delivery.date)}"),
                             start=delivery.date, run=PeriodRun(end, end), on=ctx.on,
                             rule="fr.civil.1103.acceptance_period")
    facts = [ctx.fact("timeline[delivery]", delivery.date, "livraison", "delivery"),
             ctx.fact("contract.acceptance_period_days", days, "délai de recette",
                      "acceptance period")]
    if acceptance is not None:
        facts.append(ctx.fact("timeline[acceptance]", acceptance.date, "recette", "acceptance"))
        return ctx.make(conclusion=T(f"Recette intervenue le {dates.fr(acceptance.date)} ; délai "
                                     "contractuel de recette sans objet.", "Acceptance on "
                                     f"{dates.en(acceptance.date)}; contractual acceptance period "
                                     "spent."),
                        status=Status.INFO, strength=Strength.ESTABLISHED, facts=facts,
                        cites=(C + "1103",))
    assert deadline.end is not None
    return ctx.make(conclusion=T(f"Recette à prononcer (ou refuser avec réserves écrites) avant le "
                                 f"{dates.fr(deadline.end)} (art. 1103 ; CPC art. 641, 642).",
                                 f"Acceptance to be given (or refused with written reservations) "
                                 f"by {dates.en(deadline.end)} (art. 1103; CPC art. 641, 642)."),
                    status=Status.INFO, strength=Strength.ESTABLISHED, facts=facts,
                    deadline=deadline)


@rule("fr.civil.1103.renewal_notice", title=T("Préavis de non-reconduction",
                                              "Notice of non-renewal"),
      area=Area.DEADLINE, cites=(C + "1103", "fr.cpc.641", "fr.cpc.642"), order=74)
def renewal_notice(ctx: Context) -> Finding | None:
    """With tacit renewal, the last day to give notice before the next renewal."""
    c = ctx.dossier.contract
    if not c.tacit_renewal or c.term_months is None or c.notice_months is None:
        return None
    start = c.start_on or c.concluded_on
    renewal = add_months(start, c.term_months)
    while add_months(renewal, -c.notice_months) < ctx.on:
        renewal = add_months(renewal, c.term_months)
    end = add_months(renewal, -c.notice_months)
    deadline = make_deadline(id="fr.civil.1103.renewal_notice",
                             label=T("Dernier jour pour dénoncer la reconduction",
                                     "Last day to give notice of non-renewal"),
                             kind=DeadlineKind.CONTRACTUAL,
                             start_event=T(f"échéance du {dates.fr(renewal)}",
                                           f"term ending on {dates.en(renewal)}"),
                             start=start, run=PeriodRun(end, end), on=ctx.on,
                             rule="fr.civil.1103.renewal_notice")
    assert deadline.end is not None
    return ctx.make(conclusion=T(f"Reconduction tacite le {dates.fr(renewal)} : préavis de "
                                 f"{c.notice_months} mois à donner au plus tard le "
                                 f"{dates.fr(deadline.end)} (art. 1103).",
                                 f"Tacit renewal on {dates.en(renewal)}: {c.notice_months} "
                                 f"months' notice to give by {dates.en(deadline.end)} (art. 1103)."),
                    status=Status.INFO, strength=Strength.ESTABLISHED,
                    facts=[ctx.fact("contract.tacit_renewal", True, "reconduction tacite",
                                    "tacit renewal"),
                           ctx.fact("contract.notice_months", c.notice_months, "préavis (mois)",
                                    "notice (months)")], deadline=deadline)
