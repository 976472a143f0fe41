"""Former law (contracts concluded before 1 October 2016, ord. n° 2016-131 art. 9): the
former articles 1134, 1147, 1150, 1131, 1184, 1116 and 1109–1110 of the Code civil.

The reformed rules are not run for such contracts; these rules take their place. Where the
reasoning is the same (proof of the breach, essential obligation, gross fault) they reuse the
reformed rule's conditions and restate the conclusion under the former numbering.
"""

from __future__ import annotations

from dataclasses import replace

from recours.i18n import T
from recours.law.context import Conditions, Context
from recours.law.engine import Area, Finding, RuleResult, Status, Strength, rule
from recours.law.fr.code_civil import clauses, information, non_performance

A = "fr.civil_anc."
C = "fr.civil."
CAP = clauses.CAP


def _one(result: RuleResult) -> Finding | None:
    """The single finding (or none) of a reused reformed rule."""
    return result if result is None or isinstance(result, Finding) else next(iter(result), None)


def _restate(found: Finding | None, conclusion: T) -> Finding | None:
    return None if found is None else replace(found, conclusion=conclusion)


@rule(A + "1147", title=T("Responsabilité contractuelle (ancien droit)",
                          "Contractual liability (former law)"),
      area=Area.GROUND, cites=(A + "1147", A + "1134"), order=30)
def former_liability(ctx: Context) -> Finding | None:
    """Art. 1147 anc.: damages for non-performance, save a cause étrangère."""
    if not ctx.former_law:
        return None
    found = _one(non_performance.contractual_liability(ctx))
    return _restate(found, T(
        "Inexécution contractuelle (contrat antérieur au 1er octobre 2016) : le débiteur est "
        "condamné aux dommages et intérêts à raison de l'inexécution, s'il ne justifie pas "
        "d'une cause étrangère qui ne peut lui être imputée (art. 1147 anc. ; force "
        "obligatoire et bonne foi, art. 1134 anc.).",
        "Contractual non-performance (contract concluded before 1 October 2016): the debtor "
        "owes damages for non-performance unless it shows an external cause not attributable "
        "to it (former art. 1147; binding force and good faith, former art. 1134)."))


@rule(A + "1184", title=T("Résolution judiciaire (ancien droit)",
                          "Judicial termination (former law)"),
      area=Area.REMEDY, cites=(A + "1184",), order=62)
def former_resolution(ctx: Context) -> Finding | None:
    """Art. 1184 anc.: termination for a serious breach, asked of the court."""
    if not ctx.former_law:
        return None
    cond = Conditions(ctx.fact("contract.concluded_on", ctx.concluded_on,
                               "contrat antérieur à la réforme", "contract before the reform"))
    advice = non_performance.advice_breach(ctx)
    if advice is not None:
        cond.add(advice)  # the duty of advice breached is itself the non-performance
        state = "proven"
    else:
        state = non_performance.breach_state(ctx, cond)
    if state == "unknown":
        return None
    f = ctx.facts
    serious = f.definitive_non_performance if f.definitive_non_performance is not None \
        else f.defect_renders_unfit
    if serious is None and advice is not None:
        serious = True
    if serious is None and non_performance.not_delivered(ctx) is not None:
        serious = True  # not delivering at all (or a system that never worked) is serious
    lasting = non_performance.persistent_failure(ctx) if serious is None else None
    if lasting is not None:
        cond.add(lasting)  # proven, reported, unresolved until the client acted
        serious = True
    cond.check("facts.defect_renders_unfit", serious,
               ("inexécution suffisamment grave", "breach serious enough"),
               ("L'inexécution est-elle assez grave pour justifier la résolution (système "
                "inutilisable, inexécution définitive) ?", "Is the breach serious enough to "
                "justify termination (unusable system, definitive non-performance)?"))
    return ctx.make(
        conclusion=T("Résolution du contrat pour inexécution grave, à demander en justice : "
                     "elle n'a pas lieu de plein droit et le juge peut accorder un délai au "
                     "débiteur (art. 1184 anc., al. 2 et 3), avec dommages et intérêts.",
                     "Termination for a serious breach, to be asked of the court: it does not "
                     "operate automatically and the court may grant the debtor time (former "
                     "art. 1184, al. 2 and 3), with damages."),
        status=cond.status, strength=Strength.ARGUABLE if state == "proven" else Strength.WEAK,
        facts=cond.facts, missing=cond.missing, pinpoints={A + "1184": "al. 2 et 3"},
        uncertain=advice is not None,
        counter=[T("Sauf clause résolutoire, la résiliation unilatérale par simple notification "
                   "expose le client à ses risques et périls.", "Absent a termination clause, "
                   "unilateral termination by mere notice is at the client's own risk.")],
        data={"breach": state})


@rule(A + "1131.essential_obligation",
      title=T("Obligation essentielle et clause limitative (ancien droit, cause)",
              "Essential obligation and limitation clause (former law, cause)"),
      area=Area.CLAUSE, cites=(A + "1131",), exception_to=CAP, effect="cap_set_aside",
      order=51, case_law=(clauses.CHRONOPOST, clauses.FAURECIA_I, clauses.FAURECIA_II))
def former_essential_obligation(ctx: Context) -> Finding | None:
    """Art. 1131 anc. (Chronopost, Faurecia): a cap contradicting the essential obligation."""
    if not ctx.former_law:
        return None
    found = _one(clauses.essential_obligation(ctx))
    if found is None:
        return None
    texts = {Status.MET: T("La clause limitative contredit la portée de l'obligation essentielle : "
                           "réputée non écrite (art. 1131 anc. ; Chronopost, 1996).",
                           "The limitation clause contradicts the scope of the essential "
                           "obligation: deemed unwritten (former art. 1131; Chronopost, 1996)."),
             Status.PARTIAL: T("Clause réputée non écrite si elle contredit la portée de "
                               "l'obligation essentielle (art. 1131 anc.) : faits à établir.",
                               "Clause deemed unwritten if it contradicts the scope of the "
                               "essential obligation (former art. 1131): facts to establish."),
             Status.NOT_MET: T("Clause limitative non contraire à l'obligation essentielle au vu "
                               "des faits (art. 1131 anc. ; Faurecia II, 2010).",
                               "Limitation clause not contrary to the essential obligation on "
                               "the facts (former art. 1131; Faurecia II, 2010).")}
    return _restate(found, texts.get(found.status, found.conclusion))


@rule(A + "1150.cap_fault", title=T("Faute lourde ou dolosive et plafond (ancien droit)",
                                    "Gross or wilful fault and the cap (former law)"),
      area=Area.CLAUSE, cites=(A + "1150",), exception_to=CAP, effect="cap_set_aside",
      order=52, case_law=(clauses.FAURECIA_II,))
def former_cap_fault(ctx: Context) -> Finding | None:
    """Art. 1150 anc.: dol (and gross fault, its equivalent) lifts the limits — if proven."""
    if not ctx.former_law:
        return None
    found = _one(clauses.cap_fault(ctx))
    if found is None:
        return None
    if found.status is Status.MET:
        text = T("Faute lourde ou dolosive prouvée : le plafond est écarté (art. 1150 anc. : "
                 "« lorsque ce n'est point par son dol que l'obligation n'est point exécutée »).",
                 "Gross or wilful fault proven: the cap is set aside (former art. 1150).")
    else:
        text = T("Faute lourde ou dolosive seulement alléguée : elle doit se déduire de la gravité "
                 "du comportement du débiteur (Faurecia II, 2010) ; en l'état le plafond "
                 "s'applique (art. 1150 anc.).", "Gross or wilful fault only alleged: it must "
                 "follow from the seriousness of the debtor's conduct (Faurecia II, 2010); as "
                 "things stand the cap applies (former art. 1150).")
    return _restate(found, text)


@rule(A + "1116", title=T("Dol (ancien droit)", "Fraud (former law)"), area=Area.GROUND,
      cites=(A + "1116", A + "1109"), order=33)
def former_fraud(ctx: Context) -> Finding | None:
    """Art. 1116 anc.: manœuvres without which the client would not have contracted."""
    f = ctx.facts
    if not ctx.former_law or not (f.vendor_misrepresented or f.information_withheld):
        return None
    active = bool(f.vendor_misrepresented)
    label = f.vendor_misrepresented or f.information_withheld
    path = "facts.vendor_misrepresented" if active else "facts.information_withheld"
    cond = Conditions(ctx.fact(path, label, "manœuvres ou mensonges du fournisseur" if active
                               else "silence du fournisseur (réticence)", "vendor's lies" if
                               active else "vendor's silence"))
    notes = information.check_intent(ctx, cond)
    decisive, inferred = decisive_character(ctx)
    if inferred:
        notes.append(inferred)
    cond.check("facts.decisive_for_consent", decisive,
               ("sans cela le client n'aurait pas contracté", "decisive for consent"),
               ("Sans ces agissements, le client aurait-il contracté ?",
                "Would the client have contracted without this conduct?"), expected=True)
    state = ctx.proof_of(path)
    caveats = ([inferred] if inferred else []) + ([] if active else [T(
        "Le texte ancien vise des « manœuvres » ; l'assimilation du simple silence intentionnel "
        "(réticence dolosive) est jurisprudentielle — décisions non documentées dans les sources "
        "vérifiées du projet.", "The former text speaks of 'manœuvres'; treating intentional "
        "silence as fraud is case law — decisions not documented in the project's verified "
        "sources.")])
    return ctx.make(
        conclusion=T("Dol : nullité de la convention si, sans ces agissements, le client n'aurait "
                     "pas contracté ; le dol ne se présume pas et doit être prouvé (art. 1116 "
                     "anc. ; art. 1109 anc.).", "Fraud: the contract is void if the client would "
                     "not have contracted without this conduct; fraud is not presumed and must be "
                     "proven (former art. 1116, 1109)."),
        status=cond.status, strength=Strength.ARGUABLE if state.proven else Strength.WEAK,
        facts=cond.facts, missing=cond.missing, caveats=caveats, uncertain=bool(caveats),
        pinpoints={A + "1116": "al. 2" if not state.proven else "al. 1"}, notes=notes,
        data={"active": active, "remedy": "nullity", "intent_inferred": bool(notes)})


def decisive_character(ctx: Context) -> tuple[bool | None, T | None]:
    """The decisive character of the fraud: asserted by the user, or deduced (former law) when
    the information withheld concerns the very content of the contract — the criterion art.
    1112-1 al. 3 later wrote down. Under the former text the trial judges appraise it freely:
    the deduction is the engine's, marked uncertain, and the vendor may rebut it."""
    f = ctx.facts
    if f.decisive_for_consent is not None or not f.withheld_concerns_contract_content:
        return f.decisive_for_consent, None
    return True, T(
        "Caractère déterminant déduit : l'information dissimulée porte sur le contenu même du "
        "contrat (périmètre, prix, calendrier) — critère que l'art. 1112-1 al. 3 a depuis écrit "
        "(« lien direct et nécessaire avec le contenu du contrat ») ; sous l'ancien art. 1116 le "
        "juge l'apprécie souverainement : appréciation du moteur, incertaine, que le fournisseur "
        "peut combattre.", "Decisive character deduced: the information withheld concerns the "
        "very content of the contract (scope, price, schedule) — the test art. 1112-1 al. 3 later "
        "wrote down; under former art. 1116 the judge appraises it freely: the engine's "
        "appraisal, uncertain, which the vendor may rebut.")


@rule(A + "1110", title=T("Erreur sur la substance (ancien droit)",
                          "Mistake as to substance (former law)"), area=Area.GROUND,
      cites=(A + "1110", A + "1109", C + "1132"), order=33)
def former_mistake(ctx: Context) -> Finding | None:
    """Art. 1110 anc.: a mistake on the very substance of the thing voids the contract — a
    vice of consent the client must prove, and which must be excusable: the criterion art.
    1132 wrote down in 2016 (« à moins qu'elle ne soit inexcusable »). The dossier shows it
    when the client was legitimately unaware of what the vendor did not tell it; a bare claim
    of mistake leaves the question open."""
    f = ctx.facts
    if not ctx.former_law or f.mistake_on_substance is None:
        return None
    cond = Conditions()
    cond.check("facts.mistake_on_substance", f.mistake_on_substance,
               ("erreur sur la substance même (qualités essentielles du système)",
                "mistake on the very substance (essential qualities)"),
               ("L'erreur porte-t-elle sur la substance même du système ?",
                "Is the mistake on the very substance of the system?"))
    if f.mistake_on_substance:
        cond.check("facts.client_legitimately_unaware", f.client_legitimately_unaware,
                   ("erreur excusable : le client ignorait légitimement ce que le fournisseur "
                    "ne lui a pas dit", "excusable mistake: the client was legitimately unaware "
                    "of what the vendor did not tell it"),
                   ("L'erreur était-elle excusable (le client ignorait-il légitimement la "
                    "qualité en cause, faute d'information du fournisseur) ?", "Was the mistake "
                    "excusable (was the client legitimately unaware of the quality, for want of "
                    "the vendor's information)?"), expected=True)
    return ctx.make(
        caveats=[T("Exigence d'une erreur excusable : écrite par l'art. 1132 (2016), "
                   "jurisprudentielle sous l'ancien droit — décisions non documentées dans les "
                   "sources vérifiées du projet.", "The mistake must be excusable: written by "
                   "art. 1132 (2016), case law under the former law — decisions not documented "
                   "in the project's verified sources.")],
        uncertain=True,
        conclusion=T("Erreur sur la substance : nullité de la convention et restitutions "
                     "(art. 1110 anc., 1109 anc.).", "Mistake as to substance: the contract is "
                     "void, with restitution (former art. 1110, 1109)."),
        status=cond.status, strength=Strength.ARGUABLE if cond.status is Status.MET
        else Strength.WEAK, facts=cond.facts or [ctx.fact("facts.mistake_on_substance", False,
                                                          "erreur", "mistake")],
        missing=cond.missing, pinpoints={A + "1110": "al. 1"},
        counter=[T("Le fournisseur soutiendra que l'erreur porte sur la rentabilité ou les "
                   "performances attendues, non sur la substance, ou qu'elle est inexcusable "
                   "de la part d'un client professionnel.", "The vendor will argue the mistake "
                   "is about expected profitability or performance, not substance, or is "
                   "inexcusable for a professional client.")],
        data={"remedy": "nullity"})
