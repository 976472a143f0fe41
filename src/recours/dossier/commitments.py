"""Measurable commitments (metric comparator threshold) and the datasets that test them."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from pathlib import PurePath

from pydantic import Field, field_validator

from recours.dossier.base import ClauseRef, Identifier, Strict


class Comparator(StrEnum):
    GE = ">="
    GT = ">"
    LE = "<="
    LT = "<"

    def holds(self, value: float, threshold: float) -> bool:
        """Whether ``value comparator threshold`` is true."""
        return {
            Comparator.GE: value >= threshold,
            Comparator.GT: value > threshold,
            Comparator.LE: value <= threshold,
            Comparator.LT: value < threshold,
        }[self]


class Metric(StrEnum):
    """Canonical metric names; the evidence domain implements each one."""

    # classification
    ACCURACY = "accuracy"
    ERROR_RATE = "error_rate"
    PRECISION = "precision"
    RECALL = "recall"
    SPECIFICITY = "specificity"
    FPR = "fpr"
    FNR = "fnr"
    F1 = "f1"
    BALANCED_ACCURACY = "balanced_accuracy"
    AUC = "auc"
    BRIER = "brier"
    ECE = "ece"
    # regression / forecasting
    MAE = "mae"
    RMSE = "rmse"
    MAPE = "mape"
    SMAPE = "smape"
    WAPE = "wape"
    BIAS = "bias"
    # fairness across groups
    SELECTION_RATE_GAP = "selection_rate_gap"
    DISPARATE_IMPACT_RATIO = "disparate_impact_ratio"
    EQUAL_OPPORTUNITY_GAP = "equal_opportunity_gap"
    EQUALISED_ODDS_GAP = "equalised_odds_gap"
    # operations
    LATENCY_P50 = "latency_p50"
    LATENCY_P95 = "latency_p95"
    LATENCY_P99 = "latency_p99"
    SERVICE_ERROR_RATE = "service_error_rate"
    AVAILABILITY = "availability"


FAIRNESS_METRICS = frozenset(
    {
        Metric.SELECTION_RATE_GAP,
        Metric.DISPARATE_IMPACT_RATIO,
        Metric.EQUAL_OPPORTUNITY_GAP,
        Metric.EQUALISED_ODDS_GAP,
    }
)


class Window(StrEnum):
    WHOLE = "whole"
    MONTHLY = "monthly"
    WEEKLY = "weekly"
    DAILY = "daily"


class Commitment(Strict):
    """A measurable promise: ``metric comparator threshold`` on a population."""

    id: Identifier
    label: str | None = None
    metric: Metric
    comparator: Comparator
    threshold: float
    unit: str | None = Field(default=None, description="« ratio », « ms », « % » (display).")
    population: str | None = None
    slice: dict[str, str] = Field(default_factory=dict, description="Column → value filter.")
    group_by: str | None = Field(default=None, description="Group column for fairness metrics.")
    cutoff: float | None = Field(
        default=None, description="Score cut-off: score ≥ cut-off ⇒ positive."
    )
    positive_label: str | None = None
    window: Window = Window.WHOLE
    dataset: Identifier | None = None
    level: float = Field(default=0.95, gt=0.5, lt=1.0)
    source: ClauseRef | None = None
    maintenance_cap_hours: float | None = Field(
        default=None, gt=0, description="Availability: planned maintenance is excluded up to "
                                        "this many hours per period of the window (the "
                                        "contract's limit); beyond it, it counts as measured.")
    observed_from: datetime | None = Field(
        default=None, description="Availability from an incident log: start of the observation "
                                  "(overrides the dataset's).")
    observed_to: datetime | None = Field(
        default=None, description="Availability from an incident log: end of the observation "
                                  "(excluded; overrides the dataset's).")


class DatasetKind(StrEnum):
    PREDICTIONS = "predictions"  # one row per case: label, score/prediction, group…
    REQUESTS = "requests"  # request log: timestamp, latency_ms, status
    PROBES = "probes"  # availability probes: timestamp, up
    INCIDENTS = "incidents"  # incident log: start, end, planned


class DataFormat(StrEnum):
    CSV = "csv"
    PARQUET = "parquet"
    JSONL = "jsonl"


class Dataset(Strict):
    """A data file that tests commitments; ``columns`` maps roles to column names."""

    id: Identifier
    path: str = Field(description="Path relative to the dossier file.")
    kind: DatasetKind
    format: DataFormat | None = None
    sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    description: str | None = None
    columns: dict[str, str] = Field(default_factory=dict)
    observed_from: datetime | None = Field(
        default=None, description="Incident logs: start of the observation period (the log "
                                  "holds every incident from then on).")
    observed_to: datetime | None = Field(
        default=None, description="Incident logs: end of the observation period (excluded).")

    @field_validator("path")
    @classmethod
    def _relative(cls, value: str) -> str:
        if PurePath(value).is_absolute():
            raise ValueError("absolute_path")
        return value

    def data_format(self) -> DataFormat:
        """The declared format, or the one the file suffix gives."""
        if self.format is not None:
            return self.format
        suffix = PurePath(self.path).suffix.lower().lstrip(".")
        return DataFormat(suffix if suffix != "ndjson" else "jsonl")
