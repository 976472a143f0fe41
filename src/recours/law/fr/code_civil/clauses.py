"""Liability caps and their limits (art. 1103, 1170, 1171, 1231-3), penalty clauses (art.
1231-5), contractual limitation periods (art. 2254)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from recours.dossier import Dossier, PriceBasis
from recours.dossier.labels import label_of_value
from recours.i18n import T
from recours.law import amounts, dates
from recours.law.context import Conditions, Context
from recours.law.engine import Area, Finding, Status, Strength, rule
from recours.law.proof import describe

C = "fr.civil."
CAP = "fr.civil.1103.liability_cap"
CHRONOPOST = "cass.com.1996-10-22.93-18632"
FAURECIA_I = "cass.com.2007-02-13.05-17407"
FAURECIA_II = "cass.com.2010-06-29.09-11841"
#: Engine heuristic (not a rule of law): a cap at or below 5 % of the price actually paid is
#: read as derisory (Chronopost: compensation limited to the price of carriage); a cap at
#: least equal to the price paid as not derisory (Faurecia II); in between the engine asks.
DERISORY = Decimal("0.05")
_MONTHS = {PriceBasis.MONTHLY: Decimal(1), PriceBasis.QUARTERLY: Decimal(3),
           PriceBasis.ANNUAL: Decimal(12)}


def cap_amount(dossier: Dossier, paid: Decimal | None = None) -> Decimal | None:
    """The cap in money: stated amount, months of fees from the periodic price, or a multiple
    of the amounts paid (``paid``: what the payment schedule shows paid; None or zero — not
    computable)."""
    cap = dossier.contract.liability_cap
    if cap is None:
        return None
    if cap.amount is not None:
        return cap.amount.amount
    price = dossier.contract.price
    if cap.months_of_fees and price and price.basis in _MONTHS:
        monthly = price.amount.amount / _MONTHS[price.basis]
        return (monthly * cap.months_of_fees).quantize(Decimal("0.01"))
    multiple = paid_multiple(dossier)
    if multiple is not None and paid:
        return (multiple * paid).quantize(Decimal("0.01"))
    return None


_WORDS = {"double": Decimal(2), "triple": Decimal(3), "quadruple": Decimal(4),
          "twice": Decimal(2)}
_MULTIPLE = re.compile(r"\b(double|triple|quadruple|twice|(\d+(?:[,.]\d+)?)\s*(?:fois|times|x|×))"
                       r"\b", re.IGNORECASE)
_PAID = re.compile(r"\b(pay[ée]e?s?|vers[ée]e?s?|paid)\b", re.IGNORECASE)


def paid_multiple(dossier: Dossier) -> Decimal | None:
    """The cap as a multiple of the amounts paid: ``fees_multiple``, or the formula's own
    words (« le double du montant HT payé », « 2 fois les sommes versées ») when it speaks of
    amounts paid; None when the cap is not so written."""
    cap = dossier.contract.liability_cap
    if cap is None or cap.amount is not None or cap.months_of_fees:
        return None
    if cap.fees_multiple:
        return Decimal(str(cap.fees_multiple))
    if not cap.formula or not _PAID.search(cap.formula):
        return None
    m = _MULTIPLE.search(cap.formula)
    if m is None:
        return None
    return Decimal(m.group(2).replace(",", ".")) if m.group(2) else _WORDS[m.group(1).lower()]


@rule(CAP, title=T("Clause limitative de responsabilité", "Limitation-of-liability clause"),
      area=Area.CLAUSE, cites=(C + "1103", C + "1231-3"), order=50)
def liability_cap(ctx: Context) -> Finding | None:
    """The cap binds the parties (art. 1103) unless a declared exception sets it aside."""
    cap = ctx.dossier.contract.liability_cap
    if cap is None:
        return None
    paid, _, currency = ctx.price_paid()
    amount = cap_amount(ctx.dossier, paid)
    multiple = paid_multiple(ctx.dossier)
    facts = [ctx.fact("contract.liability_cap", cap.formula or (str(amount) if amount else "cap"),
                      "plafond stipulé" + (f" ({cap.clause})" if cap.clause else ""),
                      "stated cap" + (f" ({cap.clause})" if cap.clause else ""))]
    missing = []
    if multiple is not None and paid:
        facts.append(ctx.fact("contract.payment_schedule", str(paid),
                              f"montant payé au {dates.fr(ctx.on)} : {amounts.fr(paid, currency)}",
                              f"amount paid on {dates.en(ctx.on)}: {amounts.en(paid, currency)}"))
    elif multiple is not None:
        missing.append(ctx.ask("contract.payment_schedule", "Quels montants ont été payés au "
                               "titre du contrat (le plafond en est un multiple) ?", "What "
                               "amounts were paid under the contract (the cap is a multiple of "
                               "them)?"))
    elif amount is None:
        missing.append(ctx.ask("contract.liability_cap.amount", "Quel est le montant du plafond "
                               "(ou le prix périodique servant de base) ?", "What is the cap "
                               "amount (or the periodic price it is based on)?"))
    excluded = ", ".join(label_of_value(str(x), "fr") or str(x) for x in cap.excludes)
    excluded_en = ", ".join(label_of_value(str(x), "en") or str(x) for x in cap.excludes)
    return ctx.make(
        conclusion=T("Plafond de responsabilité " + _cap_words_fr(amount, multiple, ctx.on)
                     + (f"; chefs exclus : {excluded}" if excluded else "")
                     + " — opposable en principe (art. 1103), sauf exception (obligation "
                     "essentielle, faute lourde ou dolosive, déséquilibre significatif).",
                     "Liability cap " + _cap_words_en(amount, multiple, ctx.on)
                     + (f"; excluded heads: {excluded_en}" if excluded_en else "")
                     + " — enforceable in principle (art. 1103), save an exception (essential "
                     "obligation, gross or wilful fault, significant imbalance)."),
        status=Status.MET, strength=Strength.ESTABLISHED, facts=facts, missing=missing,
        cites=(C + "1103",), data={"amount": amount, "multiple_of_paid": multiple,
                                   "excludes": list(cap.excludes),
                                   "carve_outs": list(cap.carve_outs)})


def _times(multiple: Decimal, lang: str) -> str:
    words = {"fr": {2: "le double", 3: "le triple", 4: "le quadruple"},
             "en": {2: "twice", 3: "three times", 4: "four times"}}[lang]
    if multiple == multiple.to_integral_value() and int(multiple) in words:
        return words[int(multiple)]
    shown = f"{multiple.normalize():f}"
    return f"{shown.replace('.', ',')} fois" if lang == "fr" else f"{shown} times"


def _cap_words_fr(amount: Decimal | None, multiple: Decimal | None, on: date) -> str:
    if multiple is not None and amount is not None:
        return f"de {amounts.fr(amount)} ({_times(multiple, 'fr')} du montant payé au {dates.fr(on)})"
    if multiple is not None:
        return (f"égal à {_times(multiple, 'fr')} du montant payé — non chiffrable : aucun "
                "paiement n'est inscrit au dossier")
    return f"de {amounts.fr(amount)}" if amount is not None else "non chiffré"


def _cap_words_en(amount: Decimal | None, multiple: Decimal | None, on: date) -> str:
    if multiple is not None and amount is not None:
        return f"of {amounts.en(amount)} ({_times(multiple, 'en')} the amount paid on {dates.en(on)})"
    if multiple is not None:
        return (f"equal to {_times(multiple, 'en')} the amount paid — not computable: no payment "
                "is recorded in the dossier")
    return f"of {amounts.en(amount)}" if amount is not None else "not quantified"


@rule("fr.civil.1170", title=T("Clause privant de sa substance l'obligation essentielle",
                               "Clause depriving the essential obligation of its substance"),
      area=Area.CLAUSE, cites=(C + "1170",), exception_to=CAP, effect="cap_set_aside",
      reformed=True, order=51, case_law=(CHRONOPOST, FAURECIA_I, FAURECIA_II))
def essential_obligation(ctx: Context) -> Finding | None:
    """A cap that empties the essential obligation is deemed unwritten."""
    if ctx.dossier.contract.liability_cap is None:
        return None
    f = ctx.facts
    cond = Conditions(ctx.fact("contract.liability_cap", "present", "clause limitative",
                               "limitation clause"))
    cond.check("facts.breached_obligation_essential", f.breached_obligation_essential,
               ("l'obligation violée est essentielle", "the breached obligation is essential"),
               ("L'obligation violée (performance du système) est-elle l'obligation essentielle "
                "du contrat ?", "Is the breached obligation (system performance) the essential "
                "obligation?"))
    amount, price = cap_amount(ctx.dossier, ctx.price_paid()[0]), ctx.dossier.contract.price
    ratio = (amount / price.amount.amount) if amount is not None and price and \
        price.amount.amount else None
    paid_ratio = cap_to_paid(ctx, amount)
    dwarfed = _dwarfed_by_losses(ctx, amount)
    if f.cap_deprives_substance is None and paid_ratio is not None and not dwarfed \
            and f.breached_obligation_essential and not DERISORY < paid_ratio < 1:
        if paid_ratio <= DERISORY:
            cond.add(ctx.fact("contract.liability_cap", f"{paid_ratio:.2f}",
                              "plafond dérisoire au regard du prix effectivement payé",
                              "cap derisory compared with the price actually paid"))
        else:
            cond.fail(ctx.fact("contract.liability_cap", f"{paid_ratio:.2f}",
                               "plafond au moins égal au prix effectivement payé : non dérisoire",
                               "cap at least equal to the price actually paid: not derisory"))
        return _essential_made(ctx, cond, ratio, paid_ratio, judged=True)
    cond.check("facts.cap_deprives_substance", f.cap_deprives_substance,
               ("le plafond vide l'obligation de sa substance", "the cap empties the obligation"),
               ("Le plafond est-il dérisoire au point de vider l'obligation essentielle de sa "
                "substance ?" + (f" (plafond / prix = {ratio:.2f})" if ratio is not None else ""),
                "Is the cap so low that it empties the essential obligation?"))
    unsettled = f.cap_deprives_substance is None and bool(f.breached_obligation_essential) \
        and paid_ratio is not None and (dwarfed or DERISORY < paid_ratio < 1)
    return _essential_made(ctx, cond, ratio, paid_ratio, judged=False, unsettled=unsettled)


#: A cap below a tenth of the losses declared is "dwarfed": the ratio to the price no longer
#: decides alone (engine threshold, not a rule of law).
DWARFED = Decimal("0.10")
UNSETTLED = T(
    "Jurisprudence non fixée : entre 5 % et 100 % du prix payé, ou quand le plafond est minime "
    "au regard du dommage, les juges du fond apprécient au cas par cas — un même plafond égal "
    "au prix payé a été jugé non dérisoire (CA Versailles, 16 déc. 2021 : 341 920 €) et "
    "dérisoire (CA Montpellier, 26 mai 2021 : 2 700 €) ; la Cour de cassation exige seulement "
    "qu'il ne contredise pas la portée de l'obligation essentielle (Faurecia II, 2010). Décisions "
    "d'appel lues dans des commentaires : le moteur ne tranche pas.",
    "Case law not settled: between 5 % and 100 % of the price paid, or when the cap is minute "
    "against the damage, trial judges decide case by case — the same cap equal to the price "
    "paid was held not derisory (CA Versailles, 16 Dec. 2021: EUR 341,920) and derisory (CA "
    "Montpellier, 26 May 2021: EUR 2,700); the Cour de cassation only requires that it not "
    "contradict the scope of the essential obligation (Faurecia II, 2010). Appeal decisions read "
    "in commentaries: the engine does not decide.")


def _dwarfed_by_losses(ctx: Context, amount: Decimal | None) -> bool:
    """The cap is under a tenth of the losses declared (the same currency assumed)."""
    losses = sum((loss.amount.amount for loss in ctx.dossier.losses), Decimal(0))
    return amount is not None and losses > 0 and amount < DWARFED * losses


def cap_to_paid(ctx: Context, amount: Decimal | None) -> Decimal | None:
    """Ratio of the cap to the price actually paid (None when nothing was paid)."""
    paid = ctx.price_paid()[0]
    return (amount / paid) if amount is not None and paid else None


def _essential_made(ctx: Context, cond: Conditions, ratio: Decimal | None,
                    paid_ratio: Decimal | None, judged: bool,
                    unsettled: bool = False) -> Finding:
    texts = {Status.MET: T("Le plafond prive de sa substance l'obligation essentielle : réputé non "
                           "écrit (art. 1170).", "The cap deprives the essential obligation of "
                           "its substance: deemed unwritten (art. 1170)."),
             Status.PARTIAL: T("Article 1170 invocable si le plafond vide l'obligation essentielle "
                               "de sa substance : faits à établir.", "Art. 1170 available if the "
                               "cap empties the essential obligation: facts to establish."),
             Status.NOT_MET: T("Article 1170 non applicable au vu des faits.",
                               "Art. 1170 does not apply on the facts.")}
    return ctx.make(conclusion=texts[cond.status], status=cond.status,
                    strength=Strength.ARGUABLE if cond.status is not Status.NOT_MET
                    else Strength.WEAK, facts=cond.facts, missing=cond.missing,
                    decisions=(CHRONOPOST, FAURECIA_I, FAURECIA_II),
                    notes=[T("Apprécié par le moteur d'après le rapport plafond / prix payé "
                             f"({paid_ratio:.2f}) : au plus 5 % = dérisoire, au moins 100 % = "
                             "non dérisoire (heuristique du moteur, pas une règle de droit).",
                             "Judged by the engine from the cap / price paid ratio "
                             f"({paid_ratio:.2f}): at most 5 % = derisory, at least 100 % = not "
                             "derisory (engine heuristic, not a rule of law).")]
                    if judged else [], caveats=[UNSETTLED] if unsettled else [],
                    uncertain=unsettled,
                    counter=[T("Un plafond non dérisoire ne contredit pas la portée de "
                               "l'obligation essentielle (Cass. com., 29 juin 2010, Faurecia "
                               "II) ; le fournisseur invoquera les contreparties consenties "
                               "(remise de prix).", "A cap that is not derisory does not "
                               "contradict the scope of the essential obligation (Faurecia II, "
                               "2010); the vendor will invoke the counterparts granted (price "
                               "discount).")],
                    data={"cap_to_price": ratio, "cap_to_price_paid": paid_ratio,
                          "judged_by_ratio": judged, "unsettled": unsettled})


@rule("fr.civil.1231-3.cap_fault", title=T("Faute lourde ou dolosive et plafond",
                                           "Gross or wilful fault and the cap"),
      area=Area.CLAUSE, cites=(C + "1231-3", C + "1231-4"), exception_to=CAP,
      effect="cap_set_aside", reformed=True, order=52, case_law=(FAURECIA_II,))
def cap_fault(ctx: Context) -> Finding | None:
    """A gross or wilful fault sets the cap aside — once the conduct is proven: a bare
    allegation, or the mere breach of an essential obligation, does not suffice."""
    f = ctx.facts
    cap = ctx.dossier.contract.liability_cap
    if cap is None or not (f.gross_fault_alleged or f.wilful_misconduct_alleged):
        return None
    wilful = bool(f.wilful_misconduct_alleged)
    which = "dolosive" if wilful else "lourde"
    carved = ("wilful_misconduct" if wilful else "gross_fault") in cap.carve_outs
    path = "facts.wilful_misconduct_alleged" if wilful else "facts.gross_fault_alleged"
    state = ctx.proof_of(path)
    facts = [ctx.fact(path, True, f"faute {which} alléguée", "fault alleged"),
             *([ctx.fact("contract.liability_cap.carve_outs", list(cap.carve_outs),
                         "exclu du plafond par le contrat lui-même",
                         "carved out of the cap by the contract itself")] if carved else [])]
    counter = [T("La faute lourde ne peut résulter du seul manquement à une obligation "
                            "contractuelle, fût-elle essentielle : elle se déduit de la gravité du "
                            "comportement du débiteur (Cass. com., 29 juin 2010).", "Gross fault "
                            "cannot result from the mere breach of a contractual obligation, even "
                            "an essential one: it follows from the seriousness of the debtor's "
                            "conduct (Cass. com., 29 June 2010).")]
    if not state.proven:
        return ctx.make(
            conclusion=T(f"Faute {which} seulement alléguée : elle n'écarte le plafond que si le "
                         "comportement du fournisseur est prouvé (pièces, expertise) ; en l'état "
                         "le plafond s'applique.", f"{'Wilful' if wilful else 'Gross'} fault only "
                         "alleged: it sets the cap aside only once the vendor's conduct is proven "
                         "(pièces, expert report); as things stand the cap applies."),
            status=Status.PARTIAL, strength=Strength.WEAK,
            missing=[ctx.ask(path, "Quels faits précis du comportement du fournisseur (et quelles "
                             "pièces) caractérisent la faute ?", "Which precise facts of the "
                             "vendor's conduct (and which pièces) show the fault?")],
            facts=facts, counter=counter, decisions=(FAURECIA_II,))
    strength = Strength.ESTABLISHED if state.status == "established" else Strength.ARGUABLE
    return ctx.make(
        conclusion=T(f"Faute {which} {describe(state, 'fr')} : elle écarte le plafond de "
                     "responsabilité, la réparation restant limitée à la suite immédiate et "
                     "directe de l'inexécution (art. 1231-3, 1231-4).",
                     f"{'Wilful' if wilful else 'Gross'} fault {describe(state, 'en')}: it sets "
                     "the liability cap aside, damages remaining limited to the immediate and "
                     "direct consequence (art. 1231-3, 1231-4)."),
        status=Status.MET, strength=strength, facts=facts, counter=counter,
        decisions=(FAURECIA_II,))


@rule("fr.civil.1171", title=T("Déséquilibre significatif (contrat d'adhésion)",
                               "Significant imbalance (adhesion contract)"),
      area=Area.CLAUSE, cites=(C + "1171",), exception_to=CAP, effect="cap_set_aside",
      reformed=True, order=53)
def adhesion_imbalance(ctx: Context) -> Finding | None:
    """In an adhesion contract, a non-negotiable clause creating a significant imbalance."""
    if ctx.dossier.contract.adhesion is not True or ctx.dossier.contract.liability_cap is None:
        return None
    f = ctx.facts
    cond = Conditions(ctx.fact("contract.adhesion", True, "contrat d'adhésion",
                               "adhesion contract"))
    cond.check("facts.cap_negotiated", f.cap_negotiated,
               ("clause négociée entre les parties", "clause negotiated between the parties"),
               ("La clause limitative a-t-elle été négociée ?", "Was the clause negotiated?"),
               expected=False)
    notes = []
    if f.significant_imbalance_alleged is None and f.cap_negotiated is False \
            and f.breached_obligation_essential:
        # A cap, fixed in advance and not negotiated, on the very obligation the client paid
        # for: the imbalance the article aims at (CA Limoges 15 June 2022; T. com. Lille
        # 26 Jan. 2023) — judged so by the engine, the vendor may show a counterpart.
        cond.add(ctx.fact("facts.breached_obligation_essential", True,
                          "plafond non négocié sur l'obligation essentielle : déséquilibre "
                          "significatif", "non-negotiated cap on the essential obligation: "
                          "significant imbalance"))
        notes.append(T("Déséquilibre retenu par le moteur : plafond non négocié portant sur "
                       "l'obligation essentielle d'un contrat d'adhésion, sans contrepartie "
                       "invoquée (appréciation du moteur, pas une règle de droit).",
                       "Imbalance found by the engine: a non-negotiated cap on the essential "
                       "obligation of an adhesion contract, with no counterpart invoked (engine "
                       "assessment, not a rule of law)."))
    else:
        cond.check("facts.significant_imbalance_alleged", f.significant_imbalance_alleged,
                   ("déséquilibre significatif", "significant imbalance"),
                   ("La clause crée-t-elle un déséquilibre significatif entre les droits et "
                    "obligations ?", "Does the clause create a significant imbalance?"))
    return ctx.make(notes=notes, conclusion=T("Clause non négociable d'un contrat d'adhésion créant un "
                                 "déséquilibre significatif : réputée non écrite (art. 1171).",
                                 "Non-negotiable clause of an adhesion contract creating a "
                                 "significant imbalance: deemed unwritten (art. 1171)."),
                    status=cond.status, strength=Strength.ARGUABLE if cond.status is Status.MET
                    else Strength.WEAK, facts=cond.facts, missing=cond.missing,
                    counter=[T("L'appréciation ne porte ni sur l'objet principal ni sur "
                               "l'adéquation du prix (art. 1171 al. 2).", "The assessment covers "
                               "neither the main subject matter nor the price (art. 1171 al. 2)."),
                             T("Articulation avec l'article L442-1 du Code de commerce débattue "
                               "entre professionnels.", "Interplay with art. L442-1 of the "
                               "Commercial Code is debated between professionals.")])


@rule("fr.civil.1231-5", title=T("Clause pénale", "Penalty clause"), area=Area.CLAUSE,
      cites=(C + "1231-5",), reformed=True, order=55)
def penalty(ctx: Context) -> Finding | None:
    """The stipulated sum is due, no more and no less, once the debtor is put on notice."""
    amount = ctx.facts.penalty_amount
    if amount is None:
        return None
    return ctx.make(conclusion=T(f"Clause pénale : {amounts.fr(amount.amount, amount.currency)} "
                                 "dus, ni plus "
                                 "ni moins (art. 1231-5 al. 1), encourus après mise en demeure "
                                 "sauf inexécution définitive (al. 5).",
                                 f"Penalty clause: {amounts.en(amount.amount, amount.currency)} due, no more "
                                 "no less (art. 1231-5 al. 1), incurred after formal notice "
                                 "unless the non-performance is definitive (al. 5)."),
                    status=Status.MET, strength=Strength.ESTABLISHED,
                    facts=[ctx.fact("facts.penalty_amount", amount.amount, "pénalité stipulée",
                                    "stipulated penalty")], pinpoints={C + "1231-5": "al. 1, 5"},
                    data={"amount": amount.amount, "currency": amount.currency})


@rule("fr.civil.1231-5.moderation", title=T("Modération de la pénalité",
                                            "Reduction of the penalty"),
      area=Area.CLAUSE, cites=(C + "1231-5",), exception_to="fr.civil.1231-5", effect="reduce",
      reformed=True, order=56)
def penalty_reduced(ctx: Context) -> Finding | None:
    """Manifestly excessive, or partial performance: the judge may reduce it."""
    f = ctx.facts
    if f.penalty_amount is None:
        return None
    if f.penalty_manifestly_excessive:
        fact = ctx.fact("facts.penalty_manifestly_excessive", True, "pénalité manifestement "
                        "excessive", "manifestly excessive")
        pin = "al. 2"
    elif f.partial_performance:
        fact = ctx.fact("facts.partial_performance", True, "exécution partielle",
                        "partial performance")
        pin = "al. 3"
    else:
        return None
    return ctx.make(conclusion=T("Le juge peut, même d'office, réduire la pénalité (art. 1231-5 "
                                 f"{pin}) ; toute stipulation contraire est réputée non écrite.",
                                 f"The judge may, even of its own motion, reduce the penalty "
                                 f"(art. 1231-5 {pin}); any contrary stipulation is unwritten."),
                    status=Status.MET, strength=Strength.ARGUABLE, facts=[fact],
                    pinpoints={C + "1231-5": pin})


@rule("fr.civil.1231-5.increase", title=T("Augmentation de la pénalité dérisoire",
                                          "Increase of a derisory penalty"),
      area=Area.CLAUSE, cites=(C + "1231-5",), exception_to="fr.civil.1231-5", effect="increase",
      reformed=True, order=57)
def penalty_increased(ctx: Context) -> Finding | None:
    """A derisory penalty may be increased by the judge."""
    f = ctx.facts
    if f.penalty_amount is None or not f.penalty_derisory:
        return None
    return ctx.make(conclusion=T("Pénalité dérisoire : le juge peut l'augmenter (art. 1231-5 "
                                 "al. 2).", "Derisory penalty: the judge may increase it (art. "
                                 "1231-5 al. 2)."),
                    status=Status.MET, strength=Strength.ARGUABLE,
                    facts=[ctx.fact("facts.penalty_derisory", True, "pénalité dérisoire",
                                    "derisory penalty")], pinpoints={C + "1231-5": "al. 2"})


@rule("fr.civil.2254", title=T("Prescription conventionnelle", "Contractual limitation period"),
      area=Area.CLAUSE, cites=(C + "2254",), order=58)
def contractual_limitation(ctx: Context) -> Finding | None:
    """A limitation period may be shortened to no less than one year, extended to ten."""
    months = ctx.facts.contractual_limitation_months
    if months is None:
        return None
    low = ctx.param("fr.civil.2254.minimum_years", ctx.concluded_on)
    high = ctx.param("fr.civil.2254.maximum_years", ctx.concluded_on)
    fact = ctx.fact("facts.contractual_limitation_months", months, "durée stipulée (mois)",
                    "stipulated duration (months)")
    valid = 12 * int(low.value) <= months <= 12 * int(high.value)
    if valid:
        text = T(f"Prescription conventionnelle de {months} mois : valable (entre un et dix ans, "
                 "art. 2254) ; elle remplace le délai légal pour l'action contractuelle.",
                 f"Contractual limitation of {months} months: valid (between one and ten years, "
                 "art. 2254); it replaces the statutory period for the contractual action.")
    else:
        text = T(f"Prescription conventionnelle de {months} mois : hors des bornes d'un à dix ans "
                 "(art. 2254) — la clause est sans effet, le délai légal s'applique.",
                 f"Contractual limitation of {months} months: outside the one-to-ten-year bounds "
                 "(art. 2254) — the clause has no effect, the statutory period applies.")
    return ctx.make(conclusion=text, status=Status.MET if valid else Status.NOT_MET,
                    strength=Strength.ESTABLISHED, facts=[fact], params=[low, high],
                    pinpoints={C + "2254": "al. 1"}, data={"valid": valid, "months": months})
