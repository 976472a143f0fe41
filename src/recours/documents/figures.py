"""Words and figures for commitments and evidence results, in French and English."""

from __future__ import annotations

from recours.documents.typography import format_integer, format_number, format_pct, format_period
from recours.dossier import Commitment, CommitmentResult, Comparator, Metric, Verdict
from recours.i18n import Lang, T

METRIC_NAMES: dict[Metric, T] = {
    Metric.ACCURACY: T("exactitude", "accuracy"),
    Metric.ERROR_RATE: T("taux d'erreur", "error rate"),
    Metric.PRECISION: T("précision", "precision"),
    Metric.RECALL: T("rappel (sensibilité)", "recall (sensitivity)"),
    Metric.SPECIFICITY: T("spécificité", "specificity"),
    Metric.FPR: T("taux de faux positifs", "false positive rate"),
    Metric.FNR: T("taux de faux négatifs", "false negative rate"),
    Metric.F1: T("score F1", "F1 score"),
    Metric.BALANCED_ACCURACY: T("exactitude équilibrée", "balanced accuracy"),
    Metric.AUC: T("aire sous la courbe ROC (AUC)", "area under the ROC curve (AUC)"),
    Metric.BRIER: T("score de Brier", "Brier score"),
    Metric.ECE: T("erreur de calibration (ECE)", "expected calibration error (ECE)"),
    Metric.MAE: T("erreur absolue moyenne", "mean absolute error"),
    Metric.RMSE: T("erreur quadratique moyenne (RMSE)", "root mean squared error"),
    Metric.MAPE: T(
        "erreur absolue moyenne en pourcentage (MAPE)", "mean absolute percentage error"
    ),
    Metric.SMAPE: T("MAPE symétrique (sMAPE)", "symmetric MAPE"),
    Metric.WAPE: T("erreur absolue pondérée (WAPE)", "weighted absolute percentage error"),
    Metric.BIAS: T("biais moyen", "mean bias"),
    Metric.SELECTION_RATE_GAP: T("écart de taux de sélection", "selection rate gap"),
    Metric.DISPARATE_IMPACT_RATIO: T("ratio d'impact disproportionné", "disparate impact ratio"),
    Metric.EQUAL_OPPORTUNITY_GAP: T("écart d'égalité des chances", "equal opportunity gap"),
    Metric.EQUALISED_ODDS_GAP: T("écart d'égalité des cotes", "equalised odds gap"),
    Metric.LATENCY_P50: T("latence médiane (p50)", "median latency (p50)"),
    Metric.LATENCY_P95: T("latence au 95e centile", "95th percentile latency"),
    Metric.LATENCY_P99: T("latence au 99e centile", "99th percentile latency"),
    Metric.SERVICE_ERROR_RATE: T("taux d'erreur du service", "service error rate"),
    Metric.AVAILABILITY: T("disponibilité", "availability"),
}

_PERCENT = frozenset(
    {
        Metric.ACCURACY,
        Metric.ERROR_RATE,
        Metric.PRECISION,
        Metric.RECALL,
        Metric.SPECIFICITY,
        Metric.FPR,
        Metric.FNR,
        Metric.BALANCED_ACCURACY,
        Metric.MAPE,
        Metric.SMAPE,
        Metric.WAPE,
        Metric.SELECTION_RATE_GAP,
        Metric.EQUAL_OPPORTUNITY_GAP,
        Metric.EQUALISED_ODDS_GAP,
        Metric.SERVICE_ERROR_RATE,
        Metric.AVAILABILITY,
    }
)
_LATENCY = frozenset({Metric.LATENCY_P50, Metric.LATENCY_P95, Metric.LATENCY_P99})

COMPARATOR_WORDS: dict[Comparator, T] = {
    Comparator.GE: T("au moins", "at least"),
    Comparator.GT: T("plus de", "more than"),
    Comparator.LE: T("au plus", "at most"),
    Comparator.LT: T("moins de", "less than"),
}
COMPARATOR_SIGNS = {Comparator.GE: "≥", Comparator.GT: ">", Comparator.LE: "≤", Comparator.LT: "<"}

VERDICTS: dict[Verdict, T] = {
    Verdict.BREACH: T("manquement établi", "breach established"),
    Verdict.CONFORMITY: T("conformité établie", "conformity established"),
    Verdict.INCONCLUSIVE: T("non concluant", "inconclusive"),
}


def de(word: str) -> str:
    """The French preposition « de » before ``word``, elided before a vowel or a mute h."""
    return "d'" if word[:1].lower() in "aeiouyéèêàâîôûh" else "de "


def metric_name(metric: Metric, lang: Lang) -> str:
    return METRIC_NAMES[metric].render(lang)


def value(metric: Metric, x: float | None, lang: Lang, unit: str | None = None) -> str:
    """A metric value as a reader expects it: « 85,1 % », « 412 ms », « 0,812 »."""
    if x is None:
        return "—"
    if metric in _LATENCY or unit == "ms":
        return f"{format_integer(round(x), lang)}\u00a0ms"
    if metric == Metric.AVAILABILITY:
        return format_pct(x, lang, digits=2)
    if metric in _PERCENT or unit == "%":
        return format_pct(x, lang, digits=1)
    return format_number(x, lang, digits=3)


def commitment_words(c: Commitment, lang: Lang) -> str:
    """« exactitude d'au moins 92,0 % » / « accuracy of at least 92.0% »."""
    words = COMPARATOR_WORDS[c.comparator].render(lang)
    figure = value(c.metric, c.threshold, lang, c.unit)
    name = metric_name(c.metric, lang)
    if lang == "fr":
        return f"{name} {de(words)}{words} {figure}"
    return f"{name} of {words} {figure}"


def threshold_sign(c: Commitment | CommitmentResult, lang: Lang, unit: str | None = None) -> str:
    return f"{COMPARATOR_SIGNS[c.comparator]}\u00a0{value(c.metric, c.threshold, lang, unit)}"


def interval(r: CommitmentResult, lang: Lang, unit: str | None = None) -> str:
    """« [83,9 % ; 86,2 %] » (fr) / « [83.9%, 86.2%] » (en)."""
    if r.lower is None or r.upper is None:
        return "—"
    sep = "\u202f; " if lang == "fr" else ", "
    return f"[{value(r.metric, r.lower, lang, unit)}{sep}{value(r.metric, r.upper, lang, unit)}]"


def level(r: CommitmentResult, lang: Lang) -> str:
    return format_pct(r.level, lang, digits=0)


def p_value(p: float | None, lang: Lang) -> str:
    if p is None:
        return "—"
    if p < 0.0001:
        return "< 0,0001" if lang == "fr" else "< 0.0001"
    return format_number(p, lang, digits=4)


def verdict(v: Verdict, lang: Lang) -> str:
    return VERDICTS[v].render(lang)


def scope(r: CommitmentResult, lang: Lang) -> str:
    """Which part of the data a result covers: whole, a window, a group."""
    parts = []
    if r.window:
        parts.append(format_period(r.window, lang))
    if r.group:
        parts.append(("groupe " if lang == "fr" else "group ") + r.group)
    return ", ".join(parts) or ("ensemble" if lang == "fr" else "whole")
