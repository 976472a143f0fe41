"""Means and ratios of means from streaming sums: t intervals and delta-method ratios."""

from __future__ import annotations

import math
from dataclasses import dataclass

from scipy.stats import t as student

from recours.evidence.stats.core import Direction, Estimate, normal_pvalues, z_quantile


@dataclass
class Moments:
    """n, sum and sum of squares of one variable (merged across batches)."""

    n: int = 0
    s: float = 0.0
    ss: float = 0.0

    def add(self, n: int, s: float, ss: float) -> None:
        self.n += n
        self.s += s
        self.ss += ss

    @property
    def mean(self) -> float:
        return self.s / self.n

    @property
    def var(self) -> float:
        if self.n < 2:
            return math.nan
        return max(0.0, (self.ss - self.s * self.s / self.n) / (self.n - 1))


def assess_mean(m: Moments, threshold: float, direction: Direction, level: float,
                transform_sqrt: bool = False) -> Estimate:
    """Student t interval and tests for the mean (for RMSE: the mean of squared errors, then the
    square root, a monotone transform, applied to estimate and bounds; the threshold is squared
    for the test)."""
    if m.n < 2:
        return Estimate(None, None, None, level, "student_t", m.n, notes=("fewer than 2 cases",))
    se = math.sqrt(m.var / m.n)
    tq = float(student.ppf(0.5 + level / 2, m.n - 1))
    est, lower, upper = m.mean, m.mean - tq * se, m.mean + tq * se
    thr = threshold * abs(threshold) if transform_sqrt else threshold
    p_b, p_c = normal_pvalues(est, se, thr, direction, df=m.n - 1)
    if transform_sqrt:
        est, lower, upper = math.sqrt(est), math.sqrt(max(0.0, lower)), math.sqrt(upper)
        return Estimate(est, lower, upper, level, "student_t_sqrt", m.n, p_b, p_c)
    return Estimate(est, lower, upper, level, "student_t", m.n, p_b, p_c)


@dataclass
class RatioMoments:
    """Sums to estimate sum(a) / sum(b) (WAPE: a = |error|, b = |actual|)."""

    n: int = 0
    sa: float = 0.0
    sb: float = 0.0
    saa: float = 0.0
    sbb: float = 0.0
    sab: float = 0.0

    def add(self, n: int, sa: float, sb: float, saa: float, sbb: float, sab: float) -> None:
        self.n += n
        self.sa += sa
        self.sb += sb
        self.saa += saa
        self.sbb += sbb
        self.sab += sab


def assess_ratio(r: RatioMoments, threshold: float, direction: Direction,
                 level: float) -> Estimate:
    """Delta-method (linearisation) interval for a ratio of means."""
    if r.n < 2 or r.sb == 0:
        return Estimate(None, None, None, level, "delta_ratio", r.n,
                        notes=("fewer than 2 cases or zero denominator",))
    n = r.n
    ratio = r.sa / r.sb
    mb = r.sb / n
    # sample variance of the linearised variable d_i = (a_i - R b_i) / mean(b)
    sdd = r.saa - 2 * ratio * r.sab + ratio * ratio * r.sbb   # sum of (a - R b)^2
    var_d = max(0.0, sdd / (n - 1)) / (mb * mb)
    se = math.sqrt(var_d / n)
    z = z_quantile(level)
    p_b, p_c = normal_pvalues(ratio, se, threshold, direction)
    return Estimate(ratio, ratio - z * se, ratio + z * se, level, "delta_ratio", n, p_b, p_c)
