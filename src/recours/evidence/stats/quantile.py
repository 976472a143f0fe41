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

from recours.evidence.stats import dist
from recours.evidence.stats.core import Direction, Estimate
from recours.i18n import T


def order_statistic(values: NDArray[np.float64], counts: NDArray[np.int64], k: int) -> float:
    """The ``k``-th smallest value (1-based) of the weighted table."""
    cum = np.cumsum(counts)
    return float(values[int(np.searchsorted(cum, k, side="left"))])


def quantile_interval(n: int, p: float, level: float) -> tuple[int, int]:
    """1-based ranks (l, u) with P(X_(l) <= q_p <= X_(u)) >= level; rank 0 stands for minus
    infinity and rank n + 1 for plus infinity (no order statistic of the sample is a bound at
    that level: the sample is too small for this percentile).

    Equal-tailed: each bound misses on its side with probability at most ``(1 - level) / 2``
    (exactly, by the binomial law of the ranks), the same error as the one-sided exact tests
    behind the verdict.
    """
    alpha = 1.0 - level
    lo = max(0, int(dist.binom_ppf(alpha / 2, n, p)))
    hi = min(n + 1, int(dist.binom_ppf(1 - alpha / 2, n, p)) + 1)
    # the tail beyond an order statistic must not exceed alpha / 2 on either side
    while lo > 0 and float(dist.binom_cdf(lo - 1, n, p)) > alpha / 2:
        lo -= 1
    while hi <= n and float(dist.binom_sf(hi - 1, n, p)) > alpha / 2:
        hi += 1
    return lo, hi


def assess_quantile(values: NDArray[np.float64], counts: NDArray[np.int64], p: float,
                    threshold: float, direction: Direction, level: float) -> Estimate:
    """Percentile ``p`` (0..1) of the table against ``threshold``."""
    n = int(counts.sum())
    if n == 0:
        return Estimate(None, None, None, level, "order_statistics", 0, notes=("no case",))
    point = order_statistic(values, counts, max(1, math.ceil(n * p)))
    lo, hi = quantile_interval(n, p, level)
    lower = order_statistic(values, counts, lo) if lo >= 1 else None
    upper = order_statistic(values, counts, hi) if hi <= n else None
    notes: tuple[str | T, ...] = ()
    pct = f"{100 * p:g}"
    conf = f"{100 * level:g}"
    if upper is None:
        notes += (T(f"échantillon trop petit pour une borne supérieure à {conf} % à ce centile "
                    f"(p{pct}, {n} cas)", f"sample too small for a {conf} % upper bound at "
                    f"this percentile (p{pct}, {n} cases)"),)
    if lower is None:
        notes += (T(f"échantillon trop petit pour une borne inférieure à {conf} % à ce centile "
                    f"(p{pct}, {n} cas)", f"sample too small for a {conf} % lower bound at "
                    f"this percentile (p{pct}, {n} cases)"),)
    below = int(counts[values <= threshold].sum())     # cases at or under the threshold
    # q_p <= t  <=>  F(t) >= p ;  K = #{X <= t} ~ Binomial(n, F(t))
    p_few = float(dist.binom_cdf(below, n, p))              # evidence that F(t) < p: q_p > t
    strict = int(counts[values < threshold].sum())
    p_many = float(dist.binom_sf(strict - 1, n, p))         # evidence that F(t-) > p: q_p < t
    if direction is Direction.LOWER:
        p_b, p_c = p_few, p_many
    else:
        p_b, p_c = p_many, p_few
    return Estimate(point, lower, upper, level, "order_statistics", n, p_b, p_c, notes)
