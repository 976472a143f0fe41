"""Measurable commitments (metric, comparator, threshold) mapped to the dossier's metrics."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from recours.contract.kinds.base import (
    AGREES_SHARE,
    CAUGHT_SHARE,
    FLAGGED_AMONG_NEGATIVES,
    FLAGGED_CONFIRMED,
    RATE_OVER_RATE,
    SHARE_CAUGHT,
    SHARE_WITHIN_TIME,
    WRONGLY_SET_ASIDE,
)
from recours.contract.kinds.prefilter_table import Prefiltered
from recours.contract.values.base import Sentence

# (pattern, metric); the first that matches a sentence wins, so specific names come first.
METRICS: tuple[tuple[str, str], ...] = (
    (r"balanced accuracy|exactitude équilibrée", "balanced_accuracy"),
    (FLAGGED_AMONG_NEGATIVES, "fpr"),
    (FLAGGED_CONFIRMED, "precision"),
    (AGREES_SHARE, "accuracy"),
    (r"faux négatifs|false negatives?", "fnr"),
    (WRONGLY_SET_ASIDE, "fpr"),
    (RATE_OVER_RATE, "disparate_impact_ratio"),
    (SHARE_WITHIN_TIME, "latency"),
    (r"faux positifs|false positives?|faux rejets|fausses? alertes?|false alarms?", "fpr"),
    (
        r"écart[^.;]{0,40}taux de (détection|vrais positifs)|(difference|gap) (in|between)[^.;]{0,30}"
        r"(true positive|recall|detection) rates?|equal opportunity|égalité des chances",
        "equal_opportunity_gap",
    ),
    (
        r"écart[^.;]{0,40}taux (de sélection|d'acceptation|d'octroi)|(difference|gap) (in|between)"
        r"[^.;]{0,30}selection rates?",
        "selection_rate_gap",
    ),
    (
        r"disparate impact|impact disproportionné|ratio d'impact|rapport entre (les|le) taux de "
        r"sélection|ratio (of|between) (the )?selection rates|"
        # « le taux de sélection de chaque groupe … au moins 0,8 fois le taux de sélection du
        # groupe le plus favorisé », "selection rate … no less than four-fifths of the selection
        # rate of the group": one rate as a share of another is a ratio
        r"selection rates?\b[^;]{0,160}?(\btimes|\bfifths?|\bper ?cent|%|\d\)?) (of )?the (\w+ )"
        r"{0,3}selection rate|taux de sélection\b[^;]{0,160}?(\bfois|\bcinquièmes?|\bpour ?cent|%) "
        r"(le |du |des )taux de sélection",
        "disparate_impact_ratio",
    ),
    (r"selection rate gap|écart de taux de sélection|selection rate", "selection_rate_gap"),
    (r"\bwape\b|weighted absolute percentage", "wape"),
    (r"\bsmape\b", "smape"),
    (r"\bmape\b|mean absolute percentage|erreur absolue moyenne en pourcentage", "mape"),
    (r"\bmae\b|mean absolute error|erreur absolue moyenne", "mae"),
    (r"\brmse\b|root mean square", "rmse"),
    (r"score f1|\bf1\b", "f1"),
    (r"\bauc\b|aire sous (la )?courbe|area under (the )?([\w-]+ ){0,4}curve", "auc"),
    (r"\bbrier\b", "brier"),
    (
        r"taux d'erreur|error rate|(proportion|share|percentage|rate|part|pourcentage|taux)\b"
        r"[^.;%]{0,80}?\b(incorrect|wrong|erroneous|inaccurate|faulty|erronée?s?|"
        r"incorrecte?s?|inexacte?s?)\b",
        "error_rate",
    ),
    (
        r"rappel|recall|taux de détection|detection rate|detect at least|sensibilité|sensitivity|"
        r"(?:au moins |at least |not less than |no less than )?"
        + SHARE_CAUGHT
        + "|"
        + CAUGHT_SHARE,
        "recall",
    ),
    (
        r"(proportion|part|pourcentage|share|percentage|fraction)\b[^.;%]{0,80}?(effectivement|"
        r"réellement|véritablement|actually|truly|genuinely|in fact) (détecté|signalé|identifié|"
        r"repéré|intercepté|detected|flagged|identified|caught|intercepted)",
        "recall",
    ),
    (
        r"(proportion|part|pourcentage|share|percentage|fraction)\b[^.;%]{0,80}?(effectivement|"
        r"réellement|véritablement|actually|truly|genuinely|in fact)",
        "precision",
    ),
    (r"spécificité|specificity", "specificity"),
    (r"précision|precision", "precision"),
    (
        r"exactitude|accuracy|taux de (bonnes réponses|réussite)|answered correctly|correct answers?|"
        r"(assessed|rated|judged|marked|graded|deemed|considered|evaluated|scored) (as )?(correct|"
        r"accurate|right)\b|(jugée?s?|évaluée?s?|considérée?s?|notée?s?|estimée?s?|appréciée?s?) "
        r"(comme )?(correcte?s?|exacte?s?|justes?)\b|"
        r"réponses? (exactes|correctes)|(correctement|correctly|exactement|accurately) (extrait|"
        r"reconnu|classé|classifié|identifié|transcrit|lu|traduit|catégoris|étiqueté|extracted|"
        r"recogni[sz]ed|classified|identified|transcribed|read|translated|labell?ed|predicted|"
        r"categori[sz]ed|matched)|(proportion|part|pourcentage|taux|share|percentage)\b[^.;%]{0,80}?"
        r"\b(bon|bonne|bons|bonnes|correcte?s?|exacte?s?|right|correct)\b (service|catégorie|classe|équipe|file|direction|interlocuteur|"
        r"destinataire|réponse|label|étiquette|category|class|team|department|queue|recipient|"
        r"answer)s?",
        "accuracy",
    ),
    (r"latenc\w*|temps de réponse|response time", "latency"),
    (r"disponib\w*|availab\w*|uptime", "availability"),
)
_COMPARATORS: tuple[tuple[str, str], ...] = (
    (
        r"ne (sera|doit|devra|pourra|peut|saurait)? ?(pas )?(être )?supérieure?|n'est pas "
        r"supérieure?|ne dépasse\w*|n'excède\w*|≤|"
        r"ne (doit|devra|peut|pourra|saurait) pas (excéder|dépasser)|"
        r"ne pas dépasser|inférieure? ou égale?|au plus|au maximum|maximum de|"
        r"no more than|not (to )?exceed\w*|shall not exceed|at most|not more than|not exceeding|"
        r"no greater than|within|or (less|lower|fewer)|ou moins|no higher than|not higher than",
        "<=",
    ),
    (
        r"ne (sera|doit|devra|pourra|peut|saurait)? ?(pas )?(être )?inférieure?|n'est pas "
        r"inférieure?|supérieure? ou égale?|au moins|≥|or better|ou mieux|"
        r"au minimum|minimum de|d'au moins|at least|no less than|not less than|minimum of|"
        r"or more|or higher|or above|or greater|ou plus|no lower than|not lower than|no fewer than|"
        r"not fewer than",
        ">=",
    ),
    (
        r"inférieure?s? à|moins de|en dessous de|below|less than|lower than|(?<!area )under\b|"
        r"fewer than",
        "<",
    ),
    (r"supérieure?s? à|plus de|au-dessus de|above|greater than|more than|higher than|exceed", ">"),
)
_METRIC_PATTERNS = tuple((re.compile(p, re.I), m) for p, m in METRICS)
_COMPARATOR_PATTERNS = tuple((re.compile(p, re.I), c) for p, c in _COMPARATORS)
_THRESHOLD = re.compile(
    r"(\d+(?:[.,]\d+)?)\s?(%|ms\b|millisecondes?|milliseconds?|secondes?|seconds?|s\b|mw\b)?", re.I
)
_PERCENTILE = re.compile(r"(\d{2})\s?(?:e|ème|th)?\s+(?:percentile|centile)", re.I)
_RATIO_METRICS = {
    "accuracy",
    "error_rate",
    "precision",
    "recall",
    "specificity",
    "fpr",
    "fnr",
    "f1",
    "balanced_accuracy",
    "mape",
    "smape",
    "wape",
    "selection_rate_gap",
    "equal_opportunity_gap",
    "availability",
}
_DEFAULT_COMPARATOR = {"availability": ">="}
_POPULATION = re.compile(
    r"(?:sur|on|measured on|mesurée? sur|against)\s+(l'|le |la |les |the )?([^,.;]{3,80})", re.I
)


@dataclass(frozen=True, slots=True)
class Found:
    metric: str
    comparator: str
    threshold: float
    unit: str
    population: str | None
    sentence: Sentence


def commitment(item: Sentence, text: str | None = None) -> Found | None:
    """The commitment a sentence (or a segment of it) states: metric, comparator, threshold."""
    text = item.text if text is None else text
    metric, at = _metric(text)
    if metric is None:
        return None
    rest = text[at:]
    located = _threshold(rest, metric) or _threshold(text[:at], metric, explicit=True)
    if located is None:
        return None
    comparator, number, _scope = located
    value = float(number.group(1).replace(",", "."))
    unit_word = (number.group(2) or "").lower()
    if metric == "latency":
        metric = _latency_metric(text)
        if unit_word == "s" or unit_word.startswith(("seconde", "second")):
            value *= 1000
        unit = "ms"
    elif unit_word == "%" or (metric in _RATIO_METRICS and value > 1):
        value, unit = round(value / 100, 6), "ratio"
    else:
        unit = "ratio" if metric in _RATIO_METRICS or value <= 1 else unit_word or "value"
    population = _POPULATION.search(rest)
    return Found(
        metric, comparator, value, unit, population.group(2).strip() if population else None, item
    )


def _threshold(
    text: str, metric: str, *, explicit: bool = False
) -> tuple[str, re.Match[str], str] | None:
    """(comparator, number match, text) when the text states a threshold."""
    comparator, after = _comparator(text)
    if comparator is None and explicit:
        return None
    if comparator is None:
        comparator, after = _DEFAULT_COMPARATOR.get(metric), 0
    if comparator is None:
        return None
    number = _THRESHOLD.search(text, after) or _postfixed(text, after)
    while number and _PERCENTILE.match(text, number.start()):
        number = _THRESHOLD.search(text, number.end())
    if number is None or (metric == "availability" and number.group(2) != "%"):
        return None
    return comparator, number, text


_POSTFIX = re.compile(r"(\d+(?:[.,]\d+)?)\s?(%|ms\b)?\s*$", re.I)
_POSTFIX_WORDS = re.compile(
    r"\s*(or (more|higher|above|greater|less|lower|below|fewer)|ou (plus|moins)|au (minimum|"
    r"maximum|moins|plus)|(at )?(minimum|maximum))$",
    re.I,
)


def _postfixed(text: str, after: int) -> re.Match[str] | None:
    """The number just before a comparator written after it (« 92 % au minimum », "80% or
    higher")."""
    head = text[:after]
    words = _POSTFIX_WORDS.search(head)
    if words is None:
        return None
    return _POSTFIX.search(head[: words.start()])


# each metric pattern with the words it needs (most sentences hold none: no search)
_METRIC_FILTERS = tuple((Prefiltered(p), m) for p, m in _METRIC_PATTERNS)


def _metric(text: str) -> tuple[str | None, int]:
    """The metric named first: the leftmost match of any pattern and, at one position, the
    first pattern in METRICS order (what one alternation of all the patterns would give)."""
    low = text.lower()
    best: tuple[int, str] | None = None
    for pattern, metric in _METRIC_FILTERS:
        found = pattern.search(text, low)
        if found and (best is None or found.start() < best[0]):
            best = (found.start(), metric)
    return (best[1], best[0]) if best else (None, 0)


def _comparator(text: str) -> tuple[str | None, int]:
    best: tuple[int, int, str] | None = None
    for pattern, symbol in _COMPARATOR_PATTERNS:
        found = pattern.search(text)
        if found and (best is None or found.start() < best[0]):
            best = (found.start(), found.end(), symbol)
    return (best[2], best[1]) if best else (None, 0)


_SHARE_OF_REQUESTS = re.compile(SHARE_WITHIN_TIME, re.I)


def _latency_metric(text: str) -> str:
    found = _PERCENTILE.search(text) or _SHARE_OF_REQUESTS.search(text)
    rank = found.group(1) if found else "50"
    return {"95": "latency_p95", "99": "latency_p99"}.get(rank, "latency_p50")


def _segments(text: str) -> list[str]:
    """One segment per metric when a sentence states several (« a precision … and a recall … »)."""
    spans: list[tuple[int, int]] = []
    low = text.lower()
    for pattern, _ in _METRIC_FILTERS:
        found = pattern.search(text, low)
        if found and all(found.end() <= a or found.start() >= b for a, b in spans):
            spans.append(found.span())
    starts = sorted(a for a, _ in spans)
    if len(starts) < 2:
        return [text]
    bounds = [0, *starts[1:], len(text)]
    return [text[a:b] for a, b in pairwise(bounds)]


def commitments(items: list[Sentence]) -> list[Found]:
    found: list[Found] = []
    for item in items:
        for segment in _segments(item.text):
            result = commitment(item, segment)
            if result is not None and not any(
                f.metric == result.metric and f.threshold == result.threshold for f in found
            ):
                found.append(result)
    return found
