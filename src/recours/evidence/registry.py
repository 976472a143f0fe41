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


# What each column role holds, as a lawyer reads it in an error (the role's code follows).
ROLE_WORDS: dict[str, tuple[str, str]] = {
    "label": ("la vérité observée", "the observed truth"),
    "score": ("le score du système", "the system's score"),
    "prediction": ("la décision du système", "the system's decision"),
    "group": ("le groupe", "the group"),
    "timestamp": ("l'horodatage", "the timestamp"),
    "period": ("la période", "the period"),
    "latency_ms": ("le temps de réponse en ms", "the response time in ms"),
    "status": ("le statut de la réponse", "the response status"),
    "actual": ("la valeur réalisée", "the actual value"),
    "forecast": ("la prévision", "the forecast"),
    "up": ("l'état du service sondé (disponible ou non)", "the probed service state (up or not)"),
    "start": ("le début de l'incident", "the incident's start"),
    "end": ("la fin de l'incident", "the incident's end"),
    "planned": ("la maintenance planifiée", "planned maintenance"),
    "id": ("l'identifiant du cas", "the case identifier"),
    "input": ("l'entrée envoyée au système", "the input sent to the system"),
}


def role_words(roles: str, lang: str) -> str:
    """« la vérité observée (label) » for ``"label"``; alternatives joined by « ou »."""
    i = 0 if lang == "fr" else 1
    parts = [r.strip() for r in roles.split("|")]
    return (" ou " if i == 0 else " or ").join(
        f"{ROLE_WORDS[r][i]} ({r})" if r in ROLE_WORDS else r for r in parts)


def family_of(metric: Metric, dataset_kind: str) -> Family:
    """Availability reads probes or an incident log depending on the dataset's kind."""
    if metric is Metric.AVAILABILITY and dataset_kind == "incidents":
        return Family.INCIDENTS
    return FAMILY[metric]
