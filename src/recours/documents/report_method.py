"""The compliance report's method in an expert's words: the level, the family, each decision.

Everything here is read from the evidence results (level, p-value, Holm-adjusted p-value,
interval, verdict): the document never recomputes a test. The risk α of each one-sided
conclusion is the evidence domain's own definition, ``(1 − level) / 2``
(``recours.evidence.stats.verdict``), stated so that the expert can compare each adjusted
p-value with it.
"""

from __future__ import annotations

from enum import Enum

from recours.documents import figures
from recours.documents.context import Context
from recours.documents.model import Run
from recours.documents.typography import count_words, format_pct
from recours.dossier import Commitment, CommitmentResult, Comparator, EvidenceRun, Verdict


class Why(Enum):
    """Why a result is inconclusive, as its figures show it."""

    NO_MEASURE = "no_measure"        # no estimate or no p-value: a validity condition failed
    STRADDLES = "straddles"          # the interval contains the threshold
    HOLM = "holm"                    # raw p ≤ α, but the Holm-adjusted p exceeds α
    METHOD_LEVEL = "method_level"    # raw interval on one side, the method's test not met


def alpha(r: CommitmentResult) -> float:
    """The risk of each one-sided conclusion, as the evidence domain defines it."""
    return (1.0 - r.level) / 2.0


def one_sided(r: CommitmentResult) -> bool:
    """The raw interval has a single bound (the sample is too small for the other)."""
    return (r.lower is None) != (r.upper is None)


def _breach_side(r: CommitmentResult) -> bool | None:
    """True when the whole interval lies on the breach side, False on the conformity side,
    None when it contains the threshold (or lacks a bound)."""
    if r.lower is None or r.upper is None:
        return None
    high_is_good = r.comparator in (Comparator.GE, Comparator.GT)
    if r.upper < r.threshold:
        return high_is_good
    if r.lower > r.threshold:
        return not high_is_good
    return None


def why(r: CommitmentResult) -> Why | None:
    """The reason an inconclusive result is so (None for a breach or a conformity)."""
    if r.verdict is not Verdict.INCONCLUSIVE:
        return None
    if r.estimate is None or r.p_value is None:
        return Why.NO_MEASURE
    side = _breach_side(r)
    if side is None:
        return Why.STRADDLES
    if side and r.p_value <= alpha(r) and (r.p_adjusted or 1.0) > alpha(r):
        return Why.HOLM
    return Why.METHOD_LEVEL


_SHORT = {
    Why.NO_MEASURE: ("pas de mesure", "no measurement"),
    Why.STRADDLES: ("seuil dans l'intervalle", "threshold inside the interval"),
    Why.HOLM: ("correction de Holm", "Holm correction"),
    Why.METHOD_LEVEL: ("niveau de la méthode non atteint", "method's level not reached"),
}


def verdict_cell(r: CommitmentResult, lang: str) -> str:
    """« non concluant (seuil dans l'intervalle) »; a breach or conformity as such."""
    word = figures.verdict(r.verdict, lang)  # type: ignore[arg-type]
    reason = why(r)
    if reason is None:
        return word
    fr, en = _SHORT[reason]
    return f"{word} ({fr if lang == 'fr' else en})"


def interval(r: CommitmentResult, lang: str, unit: str | None = None) -> str:
    """The interval, a one-sided one said as its single bound (« au plus 5,2 % »)."""
    if r.lower is not None and r.upper is not None:
        return figures.interval(r, lang, unit)  # type: ignore[arg-type]
    if r.upper is not None:
        v = figures.value(r.metric, r.upper, lang, unit)  # type: ignore[arg-type]
        return f"≤\u00a0{v}"
    if r.lower is not None:
        v = figures.value(r.metric, r.lower, lang, unit)  # type: ignore[arg-type]
        return f"≥\u00a0{v}"
    return "—"


def _pct(x: float, lang: str) -> str:
    digits = 0 if abs(x * 100 - round(x * 100)) < 1e-9 else 1
    return format_pct(x, lang, digits=digits)  # type: ignore[arg-type]


def level_section(ctx: Context, run: EvidenceRun) -> None:
    """The level in words: the confidence level, α of each one-sided conclusion, the Holm
    family, the adjusted p-value compared with α; one-sided intervals and the Holm case
    explained only where the results show them."""
    c, lang = ctx.composer, ctx.lang
    results = run.results
    if not results:
        return
    c.heading(ctx.t("Niveau, famille et niveau ajusté", "Level, family and adjusted level"), 2)
    levels = sorted({r.level for r in results})
    lvl = ctx.words([_pct(x, lang) for x in levels])
    a = ctx.words([_pct((1 - x) / 2, lang) for x in levels])
    m = count_words(len(results), *ctx.t_pair(("mesure", "measurement"),
                                               ("mesures", "measurements")), lang)
    c.para(ctx.t(
        "Les intervalles sont à {lvl} de confiance. Chaque conclusion — manquement ou "
        "conformité — est un test unilatéral au risque α = {a} (la moitié de 100 % − {lvl}) : "
        "sans autre mesure, elle est acquise exactement lorsque l'intervalle se situe "
        "entièrement d'un côté du seuil. La campagne compte {m} (engagements, périodes et "
        "groupes), qui forment une seule famille : la méthode de Holm ajuste chaque p-valeur "
        "à cette famille, et une conclusion n'est retenue que si la p-valeur ajustée est au "
        "plus égale à α. Le risque de conclure à tort sur l'une quelconque des mesures reste "
        "ainsi au plus α pour l'ensemble de la famille.",
        "Intervals are at {lvl} confidence. Each conclusion — breach or conformity — is a "
        "one-sided test at risk α = {a} (half of 100% − {lvl}): with no other measurement it "
        "holds exactly when the interval lies wholly on one side of the threshold. The run "
        "holds {m} (commitments, periods and groups), which form a single family: Holm's "
        "method adjusts each p-value to this family, and a conclusion is drawn only when the "
        "adjusted p-value is at most α. The risk of a wrong conclusion on any one of the "
        "measurements thus stays at most α for the whole family.", lvl=lvl, a=a, m=m))
    reasons = {why(r) for r in results} - {None}
    if Why.HOLM in reasons or Why.METHOD_LEVEL in reasons:
        c.para(ctx.t(
            "Les intervalles affichés sont les intervalles bruts, avant correction : un "
            "intervalle peut donc se situer entièrement d'un côté du seuil sans que la "
            "conclusion soit acquise. Le verdict « non concluant » l'indique alors entre "
            "parenthèses : « correction de Holm » lorsque la p-valeur brute est au plus α mais "
            "que la p-valeur ajustée le dépasse ; « niveau de la méthode non atteint » lorsque "
            "la méthode exige davantage que l'intervalle brut (concordance de plusieurs tests, "
            "conclusion prise au niveau α/2, voir ses conditions de validité).",
            "The intervals shown are the raw intervals, before adjustment: an interval may "
            "therefore lie wholly on one side of the threshold without the conclusion being "
            "drawn. The verdict “inconclusive” then says so in brackets: “Holm correction” "
            "when the raw p-value is at most α but the adjusted p-value exceeds it; “method's "
            "level not reached” when the method requires more than the raw interval "
            "(agreement of several tests, conclusion taken at level α/2, see its validity "
            "conditions)."))
    if any(one_sided(r) for r in results):
        c.para(ctx.t(
            "Un intervalle unilatéral n'a qu'une borne (« ≤ x » ou « ≥ x ») : l'échantillon "
            "est trop petit pour l'autre borne au niveau retenu ; seule la conclusion du côté "
            "de la borne existante peut être établie.",
            "A one-sided interval has a single bound (“≤ x” or “≥ x”): the sample is too "
            "small for the other bound at the chosen level; only the conclusion on the side "
            "of the existing bound can be drawn."))


def _p(r: CommitmentResult, lang: str) -> str:
    return figures.p_value(r.p_value, lang)  # type: ignore[arg-type]


def _reason_words(ctx: Context, cm: Commitment, r: CommitmentResult) -> str:
    reason = why(r)
    t = figures.value(r.metric, r.threshold, ctx.lang, cm.unit)
    a = _pct(alpha(r), ctx.lang)
    if reason is Why.NO_MEASURE:
        return ctx.t(
            "la méthode ne rend ni estimation exploitable ni p-valeur : une de ses conditions "
            "de validité n'est pas remplie (voir les notes du paquet de preuves ou de la "
            "campagne)",
            "the method gives no usable estimate or p-value: one of its validity conditions "
            "is not met (see the notes of the evidence bundle or the run)")
    if reason is Why.STRADDLES:
        return ctx.t("l'intervalle {ci} contient le seuil de {t} : les données ne permettent "
                     "de conclure ni au manquement ni à la conformité",
                     "the interval {ci} contains the threshold of {t}: the data support "
                     "neither a breach nor conformity", ci=interval(r, ctx.lang, cm.unit), t=t)
    if reason is Why.HOLM:
        return ctx.t("la p-valeur brute {p} est au plus α = {a}, mais la p-valeur ajustée par "
                     "Holm, {pa}, le dépasse : la pluralité des mesures interdit de conclure",
                     "the raw p-value {p} is at most α = {a}, but the Holm-adjusted p-value, "
                     "{pa}, exceeds it: the number of measurements forbids a conclusion",
                     p=_p(r, ctx.lang), a=a,
                     pa=figures.p_value(r.p_adjusted, ctx.lang))
    return ctx.t("l'intervalle brut {ci} se situe d'un seul côté du seuil de {t}, mais le test "
                 "de la méthode, ajusté à la famille, n'atteint pas α = {a}",
                 "the raw interval {ci} lies on one side of the threshold of {t}, but the "
                 "method's test, adjusted to the family, does not reach α = {a}",
                 ci=interval(r, ctx.lang, cm.unit), t=t, a=a)


def _decision_words(ctx: Context, cm: Commitment, r: CommitmentResult) -> str:
    from recours.evidence.stats.validity import conditions, label

    lang = ctx.lang
    method = label(r.method).render(lang)
    cond = conditions(r.method)
    bits = [ctx.t("méthode : {m}", "method: {m}", m=method)]
    if cond is not None:
        bits.append(ctx.t("conditions de validité : {c}", "validity conditions: {c}",
                          c=cond.render(lang)))
    if r.p_value is not None:
        bits.append(ctx.t("p-valeur {p}, ajustée par Holm {pa}, pour α = {a}",
                          "p-value {p}, Holm-adjusted {pa}, against α = {a}",
                          p=_p(r, lang), pa=figures.p_value(r.p_adjusted, lang),
                          a=_pct(alpha(r), lang)))
    if r.verdict is Verdict.INCONCLUSIVE:
        bits.append(ctx.t("motif : {w}", "reason: {w}", w=_reason_words(ctx, cm, r)))
    return " ; ".join(bits) + "." if lang == "fr" else "; ".join(bits) + "."


def decisions(ctx: Context, pairs: list[tuple[Commitment, CommitmentResult]]) -> None:
    """Each commitment's decision: its method with the validity conditions, its p-values
    against α, and for an inconclusive one, why."""
    if not pairs:
        return
    c = ctx.composer
    c.heading(ctx.t("Décision pour chaque engagement", "Decision for each commitment"), 2)
    c.items([
        (Run(f"{cm.id} — {figures.verdict(r.verdict, ctx.lang)}{ctx.t(' : ', ': ')}",
             bold=True), _decision_words(ctx, cm, r))
        for cm, r in pairs
    ])
