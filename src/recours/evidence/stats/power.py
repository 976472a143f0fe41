"""Power: how many cases are needed to establish a breach of a given size."""

from __future__ import annotations

import math

import numpy as np

from recours.evidence.stats import dist
from recours.evidence.stats.core import Direction


def cases_for_proportion(threshold: float, true_value: float, direction: Direction,
                         level: float = 0.95, power: float = 0.8, n_max: int = 10_000_000,
                         tests: int = 1) -> int:
    """Smallest n at which the exact one-sided binomial test (alpha = (1-level)/2, divided by
    ``tests`` for a Bonferroni-safe family) establishes the breach with probability ``power``
    when the true proportion is ``true_value``.

    Raises ValueError when ``true_value`` is not a breach or n would exceed ``n_max``.
    """
    if direction is Direction.HIGHER and not true_value < threshold:
        raise ValueError("for a '>=' commitment, the true value must be below the threshold")
    if direction is Direction.LOWER and not true_value > threshold:
        raise ValueError("for a '<=' commitment, the true value must be above the threshold")
    alpha = (1 - level) / 2 / tests
    # work on the 'lower is a breach' side: flip for LOWER commitments
    t, q = (threshold, true_value) if direction is Direction.HIGHER else (
        1 - threshold, 1 - true_value)
    guess = _normal_guess(t, q, alpha, power)
    lo = max(1, guess // 2)
    while lo <= n_max:
        hi = min(n_max, max(lo * 2, lo + 1000))
        ns = np.arange(lo, hi + 1)
        crit = dist.binom_ppf(alpha, ns, t)                        # smallest k with cdf >= alpha
        crit = np.where(dist.binom_cdf(crit, ns, t) > alpha, crit - 1, crit)
        pw = np.where(crit >= 0, dist.binom_cdf(crit, ns, q), 0.0)
        ok = np.nonzero(pw >= power)[0]
        if ok.size:
            return int(ns[ok[0]])
        lo = hi + 1
    raise ValueError(f"more than {n_max} cases would be needed")


def cases_for_mean(threshold: float, true_value: float, sd: float, level: float = 0.95,
                   power: float = 0.8, tests: int = 1) -> int:
    """Normal-approximation sample size for a one-sided test on a mean (MAE, bias...)."""
    if sd <= 0:
        raise ValueError("the standard deviation must be positive")
    alpha = (1 - level) / 2 / tests
    delta = abs(true_value - threshold)
    if delta == 0:
        raise ValueError("the true value equals the threshold")
    z = float(dist.norm_ppf(1 - alpha) + dist.norm_ppf(power))
    return math.ceil((z * sd / delta) ** 2) + 1


def _normal_guess(t: float, q: float, alpha: float, power: float) -> int:
    za, zb = dist.norm_ppf(1 - alpha), dist.norm_ppf(power)
    num = za * math.sqrt(t * (1 - t)) + zb * math.sqrt(q * (1 - q))
    return max(1, int((num / (t - q)) ** 2))
