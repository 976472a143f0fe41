"""Non-conforming delivery (art. 1603–1604, 1610–1611) and the effects of acceptance."""

from __future__ import annotations

import datetime as dt

from recours.dossier import Event, EventType
from recours.i18n import T
from recours.law import dates
from recours.law.context import Conditions, Context
from recours.law.engine import Area, FactUse, Finding, Status, Strength, rule
from recours.law.fr.code_civil import non_performance
from recours.law.fr.code_civil.kinds import sale_remedies

C = "fr.civil."
SAFE_WEB = "cass.com.2013-11-26.12-25191"
LATHE = "cass.com.2015-02-10.13-24501"
TACIT = "cass.com.1995-01-03"
NOT_A_SALE = T(
    "Le contrat n'est pas une vente : la non-conformité relève de la responsabilité "
    "contractuelle (art. 1217, 1231-1).",
    "The contract is not a sale: the "
    "non-conformity falls under contractual liability (art. 1217, 1231-1).",
)


@rule(
    "fr.civil.1604",
    title=T("Délivrance et recette", "Delivery and acceptance"),
    area=Area.GROUND,
    cites=(C + "1604", C + "1603"),
    order=20,
    case_law=(SAFE_WEB, LATHE, TACIT),
)
def delivery(ctx: Context) -> Finding | None:
    """Delivery of software is complete only after a successful acceptance (recette)."""
    delivered = ctx.first(EventType.DELIVERY)
    acceptance = ctx.last(EventType.ACCEPTANCE)
    golive = ctx.first(EventType.GO_LIVE)
    if delivered is None and acceptance is None and golive is not None:
        return _went_live(ctx, golive)
    if delivered is None and acceptance is None:
        missing = non_performance.not_delivered(ctx)
        if missing is not None:
            return ctx.make(
                conclusion=(T("Rien n'a été livré, le fournisseur ayant cessé d'exécuter "
                              "(inexécution définitive) : la délivrance n'est pas exécutée (art. "
                              "1604), c'est au fournisseur de prouver qu'il a livré (art. 1353 "
                              "al. 2).", "Nothing was delivered, the vendor having stopped "
                              "performing (definitive non-performance): delivery is not performed "
                              "(art. 1604); the vendor must prove it delivered (art. 1353 al. 2).")
                            if missing.path == "facts.definitive_non_performance" else
                            T("Rien n'a été livré à la date convenue : la délivrance n'est pas "
                             "exécutée (art. 1604), c'est au fournisseur de prouver qu'il a livré "
                             "(art. 1353 al. 2).", "Nothing was delivered by the agreed date: "
                             "delivery is not performed (art. 1604); the vendor must prove it "
                             "delivered (art. 1353 al. 2).")),
                status=Status.INFO, strength=Strength.ARGUABLE, facts=[missing],
                counter=[T("Le fournisseur invoquera une livraison partielle ou un retard dû au "
                           "client (défaut de collaboration).", "The vendor will invoke a partial "
                           "delivery or a delay caused by the client (lack of collaboration).")],
                data={"delivery_complete": False, "accepted_without_reservation": False})
        if not ctx.dossier.timeline:
            return None
        cond = Conditions(
            ctx.fact("timeline", len(ctx.dossier.timeline), "événements datés", "dated events")
        )
        cond.ask(
            "timeline[delivery]",
            "À quelle date le système a-t-il été livré ?",
            "When was the system delivered?",
        )
        return ctx.make(
            conclusion=T("Livraison non datée au dossier.", "No delivery date in the dossier."),
            status=Status.PARTIAL,
            strength=Strength.WEAK,
            facts=cond.facts,
            missing=cond.missing,
            data={"delivery_complete": None},
        )
    facts: list[FactUse] = []
    if delivered:
        facts.append(ctx.fact("timeline[delivery]", delivered.date, "livraison", "delivery"))
    if acceptance is None:
        assert delivered is not None
        refused = non_performance.refused_within_acceptance_period(ctx)
        if refused is not None:
            return ctx.make(
                conclusion=T("Le client a objecté dans le délai contractuel de recette et aucune "
                             "recette n'a suivi : la réception réputée acquise n'a pas eu lieu, "
                             "la délivrance n'est pas complète (art. 1103, 1604) ; c'est au "
                             "fournisseur de prouver qu'il a livré un système conforme (art. 1353 "
                             "al. 2).", "The client objected within the contractual acceptance "
                             "period and no acceptance followed: the deemed acceptance did not "
                             "occur, delivery is not complete (art. 1103, 1604); the vendor must "
                             "prove it delivered a conforming system (art. 1353 al. 2)."),
                status=Status.INFO, strength=Strength.ARGUABLE, facts=[*facts, refused],
                counter=[T("Le fournisseur soutiendra que l'objection n'était pas motivée ou "
                           "portait sur des points mineurs.", "The vendor will argue the "
                           "objection gave no reasons or concerned minor points.")],
                caveats=[T("Lecture du moteur appuyée sur une seule décision du jeu de cas (CA "
                           "Agen, 26 nov. 2014) et sur les termes du contrat (art. 1103).",
                           "The engine's reading rests on one decision of the case set (CA "
                           "Agen, 26 Nov. 2014) and on the contract's terms (art. 1103).")],
                uncertain=True,
                data={"delivery_complete": False, "accepted_without_reservation": False})
        if not _acceptance_provided(ctx) and ctx.is_consumer_client():
            return _handed_over(ctx, facts, delivered)
        tacit = _tacit_acceptance(ctx, delivered.date)
        if tacit is not None:
            return tacit
        counter = [
            T(
                "Le fournisseur soutiendra une réception tacite par la mise en production"
                + (f" du {dates.fr(golive.date)}" if golive else "")
                + ".",
                "The vendor will argue tacit acceptance by going live"
                + (f" on {dates.en(golive.date)}" if golive else "")
                + ".",
            )
        ]
        return ctx.make(
            decisions=(TACIT,),
            conclusion=T(
                "Livré mais pas de recette au dossier : la délivrance d'un logiciel "
                "n'est complète qu'après une recette réussie (art. 1604).",
                "Delivered but no acceptance in the dossier: delivery of software is "
                "complete only after a successful acceptance (art. 1604).",
            ) if _acceptance_provided(ctx) else T(
                "Livré, sans mise au point effective constatée au dossier ; le contrat ne prévoit "
                "pas de recette : la délivrance d'un système complexe n'est complète qu'une fois "
                "sa mise au point effective réalisée (art. 1604).",
                "Delivered, with no effective set-up recorded in the dossier; the contract "
                "provides no acceptance procedure: delivery of a complex system is complete only "
                "once it is effectively set up (art. 1604).",
            ),
            status=Status.PARTIAL,
            strength=Strength.ARGUABLE,
            facts=facts,
            counter=counter,
            missing=[
                ctx.ask(
                    "timeline[acceptance]",
                    "Une recette a-t-elle eu lieu (date, réserves) ?",
                    "Did an acceptance take place (date, reservations)?",
                ),
                *(() if _acceptance_provided(ctx) else (ctx.ask(
                    "facts.effective_setup_achieved",
                    "Le système a-t-il effectivement fonctionné après la livraison (mise au "
                    "point réalisée) ?",
                    "Did the system actually work after delivery (effective set-up)?",
                ),)),
            ],
            data={"delivery_complete": False, "accepted_without_reservation": False},
        )
    facts.append(ctx.fact("timeline[acceptance]", acceptance.date, "recette", "acceptance"))
    if acceptance.refused or acceptance.reservations:
        listed = " ; ".join(r.rstrip(". ") for r in acceptance.reservations)
        what = "refusée" if acceptance.refused else f"avec réserves ({listed})"
        what_en = "refused" if acceptance.refused else f"with reservations ({listed})"
        facts.append(
            ctx.fact(
                "timeline[acceptance].reservations",
                acceptance.reservations or "refused",
                what,
                what_en,
            )
        )
        return ctx.make(
            conclusion=T(
                f"Recette {what} ({dates.fr(acceptance.date)}) : délivrance non "
                "complète (art. 1604) ; les non-conformités réservées restent "
                "invocables.",
                f"Acceptance {what_en} ({dates.en(acceptance.date)}): delivery not "
                "complete (art. 1604); the reserved non-conformities remain open.",
            ),
            status=Status.INFO,
            strength=Strength.ESTABLISHED,
            facts=facts,
            data={"delivery_complete": False, "accepted_without_reservation": False},
        )
    if ctx.facts.effective_setup_achieved is False:
        return _not_set_up(ctx, facts, acceptance.date)
    if _before_performance(ctx, acceptance.date, delivered):
        return _premature(ctx, facts, acceptance.date)
    return ctx.make(
        conclusion=T(
            f"Recette sans réserve le {dates.fr(acceptance.date)} : délivrance complète "
            "(art. 1604) ; elle couvre les non-conformités apparentes à cette date.",
            f"Acceptance without reservation on {dates.en(acceptance.date)}: delivery "
            "complete (art. 1604); it covers the non-conformities apparent at that "
            "date.",
        ),
        status=Status.INFO,
        strength=Strength.ESTABLISHED,
        facts=facts,
        data={"delivery_complete": True, "accepted_without_reservation": True},
    )


#: Clause kinds (contract domain) that organise an acceptance procedure (recette).
ACCEPTANCE_KINDS = frozenset({"acceptance", "acceptance_testing", "acceptance_procedure",
                              "recette"})


def _acceptance_provided(ctx: Context) -> bool:
    """The contract provides an acceptance (recette): a period, a clause, or a recorded one."""
    c = ctx.dossier.contract
    return c.acceptance_period_days is not None or any(
        ACCEPTANCE_KINDS & set(clause.kinds) for clause in c.clauses)


def _handed_over(ctx: Context, facts: list[FactUse], delivered: Event) -> Finding:
    """A consumer's purchase with no acceptance in the contract: delivery is the handing over
    of the thing (art. 1604); its conformity is judged against the contract, not by a recette."""
    return ctx.make(
        conclusion=T(
            f"Bien livré le {dates.fr(delivered.date)} ; le contrat ne prévoit pas de recette : "
            "la délivrance s'opère par la remise du bien (art. 1604), sa conformité s'apprécie "
            "au regard de ce qui a été convenu (art. 1603).",
            f"Goods delivered on {dates.en(delivered.date)}; the contract provides no acceptance "
            "procedure: delivery is the handing over of the goods (art. 1604), their conformity "
            "is judged against what was agreed (art. 1603)."),
        status=Status.INFO, strength=Strength.ESTABLISHED, facts=facts,
        data={"delivery_complete": None, "accepted_without_reservation": None,
              "acceptance_provided": False})


def _went_live(ctx: Context, golive: Event) -> Finding:
    """No delivery event, but the service was opened (go-live): that is the date the system
    was made available; without an acceptance in the contract, no recette is awaited."""
    facts = [ctx.fact("timeline[go_live]", golive.date, "mise en service (ouverture du service)",
                      "go-live (service opened)")]
    if _acceptance_provided(ctx):
        return ctx.make(
            conclusion=T(
                f"Système mis en service le {dates.fr(golive.date)}, sans recette au dossier "
                "alors que le contrat en prévoit une : la délivrance n'est complète qu'après la "
                "recette (art. 1604) ; le fournisseur soutiendra une réception tacite par la "
                "mise en production.",
                f"System live since {dates.en(golive.date)}, with no acceptance in the dossier "
                "although the contract provides one: delivery is complete only after acceptance "
                "(art. 1604); the vendor will argue tacit acceptance by going live."),
            status=Status.PARTIAL, strength=Strength.ARGUABLE, facts=facts,
            missing=[ctx.ask("timeline[acceptance]", "Une recette a-t-elle eu lieu (date, "
                             "réserves) ?", "Did an acceptance take place (date, "
                             "reservations)?")],
            data={"delivery_complete": None, "accepted_without_reservation": None})
    return ctx.make(
        conclusion=T(
            f"Service mis à disposition le {dates.fr(golive.date)} (mise en service) ; le contrat "
            "ne prévoit pas de recette : la délivrance est datée par l'ouverture du service (art. "
            "1604), les défaillances ultérieures relèvent de l'exécution du contrat.",
            f"Service made available on {dates.en(golive.date)} (go-live); the contract provides "
            "no acceptance: delivery is dated by the opening of the service (art. 1604), later "
            "failures concern the performance of the contract."),
        status=Status.INFO, strength=Strength.ESTABLISHED, facts=facts,
        data={"delivery_complete": None, "accepted_without_reservation": None,
              "acceptance_provided": False})


def _before_performance(ctx: Context, accepted_on: dt.date, delivered: Event | None) -> bool:
    """The report was signed before anything could be verified: before the delivery, or, with
    no delivery in the dossier, on or before the day the contract was signed."""
    if delivered is not None:
        return accepted_on < delivered.date
    signed = ctx.first(EventType.SIGNATURE)
    concluded = signed.date if signed else ctx.dossier.contract.concluded_on
    return concluded is not None and accepted_on <= concluded


def _premature(ctx: Context, facts: list[FactUse], accepted_on: dt.date) -> Finding:
    """Safe & Web (2013): the delivery of a complex product is complete only once it is
    effectively set up, whatever a delivery note signed without reservation says — a report
    signed before any performance attests no set-up."""
    return ctx.make(
        decisions=(SAFE_WEB,),
        conclusion=T(
            f"Procès-verbal signé le {dates.fr(accepted_on)}, avant toute exécution "
            "vérifiable (avant la livraison, ou le jour même du contrat) : il ne constate "
            "aucune mise au point ; la délivrance d'un produit complexe n'est complète qu'une "
            "fois la mise au point effective réalisée, quelle que soit la signature sans réserve "
            "(art. 1604 ; Cass. com. 26 nov. 2013, Safe & Web).",
            f"Report signed on {dates.en(accepted_on)}, before any verifiable performance "
            "(before delivery, or the very day of the contract): it attests no set-up; delivery "
            "of a complex product is complete only once effectively set up, whatever a report "
            "signed without reservation says (art. 1604; Safe & Web, 2013).",
        ),
        status=Status.INFO, strength=Strength.ARGUABLE, facts=facts,
        counter=[T("Le fournisseur opposera la signature sans réserve du procès-verbal et "
                   "l'usage ultérieur du système.", "The vendor will invoke the report signed "
                   "without reservation and the later use of the system.")],
        data={"delivery_complete": False, "accepted_without_reservation": True,
              "premature_report": True},
    )


#: What the client does to object: while one of these precedes its conduct, no tacit acceptance.
OBJECTIONS = (EventType.COMPLAINT, EventType.INCIDENT, EventType.DEFECT_DISCOVERY,
              EventType.FORMAL_NOTICE_SENT, EventType.LEGAL_ACTION)


def _tacit_acceptance(ctx: Context, delivered_on: dt.date) -> Finding | None:
    """No acceptance report, but the client behaved as having accepted: it went live or paid
    after delivery, and had objected to nothing before. Courts read this as tacit acceptance
    (réception tacite) — a presumption the client may rebut (waiver is not presumed): once
    the client objected, or the system never worked, there is none."""
    if ctx.facts.effective_setup_achieved is False:
        return None
    golive = ctx.first(EventType.GO_LIVE)
    paid = sorted(p.paid_on for p in ctx.dossier.contract.payment_schedule
                  if p.paid_on and delivered_on <= p.paid_on <= ctx.on)
    conduct = sorted(d for d in [golive.date if golive else None, *paid[:1]] if d is not None)
    if not conduct:
        return None
    since = conduct[0]
    if any(e.date <= since and e.by != "vendor" for e in ctx.events(*OBJECTIONS)):
        return None
    facts = [ctx.fact("timeline[delivery]", delivered_on, "livraison", "delivery")]
    if golive and golive.date == since:
        facts.append(ctx.fact("timeline[go_live]", since, "mise en production sans réserve",
                              "go-live without reservation"))
    else:
        facts.append(ctx.fact("contract.payment_schedule[paid_on]", since,
                              "paiement après la livraison, sans réserve",
                              "payment after delivery, without reservation"))
    return ctx.make(
        decisions=(TACIT,),
        conclusion=T(
            f"Pas de procès-verbal de recette, mais le client s'est comporté comme ayant reçu le "
            f"système ({dates.fr(since)}), sans réclamation antérieure : réception tacite "
            "probable, la délivrance est tenue pour complète (art. 1604) et couvre les défauts "
            "apparents.",
            f"No acceptance report, but the client behaved as having received the system "
            f"({dates.en(since)}), with no earlier complaint: tacit acceptance likely, delivery "
            "is taken as complete (art. 1604) and covers apparent defects."),
        status=Status.PARTIAL, strength=Strength.ARGUABLE, facts=facts,
        missing=[ctx.ask("timeline[acceptance]", "Une recette a-t-elle eu lieu (date, réserves) ? "
                         "Le client a-t-il réclamé avant d'utiliser ou de payer ?",
                         "Did an acceptance take place (date, reservations)? Did the client "
                         "complain before using or paying?")],
        counter=[T("La renonciation ne se présume pas : le client prouvera que le système ne "
                   "fonctionnait pas (présomption simple).", "Waiver is not presumed: the "
                   "client may prove the system did not work (rebuttable presumption).")],
        data={"delivery_complete": True, "accepted_without_reservation": True, "tacit": True})


def _not_set_up(ctx: Context, facts: list[FactUse], accepted_on: object) -> Finding:
    """A complex system accepted without reservation that never actually worked."""
    facts.append(ctx.fact("facts.effective_setup_achieved", False,
                          "le système n'a jamais fonctionné effectivement (mise au point non "
                          "réalisée)", "the system never actually worked (no effective set-up)"))
    return ctx.make(
        conclusion=T(
            "Procès-verbal de recette signé sans réserve, mais le système n'a jamais été mis au "
            "point : la délivrance d'un système complexe n'est pleinement exécutée qu'une fois "
            "réalisée sa mise au point effective (art. 1604) — la recette ne couvre pas ce "
            "manquement.",
            "Acceptance report signed without reservation, but the system was never set up: "
            "delivery of a complex system is fully performed only once its effective set-up "
            "is achieved (art. 1604) — the acceptance does not cover this failure."),
        status=Status.INFO, strength=Strength.ARGUABLE, facts=facts,
        decisions=(SAFE_WEB, LATHE),
        counter=[T("Le fournisseur invoquera le procès-verbal sans réserve et une utilisation "
                   "prolongée (réception tacite).", "The vendor will invoke the acceptance "
                   "report without reservation and prolonged use (tacit acceptance).")],
        data={"delivery_complete": False, "accepted_without_reservation": False,
              "signed_without_reservation": True, "effective_setup_achieved": False})


@rule(
    "fr.civil.1603",
    title=T("Délivrance non conforme", "Non-conforming delivery"),
    area=Area.GROUND,
    cites=(C + "1603", C + "1604", C + "1615", C + "1217", C + "1231-1"),
    order=21,
)
def conformity(ctx: Context) -> Finding:
    """The delivered system differs from the contractual specification."""
    kind = ctx.dossier.contract.kind
    opens = sale_remedies(kind)
    kind_fact = ctx.fact("contract.kind", str(kind), "nature du contrat", "contract kind")
    if opens == "no":
        return ctx.make(
            conclusion=NOT_A_SALE,
            status=Status.NOT_MET,
            strength=Strength.ESTABLISHED,
            facts=[kind_fact],
            cites=(C + "1603", C + "1217", C + "1231-1"),
        )
    cond = Conditions(kind_fact)
    spec = ctx.facts.specification_documented
    if spec is None and ctx.dossier.commitments:
        spec = True
        cond.add(
            ctx.fact(
                "commitments",
                [c.id for c in ctx.dossier.commitments],
                "spécification chiffrée au contrat",
                "measurable specification",
            )
        )
    else:
        cond.check(
            "facts.specification_documented",
            spec,
            ("performances attendues écrites au contrat", "expected performance written"),
            (
                "Les performances attendues sont-elles écrites au contrat ?",
                "Are the expected performances written in the contract?",
            ),
        )
    state = ctx.evidence_state()
    if state == "breach":
        cond.add(*ctx.breach_facts())
    elif state == "no_breach":
        cond.fail(
            ctx.fact(
                "evidence_runs",
                "no_breach",
                "aucun manquement établi par la mesure",
                "no breach established by measurement",
            )
        )
    else:
        cond.ask(
            "evidence_runs",
            "Mesurer l'écart entre le système livré et la spécification.",
            "Measure the gap between the delivered system and the specification.",
        )
    strength = (
        Strength.ESTABLISHED
        if cond.status is Status.MET and opens == "yes"
        else (Strength.ARGUABLE if cond.status is not Status.NOT_MET else Strength.WEAK)
    )
    return ctx.make(
        conclusion=T(
            "Manquement à l'obligation de délivrance conforme (art. 1603) : le système "
            "livré ne correspond pas aux performances convenues.",
            "Breach of the obligation to deliver a conforming thing (art. 1603): the "
            "delivered system does not match the agreed performance.",
        ),
        status=cond.status,
        strength=strength,
        facts=cond.facts,
        missing=cond.missing,
        cites=(C + "1603", C + "1604", C + "1615"),
        counter=[
            T(
                "Le fournisseur opposera la recette sans réserve et la qualification de vice "
                "caché (non-cumul des actions).",
                "The vendor will raise acceptance without "
                "reservation and the hidden-defect qualification (no cumulation).",
            )
            if _accepted_clean(ctx)
            else T(
                "Le fournisseur opposera la qualification de vice caché (non-cumul des actions).",
                "The vendor will raise the hidden-defect qualification (no cumulation).",
            ),
            *(
                [
                    T(
                        "Qualification de vente discutable pour ce contrat.",
                        "Sale qualification arguable for this contract.",
                    )
                ]
                if opens != "yes"
                else []
            ),
        ],
    )


def _accepted_clean(ctx: Context) -> bool:
    return any(f.data.get("accepted_without_reservation") for f in ctx.found("fr.civil.1604"))


@rule(
    "fr.civil.1603.acceptance",
    title=T(
        "Recette sans réserve et non-conformité apparente",
        "Acceptance without reservation and apparent defects",
    ),
    area=Area.GROUND,
    cites=(C + "1603", C + "1604"),
    exception_to="fr.civil.1603",
    effect="ground_closed",
    order=22,
)
def acceptance_covers(ctx: Context) -> Finding | None:
    """Acceptance without reservation covers the non-conformities apparent at acceptance."""
    if not ctx.has("fr.civil.1603", Status.MET, Status.PARTIAL):
        return None
    acc = [f for f in ctx.found("fr.civil.1604") if f.data.get("accepted_without_reservation")]
    if not acc:
        return None
    cond = Conditions(
        ctx.fact(
            "timeline[acceptance]",
            "without_reservation",
            "recette sans réserve",
            "acceptance without reservation",
        )
    )
    apparent = cond.check(
        "facts.defect_apparent_at_acceptance",
        ctx.facts.defect_apparent_at_acceptance,
        ("non-conformité apparente à la recette", "apparent at acceptance"),
        (
            "La non-conformité était-elle visible lors de la recette ?",
            "Was the non-conformity visible at acceptance?",
        ),
    )
    if apparent is None:
        return ctx.make(
            conclusion=T(
                "La recette sans réserve fermerait l'action si la "
                "non-conformité était apparente : fait à établir.",
                "Acceptance without reservation would close the action if "
                "the non-conformity was apparent: fact to establish.",
            ),
            status=Status.PARTIAL,
            strength=Strength.ARGUABLE,
            facts=cond.facts,
            missing=cond.missing,
        )
    if not apparent:
        return ctx.make(
            conclusion=T(
                "Non-conformité non apparente à la recette : la recette sans "
                "réserve ne la couvre pas.",
                "Non-conformity not apparent at acceptance: the acceptance does not cover it.",
            ),
            status=Status.NOT_MET,
            strength=Strength.ARGUABLE,
            facts=cond.facts,
        )
    return ctx.make(
        conclusion=T(
            "Recette sans réserve d'une non-conformité apparente : l'action "
            "en délivrance non conforme est fermée.",
            "Acceptance without "
            "reservation of an apparent non-conformity: the conformity "
            "action is closed.",
        ),
        status=Status.MET,
        strength=Strength.ESTABLISHED,
        facts=cond.facts,
    )


@rule(
    "fr.civil.1610",
    title=T("Retard de délivrance", "Late delivery"),
    area=Area.GROUND,
    cites=(C + "1610", C + "1611"),
    order=23,
)
def late_delivery(ctx: Context) -> Finding | None:
    """Delivery not made (complete) at the agreed time: termination or delivery, and damages."""
    agreed = ctx.facts.agreed_delivery_date
    if agreed is None or sale_remedies(ctx.dossier.contract.kind) == "no":
        return None
    facts = [
        ctx.fact(
            "facts.agreed_delivery_date",
            agreed,
            "date de délivrance convenue",
            "agreed delivery date",
        )
    ]
    complete = [f for f in ctx.found("fr.civil.1604") if f.data.get("delivery_complete")]
    done = ctx.last(EventType.ACCEPTANCE) if complete else None
    if done is not None and done.date <= agreed:
        facts.append(
            ctx.fact("timeline[acceptance]", done.date, "délivrance complète", "complete delivery")
        )
        return ctx.make(
            conclusion=T(
                "Délivrance complète dans le temps convenu.",
                "Complete delivery within the agreed time.",
            ),
            status=Status.NOT_MET,
            strength=Strength.ESTABLISHED,
            facts=facts,
            cites=(C + "1610",),
        )
    if done is None and ctx.on <= agreed:
        return None
    if done is not None:
        facts.append(
            ctx.fact(
                "timeline[acceptance]",
                done.date,
                "délivrance complète (tardive)",
                "complete delivery (late)",
            )
        )
    # Something was delivered in time but acceptance never succeeded: calling that a late
    # delivery rests on « delivery complete only after successful acceptance » — arguable.
    shipped = ctx.dossier.first_event(EventType.DELIVERY)
    partial = done is None and shipped is not None and shipped.date <= agreed
    if partial and shipped is not None:
        facts.append(
            ctx.fact(
                "timeline[delivery]",
                shipped.date,
                "livraison sans recette réussie",
                "delivery without successful acceptance",
            )
        )
    return ctx.make(
        conclusion=T(
            f"Délivrance non faite au temps convenu ({dates.fr(agreed)}) : l'acquéreur "
            "peut demander la résolution ou la mise en possession (art. 1610) et des "
            "dommages et intérêts s'il en résulte un préjudice (art. 1611).",
            f"Delivery not made at the agreed time ({dates.en(agreed)}): the buyer may "
            "seek termination or delivery (art. 1610) and damages for any loss (art. "
            "1611).",
        ),
        status=Status.MET,
        strength=Strength.ARGUABLE if partial else Strength.ESTABLISHED,
        facts=facts,
        counter=[
            *(
                [
                    T(
                        "Le fournisseur soutiendra avoir livré à temps : seule la levée des "
                        "réserves de recette manque.",
                        "The vendor will argue it delivered in "
                        "time and only the lifting of acceptance reservations is missing.",
                    )
                ]
                if partial
                else []
            ),
            T(
                "Le fournisseur soutiendra que le retard ne vient pas de son seul fait (art. "
                "1610 : « si le retard ne vient que du fait du vendeur »).",
                "The vendor will argue the delay is not due to it alone (art. 1610).",
            ),
        ],
    )
