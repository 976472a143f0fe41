"""The result of one statistical assessment, and the direction of a commitment."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np
from numpy.typing import NDArray


class Direction(StrEnum):
    """Which side of the threshold the contract promises.

    ``HIGHER``: the metric must be at least the threshold (``>=`` or ``>``); a breach is a
    true value below it. ``LOWER``: the metric must be at most the threshold (``<=``/``<``).
    """

    HIGHER = "higher"
    LOWER = "lower"

    @classmethod
    def from_comparator(cls, comparator: str) -> Direction:
        if comparator in (">=", ">"):
            return cls.HIGHER
        if comparator in ("<=", "<"):
            return cls.LOWER
        raise ValueError(f"unknown comparator {comparator!r}")


@dataclass(frozen=True)
class Estimate:
    """Point estimate, two-sided interval at ``level`` and the two one-sided p-values.

    ``p_breach`` tests H0 "the system complies" (small values are evidence of a breach);
    ``p_conform`` tests H0 "the system is in breach" (small values establish conformity).
    """

    estimate: float | None
    lower: float | None
    upper: float | None
    level: float
    method: str
    n: int
    p_breach: float | None = None
    p_conform: float | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)


def z_quantile(level: float) -> float:
    """Two-sided normal critical value for ``level`` (1.959... for 0.95)."""
    from scipy.stats import norm

    return float(norm.ppf(0.5 + level / 2.0))


def normal_pvalues(estimate: float, se: float, threshold: float, direction: Direction,
                   df: float | None = None) -> tuple[float, float]:
    """One-sided p-values (breach, conformity) of a Wald statistic (t when ``df`` is given)."""
    from scipy.stats import norm, t

    if se <= 0 or not math.isfinite(se):
        if estimate == threshold:
            return 1.0, 1.0
        below = estimate < threshold
        breach = below if direction is Direction.HIGHER else not below
        return (0.0, 1.0) if breach else (1.0, 0.0)
    stat = (estimate - threshold) / se
    cdf = float(norm.cdf(stat) if df is None else t.cdf(stat, df))
    sf = float(norm.sf(stat) if df is None else t.sf(stat, df))
    return (cdf, sf) if direction is Direction.HIGHER else (sf, cdf)


def bootstrap_summary(point: float, draws: NDArray[np.float64], threshold: float,
                      direction: Direction, level: float, method: str, n: int) -> Estimate:
    """Percentile interval and test-inversion p-values from bootstrap replicates."""
    finite = draws[np.isfinite(draws)]
    notes: tuple[str, ...] = ()
    if finite.size < draws.size:
        notes = (f"{draws.size - finite.size} resamples undefined (empty denominator) dropped",)
    if finite.size == 0 or not math.isfinite(point):
        return Estimate(None if not math.isfinite(point) else point, None, None, level,
                        method, n, None, None, notes)
    alpha = 1.0 - level
    lower, upper = np.quantile(finite, [alpha / 2.0, 1.0 - alpha / 2.0])
    b = finite.size
    at_or_above = float(np.count_nonzero(finite >= threshold))
    at_or_below = float(np.count_nonzero(finite <= threshold))
    if direction is Direction.HIGHER:
        p_breach, p_conform = (at_or_above + 1) / (b + 1), (at_or_below + 1) / (b + 1)
    else:
        p_breach, p_conform = (at_or_below + 1) / (b + 1), (at_or_above + 1) / (b + 1)
    return Estimate(point, float(lower), float(upper), level, method, n,
                    min(1.0, p_breach), min(1.0, p_conform), notes)
