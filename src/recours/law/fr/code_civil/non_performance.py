"""Contractual non-performance (art. 1217, 1231-1), force majeure (art. 1218), configuration."""

from __future__ import annotations

from recours.dossier import EventType, ObligationLevel, ProofStatus
from recours.i18n import T
from recours.law.context import Conditions, Context
from recours.law.deadlines import add_days
from recours.law.engine import Area, FactUse, Finding, Status, Strength, rule

C = "fr.civil."


def not_delivered(ctx: Context) -> FactUse | None:
    """Non-delivery as a positive fact: nothing delivered by the agreed date, or a complex
    system that never worked (its delivery is complete only once it actually works). The
    vendor, who claims to have performed, bears the proof of delivery (art. 1353 al. 2): the
    client need not prove a negative."""
    f = ctx.facts
    if f.effective_setup_achieved is False:
        return ctx.fact("facts.effective_setup_achieved", False,
                        "système jamais mis au point : délivrance non exécutée",
                        "system never set up: delivery not performed")
    if f.definitive_non_performance is True and ctx.first(EventType.DELIVERY) is None \
            and ctx.first(EventType.ACCEPTANCE) is None:
        return ctx.fact("facts.definitive_non_performance", True,
                        "inexécution définitive, rien n'ayant été livré (abandon du projet) : "
                        "délivrance non exécutée", "definitive non-performance, nothing having "
                        "been delivered (project abandoned): delivery not performed")
    agreed = f.agreed_delivery_date
    if agreed and agreed < ctx.on and ctx.first(EventType.DELIVERY) is None:
        return ctx.fact("facts.agreed_delivery_date", agreed,
                        "rien n'a été livré à la date convenue", "nothing delivered by the agreed "
                        "date")
    return (_late_then_refused(ctx) or _only_a_premature_report(ctx)
            or refused_within_acceptance_period(ctx) or never_performed(ctx))


def never_performed(ctx: Context) -> FactUse | None:
    """Obligations the client says were never performed at all (``obligations_not_performed``):
    it need not prove a negative — the vendor, who claims to be released, must prove it
    performed them (art. 1353 al. 2). Unless the vendor's proof to the contrary is recorded (a
    « contested » proof entry), the non-performance holds. A signed acceptance report covers
    what was delivered, not the obligations still to be performed when it was signed (CA
    Douai, 14 Dec. 2017); the vendor's report of a hosting space is no proof that the site was
    delivered (CA Versailles, 13 June 2017)."""
    listed = ctx.facts.obligations_not_performed
    if not listed:
        return None
    if ctx.proof_of("facts.obligations_not_performed").status is ProofStatus.CONTESTED:
        return None
    return ctx.fact("facts.obligations_not_performed", list(listed),
                    "obligations non exécutées, dont le fournisseur ne prouve pas l'exécution "
                    "(art. 1353 al. 2) : " + " ; ".join(listed), "obligations not performed, "
                    "which the vendor does not prove it performed (art. 1353 al. 2): "
                    + "; ".join(listed))


def _late_then_refused(ctx: Context) -> FactUse | None:
    """Delivered only after the agreed date, then refused at acceptance (or accepted only with
    reservations) and never accepted cleanly since: the delivery was not made in the agreed
    time (art. 1610) and, the system not working, is still not complete (Safe & Web, 2013).
    Both are read from the dossier's dates, not alleged; the vendor bears the proof that it
    delivered (art. 1353 al. 2)."""
    agreed, shipped = ctx.facts.agreed_delivery_date, ctx.first(EventType.DELIVERY)
    if agreed is None or shipped is None or shipped.date <= agreed or agreed >= ctx.on:
        return None
    after = [e for e in ctx.events(EventType.ACCEPTANCE) if e.date >= shipped.date]
    if not after or not all(e.refused or e.reservations for e in after):
        return None
    return ctx.fact("timeline[acceptance]", after[-1].date, "livré après la date convenue puis "
                    "refusé en recette : délivrance non faite au temps convenu (art. 1610)",
                    "delivered after the agreed date then refused at acceptance: delivery not "
                    "made in the agreed time (art. 1610)")


#: What a client does to object to what was delivered (a complaint, a formal notice…).
CLIENT_OBJECTIONS = (EventType.COMPLAINT, EventType.FORMAL_NOTICE_SENT)


def refused_within_acceptance_period(ctx: Context) -> FactUse | None:
    """The contract deems the system accepted absent objection within its acceptance period
    (art. 1103): the client objected within that period and no acceptance followed. The
    deemed acceptance never occurred and the client's objection is a refusal, so delivery —
    complete only on a successful acceptance — is not made (art. 1604); read from the
    dossier's dates. The vendor, who claims to have performed, bears the proof (art. 1353
    al. 2). One decision of the case set applies it (CA Agen, 26 Nov. 2014, Linkeo)."""
    days = ctx.dossier.contract.acceptance_period_days
    shipped = ctx.first(EventType.DELIVERY)
    if days is None or shipped is None:
        return None
    end = add_days(shipped.date, days)
    if ctx.on <= end:
        return None
    if any(e.date >= shipped.date for e in ctx.events(EventType.ACCEPTANCE)):
        return None
    objected = [e for e in ctx.events(*CLIENT_OBJECTIONS)
                if shipped.date <= e.date <= end and e.by != "vendor"]
    if not objected:
        return None
    return ctx.fact("timeline[complaint]", objected[0].date, "objection du client dans le délai "
                    "contractuel de recette, aucune recette depuis : recette refusée, délivrance "
                    "non faite (art. 1103, 1604)", "the client objected within the contractual "
                    "acceptance period and no acceptance followed: acceptance refused, delivery "
                    "not made (art. 1103, 1604)")


def _only_a_premature_report(ctx: Context) -> FactUse | None:
    """No delivery in the dossier, only a report signed on or before the day the contract was
    concluded: it proves no delivery (Safe & Web, 2013), and the vendor bears that proof."""
    accepted, signed = ctx.last(EventType.ACCEPTANCE), ctx.first(EventType.SIGNATURE)
    concluded = signed.date if signed else ctx.dossier.contract.concluded_on
    if ctx.first(EventType.DELIVERY) is not None or accepted is None or concluded is None \
            or accepted.date > concluded or accepted.refused or accepted.reservations:
        return None
    return ctx.fact("timeline[acceptance]", accepted.date, "seul un procès-verbal signé le jour "
                    "du contrat, avant toute exécution : la livraison n'est pas prouvée",
                    "only a report signed the day of the contract, before any performance: "
                    "delivery not proven")


def persistent_failure(ctx: Context) -> FactUse | None:
    """A proven non-conformity the client complained of and that still lasted when the client
    went to court or terminated: repeated malfunctions left without a solution are serious
    enough for termination (an engine reading of art. 1224 / former 1184, said as such). An
    acceptance after the complaint, or a fact stating the breach is not serious, rules it out."""
    f = ctx.facts
    if ctx.evidence_state() != "breach" or False in (f.breach_serious, f.defect_renders_unfit):
        return None
    complaints = ctx.by_client(EventType.COMPLAINT, EventType.FORMAL_NOTICE_SENT)
    acts = ctx.by_client(EventType.LEGAL_ACTION, EventType.TERMINATION)
    if not complaints or not acts:
        return None
    first, last = complaints[0].date, acts[-1].date
    accepted = [e for e in ctx.events(EventType.ACCEPTANCE)
                if first <= e.date and not e.refused and not e.reservations]
    if last < first or accepted:
        return None
    return ctx.fact("timeline[complaint]", first, "défaillance prouvée, signalée par le client et "
                    "persistante jusqu'à son action : gravité suffisante (appréciation du moteur)",
                    "proven failure, reported by the client and lasting until it acted: serious "
                    "enough (engine's appraisal)")


ADVICE = "fr.civil.1194.duty_of_advice"


def advice_breach(ctx: Context) -> FactUse | None:
    """An established breach of the duty of advice (the professional knew the client's
    purpose and did not warn of the limits) is itself a non-performance of the contract (art.
    1194, 1231-1; former 1134, 1147). Once the client terminated or went to court over it, the
    courts have held it serious enough for termination (CA Paris 13 Sept. 2012; CA Besançon
    29 May 2018; CA Versailles 14 Jan. 2021, n° 19/04139; CA Lyon 22 Oct. 2020) — an engine
    reading of art. 1224 / former 1184 drawn from those decisions, said as such. A fact
    stating the breach is not serious rules it out."""
    if ctx.facts.breach_serious is False or not ctx.effective(ADVICE, Status.MET):
        return None
    if not ctx.by_client(EventType.LEGAL_ACTION, EventType.TERMINATION):
        return None
    return ctx.fact("findings", ADVICE, "manquement établi au devoir de conseil, invoqué par le "
                    "client quand il a agi : gravité suffisante (appréciation du moteur, d'après "
                    "les cours d'appel)", "established breach of the duty of advice, relied on by "
                    "the client when it acted: serious enough (engine's appraisal, after the "
                    "courts of appeal)")


def breach_state(ctx: Context, cond: Conditions) -> str:
    """Record the breach condition: ``proven``, ``alleged``, ``disproved`` or ``unknown``."""
    state = ctx.evidence_state()
    if state == "breach":
        cond.add(*ctx.breach_facts())
        return "proven"
    missing = not_delivered(ctx)
    if missing is not None:
        cond.add(missing)
        return "proven"
    if ctx.facts.defect_description:
        cond.add(ctx.fact("facts.defect_description", ctx.facts.defect_description,
                          "inexécution alléguée", "alleged non-performance"))
        if state == "none":
            cond.ask("evidence_runs", "Prouver l'inexécution (mesure des engagements).",
                     "Prove the non-performance (measure the commitments).")
        return "alleged"
    if state == "no_breach":
        cond.fail(ctx.fact("evidence_runs", "no_breach", "aucun manquement établi",
                           "no breach established"))
        return "disproved"
    cond.ask("facts.defect_description", "Quelle inexécution reprochez-vous au fournisseur ?",
             "What non-performance do you reproach the vendor?")
    return "unknown"


@rule("fr.civil.1231-1", title=T("Responsabilité contractuelle", "Contractual liability"),
      area=Area.GROUND, cites=(C + "1217", C + "1231-1", C + "1231", C + "1353"), reformed=True,
      order=30)
def contractual_liability(ctx: Context) -> Finding:
    """Non-performance, damage, causation; formal notice unless definitive (art. 1231)."""
    cond = Conditions(ctx.fact("contract.kind", str(ctx.dossier.contract.kind),
                               "contrat en cause", "contract concerned"))
    state = breach_state(ctx, cond)
    losses = ctx.dossier.losses
    if losses:
        cond.add(ctx.fact("losses", [loss.id for loss in losses], "préjudices chiffrés",
                          "quantified losses"))
    else:
        cond.ask("losses", "Quels préjudices (perte subie, gain manqué) et quels montants ?",
                 "What losses (loss suffered, lost profit) and what amounts?")
    cond.check("facts.causation_established", ctx.facts.causation_established,
               ("préjudice suite directe de l'inexécution", "loss directly caused"),
               ("Les préjudices sont-ils la suite immédiate et directe de l'inexécution ?",
                "Are the losses an immediate and direct consequence of the breach?"))
    notice = ctx.client_notice()
    if notice:
        cond.add(ctx.fact("timeline[formal_notice_sent]", notice.date, "mise en demeure envoyée",
                          "formal notice sent"))
    elif ctx.facts.definitive_non_performance is not True:
        cond.ask("timeline[formal_notice_sent]", "Mettre le fournisseur en demeure de s'exécuter "
                 "dans un délai raisonnable (art. 1231).", "Give the vendor formal notice to "
                 "perform within a reasonable time (art. 1231).")
    counter = [T("Le fournisseur invoquera une obligation de moyens, un usage non conforme par "
                 "le client ou un défaut de collaboration.", "The vendor will invoke an "
                 "obligation of means, misuse by the client or a lack of collaboration.")]
    if ctx.facts.client_misuse_alleged:
        cond.add(ctx.fact("facts.client_misuse_alleged", True, "mauvaise utilisation alléguée "
                          "par le fournisseur", "misuse alleged by the vendor"))
        counter.append(T("Mauvaise utilisation alléguée : le client devra montrer un usage "
                         "conforme à la documentation (preuve par tout moyen).", "Misuse "
                         "alleged: the client must show use in line with the documentation."))
    strength = {"proven": Strength.ESTABLISHED, "alleged": Strength.ARGUABLE}.get(
        state, Strength.WEAK)
    if ctx.dossier.contract.obligation_level is ObligationLevel.MEANS and state == "proven":
        strength = Strength.ARGUABLE
        counter.append(T("Obligation de moyens : l'écart mesuré est un indice, il faut encore "
                         "montrer la faute du fournisseur (art. 1353).", "Obligation of means: "
                         "the measured gap is evidence; the vendor's fault must still be shown "
                         "(art. 1353)."))
    if cond.status is Status.PARTIAL and strength is Strength.ESTABLISHED:
        strength = Strength.ARGUABLE if not losses else Strength.ESTABLISHED
    return ctx.make(
        conclusion=T("Inexécution contractuelle : le client peut cumuler les sanctions compatibles "
                     "(art. 1217) et demander des dommages et intérêts (art. 1231-1), sauf force "
                     "majeure.", "Contractual non-performance: the client may combine compatible "
                     "remedies (art. 1217) and claim damages (art. 1231-1), save force majeure."),
        status=cond.status, strength=strength, facts=cond.facts, missing=cond.missing,
        counter=counter, data={"breach": state})


@rule("fr.civil.1218", title=T("Force majeure", "Force majeure"), area=Area.GROUND,
      cites=(C + "1218", C + "1231-1"), exception_to="fr.civil.1231-1", effect="excused",
      reformed=True, order=31)
def force_majeure(ctx: Context) -> Finding | None:
    """An event beyond control, unforeseeable at conclusion, with unavoidable effects."""
    event = ctx.facts.force_majeure_event
    if not event:
        return None
    f = ctx.facts
    cond = Conditions(ctx.fact("facts.force_majeure_event", event, "événement invoqué",
                               "event invoked"))
    cond.check("facts.force_majeure_beyond_control", f.force_majeure_beyond_control,
               ("échappant au contrôle du débiteur", "beyond the debtor's control"),
               ("L'événement échappait-il au contrôle du fournisseur ?",
                "Was the event beyond the vendor's control?"))
    cond.check("facts.force_majeure_unforeseeable", f.force_majeure_unforeseeable,
               ("imprévisible lors de la conclusion", "unforeseeable at conclusion"),
               ("Pouvait-il être raisonnablement prévu lors de la conclusion ?",
                "Could it reasonably be foreseen at conclusion?"))
    cond.check("facts.force_majeure_unavoidable", f.force_majeure_unavoidable,
               ("effets inévitables", "unavoidable effects"),
               ("Ses effets pouvaient-ils être évités par des mesures appropriées ?",
                "Could its effects be avoided by appropriate measures?"))
    texts = {
        Status.MET: T("Force majeure caractérisée : le fournisseur est exonéré (art. 1218, "
                      "1231-1) ; empêchement temporaire = suspension, définitif = résolution de "
                      "plein droit.", "Force majeure made out: the vendor is excused (art. 1218, "
                      "1231-1); temporary impediment = suspension, definitive = automatic "
                      "termination."),
        Status.PARTIAL: T("Force majeure invoquée : conditions de l'article 1218 à vérifier.",
                          "Force majeure invoked: conditions of art. 1218 to check."),
        Status.NOT_MET: T("Force majeure non caractérisée : une condition de l'article 1218 fait "
                          "défaut.", "Force majeure not made out: a condition of art. 1218 "
                          "fails."),
    }
    return ctx.make(conclusion=texts[cond.status], status=cond.status,
                    strength=Strength.ARGUABLE if cond.status is Status.MET else Strength.WEAK,
                    facts=cond.facts, missing=cond.missing,
                    counter=[T("Les défaillances d'un modèle d'IA sont en principe prévisibles et "
                               "maîtrisables par son fournisseur.", "Failures of an AI model are "
                               "in principle foreseeable and controllable by its provider.")])


@rule("fr.civil.1231-1.configuration", title=T("Paramétrage défaillant", "Faulty configuration"),
      area=Area.GROUND, cites=(C + "1231-1", C + "1103", C + "1353", C + "1194"), order=36)
def configuration(ctx: Context) -> Finding | None:
    """Who configured the system, under which clause, and whether the failure comes from it."""
    f = ctx.facts
    if f.configured_by is None and f.defect_caused_by_configuration is None:
        return None
    cond = Conditions()
    if f.configured_by is None:
        cond.add(ctx.fact("facts.defect_caused_by_configuration", f.defect_caused_by_configuration,
                          "défaut lié au paramétrage", "failure due to configuration"))
        cond.ask("facts.configured_by", "Qui a paramétré le système (fournisseur, client, "
                 "intégrateur) ?", "Who configured the system (vendor, client, integrator)?")
        return ctx.make(conclusion=T("Paramétrage en cause : identifier qui l'a réalisé.",
                                     "Configuration at issue: identify who did it."),
                        status=Status.PARTIAL, strength=Strength.WEAK, facts=cond.facts,
                        missing=cond.missing, cites=(C + "1353",))
    who = ctx.dossier.party(f.configured_by)
    role = str(who.role) if who else "unknown"
    cond.add(ctx.fact("facts.configured_by", f.configured_by, f"paramétré par {role}",
                      f"configured by {role}"))
    if f.configuration_clause:
        cond.add(ctx.fact("facts.configuration_clause", f.configuration_clause,
                          "clause de paramétrage", "configuration clause"))
    caused = cond.check("facts.defect_caused_by_configuration", f.defect_caused_by_configuration,
                        ("défaillance due au paramétrage", "failure due to configuration"),
                        ("La défaillance vient-elle du paramétrage ?",
                         "Does the failure come from the configuration?"))
    if role == "vendor":
        return ctx.make(
            conclusion=T("Paramétrage réalisé par le fournisseur : une défaillance qui en résulte "
                         "est son inexécution (art. 1231-1), dans les termes de la clause (art. "
                         "1103).", "Configuration done by the vendor: a failure resulting from it "
                         "is its non-performance (art. 1231-1), within the clause (art. 1103)."),
            status=cond.status, strength=Strength.ESTABLISHED if caused else Strength.ARGUABLE,
            facts=cond.facts, missing=cond.missing, cites=(C + "1231-1", C + "1103"))
    return ctx.make(
        conclusion=T("Paramétrage réalisé par " + ("le client" if role == "client" else
                                                    "un tiers (" + role + ")")
                     + " : le fournisseur opposera que la défaillance ne lui est pas imputable ; "
                     "reste son devoir de conseil sur le paramétrage (art. 1194) ; preuve à la "
                     "charge de celui qui invoque (art. 1353).",
                     "Configuration done by " + ("the client" if role == "client" else
                                                 "a third party (" + role + ")")
                     + ": the vendor will argue the failure is not attributable to it; its duty "
                     "of advice on configuration remains (art. 1194); burden on the claimant "
                     "(art. 1353)."),
        status=Status.NOT_MET if caused else cond.status, strength=Strength.ARGUABLE,
        facts=cond.facts, missing=cond.missing, cites=(C + "1194", C + "1353"),
        counter=[T("Le client soutiendra que les valeurs de paramétrage venaient du fournisseur "
                   "ou de sa documentation.", "The client will argue the configuration values "
                   "came from the vendor or its documentation.")])
