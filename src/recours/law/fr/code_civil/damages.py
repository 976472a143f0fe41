"""Damages (art. 1231-2 to 1231-7): foreseeability, direct consequence, cap, interest."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from recours.dossier import LossCategory, PartyKind
from recours.dossier.labels import label_of_value
from recours.i18n import Lang, T
from recours.law import amounts, dates
from recours.law.context import Conditions, Context
from recours.law.damages import Assessment, Head, bound_heads, legal_interest, money
from recours.law.engine import Area, Finding, Status, Strength, rule
from recours.law.fr.code_civil.clauses import CAP, cap_amount

C = "fr.civil."
UNCERTAIN_HEADS = (LossCategory.LOST_PROFIT, LossCategory.REPUTATIONAL,
                   LossCategory.THIRD_PARTY_CLAIMS)
HEAD_EN = {LossCategory.LOSS_SUFFERED: "loss suffered", LossCategory.LOST_PROFIT: "lost profit",
           LossCategory.EXTRA_COSTS: "extra costs",
           LossCategory.THIRD_PARTY_CLAIMS: "third-party claims",
           LossCategory.REPUTATIONAL: "harm to reputation"}
INDIRECT_HEADS = (LossCategory.REPUTATIONAL, LossCategory.THIRD_PARTY_CLAIMS)
HEAD_FR = {LossCategory.LOSS_SUFFERED: "perte subie", LossCategory.LOST_PROFIT: "gain manqué",
           LossCategory.EXTRA_COSTS: "frais supplémentaires",
           LossCategory.THIRD_PARTY_CLAIMS: "réclamations de tiers",
           LossCategory.REPUTATIONAL: "préjudice d'image"}


@rule("fr.civil.1231-3", title=T("Prévisibilité du dommage", "Foreseeability of the damage"),
      area=Area.DAMAGES, cites=(C + "1231-3",), reformed=True, order=80)
def foreseeability(ctx: Context) -> Finding | None:
    """Only damages foreseen or foreseeable at conclusion, save gross or wilful fault."""
    uncertain = [loss for loss in ctx.dossier.losses if loss.category in UNCERTAIN_HEADS]
    if not uncertain:
        return None
    cond = Conditions(ctx.fact("losses", [loss.id for loss in uncertain],
                               "chefs dont la prévisibilité se discute",
                               "heads whose foreseeability is debatable"))
    knew = cond.check("facts.vendor_knew_client_purpose", ctx.facts.vendor_knew_client_purpose,
                      ("le fournisseur connaissait l'usage prévu", "vendor knew the intended use"),
                      ("Le fournisseur connaissait-il, à la conclusion, l'usage et les enjeux du "
                       "client ?", "Did the vendor know, at conclusion, the client's use and "
                       "stakes?"))
    verdict = {True: "yes", False: "no", None: "arguable"}[knew]
    texts = {"yes": T("Usage et enjeux connus du fournisseur à la conclusion : ces chefs étaient "
                      "prévisibles (art. 1231-3).", "Use and stakes known to the vendor at "
                      "conclusion: these heads were foreseeable (art. 1231-3)."),
             "no": T("Usage non connu du fournisseur : ces chefs n'étaient pas prévisibles et "
                     "sont exclus sauf faute lourde ou dolosive (art. 1231-3).", "Use unknown to "
                     "the vendor: these heads were not foreseeable and are excluded save gross "
                     "or wilful fault (art. 1231-3)."),
             "arguable": T("Prévisibilité de ces chefs à établir (art. 1231-3).",
                           "Foreseeability of these heads to establish (art. 1231-3).")}
    return ctx.make(conclusion=texts[verdict], status=Status.MET, strength=Strength.ARGUABLE,
                    facts=cond.facts, missing=cond.missing,
                    data={"foreseeable": verdict, "losses": [loss.id for loss in uncertain]})


@rule("fr.civil.1231-3.fault", title=T("Faute lourde ou dolosive : limite de prévisibilité levée",
                                       "Gross or wilful fault: foreseeability limit lifted"),
      area=Area.DAMAGES, cites=(C + "1231-3", C + "1231-4"), exception_to="fr.civil.1231-3",
      effect="foreseeability_lifted", reformed=True, order=81)
def fault_lifts_foreseeability(ctx: Context) -> Finding | None:
    """With gross or wilful fault, unforeseeable damages are due, if direct (art. 1231-4)."""
    f = ctx.facts
    if not (f.gross_fault_alleged or f.wilful_misconduct_alleged) or not ctx.found(
            "fr.civil.1231-3"):
        return None
    path = "facts.wilful_misconduct_alleged" if f.wilful_misconduct_alleged else \
        "facts.gross_fault_alleged"
    return ctx.make(conclusion=T("Faute lourde ou dolosive alléguée : les dommages imprévisibles "
                                 "sont dus, dans la limite de la suite immédiate et directe "
                                 "(art. 1231-3, 1231-4).", "Gross or wilful fault alleged: "
                                 "unforeseeable damages are due, within the immediate and direct "
                                 "consequence (art. 1231-3, 1231-4)."),
                    status=Status.MET, strength=Strength.ARGUABLE,
                    facts=[ctx.fact(path, True, "faute alléguée", "fault alleged")])


@rule("fr.civil.1231-6", title=T("Intérêts au taux légal", "Interest at the legal rate"),
      area=Area.DAMAGES, cites=(C + "1231-6", C + "1231-7", C + "1343-2"), reformed=True,
      order=82)
def interest(ctx: Context) -> Finding | None:
    """Interest on the price to refund from the formal notice, per half-year rate."""
    notice = ctx.client_notice()
    paid, _, cur = ctx.price_paid()
    refund = ctx.open_ground("fr.civil.1641") or ctx.effective("fr.civil.1224",
                                                               Status.MET, Status.PARTIAL)
    if notice is None or paid <= 0 or not refund:
        return None
    client = ctx.client
    creditor = "consumer" if client is not None and client.kind is PartyKind.CONSUMER \
        else "professional"
    result = legal_interest(paid, notice.date, ctx.on, creditor, ctx.params)
    caveats = [T("Restitution du prix après résolution : les intérêts relèvent de l'article "
                 "1352-7 (non enregistré) — pour celui qui a reçu de bonne foi, à compter de la "
                 "demande ; le calcul retient la mise en demeure comme demande.",
                 "Refund of the price after termination: interest falls under art. 1352-7 "
                 "(not stored) — for a recipient in good faith, from the demand; the "
                 "computation takes the formal notice as the demand.")]
    if result.uncovered_from is not None:
        caveats.append(T(f"Intérêts calculés jusqu'au {dates.fr(result.uncovered_from)} exclu : "
                         f"{result.uncovered_note}", f"Interest computed up to "
                         f"{dates.en(result.uncovered_from)} excluded: {result.uncovered_note}"))
    return ctx.make(
        conclusion=T(f"Intérêts au taux légal ({'créancier personne physique' if creditor == 'consumer' else 'créancier professionnel'}) "
                     f"sur {amounts.fr(paid, cur)} à restituer, depuis la mise en demeure du "
                     f"{dates.fr(notice.date)} : {amounts.fr(result.total, cur)} au "
                     f"{dates.fr(ctx.on)} "
                     "(art. 1231-6) ; les dommages et intérêts alloués porteront intérêt à "
                     "compter du jugement (art. 1231-7) ; capitalisation annuelle si le juge la "
                     "prononce (art. 1343-2).",
                     f"Legal interest ({creditor} creditor) on {amounts.en(paid, cur)} to refund, "
                     f"from the formal notice of {dates.en(notice.date)}: "
                     f"{amounts.en(result.total, cur)} on "
                     f"{dates.en(ctx.on)} (art. 1231-6); damages awarded bear interest from the "
                     "judgment (art. 1231-7); annual compounding if the court orders it (art. "
                     "1343-2)."),
        status=Status.MET if result.uncovered_from is None else Status.PARTIAL,
        strength=Strength.ESTABLISHED,
        facts=[ctx.fact("timeline[formal_notice_sent]", notice.date, "mise en demeure",
                        "formal notice"),
               ctx.fact("contract.payment_schedule", str(paid), "prix payé", "price paid")],
        params=list(result.params), caveats=caveats,
        uncertain=result.uncovered_from is not None,
        data={"interest": result.to_dict()}, assessment=result)


def _head(loss: object, verdict: str, reason: T, excluded: bool) -> Head:
    from recours.dossier import Loss

    assert isinstance(loss, Loss)
    amount = loss.amount.amount
    low = loss.low.amount if loss.low else amount
    high = loss.high.amount if loss.high else amount
    return Head(loss.id, str(loss.category), loss.description, amount, low, high, verdict,
                reason, excluded=excluded)


@rule("fr.civil.1231-2", title=T("Évaluation du préjudice", "Assessment of the damage"),
      area=Area.DAMAGES, cites=(C + "1231-2", C + "1231-3", C + "1231-4", C + "1231-5",
                                C + "1231-6", C + "1231-7"), reformed=True, order=85)
def assessment(ctx: Context) -> Finding | None:
    """Losses sorted into heads, foreseeability and cap applied, interest, as a range."""
    losses = ctx.dossier.losses
    if not losses or not ctx.found("fr.civil.1231-1"):
        return None
    assumptions: list[T] = []
    excused = not ctx.effective("fr.civil.1231-1")
    fore = ctx.effective("fr.civil.1231-3")
    verdict = str(fore[0].data["foreseeable"]) if fore else "yes"
    if ctx.found("fr.civil.1231-3") and not fore:
        assumptions.append(T("Faute lourde ou dolosive alléguée : chefs imprévisibles inclus dans "
                             "l'estimation haute.", "Gross or wilful fault alleged: unforeseeable "
                             "heads included in the high estimate."))
    cap_rules = ctx.found(CAP)
    cap = cap_amount(ctx.dossier, ctx.price_paid()[0]) if cap_rules else None
    excludes = {str(x) for x in ctx.dossier.contract.liability_cap.excludes} \
        if ctx.dossier.contract.liability_cap else set()
    outside = _outside_cap(ctx)
    heads = [_scoped(_classify(ctx, loss, verdict, excludes, excused), loss.breach, outside)
             for loss in losses]
    set_aside = [f for rule_id in SET_ASIDE for f in ctx.results.get(rule_id, [])
                 if f.status is Status.MET]
    applies_low = bool(cap_rules) and not any(f.strength is Strength.ESTABLISHED
                                              for f in set_aside)
    alleged_fault = [f for f in ctx.results.get("fr.civil.1231-3.cap_fault", [])
                     if f.status is Status.PARTIAL]  # high estimate: if the fault is proven
    applies_high = bool(cap_rules) and not set_aside and not alleged_fault
    low_heads = [h for h in heads if h.recoverable == "yes" and not (h.excluded and applies_low)]
    high_heads = [h for h in heads if h.recoverable in ("yes", "arguable")
                  and not (h.excluded and applies_high)]
    low = bound_heads(low_heads, "low", cap, applies_low)
    high = bound_heads(high_heads, "high", cap, applies_high)
    if excused:
        low = high = Decimal(0)
        assumptions.append(T("Force majeure retenue : aucun dommage et intérêt (art. 1218).",
                             "Force majeure upheld: no damages (art. 1218)."))
    assumptions += _assumptions(ctx, cap, applies_low, applies_high, excludes)
    if outside and cap_rules:
        assumptions.append(_split_note(heads, outside))
    interest_findings = ctx.found("fr.civil.1231-6")
    interest_result = interest_findings[0].assessment if interest_findings else None
    cur = losses[0].amount.currency
    result = Assessment(cur, tuple(heads), money(low), money(high), cap, applies_low,
                        applies_high, interest_result, tuple(assumptions))
    return ctx.make(
        conclusion=T(f"Préjudice réparable estimé entre {amounts.fr(result.low, cur)} et "
                     f"{amounts.fr(result.high, cur)} (perte subie et gain manqué, art. 1231-2), "
                     "hors intérêts.",
                     f"Recoverable damage estimated between {amounts.en(result.low, cur)} and "
                     f"{amounts.en(result.high, cur)} (loss suffered and lost profit, art. "
                     "1231-2), before interest."),
        status=Status.INFO, strength=Strength.ARGUABLE,
        facts=[ctx.fact("losses", [loss.id for loss in losses], "préjudices déclarés",
                        "declared losses")],
        missing=[ctx.ask(f"losses[{loss.id}].justification", f"Justificatif du préjudice "
                         f"« {loss.description} » ?", f"Proof of the loss '{loss.description}'?")
                 for loss in losses if not loss.justification and not loss.documents]
        + [ctx.ask(f"losses[{loss.id}].breach", f"De quel manquement résulte le préjudice "
                   f"« {loss.description} » (le plafond n'en couvre qu'une partie) ?",
                   f"Which breach does the loss '{loss.description}' result from (the cap "
                   "covers only some)?")
           for loss in losses if outside and cap_rules and loss.breach is None],
        cites=(C + "1231-2", C + "1231-3", C + "1231-4", C + "1231-7"),
        data={"low": result.low, "high": result.high, "currency": cur}, assessment=result)


#: Exceptions that set the whole cap aside (the high estimate drops it when one is met).
SET_ASIDE = ("fr.civil.1170", "fr.civil.1231-3.cap_fault", "fr.civil.1171",
             "fr.civil.1103.cap_scope", "fr.civil.1178.cap_falls")


def _outside_cap(ctx: Context) -> set[str]:
    """Breaches found that the cap does not cover (art. 1103, 1188: the clause is read
    strictly) — read from the scope finding, whether it covers some of them or none."""
    return {str(b) for f in ctx.results.get("fr.civil.1103.cap_scope", [])
            for b in f.data.get("outside", [])}


def _scoped(head: Head, breach: object, outside: set[str]) -> Head:
    """A head from a breach outside the cap is not capped; any other head is (a loss not
    linked to a breach is taken as covered, and the link is asked)."""
    name = str(breach) if breach is not None else None
    return replace(head, breach=name, capped=name not in outside)


def _breach_word(breach: str | None, lang: Lang) -> str:
    return (label_of_value(breach, lang) or breach) if breach else "?"


def _split_note(heads: list[Head], outside: set[str]) -> T:
    free = [h for h in heads if not h.capped]
    held = [h for h in heads if h.capped]

    def names(chosen: list[Head], lang: Lang) -> str:
        return ", ".join(f"{h.loss_id} ({_breach_word(h.breach, lang)})" for h in chosen) or "—"
    scope_fr = ", ".join(sorted(label_of_value(b, "fr") or b for b in outside))
    scope_en = ", ".join(sorted(label_of_value(b, "en") or b for b in outside))
    return T(f"Plafond partiel : la clause ne couvre pas {scope_fr} — chefs non plafonnés : "
             f"{names(free, 'fr')} ; chefs plafonnés (manquement couvert par la clause, ou "
             f"non rattaché) : {names(held, 'fr')} (art. 1103, 1188).",
             f"Partial cap: the clause does not cover {scope_en} — heads not capped: "
             f"{names(free, 'en')}; heads capped (breach the clause covers, or not linked): "
             f"{names(held, 'en')} (art. 1103, 1188).")


def _classify(ctx: Context, loss: object, verdict: str, excludes: set[str],
              excused: bool) -> Head:
    from recours.dossier import Loss

    assert isinstance(loss, Loss)
    cat = loss.category
    excluded = str(cat) in excludes or ("indirect" in excludes and cat in INDIRECT_HEADS)
    if excused or ctx.facts.causation_established is False:
        return _head(loss, "no", T("Lien de causalité non établi ou force majeure.",
                                   "No causal link, or force majeure."), excluded)
    if cat in (LossCategory.LOSS_SUFFERED, LossCategory.EXTRA_COSTS):
        return _head(loss, "yes", T(f"{HEAD_FR[cat]} : suite directe de l'inexécution (art. "
                                    "1231-2, 1231-4).", f"{HEAD_EN[cat]}: direct consequence (art. 1231-2, "
                                    "1231-4)."), excluded)
    if cat is LossCategory.LOST_PROFIT:
        rec = {"yes": "yes", "no": "no"}.get(verdict, "arguable")
        return _head(loss, rec, T("Gain manqué : réparable s'il était prévisible (art. 1231-2, "
                                  "1231-3).", "Lost profit: recoverable if foreseeable (art. "
                                  "1231-2, 1231-3)."), excluded)
    rec = "no" if verdict == "no" else "arguable"
    return _head(loss, rec, T(f"{HEAD_FR[cat]} : caractère direct et prévisible discutable (art. "
                              "1231-3, 1231-4).", f"{HEAD_EN[cat]}: direct and foreseeable character "
                              "debatable (art. 1231-3, 1231-4)."), excluded)


def _estimates(capped: bool, excluded: bool) -> T:
    """How the two estimates were built — a cap or exclusions only when there is one to apply."""
    applied_fr = {(True, True): ", plafond et exclusions contractuels appliqués",
                  (True, False): ", plafond contractuel appliqué",
                  (False, True): ", exclusions contractuelles appliquées",
                  (False, False): ""}[(capped, excluded)]
    applied_en = {(True, True): ", contractual cap and exclusions applied",
                  (True, False): ", contractual cap applied",
                  (False, True): ", contractual exclusions applied",
                  (False, False): ""}[(capped, excluded)]
    high_fr = ", plafond écarté si une exception est invoquée" if capped else ""
    high_en = ", cap set aside if an exception is invoked" if capped else ""
    return T(f"Estimation basse : chefs certains (montants bas){applied_fr} ; estimation haute : "
             f"chefs discutables inclus (montants hauts){high_fr}.",
             f"Low estimate: certain heads (low amounts){applied_en}; high estimate: debatable "
             f"heads included (high amounts){high_en}.")


def _assumptions(ctx: Context, cap: Decimal | None, low: bool, high: bool,
                 excludes: set[str]) -> list[T]:
    out = [_estimates(cap is not None, bool(excludes))]
    if cap is None and ctx.found(CAP):
        out.append(T("Plafond contractuel non chiffrable à partir du dossier : non appliqué au "
                     "montant.", "Contractual cap not computable from the dossier: not applied "
                     "to the amount."))
    if cap is not None:
        out.append(T(f"Plafond contractuel : {amounts.fr(cap)} — appliqué en bas : {'oui' if low else 'non'}, "
                     f"en haut : {'oui' if high else 'non'}.", f"Contractual cap: {amounts.en(cap)} — applied "
                     f"low: {'yes' if low else 'no'}, high: {'yes' if high else 'no'}."))
    if excludes:
        fr_words = ", ".join(sorted(label_of_value(str(x), "fr") or str(x) for x in excludes))
        en_words = ", ".join(sorted(label_of_value(str(x), "en") or str(x) for x in excludes))
        out.append(T("Chefs exclus par le contrat : " + fr_words + ".",
                     "Heads excluded by the contract: " + en_words + "."))
    if ctx.effective("fr.civil.1231-5", Status.MET):
        out.append(T("Clause pénale : pour le manquement qu'elle vise, la pénalité remplace les "
                     "dommages et intérêts (art. 1231-5 al. 1).", "Penalty clause: for the breach "
                     "it covers, the penalty replaces damages (art. 1231-5 al. 1)."))
    if ctx.effective("fr.civil.1104.collaboration", Status.MET):
        out.append(T("Défaut de collaboration du client : le juge peut partager la responsabilité "
                     "(aucun pourcentage n'est calculé).", "Client's lack of collaboration: the "
                     "court may share liability (no percentage computed)."))
    return out
