"""The result of one statistical assessment, and the direction of a commitment."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np
from numpy.typing import NDArray

from recours.i18n import T


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
    notes: tuple[str | T, ...] = field(default_factory=tuple)


def z_quantile(level: float) -> float:
    """Two-sided normal critical value for ``level`` (1.959... for 0.95)."""
    from recours.evidence.stats import dist

    return float(dist.norm_ppf(0.5 + level / 2.0))


def normal_pvalues(estimate: float, se: float, threshold: float, direction: Direction,
                   df: float | None = None) -> tuple[float, float]:
    """One-sided p-values (breach, conformity) of a Wald statistic (t when ``df`` is given)."""
    from recours.evidence.stats import dist

    if se <= 0 or not math.isfinite(se):
        if estimate == threshold:
            return 1.0, 1.0
        below = estimate < threshold
        breach = below if direction is Direction.HIGHER else not below
        return (0.0, 1.0) if breach else (1.0, 0.0)
    stat = (estimate - threshold) / se
    cdf = float(dist.norm_cdf(stat) if df is None else dist.t_cdf(stat, df))
    sf = float(dist.norm_sf(stat) if df is None else dist.t_sf(stat, df))
    return (cdf, sf) if direction is Direction.HIGHER else (sf, cdf)


def linear_quantiles(values: NDArray[np.float64], qs: tuple[float, float]) -> tuple[float, float]:
    """``np.quantile(values, qs)`` (its default « linear » method) to the last bit, for finite
    float values: the same indexes, weights and interpolation (``numpy.lib``'s ``_lerp``), on
    the sorted values instead of a partition (the same values at those indexes). NumPy's own
    function calls ``np.unique``, whose first call imports ``numpy.ma`` (≈ 25 ms of each
    ``recours evidence run``). ``tests/evidence/test_linear_quantiles.py`` compares both."""
    n = values.size
    virtual = (n - 1) * np.asarray(qs, dtype=np.float64)
    previous = np.floor(virtual)
    following = previous + 1
    above = virtual >= n - 1
    previous[above] = following[above] = -1
    below = virtual < 0
    previous[below] = following[below] = 0
    ordered = np.sort(values)
    a, b = ordered[previous.astype(np.intp)], ordered[following.astype(np.intp)]
    t = virtual - previous
    diff = b - a
    result = a + diff * t
    np.subtract(b, diff * (1 - t), out=result, where=t >= 0.5)
    return float(result[0]), float(result[1])


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
    lower, upper = linear_quantiles(finite, (alpha / 2.0, 1.0 - alpha / 2.0))
    b = finite.size
    at_or_above = float(np.count_nonzero(finite >= threshold))
    at_or_below = float(np.count_nonzero(finite <= threshold))
    if direction is Direction.HIGHER:
        p_breach, p_conform = (at_or_above + 1) / (b + 1), (at_or_below + 1) / (b + 1)
    else:
        p_breach, p_conform = (at_or_below + 1) / (b + 1), (at_or_above + 1) / (b + 1)
    return Estimate(point, float(lower), float(upper), level, method, n,
                    min(1.0, p_breach), min(1.0, p_conform), notes)


def studentized_summary(point: float, se: float, draws: NDArray[np.float64],
                        se_draws: NDArray[np.float64], threshold: float, direction: Direction,
                        level: float, method: str, n: int,
                        bounds: tuple[float, float] = (-math.inf, math.inf)) -> Estimate:
    """Bootstrap-t (percentile-t): interval and p-values from the replicates of the studentised
    statistic ``(draw - point) / se_draw``, the null distribution of ``(point - theta) / se``.

    Falls back to :func:`bootstrap_summary` when the statistic is degenerate (zero standard
    error, e.g. a perfect score), which then carries a note."""
    ok = np.isfinite(draws) & np.isfinite(se_draws) & (se_draws > 0)
    if not (math.isfinite(point) and math.isfinite(se) and se > 0) or not ok.any():
        base = bootstrap_summary(point, draws, threshold, direction, level, method, n)
        note = "zero standard error: percentile interval instead of bootstrap-t"
        return Estimate(base.estimate, base.lower, base.upper, base.level, base.method,
                        base.n, base.p_breach, base.p_conform, (*base.notes, note))
    notes: tuple[str, ...] = ()
    if not ok.all():
        notes = (f"{int(draws.size - ok.sum())} resamples undefined or degenerate dropped",)
    t_star = (draws[ok] - point) / se_draws[ok]
    alpha = 1.0 - level
    q_lo, q_hi = linear_quantiles(t_star, (alpha / 2.0, 1.0 - alpha / 2.0))
    lower = max(bounds[0], point - float(q_hi) * se)
    upper = min(bounds[1], point - float(q_lo) * se)
    t_obs = (point - threshold) / se
    b = t_star.size
    low = (float(np.count_nonzero(t_star <= t_obs)) + 1) / (b + 1)   # evidence theta < t
    high = (float(np.count_nonzero(t_star >= t_obs)) + 1) / (b + 1)  # evidence theta > t
    p_b, p_c = (low, high) if direction is Direction.HIGHER else (high, low)
    return Estimate(point, lower, upper, level, method, n, min(1.0, p_b), min(1.0, p_c), notes)


def agreeing_summary(a: Estimate, b: Estimate, method: str) -> Estimate:
    """Two bootstrap analyses of the same estimate that must agree: a verdict is firm only if
    both tests reject (largest p-value, so the size is at most the smaller of the two sizes)
    and the interval is the hull of both intervals (coverage at least the larger)."""
    def pick(x: float | None, y: float | None, f: Callable[[float, float], float]) -> float | None:
        if x is None or y is None:
            return None
        return f(x, y)

    return Estimate(a.estimate, pick(a.lower, b.lower, min), pick(a.upper, b.upper, max),
                    a.level, method, a.n, pick(a.p_breach, b.p_breach, max),
                    pick(a.p_conform, b.p_conform, max), tuple(dict.fromkeys(a.notes + b.notes)))
