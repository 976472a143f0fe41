"""Proportions: Clopper–Pearson (exact) and Wilson intervals; the verdict always uses the exact
one-sided binomial test, whose size never exceeds alpha (the score test the Wilson interval
inverts can exceed it by a hair: 2.505 % at n = 500, p = 0.9, alpha = 2.5 %)."""

from __future__ import annotations

import math

import numpy as np

from recours.evidence.stats import dist
from recours.evidence.stats.core import Direction, Estimate, z_quantile

EXACT = "clopper_pearson"
WILSON = "wilson"


def clopper_pearson(k: int, n: int, level: float = 0.95) -> tuple[float, float]:
    """Exact two-sided interval (same as statsmodels ``proportion_confint(method='beta')``)."""
    _check(k, n)
    alpha = 1.0 - level
    lower = 0.0 if k == 0 else float(dist.beta_ppf(alpha / 2, k, n - k + 1))
    upper = 1.0 if k == n else float(dist.beta_ppf(1 - alpha / 2, k + 1, n - k))
    return lower, upper


def wilson(k: int, n: int, level: float = 0.95) -> tuple[float, float]:
    """Wilson score interval (same as statsmodels ``proportion_confint(method='wilson')``)."""
    _check(k, n)
    z = z_quantile(level)
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def exact_pvalues(k: int, n: int, threshold: float, direction: Direction) -> tuple[float, float]:
    """Exact one-sided binomial p-values (breach, conformity) at the boundary ``threshold``."""
    _check(k, n)
    p0 = min(max(threshold, 0.0), 1.0)
    low = float(dist.binom_cdf(k, n, p0))        # P(X <= k): evidence that p < p0
    high = float(dist.binom_sf(k - 1, n, p0))    # P(X >= k): evidence that p > p0
    return (low, high) if direction is Direction.HIGHER else (high, low)


def score_pvalues(k: int, n: int, threshold: float, direction: Direction) -> tuple[float, float]:
    """One-sided score-test p-values, the test the Wilson interval inverts."""
    _check(k, n)
    p0 = min(max(threshold, 0.0), 1.0)
    if p0 in (0.0, 1.0):
        return exact_pvalues(k, n, threshold, direction)
    z = (k / n - p0) / math.sqrt(p0 * (1 - p0) / n)
    low, high = float(dist.norm_cdf(z)), float(dist.norm_sf(z))
    return (low, high) if direction is Direction.HIGHER else (high, low)


def proportion(k: int, n: int, threshold: float, direction: Direction, level: float = 0.95,
               method: str = EXACT) -> Estimate:
    """Estimate, interval and p-values of the proportion ``k / n``."""
    if n == 0:
        return Estimate(None, None, None, level, method, 0, None, None,
                        ("no case in the denominator",))
    if method == WILSON:
        lower, upper = wilson(k, n, level)   # reported interval; the decision stays exact
    else:
        lower, upper = clopper_pearson(k, n, level)
    p_b, p_c = exact_pvalues(k, n, threshold, direction)
    return Estimate(k / n, lower, upper, level, method, n, p_b, p_c)


def exact_size(n: int, p0: float, level: float = 0.95, test: str = EXACT) -> float:
    """Exact false-breach rate of the one-sided breach test of ``p >= p0`` when the true value
    is ``p0``: the binomial probability of the outcomes it declares a breach (no simulation).
    ``test`` is ``clopper_pearson`` (the exact test used for every verdict) or ``score`` (the
    test the Wilson interval inverts, kept for comparison)."""
    if n < 1 or not 0.0 < p0 < 1.0:
        raise ValueError(f"exact size needs n >= 1 and 0 < p0 < 1, got n={n}, p0={p0}")
    alpha = (1.0 - level) / 2.0
    ks = np.arange(n + 1)
    if test == EXACT:
        pvals = dist.binom_cdf(ks, n, p0)
    elif test == "score":
        pvals = dist.norm_cdf((ks / n - p0) / math.sqrt(p0 * (1 - p0) / n))
    else:
        raise ValueError(f"unknown test {test!r}")
    return float(dist.binom_pmf(ks, n, p0)[pvals <= alpha].sum())


def complement(est: Estimate) -> Estimate:
    """The estimate of ``1 - p`` (e.g. error rate from accuracy); p-values are unchanged."""
    def flip(x: float | None) -> float | None:
        return None if x is None else 1.0 - x

    return Estimate(flip(est.estimate), flip(est.upper), flip(est.lower), est.level,
                    est.method, est.n, est.p_breach, est.p_conform, est.notes)


def _check(k: int, n: int) -> None:
    if n < 0 or k < 0 or k > n:
        raise ValueError(f"invalid proportion {k}/{n}")
