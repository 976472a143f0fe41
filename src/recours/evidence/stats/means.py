"""Means and ratios of means from streaming sums: t intervals and Fieller ratios."""

from __future__ import annotations

import math
from dataclasses import dataclass

from scipy.stats import t as student

from recours.evidence.stats.core import Direction, Estimate, normal_pvalues


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
    """Fieller interval and test for a ratio of means (WAPE), Student t with n - 1 d.f.

    Testing R = r0 is a t-test that the mean of ``d_i = a_i - r0 b_i`` is zero; its moments
    follow from the stored sums. The interval is the set of r0 that this test does not reject
    (a quadratic inequality). Unlike the delta method, the test does not linearise around the
    estimate, so it keeps the size of the t-test. When the denominator's mean is not
    significantly non-zero the Fieller set is unbounded: the delta method is used instead.
    """
    if r.n < 2 or r.sb == 0:
        return Estimate(None, None, None, level, "fieller_ratio", r.n,
                        notes=("fewer than 2 cases or zero denominator",))
    n = r.n
    ratio = r.sa / r.sb
    ma, mb = r.sa / n, r.sb / n
    vaa = max(0.0, (r.saa - n * ma * ma) / (n - 1))
    vbb = max(0.0, (r.sbb - n * mb * mb) / (n - 1))
    vab = (r.sab - n * ma * mb) / (n - 1)
    tq = float(student.ppf(0.5 + level / 2, n - 1))
    p_b, p_c = _fieller_pvalues(ma, mb, vaa, vbb, vab, n, threshold, direction)
    # (ma - r mb)^2 <= tq^2 var(a - r b) / n  <=>  A r^2 - 2 B r + C <= 0
    k = tq * tq / n
    qa, qb, qc = mb * mb - k * vbb, ma * mb - k * vab, ma * ma - k * vaa
    disc = qb * qb - qa * qc
    if qa > 0 and disc >= 0:
        root = math.sqrt(disc)
        return Estimate(ratio, (qb - root) / qa, (qb + root) / qa, level, "fieller_ratio", n,
                        p_b, p_c)
    # unbounded Fieller set: delta-method interval, noted
    sdd = r.saa - 2 * ratio * r.sab + ratio * ratio * r.sbb
    se = math.sqrt(max(0.0, sdd / (n - 1)) / (mb * mb) / n)
    return Estimate(ratio, ratio - tq * se, ratio + tq * se, level, "delta_ratio", n, p_b, p_c,
                    ("denominator mean not significantly non-zero: delta-method interval",))


def _fieller_pvalues(ma: float, mb: float, vaa: float, vbb: float, vab: float, n: int,
                     r0: float, direction: Direction) -> tuple[float, float]:
    """One-sided t-test p-values of R = r0 through d = a - r0 b (mean of b assumed > 0)."""
    mean_d = ma - r0 * mb
    var_d = max(0.0, vaa - 2 * r0 * vab + r0 * r0 * vbb)
    sign = 1.0 if mb > 0 else -1.0        # R > r0  <=>  sign * mean_d > 0
    return normal_pvalues(sign * mean_d, math.sqrt(var_d / n), 0.0, direction, df=n - 1)
