"""Percentiles with distribution-free (order-statistic) intervals and exact tests.

Input is a table of distinct values (increasing) with their counts. The point estimate is the
inverse empirical distribution function (``numpy`` method ``inverted_cdf``); the interval is a
pair of order statistics chosen with the binomial distribution; the test counts the cases at or
under the threshold, which follow a binomial law whatever the latency distribution.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray
from scipy.stats import binom

from recours.evidence.stats.core import Direction, Estimate


def order_statistic(values: NDArray[np.float64], counts: NDArray[np.int64], k: int) -> float:
    """The ``k``-th smallest value (1-based) of the weighted table."""
    cum = np.cumsum(counts)
    return float(values[int(np.searchsorted(cum, k, side="left"))])


def quantile_interval(n: int, p: float, level: float) -> tuple[int, int]:
    """1-based ranks (l, u) with P(X_(l) <= q_p <= X_(u)) >= level (clipped to 1..n).

    Starts from the equal-tailed binomial ranks, then narrows one rank at a time (the side
    whose tail is smaller) while the exact coverage stays at or above ``level``: the interval
    is as short as the discreteness of order statistics allows, never below the level.
    """
    alpha = 1.0 - level
    lo = max(1, int(binom.ppf(alpha / 2, n, p)))
    hi = min(n, int(binom.ppf(1 - alpha / 2, n, p)) + 1)

    def coverage(a: int, b: int) -> float:
        return float(binom.cdf(b - 1, n, p) - binom.cdf(a - 1, n, p))

    while hi - lo > 1:
        low_tail = float(binom.cdf(lo - 1, n, p))
        high_tail = float(binom.sf(hi - 1, n, p))
        first = (lo + 1, hi) if low_tail <= high_tail else (lo, hi - 1)
        second = (lo, hi - 1) if first[0] != lo else (lo + 1, hi)
        if coverage(*first) >= level:
            lo, hi = first
        elif coverage(*second) >= level:
            lo, hi = second
        else:
            break
    return lo, hi


def assess_quantile(values: NDArray[np.float64], counts: NDArray[np.int64], p: float,
                    threshold: float, direction: Direction, level: float) -> Estimate:
    """Percentile ``p`` (0..1) of the table against ``threshold``."""
    n = int(counts.sum())
    if n == 0:
        return Estimate(None, None, None, level, "order_statistics", 0, notes=("no case",))
    point = order_statistic(values, counts, max(1, math.ceil(n * p)))
    lo, hi = quantile_interval(n, p, level)
    lower, upper = order_statistic(values, counts, lo), order_statistic(values, counts, hi)
    below = int(counts[values <= threshold].sum())     # cases at or under the threshold
    # q_p <= t  <=>  F(t) >= p ;  K = #{X <= t} ~ Binomial(n, F(t))
    p_few = float(binom.cdf(below, n, p))              # evidence that F(t) < p: q_p > t
    strict = int(counts[values < threshold].sum())
    p_many = float(binom.sf(strict - 1, n, p))         # evidence that F(t-) > p: q_p < t
    if direction is Direction.LOWER:
        p_b, p_c = p_few, p_many
    else:
        p_b, p_c = p_many, p_few
    return Estimate(point, lower, upper, level, "order_statistics", n, p_b, p_c)
