"""Rules: consumer conformity (digital content and services, goods with digital elements)
and unfair terms. They apply only when the buyer is a consumer (C. consom., liminary article
and L224-25-2): for a company buyer the scope rule says so and nothing else runs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from recours.dossier.facts import ConformityRequestOutcome as Outcome
from recours.i18n import T
from recours.law.context import Context
from recours.law.engine import Area, Finding, Status, Strength, rule
from recours.law.eu.vocabulary import asks, den, dfr, uses
from recours.law.fr.consommation import conformity as cf
from recours.law.fr.consommation.scope import GOODS_FLAG, Regime, Scope, scope
from recours.law.fr.consommation.unfair_terms import unfair_terms

ORDER = 35
_REGIME = {Regime.DIGITAL: T("contenus et services numériques (art. L224-25-1 à L224-25-31)",
                             "digital content and services (art. L224-25-1 to L224-25-31)"),
           Regime.GOODS: T("biens, y compris comportant des éléments numériques (art. L217-1 s.)",
                           "goods, including goods with digital elements (art. L217-1 ff.)")}


def options(s: Scope) -> list[Scope]:
    """The regimes to consider: a sale may concern goods with digital elements (fact missing)."""
    if GOODS_FLAG in s.missing and s.regime is Regime.DIGITAL:
        return [s, replace(s, regime=Regime.GOODS, continuous=False)]
    return [s]


def _common_law(ctx: Context) -> tuple[str, T]:
    """The provision that governs a contract the 2021 consumer regime does not reach: the
    contractual liability of the Code civil, in the wording of the contract's date."""
    if ctx.former_law:
        return "fr.civil_anc.1147", T("art. 1147 anc.", "former art. 1147")
    return "fr.civil.1231-1", T("art. 1231-1", "art. 1231-1")


@rule("fr.consommation.scope", title=T("Droit de la consommation : champ", "Consumer law: scope"),
      area=Area.CONSUMER, cites=("fr.consommation.L224-25-2", "fr.consommation.L217-3",
                                 "fr.consommation.L224-25-12", "fr.civil_anc.1147",
                                 "fr.civil.1231-1"), order=ORDER)
def consumer_scope(ctx: Context) -> Finding | None:
    """Consumer buyer, contract from 1 January 2022, regime by kind of supply."""
    s = scope(ctx.dossier, ctx.params)
    if s.consumer is None:
        return None
    facts = uses(ctx, s.facts)
    common, common_ref = _common_law(ctx)
    if not s.consumer and s.new_regime:
        return ctx.make(
            conclusion=T("Acheteur professionnel : la garantie légale de conformité du Code de la "
                         "consommation ne s'applique pas (contrat entre professionnels).",
                         "Professional buyer: the legal conformity guarantee of the Consumer Code "
                         "does not apply (contract between professionals)."),
            status=Status.NOT_MET, strength=Strength.ESTABLISHED, facts=facts,
            cites=("fr.consommation.L224-25-2",))
    if not s.consumer:  # L224-25-2 did not exist yet: it is not cited
        return ctx.make(
            conclusion=T("Acheteur professionnel : la garantie légale de conformité du Code de la "
                         "consommation ne s'applique pas (contrat entre professionnels) ; le "
                         "droit commun de la responsabilité contractuelle régit le contrat (",
                         "Professional buyer: the legal conformity guarantee of the Consumer Code "
                         "does not apply (contract between professionals); the general law of "
                         "contractual liability governs the contract (") + common_ref
            + T(").", ")."),
            status=Status.NOT_MET, strength=Strength.ESTABLISHED, facts=facts, params=(s.start,),
            cites=(common,))
    if not s.new_regime:
        return ctx.make(
            conclusion=T(f"Contrat conclu avant le {dfr(s.start.value)} : le régime de conformité "
                         "issu de l'ordonnance n° 2021-1247 (art. L217-1 s., L224-25-1 s.) ne "
                         "s'applique pas ; le régime antérieur (non encodé) est à analyser à part, "
                         "le droit commun de la responsabilité contractuelle restant ouvert (",
                         f"Contract concluded before {den(s.start.value)}: the conformity regime "
                         "of ordonnance n° 2021-1247 (art. L217-1 ff., L224-25-1 ff.) does not "
                         "apply; the earlier regime (not encoded) must be analysed separately, the "
                         "general law of contractual liability remaining open (") + common_ref
            + T(").", ")."),
            status=Status.NOT_MET, strength=Strength.ESTABLISHED, facts=facts, params=(s.start,),
            cites=(common,),
            caveats=(T("régime antérieur non enregistré : à analyser à part",
                       "former regime not stored: analyse it separately"),))
    out = T("Acheteur consommateur : ", "Consumer buyer: ") + _REGIME[s.regime or Regime.DIGITAL]
    if s.regime is Regime.DIGITAL:
        out += (T(" ; fourniture continue : le professionnel répond des défauts apparus pendant la "
                  "durée du contrat (L224-25-12 al. 3).", "; continuous supply: the trader answers "
                  "for defects appearing during the contract (L224-25-12, para. 3).") if s.continuous
                else T(" ; fourniture ponctuelle : défauts apparus dans les deux ans (L224-25-12 al. 2).",
                       "; one-off supply: defects appearing within two years (L224-25-12, para. 2)."))
    elif s.regime is Regime.GOODS:
        out += T(" ; bien comportant des éléments numériques : le vendeur répond des défauts de "
                 "conformité existant à la délivrance qui apparaissent dans les deux ans (L217-3 "
                 "al. 2) ; pour un contenu ou service numérique fourni en continu plus de deux ans, "
                 "de ceux qui apparaissent pendant la fourniture (L217-3, 2°).",
                 "; goods with digital elements: the seller answers for defects existing at "
                 "delivery that appear within two years (L217-3, para. 2); for digital content or a "
                 "service supplied continuously for more than two years, for those appearing during "
                 "the supply (L217-3, 2°).")
    missing = asks(ctx, s.missing)
    if GOODS_FLAG in s.missing:
        out += T(" Si l'IA est fournie dans un bien matériel, c'est le régime des biens (L217-3).",
                 " If the AI comes inside physical goods, the goods regime applies (L217-3).")
    end, param = cf.liability_end(ctx.dossier, s, ctx.params)
    return ctx.make(
        conclusion=out, status=Status.PARTIAL if missing else Status.MET,
        strength=Strength.ARGUABLE if missing else Strength.ESTABLISHED, facts=facts, missing=missing,
        params=(s.start, *((param,) if param else ())),
        cites=(("fr.consommation.L217-3",) if s.regime is Regime.GOODS else
               ("fr.consommation.L224-25-2", "fr.consommation.L224-25-12")
               + (("fr.consommation.L217-3",) if GOODS_FLAG in s.missing else ())),
        data={"regime": str(s.regime), "continuous": s.continuous, "liability_end": end,
              "goods_with_digital_elements": ctx.dossier.facts.goods_with_digital_elements})


def _presumption(ctx: Context, regime: Regime, cite: str) -> Finding | None:
    base = scope(ctx.dossier, ctx.params)
    if not base.applies:
        return None
    s = next((o for o in options(base) if o.regime is regime), None)
    if s is None:
        return None
    p = cf.presumption(ctx.dossier, s, ctx.params)
    alt = regime is Regime.GOODS and GOODS_FLAG in base.missing
    if p.continuous:
        text = T("Fourniture continue : la preuve de la conformité pendant la période de fourniture "
                 "incombe au professionnel (L224-25-16, I, al. 2).", "Continuous supply: the trader "
                 "must prove conformity during the supply period (L224-25-16, I, para. 2).")
    elif p.presumed is None:
        text = T("Présomption d'antériorité : dates de fourniture ou d'apparition du défaut manquantes.",
                 "Presumption that the defect existed at supply: supply or defect date missing.")
    elif p.presumed:
        text = T(f"Défaut apparu avant le {dfr(p.until)} : présumé exister lors de la fourniture, "
                 "sauf preuve contraire du professionnel.", f"Defect appeared before {den(p.until)}: "
                 "presumed to have existed at supply, unless the trader proves otherwise.")
    else:
        text = T(f"Défaut apparu après le {dfr(p.until)} : pas de présomption, le consommateur prouve "
                 "l'antériorité.", f"Defect appeared after {den(p.until)}: no presumption, the "
                 "consumer must prove it existed at supply.")
    if alt:
        text = T("Si l'IA est fournie dans un bien : ", "If the AI comes inside goods: ") + text
    missing = asks(ctx, p.missing + ((GOODS_FLAG,) if alt else ()))
    status = Status.PARTIAL if (p.presumed is None or alt) else (
        Status.MET if p.presumed else Status.NOT_MET)
    return ctx.make(
        conclusion=text, status=status, strength=Strength.ARGUABLE if alt else Strength.ESTABLISHED,
        facts=uses(ctx, p.facts), missing=missing, params=(p.parameter,) if p.parameter else (),
        cites=(cite,), data={"presumed": p.presumed, "until": p.until, "regime": str(regime)})


@rule("fr.consommation.L224-25-16", title=T("Présomption de défaut (numérique)",
                                            "Presumption of non-conformity (digital)"),
      area=Area.CONSUMER, cites=("fr.consommation.L224-25-16",), order=ORDER + 1)
def digital_presumption(ctx: Context) -> Finding | None:
    """12 months for one-off supply; burden on the trader during continuous supply."""
    return _presumption(ctx, Regime.DIGITAL, "fr.consommation.L224-25-16")


@rule("fr.consommation.L217-7", title=T("Présomption de défaut (biens)",
                                        "Presumption of non-conformity (goods)"),
      area=Area.CONSUMER, cites=("fr.consommation.L217-7",), order=ORDER + 2)
def goods_presumption(ctx: Context) -> Finding | None:
    """24 months from delivery (12 for second-hand goods)."""
    return _presumption(ctx, Regime.GOODS, "fr.consommation.L217-7")


@rule("fr.consommation.L224-25-20", title=T("Remèdes du consommateur", "Consumer remedies"),
      area=Area.REMEDY, cites=("fr.consommation.L224-25-12", "fr.consommation.L224-25-20",
                               "fr.consommation.L217-9", "fr.consommation.L217-10",
                               "fr.consommation.L217-14"), order=ORDER + 3)
def consumer_remedies(ctx: Context) -> list[Finding]:
    """Bring into conformity first; price reduction or termination when refused, delayed,
    unsuccessful, or at once when the defect is serious; no termination for a minor defect."""
    base = scope(ctx.dossier, ctx.params)
    if not base.applies:
        return []
    out = []
    for s in options(base):
        rem = cf.remedies(ctx.dossier, s)
        alt = s.regime is Regime.GOODS and GOODS_FLAG in base.missing
        first = (T("mise en conformité (réparation ou remplacement au choix du consommateur, dans les "
                   "30 jours : L217-9, L217-10)", "bringing into conformity (repair or replacement at "
                   "the consumer's choice, within 30 days: L217-9, L217-10)") if s.regime is Regime.GOODS
                 else T("mise en conformité du contenu ou service numérique", "bringing the digital "
                        "content or service into conformity"))
        then, status = _then(rem, alt, "L217-14" if s.regime is Regime.GOODS else "L224-25-20")
        text = (T("Si l'IA est fournie dans un bien : ", "If the AI comes inside goods: ") if alt
                else T("", "")) + T("Remèdes : ", "Remedies: ") + first + then + T(
            ". Pas de résolution pour un défaut mineur (preuve à la charge du professionnel).",
            ". No termination for a minor defect (for the trader to prove).")
        missing = asks(ctx, rem.missing + ((GOODS_FLAG,) if alt else ()))
        article = ("fr.consommation.L217-14" if s.regime is Regime.GOODS
                   else "fr.consommation.L224-25-20")
        out.append(ctx.make(
            conclusion=text, status=status, strength=Strength.ARGUABLE if alt else Strength.ESTABLISHED,
            facts=uses(ctx, rem.facts), missing=missing, cites=rem.citations, suffix=str(s.regime),
            pinpoints={article: rem.point} if rem.point else None,
            data={"regime": str(s.regime), "reduction_or_termination": rem.reduction_or_termination,
                  "conformity_request_outcome": rem.outcome.value if rem.outcome else None,
                  "point": rem.point}))
    return out


_OUTCOME_TEXT = {
    Outcome.REFUSED: T("refus de toute mise en conformité", "refusal of any bringing into conformity"),
    Outcome.DELAYED: T("mise en conformité retardée", "bringing into conformity delayed"),
    Outcome.MAJOR_INCONVENIENCE: T("inconvénient majeur pour le consommateur",
                                   "major inconvenience for the consumer"),
    Outcome.CONSUMER_BORE_COSTS: T("frais supportés par le consommateur", "costs borne by the consumer"),
    Outcome.FAILED: T("non-conformité persistante malgré la tentative de mise en conformité",
                      "non-conformity persisting despite the attempt to bring into conformity"),
}


def _then(rem: cf.Remedies, alt: bool, ref: str) -> tuple[T, Status]:
    """What follows the request to bring into conformity, and the finding's status."""
    if rem.point and rem.outcome is not None:
        why = _OUTCOME_TEXT[rem.outcome]
        return (T(f" ; réduction du prix ou résolution ouvertes : {why.fr} ({ref}, {rem.point})",
                  f"; price reduction or termination open: {why.en} ({ref}, {rem.point})"),
                Status.PARTIAL if alt else Status.MET)
    if rem.reduction_or_termination:
        return (T(" ; réduction du prix ou résolution ouvertes dès maintenant (défaut grave)",
                  "; price reduction or termination open now (serious defect)"),
                Status.PARTIAL if alt else Status.MET)
    if rem.outcome is Outcome.BROUGHT_INTO_CONFORMITY:
        return (T(" ; le professionnel a mis le bien ou le service en conformité : ni réduction du "
                  "prix ni résolution, faute de refus, de retard ou d'échec",
                  "; the trader brought it into conformity: no price reduction or termination, "
                  "absent refusal, delay or failure"), Status.PARTIAL if alt else Status.NOT_MET)
    if rem.outcome is Outcome.PENDING:
        return (T(" ; demande de mise en conformité en cours : réduction du prix ou résolution "
                  "seulement après refus, retard ou échec",
                  "; request to bring into conformity pending: price reduction or termination only "
                  "after refusal, delay or failure"), Status.PARTIAL)
    return (T(" ; réduction du prix ou résolution après refus, retard ou échec de la mise en "
              "conformité", "; price reduction or termination after refusal, delay or failure "
              "of the bringing into conformity"), Status.PARTIAL)


@rule("fr.consommation.L212-1", title=T("Clauses abusives", "Unfair terms"), area=Area.CLAUSE,
      cites=("fr.consommation.L212-1", "fr.consommation.R212-1"), order=ORDER + 4)
def consumer_unfair_terms(ctx: Context) -> list[Finding]:
    """A clause suppressing or reducing the consumer's right to compensation: black list (6°)."""
    if not ctx.is_consumer_client():
        return []
    return [ctx.make(
        conclusion=T(f"Clause « {u.clause} » : elle réduit ou supprime le droit à réparation du "
                     "consommateur — clause noire, abusive de manière irréfragable (R212-1, 6°).",
                     f"Clause '{u.clause}': it removes or reduces the consumer's right to "
                     "compensation — black-listed, irrefutably unfair (R212-1, 6°)."),
        status=Status.MET, strength=Strength.ESTABLISHED, facts=uses(ctx, u.facts), cites=u.citations,
        caveats=(T("R212-1 : seul le 6° a été trouvé (citation secondaire) ; la sanction (« réputée non "
                   "écrite », art. L241-1) n'a pas été récupérée", "R212-1: only 6° was found "
                   "(secondary quotation); the sanction ('deemed unwritten', art. L241-1) was not "
                   "retrieved"), *_before_recodification(ctx)),
        uncertain=bool(_before_recodification(ctx)),
        pinpoints={"fr.consommation.R212-1": "6°"}, suffix=u.clause.replace(" ", "_"))
        for u in unfair_terms(ctx.dossier)]


#: The Code de la consommation was renumbered on 1 July 2016: before, unfair terms were
#: art. L132-1 and R132-1 (R132-1 in force until 30 June 2016, legal-texts.md).
RECODIFIED = date(2016, 7, 1)


def _before_recodification(ctx: Context) -> tuple[T, ...]:
    if ctx.concluded_on >= RECODIFIED:
        return ()
    return (T(f"contrat conclu le {dfr(ctx.concluded_on)}, avant la renumérotation du Code de la "
              "consommation (1er juillet 2016) : les textes alors en vigueur sont les anciens art. "
              "L132-1 et R132-1, de contenu voisin mais non enregistrés ici — L212-1 et R212-1 "
              "sont cités pour leur contenu, à vérifier", f"contract concluded on "
              f"{den(ctx.concluded_on)}, before the Consumer Code was renumbered (1 July 2016): "
              "the texts then in force are former art. L132-1 and R132-1, similar in content but "
              "not stored here — L212-1 and R212-1 are cited for their content, to be checked"),)
