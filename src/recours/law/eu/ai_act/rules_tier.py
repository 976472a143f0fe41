"""Rules: the AI Act in time (art. 113) and the risk tier of the system (art. 5, 6, 50, GPAI).

Each tier finding states the date from which its obligations apply, read from the dated
parameters on the analysis date (original art. 113, or as amended by the Digital Omnibus —
low certainty, third-party consolidation) and whether they already apply on that date.
"""

from __future__ import annotations

from datetime import date

from recours.dossier.system import AIActFacts, Art63Condition
from recours.i18n import T
from recours.law.context import Context
from recours.law.engine import Area, FactUse, Finding, Status, Strength, rule
from recours.law.eu.ai_act import dates
from recours.law.eu.ai_act.annexes import PROHIBITED, annex_iii_label
from recours.law.eu.ai_act.tier import Strength as TStrength
from recours.law.eu.ai_act.tier import (
    Tier,
    TierFinding,
    annex_i,
    annex_i_excluded,
    annex_iii,
    classify,
    derogation_condition,
    derogation_facts,
    fraud_excepted,
    gpai,
    not_listed,
    prohibited,
    transparency,
)
from recours.law.eu.vocabulary import A, asks, den, dfr, uses
from recours.law.parameters import ParamValue

ORDER = 30
_STRENGTH = {TStrength.ESTABLISHED: Strength.ESTABLISHED, TStrength.ARGUABLE: Strength.ARGUABLE,
             TStrength.WEAK: Strength.WEAK}
_OMNIBUS_CAVEAT = T(
    "dates de l'Omnibus numérique (règlement rapporté comme (UE) 2026/1744, en vigueur le 27 juillet "
    "2026) : numéro, référence JO et date NON confirmés sur EUR-Lex ; consolidation d'un tiers — "
    "à vérifier avant de s'en prévaloir",
    "Digital Omnibus dates (reported as Regulation (EU) 2026/1744, in force 27 July 2026): number, "
    "OJ reference and date NOT confirmed on EUR-Lex; third-party consolidation — check before "
    "relying on them")


def on_fact(ctx: Context) -> list[FactUse]:
    return [ctx.fact("analysis.on", ctx.on.isoformat(), "date d'analyse", "analysis date")]


@rule("eu.ai_act.art113", title=T("AI Act : entrée en vigueur et dates d'application",
                                  "AI Act: entry into force and dates of application"),
      area=Area.AI_ACT, cites=("eu.ai_act.art113", "eu.ai_act.art113-omnibus"), order=ORDER)
def in_time(ctx: Context) -> Finding:
    """Entry into force (1 August 2024) versus first application (2 February 2025)."""
    entry = dates.entry_into_force(ctx.params)
    if not dates.in_force(ctx.params, ctx.on):
        return ctx.make(
            conclusion=T(f"Au {dfr(ctx.on)}, le règlement (UE) 2024/1689 n'est pas encore en vigueur "
                         f"(entrée en vigueur le {dfr(entry.value)}).",
                         f"On {den(ctx.on)}, Regulation (EU) 2024/1689 is not yet in force (entry into "
                         f"force on {den(entry.value)})."),
            status=Status.NOT_MET, strength=Strength.ESTABLISHED, facts=on_fact(ctx),
            cites=("eu.ai_act.art113",), params=(entry,), data={"in_force": False})
    first = ctx.param(dates.CHAPTERS_I_II, ctx.on)
    omnibus = dates.omnibus_in_force(ctx.params, ctx.on)
    return ctx.make(
        conclusion=T(f"Le règlement (UE) 2024/1689 est entré en vigueur le {dfr(entry.value)} ; le "
                     f"{dfr(first.value)} n'est que sa première date d'application (chapitres I et II), "
                     "souvent présentée à tort comme son entrée en vigueur."
                     + (" Sur la date d'analyse, l'art. 113 s'applique dans sa rédaction modifiée "
                        "par l'Omnibus numérique." if omnibus else ""),
                     f"Regulation (EU) 2024/1689 entered into force on {den(entry.value)}; {den(first.value)} "
                     "is only its first date of application (Chapters I and II), often wrongly "
                     "called its entry into force."
                     + (" On the analysis date, art. 113 applies as amended by the Digital Omnibus."
                        if omnibus else "")),
        status=Status.INFO, strength=Strength.ESTABLISHED, facts=on_fact(ctx),
        cites=("eu.ai_act.art113",) + (("eu.ai_act.art113-omnibus",) if omnibus else ()),
        params=(entry, first), caveats=(_OMNIBUS_CAVEAT,) if omnibus else (),
        data={"in_force": True, "entry_into_force": entry.value, "first_application": first.value,
              "omnibus": omnibus})


def tier_finding(ctx: Context, tf: TierFinding, what: T, *, status: Status = Status.MET,
                 suffix: str | None = None, extra: dict[str, object] | None = None) -> Finding:
    """A tier finding with its date of application on the analysis date."""
    app = dates.application(ctx.params, tf.tier, tf.point, ctx.on)
    params: tuple[ParamValue, ...] = ()
    caveats: tuple[T, ...] = ()
    if app is None:
        when = T(" Sur la date d'analyse, le texte ne prévoit pas encore ces obligations.",
                 " On the analysis date, the text does not yet provide for these obligations.")
        applies, app_date = False, None
    else:
        params = (app.parameter,)
        applies, app_date = app.applies, app.date
        when = (T(f" Obligations applicables depuis le {dfr(app.date)}.",
                  f" Obligations applicable since {den(app.date)}.") if app.applies else
                T(f" Obligations applicables à compter du {dfr(app.date)} : pas encore au {dfr(ctx.on)}.",
                  f" Obligations applicable from {den(app.date)}: not yet on {den(ctx.on)}."))
        if app.parameter.certainty == "low":
            caveats = (_OMNIBUS_CAVEAT,)
        caveats += _already_on_market(ctx, tf, app.date)
    missing = asks(ctx, tf.missing)
    return ctx.make(
        conclusion=what + when, status=Status.PARTIAL if status is Status.MET and missing else status,
        strength=_STRENGTH[tf.strength], facts=uses(ctx, tf.facts), missing=missing,
        counter=tf.counter, cites=tf.citations, params=params, caveats=caveats, suffix=suffix,
        uncertain=bool(caveats),
        data={"tier": str(tf.tier), "point": tf.point, "application_date": app_date,
              "applies": applies, **{k: v for k, v in (extra or {}).items() if v is not None}})


def _already_on_market(ctx: Context, tf: TierFinding, applies_from: date) -> tuple[T, ...]:
    """High-risk system placed on the market before its obligations apply: transitional rules
    (art. 111) exist but were not verified — say so instead of guessing."""
    raw = ctx.dossier.ai_system.ai_act.placed_on_market_on
    if tf.tier not in (Tier.HIGH_RISK_ANNEX_III, Tier.HIGH_RISK_ANNEX_I) or not raw:
        return ()
    placed = date.fromisoformat(raw)
    if placed >= applies_from:
        return ()
    return (T(f"système mis sur le marché le {dfr(placed)}, avant le {dfr(applies_from)} : les "
              "dispositions transitoires de l'AI Act (art. 111, non vérifié) peuvent limiter les "
              "obligations des systèmes déjà sur le marché — à vérifier",
              f"system placed on the market on {den(placed)}, before {den(applies_from)}: the AI "
              "Act's transitional provisions (art. 111, not verified) may limit the obligations of "
              "systems already on the market — check"),)


@rule("eu.ai_act.art5", title=T("Pratique d'IA interdite", "Prohibited AI practice"),
      area=Area.AI_ACT, cites=("eu.ai_act.art5", "eu.ai_act.art113-omnibus"), order=ORDER + 1)
def prohibited_practice(ctx: Context) -> Finding | None:
    """Art. 5(1): a prohibited practice makes the system unusable once the ban applies."""
    tf = prohibited(ctx.dossier.ai_system.ai_act)
    if tf is None:
        return None
    label = PROHIBITED[tf.point or ""].label
    return tier_finding(ctx, tf, T(f"Pratique interdite alléguée (art. 5(1)({tf.point})) : {label.fr}.",
                                   f"Alleged prohibited practice (art. 5(1)({tf.point})): {label.en}."))


@rule("eu.ai_act.art6-1", title=T("Haut risque : produit de l'annexe I (art. 6(1))",
                                  "High risk: Annex I product (art. 6(1))"),
      area=Area.AI_ACT, cites=("eu.ai_act.art6",), order=ORDER + 2)
def high_risk_annex_i(ctx: Context) -> Finding | None:
    """Art. 6(1): safety component of (or itself) a product under Annex I legislation, which
    must undergo a third-party conformity assessment (6(1)(b))."""
    f = ctx.dossier.ai_system.ai_act
    if annex_i_excluded(f):
        return ctx.make(
            conclusion=T("Produit de l'annexe I, mais sans évaluation de la conformité par un tiers : "
                         "la condition de l'art. 6(1)(b) fait défaut, le système n'est pas à haut "
                         "risque au titre de l'art. 6(1).",
                         "Annex I product, but no third-party conformity assessment: the condition of "
                         "art. 6(1)(b) is not fulfilled, the system is not high-risk under art. 6(1)."),
            status=Status.NOT_MET, strength=Strength.ESTABLISHED,
            facts=uses(ctx, {A + "annex_i_product": True,
                             A + "third_party_conformity_assessment": False}),
            pinpoints={"eu.ai_act.art6": "6(1)(b)"},
            data={"tier": None, "third_party_conformity_assessment": False})
    tf = annex_i(f)
    if tf is None:
        return None
    return tier_finding(ctx, tf, T("Système à haut risque au titre de l'art. 6(1) (annexe I).",
                                   "High-risk system under art. 6(1) (Annex I)."),
                        extra={"third_party_conformity_assessment": f.third_party_conformity_assessment})


@rule("eu.ai_act.art6-2", title=T("Haut risque : domaine de l'annexe III (art. 6(2))",
                                  "High risk: Annex III area (art. 6(2))"),
      area=Area.AI_ACT, cites=("eu.ai_act.art6", "eu.ai_act.annex-iii"), order=ORDER + 3)
def high_risk_annex_iii(ctx: Context) -> Finding | None:
    """Art. 6(2) and Annex III, subject to the derogation of art. 6(3)."""
    f = ctx.dossier.ai_system.ai_act
    if fraud_excepted(f):
        return ctx.make(
            conclusion=T("Point 5(b) de l'annexe III écarté : il excepte les systèmes utilisés pour "
                         "détecter la fraude financière ; le système n'est pas à haut risque à ce "
                         "titre.",
                         "Annex III point 5(b) excluded: it excepts systems used for the purpose of "
                         "detecting financial fraud; the system is not high-risk on that ground."),
            status=Status.NOT_MET, strength=Strength.ESTABLISHED,
            facts=uses(ctx, {A + "annex_iii_area": f.annex_iii_area, A + "fraud_detection_only": True}),
            pinpoints={"eu.ai_act.annex-iii": "5(b)"},
            data={"tier": None, "point": "5(b)", "fraud_detection_only": True})
    # The base rule ignores the derogation (declared below as its exception).
    plain = (f.model_copy(update={"narrow_procedural_task": False, "art_6_3_condition": None})
             if _derogates(f) else f)
    base = annex_iii(plain)
    if base is None:
        return None
    code = base.point or ""
    lab = annex_iii_label(code)
    return tier_finding(ctx, base, T(f"Système à haut risque : annexe III, point {code} — {lab.fr}.",
                                     f"High-risk system: Annex III, point {code} — {lab.en}."),
                        extra={"fraud_detection_only": f.fraud_detection_only} if code == "5(b)" else None)


def _derogates(f: AIActFacts) -> bool:
    return derogation_condition(f) not in (None, Art63Condition.NONE)


_CONDITIONS = {
    Art63Condition.A: T("tâche procédurale étroite", "narrow procedural task"),
    Art63Condition.B: T("amélioration du résultat d'une activité humaine préalablement réalisée",
                        "improving the result of a previously completed human activity"),
    Art63Condition.C: T("détection de schémas décisionnels ou d'écarts par rapport à des schémas "
                        "antérieurs, sans remplacer ni influencer l'évaluation humaine préalable sans "
                        "examen humain approprié",
                        "detecting decision-making patterns or deviations from prior patterns, not "
                        "meant to replace or influence the previously completed human assessment "
                        "without proper human review"),
    Art63Condition.D: T("tâche préparatoire à une évaluation pertinente aux fins des cas d'utilisation "
                        "de l'annexe III", "preparatory task to an assessment relevant for the "
                        "purposes of the Annex III use cases"),
}


@rule("eu.ai_act.art6-3", title=T("Dérogation de l'art. 6(3)", "Art. 6(3) derogation"),
      area=Area.AI_ACT, cites=("eu.ai_act.art6",), order=ORDER + 4,
      exception_to="eu.ai_act.art6-2", effect="not_high_risk")
def annex_iii_derogation(ctx: Context) -> Finding | None:
    """Art. 6(3): a listed system is not high-risk when it fulfils one of the conditions (a)–(d)
    (narrow procedural task…), except when it profiles natural persons."""
    f = ctx.dossier.ai_system.ai_act
    if not f.annex_iii_area or not_listed(f) or fraud_excepted(f) or not _derogates(f):
        return None
    point = derogation_condition(f)
    assert point is not None
    if f.profiling_of_natural_persons:
        return ctx.make(
            conclusion=T("Dérogation de l'art. 6(3) écartée : le système effectue un profilage de "
                         "personnes physiques, il est toujours à haut risque (art. 6(3), al. 3).",
                         "Art. 6(3) derogation excluded: the system profiles natural persons, so it "
                         "is always high-risk (art. 6(3), third subparagraph)."),
            status=Status.NOT_MET, strength=Strength.ESTABLISHED,
            facts=uses(ctx, {**derogation_facts(f), A + "profiling_of_natural_persons": True}),
            pinpoints={"eu.ai_act.art6": "6(3), third subparagraph"},
            data={"condition": point.value})
    tf = annex_iii(f)
    assert tf is not None and tf.tier == Tier.ANNEX_III_DEROGATION
    lab = _CONDITIONS[point]
    return ctx.make(
        conclusion=T(f"Point {tf.point} de l'annexe III, mais dérogation de l'art. 6(3)({point}) : "
                     f"{lab.fr} — pas à haut risque, si le fournisseur l'a documenté (art. 6(4)).",
                     f"Annex III point {tf.point}, but art. 6(3)({point}) derogation: {lab.en} — not "
                     "high-risk, if the provider documented it (art. 6(4))."),
        status=Status.MET, strength=Strength.ARGUABLE, facts=uses(ctx, tf.facts),
        missing=asks(ctx, tf.missing), counter=tf.counter,
        data={"tier": str(tf.tier), "point": tf.point, "condition": point.value},
        pinpoints={"eu.ai_act.art6": f"6(3)({point})"})


@rule("eu.ai_act.art50", title=T("Obligations de transparence (art. 50)",
                                 "Transparency obligations (art. 50)"),
      area=Area.AI_ACT, cites=("eu.ai_act.art50",), order=ORDER + 5)
def transparency_duties(ctx: Context) -> list[Finding]:
    """Art. 50(1) interaction with persons, 50(2) marking of synthetic content."""
    out = []
    for tf in transparency(ctx.dossier.ai_system.ai_act):
        what = (T("Le fournisseur doit informer les personnes qu'elles interagissent avec une IA "
                  "(art. 50(1)).", "The provider must inform persons that they are interacting "
                  "with an AI system (art. 50(1)).") if tf.point == "50(1)" else
                T("Le fournisseur doit marquer les contenus générés dans un format lisible par "
                  "machine (art. 50(2)).", "The provider must mark generated content in a "
                  "machine-readable format (art. 50(2))."))
        out.append(tier_finding(ctx, tf, what, suffix=(tf.point or "").replace("(", "-").strip(")")))
    return out


@rule("eu.ai_act.gpai", title=T("Modèle d'IA à usage général", "General-purpose AI model"),
      area=Area.AI_ACT, cites=("eu.ai_act.art3", "eu.ai_act.art113"), order=ORDER + 6)
def general_purpose(ctx: Context) -> Finding | None:
    """General-purpose AI models: Chapter V (text not in the verified sources)."""
    tf = gpai(ctx.dossier.ai_system.ai_act)
    if tf is None:
        return None
    return tier_finding(ctx, tf, T("Modèle d'IA à usage général : obligations du chapitre V (texte non "
                                   "vérifié).", "General-purpose AI model: Chapter V obligations "
                                   "(text not verified)."))


@rule("eu.ai_act.minimal", title=T("Risque minimal", "Minimal risk"), area=Area.AI_ACT,
      cites=("eu.ai_act.art6", "eu.ai_act.art50"), order=ORDER + 7)
def minimal(ctx: Context) -> Finding | None:
    """No tier triggered: minimal risk (established only when every classifying fact is known)."""
    c = classify(ctx.dossier.ai_system.ai_act)
    tf = c.get(Tier.MINIMAL)
    if tf is None:
        return None
    missing = asks(ctx, tf.missing)
    return ctx.make(
        conclusion=T("Aucun palier de risque n'est déclenché par les faits connus : risque minimal, "
                     "sans obligation spécifique de l'AI Act."
                     + (" Conclusion provisoire : des faits manquent." if missing else ""),
                     "No risk tier is triggered by the known facts: minimal risk, no specific AI Act "
                     "obligation." + (" Provisional: facts are missing." if missing else "")),
        status=Status.PARTIAL if missing else Status.MET, strength=_STRENGTH[tf.strength],
        facts=uses(ctx, tf.facts), missing=missing, data={"tier": str(Tier.MINIMAL)})
