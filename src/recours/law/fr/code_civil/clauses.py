"""Liability caps and their limits (art. 1103, 1170, 1171, 1231-3), penalty clauses (art.
1231-5), contractual limitation periods (art. 2254)."""

from __future__ import annotations

from decimal import Decimal

from recours.dossier import Dossier, PriceBasis
from recours.i18n import T
from recours.law import amounts
from recours.law.context import Conditions, Context
from recours.law.engine import Area, Finding, Status, Strength, rule

C = "fr.civil."
CAP = "fr.civil.1103.liability_cap"
LEADING_CASES = T("Arrêts usuellement cités (« Chronopost », 1996 ; « Faurecia », 2010) : non "
                  "documentés dans les sources vérifiées du projet — vérifier les références "
                  "avant de les citer.", "Leading cases usually cited ('Chronopost', 1996; "
                  "'Faurecia', 2010): not documented in the project's verified sources — check "
                  "the references before citing them.")
_MONTHS = {PriceBasis.MONTHLY: Decimal(1), PriceBasis.QUARTERLY: Decimal(3),
           PriceBasis.ANNUAL: Decimal(12)}


def cap_amount(dossier: Dossier) -> Decimal | None:
    """The cap in money: stated amount, or months of fees from the periodic price."""
    cap = dossier.contract.liability_cap
    if cap is None:
        return None
    if cap.amount is not None:
        return cap.amount.amount
    price = dossier.contract.price
    if cap.months_of_fees and price and price.basis in _MONTHS:
        monthly = price.amount.amount / _MONTHS[price.basis]
        return (monthly * cap.months_of_fees).quantize(Decimal("0.01"))
    return None


@rule(CAP, title=T("Clause limitative de responsabilité", "Limitation-of-liability clause"),
      area=Area.CLAUSE, cites=(C + "1103", C + "1231-3"), order=50)
def liability_cap(ctx: Context) -> Finding | None:
    """The cap binds the parties (art. 1103) unless a declared exception sets it aside."""
    cap = ctx.dossier.contract.liability_cap
    if cap is None:
        return None
    amount = cap_amount(ctx.dossier)
    facts = [ctx.fact("contract.liability_cap", cap.formula or (str(amount) if amount else "cap"),
                      "plafond stipulé" + (f" ({cap.clause})" if cap.clause else ""),
                      "stated cap" + (f" ({cap.clause})" if cap.clause else ""))]
    missing = []
    if amount is None:
        missing.append(ctx.ask("contract.liability_cap.amount", "Quel est le montant du plafond "
                               "(ou le prix périodique servant de base) ?", "What is the cap "
                               "amount (or the periodic price it is based on)?"))
    excluded = ", ".join(cap.excludes)
    return ctx.make(
        conclusion=T("Plafond de responsabilité "
                     + (f"de {amounts.fr(amount)}" if amount is not None else "non chiffré")
                     + (f"; chefs exclus : {excluded}" if excluded else "")
                     + " — opposable en principe (art. 1103), sauf exception (obligation "
                     "essentielle, faute lourde ou dolosive, déséquilibre significatif).",
                     "Liability cap " + (f"of {amounts.en(amount)}" if amount is not None else "not quantified")
                     + (f"; excluded heads: {excluded}" if excluded else "")
                     + " — enforceable in principle (art. 1103), save an exception (essential "
                     "obligation, gross or wilful fault, significant imbalance)."),
        status=Status.MET, strength=Strength.ESTABLISHED, facts=facts, missing=missing,
        cites=(C + "1103",), data={"amount": amount, "excludes": list(cap.excludes),
                                   "carve_outs": list(cap.carve_outs)})


@rule("fr.civil.1170", title=T("Clause privant de sa substance l'obligation essentielle",
                               "Clause depriving the essential obligation of its substance"),
      area=Area.CLAUSE, cites=(C + "1170",), exception_to=CAP, effect="cap_set_aside",
      reformed=True, order=51)
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
    amount, price = cap_amount(ctx.dossier), ctx.dossier.contract.price
    ratio = (amount / price.amount.amount) if amount is not None and price and \
        price.amount.amount else None
    cond.check("facts.cap_deprives_substance", f.cap_deprives_substance,
               ("le plafond vide l'obligation de sa substance", "the cap empties the obligation"),
               ("Le plafond est-il dérisoire au point de vider l'obligation essentielle de sa "
                "substance ?" + (f" (plafond / prix = {ratio:.2f})" if ratio is not None else ""),
                "Is the cap so low that it empties the essential obligation?"))
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
                    caveats=[LEADING_CASES], uncertain=True,
                    counter=[T("Un plafond non dérisoire ne contredit pas la portée de "
                               "l'obligation essentielle.", "A cap that is not derisory does not "
                               "contradict the scope of the essential obligation.")],
                    data={"cap_to_price": ratio})


@rule("fr.civil.1231-3.cap_fault", title=T("Faute lourde ou dolosive et plafond",
                                           "Gross or wilful fault and the cap"),
      area=Area.CLAUSE, cites=(C + "1231-3", C + "1231-4"), exception_to=CAP,
      effect="cap_set_aside", reformed=True, order=52)
def cap_fault(ctx: Context) -> Finding | None:
    """A gross or wilful fault sets the cap aside (as it lifts the foreseeability limit)."""
    f = ctx.facts
    if ctx.dossier.contract.liability_cap is None:
        return None
    if not (f.gross_fault_alleged or f.wilful_misconduct_alleged):
        return None
    which = "dolosive" if f.wilful_misconduct_alleged else "lourde"
    cap = ctx.dossier.contract.liability_cap
    carved = cap is not None and ("wilful_misconduct" if f.wilful_misconduct_alleged
                                  else "gross_fault") in cap.carve_outs
    path = "facts.wilful_misconduct_alleged" if f.wilful_misconduct_alleged else \
        "facts.gross_fault_alleged"
    return ctx.make(
        conclusion=T(f"Faute {which} alléguée : elle écarte le plafond de responsabilité, la "
                     "réparation restant limitée à la suite immédiate et directe de l'inexécution "
                     "(art. 1231-3, 1231-4).", f"{'Wilful' if which == 'dolosive' else 'Gross'} "
                     "fault alleged: it sets the liability cap aside, damages remaining limited "
                     "to the immediate and direct consequence (art. 1231-3, 1231-4)."),
        status=Status.MET, strength=Strength.ARGUABLE,
        facts=[ctx.fact(path, True, f"faute {which} alléguée", "fault alleged"),
               *([ctx.fact("contract.liability_cap.carve_outs", list(cap.carve_outs),
                           "exclu du plafond par le contrat lui-même",
                           "carved out of the cap by the contract itself")]
                 if carved and cap is not None else [])],
        caveats=[T("Éviction des clauses limitatives pour faute lourde ou dolosive : règle "
                   "jurisprudentielle (décisions non documentées dans les sources vérifiées) ; "
                   "l'article 1231-3 l'énonce pour la limite de prévisibilité.", "Setting "
                   "limitation clauses aside for gross or wilful fault: case-law rule (decisions "
                   "not documented in the verified sources); art. 1231-3 states it for the "
                   "foreseeability limit.")], uncertain=True,
        counter=[T("La faute lourde suppose une négligence d'une extrême gravité : la seule "
                   "inexécution ne suffit pas.", "Gross fault requires extremely serious "
                   "negligence: non-performance alone does not suffice.")])


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
               ("clause non négociée", "clause not negotiated"),
               ("La clause limitative a-t-elle été négociée ?", "Was the clause negotiated?"),
               expected=False)
    cond.check("facts.significant_imbalance_alleged", f.significant_imbalance_alleged,
               ("déséquilibre significatif", "significant imbalance"),
               ("La clause crée-t-elle un déséquilibre significatif entre les droits et "
                "obligations ?", "Does the clause create a significant imbalance?"))
    return ctx.make(conclusion=T("Clause non négociable d'un contrat d'adhésion créant un "
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
