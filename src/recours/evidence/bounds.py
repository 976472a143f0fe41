"""What a commitment's numbers may be: the range of each metric, and checks of a threshold
and a cut-off against it (run when a specification is read, before any data)."""

from __future__ import annotations

import math

from recours.dossier import Commitment, Metric
from recours.elision import de
from recours.i18n import T

Problem = tuple[tuple[str | int, ...], T, T]
UNIT = frozenset({
    Metric.ACCURACY, Metric.ERROR_RATE, Metric.PRECISION, Metric.RECALL, Metric.SPECIFICITY,
    Metric.FPR, Metric.FNR, Metric.F1, Metric.BALANCED_ACCURACY, Metric.AUC, Metric.BRIER,
    Metric.ECE, Metric.SELECTION_RATE_GAP, Metric.DISPARATE_IMPACT_RATIO,
    Metric.EQUAL_OPPORTUNITY_GAP, Metric.EQUALISED_ODDS_GAP, Metric.SERVICE_ERROR_RATE,
    Metric.AVAILABILITY})
PROBABILITY_SCORES = frozenset({Metric.BRIER, Metric.ECE})


def metric_range(metric: Metric) -> tuple[float, float]:
    """The values ``metric`` can take."""
    if metric in UNIT:
        return 0.0, 1.0
    if metric is Metric.SMAPE:
        return 0.0, 2.0
    if metric is Metric.BIAS:
        return -math.inf, math.inf
    return 0.0, math.inf


def check_commitment(c: Commitment, i: int, score_range: tuple[float, float]) -> list[Problem]:
    """Threshold and cut-off of one commitment (``i``: its place in the spec)."""
    out: list[Problem] = []
    lo, hi = metric_range(c.metric)
    if not math.isfinite(c.threshold):
        out.append((("commitments", i, "threshold"),
                    T(f"{c.id} : seuil non numérique ({c.threshold})",
                      f"{c.id}: threshold is not a number ({c.threshold})"),
                    T("écrivez le seuil du contrat, par ex. 0.9", "write the contract's "
                      "threshold, e.g. 0.9")))
    elif not lo <= c.threshold <= hi:
        hint = T("", "")
        if hi == 1.0 and 1.0 < c.threshold <= 100.0:
            hint = T(f" ; si le contrat l'exprime en pourcentage, écrivez {c.threshold / 100:g}",
                     f"; if the contract gives a percentage, write {c.threshold / 100:g}")
        from recours.documents.figures import METRIC_NAMES  # the one table of metric names

        name = METRIC_NAMES.get(c.metric)
        fr_name, en_name = (name.fr, name.en) if name else (c.metric.value, c.metric.value)
        out.append((("commitments", i, "threshold"),
                     T(f"{c.id} : seuil {c.threshold:g} hors de l'étendue {de(fr_name)} "
                       f"[{lo:g} ; {hi:g}]", f"{c.id}: threshold {c.threshold:g} outside the "
                       f"range of {en_name} [{lo:g}, {hi:g}]"),
                     T(f"donnez un seuil entre {lo:g} et {hi:g}",
                       f"give a threshold between {lo:g} and {hi:g}") + hint))
    if c.cutoff is not None and not (math.isfinite(c.cutoff)
                                     and score_range[0] <= c.cutoff <= score_range[1]):
        s_lo, s_hi = score_range
        out.append((("commitments", i, "cutoff"),
                    T(f"{c.id} : seuil de décision (cutoff) {c.cutoff:g} hors de l'étendue "
                      f"déclarée des scores [{s_lo:g} ; {s_hi:g}]", f"{c.id}: cut-off "
                      f"{c.cutoff:g} outside the declared score range [{s_lo:g}, {s_hi:g}]"),
                    T("donnez un cutoff dans l'étendue des scores, ou déclarez « score_range » "
                      "du jeu de données (par ex. [0, 100])", "give a cut-off within the score "
                      "range, or declare the dataset's 'score_range' (e.g. [0, 100])")))
    if c.metric in PROBABILITY_SCORES and tuple(score_range) != (0.0, 1.0):
        out.append((("commitments", i, "metric"),
                    T(f"{c.id} : {c.metric.value} exige des probabilités (scores entre 0 et 1)",
                      f"{c.id}: {c.metric.value} needs probabilities (scores between 0 and 1)"),
                    T("ramenez les scores entre 0 et 1", "rescale the scores to 0–1")))
    return out
