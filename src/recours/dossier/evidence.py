"""Slots the evidence and law domains fill: evidence runs and the legal analysis."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from pydantic import Field

from recours.dossier.base import Strict
from recours.dossier.commitments import Comparator, Metric


class Verdict(StrEnum):
    BREACH = "breach_established"
    CONFORMITY = "conformity_established"
    INCONCLUSIVE = "inconclusive"


class CommitmentResult(Strict):
    commitment_id: str
    metric: Metric
    comparator: Comparator
    threshold: float
    estimate: float | None
    lower: float | None
    upper: float | None
    level: float
    method: str
    p_value: float | None = None
    p_adjusted: float | None = None
    n: int = Field(ge=0)
    verdict: Verdict
    window: str | None = None
    group: str | None = None


class EvidenceRun(Strict):
    id: str
    run_at: datetime
    spec_sha256: str
    bundle: str | None = None
    merkle_root: str | None = None
    signature: str | None = None
    public_key: str | None = None
    key_fingerprint: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    timestamp: str | None = None
    results: list[CommitmentResult] = Field(default_factory=list)


class AnalysisRecord(Strict):
    """The last legal analysis saved in the dossier (the law domain owns ``data``)."""

    on: date
    generated_at: datetime
    data: dict[str, Any] = Field(default_factory=dict)
