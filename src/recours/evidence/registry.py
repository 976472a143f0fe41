"""What each metric needs: its family (the sufficient statistic) and the data roles it reads."""

from __future__ import annotations

from enum import StrEnum

from recours.dossier.commitments import Metric


class Family(StrEnum):
    CONFUSION = "confusion"      # confusion matrix counts
    SCORES = "scores"            # positive/negative counts per distinct score (AUC)
    CALIBRATION = "calibration"  # Brier sums, ECE per-bin sums
    REGRESSION = "regression"    # sums of errors, ratios
    FAIRNESS = "fairness"        # one confusion matrix per group
    LATENCY = "latency"          # counts per distinct latency value
    STATUS = "status"            # service error counts
    PROBES = "probes"            # availability from probes
    INCIDENTS = "incidents"      # availability from an incident log


FAMILY: dict[Metric, Family] = {
    **{m: Family.CONFUSION for m in (
        Metric.ACCURACY, Metric.ERROR_RATE, Metric.PRECISION, Metric.RECALL,
        Metric.SPECIFICITY, Metric.FPR, Metric.FNR, Metric.F1, Metric.BALANCED_ACCURACY)},
    Metric.AUC: Family.SCORES,
    Metric.BRIER: Family.CALIBRATION,
    Metric.ECE: Family.CALIBRATION,
    **{m: Family.REGRESSION for m in (
        Metric.MAE, Metric.RMSE, Metric.MAPE, Metric.SMAPE, Metric.WAPE, Metric.BIAS)},
    **{m: Family.FAIRNESS for m in (
        Metric.SELECTION_RATE_GAP, Metric.DISPARATE_IMPACT_RATIO,
        Metric.EQUAL_OPPORTUNITY_GAP, Metric.EQUALISED_ODDS_GAP)},
    Metric.LATENCY_P50: Family.LATENCY,
    Metric.LATENCY_P95: Family.LATENCY,
    Metric.LATENCY_P99: Family.LATENCY,
    Metric.SERVICE_ERROR_RATE: Family.STATUS,
    Metric.AVAILABILITY: Family.PROBES,
}

PERCENTILE: dict[Metric, float] = {
    Metric.LATENCY_P50: 0.50, Metric.LATENCY_P95: 0.95, Metric.LATENCY_P99: 0.99,
}

# roles each family reads; a tuple inside means "one of these"
ROLES: dict[Family, tuple[str | tuple[str, ...], ...]] = {
    Family.CONFUSION: ("label", ("prediction", "score")),
    Family.SCORES: ("label", "score"),
    Family.CALIBRATION: ("label", "score"),
    Family.REGRESSION: ("actual", "forecast"),
    Family.FAIRNESS: ("label", ("prediction", "score")),
    Family.LATENCY: ("latency_ms",),
    Family.STATUS: ("status",),
    Family.PROBES: ("up",),
    Family.INCIDENTS: ("start", "end"),
}

KNOWN_ROLES = frozenset({
    "label", "score", "prediction", "group", "timestamp", "latency_ms", "status", "actual",
    "forecast", "period", "up", "start", "end", "planned", "id", "input",
})


def family_of(metric: Metric, dataset_kind: str) -> Family:
    """Availability reads probes or an incident log depending on the dataset's kind."""
    if metric is Metric.AVAILABILITY and dataset_kind == "incidents":
        return Family.INCIDENTS
    return FAMILY[metric]
