"""Means and ratios of means from streaming sums: t intervals and Fieller ratios."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
from numpy.typing import NDArray

from recours.evidence.stats import dist
from recours.evidence.stats.core import (
    Direction,
    Estimate,
    agreeing_summary,
    linear_quantiles,
    normal_pvalues,
    studentized_summary,
)
from recours.i18n import T


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
    if not m.var > 0:
        return _no_spread(math.sqrt(m.mean) if transform_sqrt else m.mean, m.n, level,
                          "student_t")
    se = math.sqrt(m.var / m.n)
    tq = float(dist.t_ppf(0.5 + level / 2, m.n - 1))
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
    if not vaa - 2 * threshold * vab + threshold * threshold * vbb > 0:
        return _no_spread(ratio, n, level, "fieller_ratio")
    tq = float(dist.t_ppf(0.5 + level / 2, n - 1))
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


# Small samples: the Student t test assumes a normal mean; absolute, squared and percentage
# errors are skewed (an exponential-like tail), and at n = 20 the t bound on the side of the
# long tail covers far less than promised. Below BOOT_MAX_N cases the verdict also needs the
# bootstrap-t (studentised, second-order accurate) to agree; below MIN_MEAN_CASES there is no
# verdict at all.
MIN_MEAN_CASES = 20
# Errors that cannot be negative have a long right tail: a sample that misses the tail has a
# small mean *and* a small spread, so every bound above the mean computed from the sample
# (Student t, bootstrap-t, score) covers less than promised: 3 % to 4.6 % instead of 2.5 % at
# n = 20 to 200 for squared Laplace errors, percentage errors on small actuals, WAPE on
# lognormal actuals (bench/evidence_truth.py). The claim that such a mean is *below* its
# threshold therefore has its p-value multiplied by LONG_TAIL_FACTOR (its bound taken at
# 1 - alpha / 2 on that side); the claim that it is above keeps alpha (that side is
# conservative under a right tail).
LONG_TAIL_FACTOR = 2.0
BOOT_MAX_N = 5_000
BOOT_RESAMPLES = 4_000
# a resample's standard error may not fall under this share of the observed one (a resample
# of a few identical values would otherwise give an unbounded studentised statistic)
SE_FLOOR = 0.01


def long_tail_guard(est: Estimate, nonnegative: bool, direction: Direction,
                    both: bool = False) -> Estimate:
    """Multiply the p-value of the claim "the mean is below the threshold" of a non-negative
    metric by :data:`LONG_TAIL_FACTOR` (``both``: the p-values of both claims, for a ratio of
    two skewed sums such as WAPE, skewed either way)."""
    if not nonnegative:
        return est

    def up(p: float | None) -> float | None:
        return None if p is None else min(1.0, LONG_TAIL_FACTOR * p)

    if both:
        return replace(est, p_breach=up(est.p_breach), p_conform=up(est.p_conform))

    if direction is Direction.LOWER:
        return replace(est, p_conform=up(est.p_conform))
    return replace(est, p_breach=up(est.p_breach))


def _too_small(n: int, level: float, method: str) -> Estimate:
    return Estimate(None, None, None, level, method, n, notes=(T(
        f"{n} cas : il en faut au moins {MIN_MEAN_CASES} pour tester une erreur moyenne ; "
        "non concluant", f"{n} cases: at least {MIN_MEAN_CASES} are needed to test a mean "
        "error; inconclusive"),))


def _no_spread(m: float, n: int, level: float, method: str) -> Estimate:
    return Estimate(m, None, None, level, method, n, notes=(T(
        "variance nulle : aucune incertitude ne peut être estimée ; non concluant",
        "zero variance: no uncertainty can be estimated; inconclusive"),))


def combine(analytic: Estimate, boot: Estimate, resamples: int, method: str) -> Estimate:
    """The analytic tests and the bootstrap must agree (larger p-value, hull of the intervals),
    except where the bootstrap cannot resolve the p-value: ``resamples`` replicates give no
    p-value under ``1 / (resamples + 1)``, and that floor, multiplied by the Holm correction
    across a dossier's many windows, would hide any verdict; there the analytic p-value
    stands (the observation lies beyond every replicate)."""
    floor = 1.0 / (resamples + 1) * (1 + 1e-9)

    def resolved(p: float | None) -> float | None:
        return None if p is None or p <= floor else p

    boot = replace(boot, p_breach=resolved(boot.p_breach) or 0.0,
                   p_conform=resolved(boot.p_conform) or 0.0)
    return agreeing_summary(analytic, boot, method)


def assess_mean_rows(x: NDArray[np.float64], threshold: float, direction: Direction,
                     level: float, rng: np.random.Generator, resamples: int = BOOT_RESAMPLES,
                     transform_sqrt: bool = False) -> Estimate:
    """Mean of per-row terms (MAE, MSE for RMSE, MAPE...): Student t and bootstrap-t, which
    must agree (larger p-values, hull of the intervals)."""
    n = int(x.size)
    method = (f"t+bootstrap_t+scale_score[{resamples}; n >= {MIN_MEAN_CASES}; "
              f"long tail x{LONG_TAIL_FACTOR:g}]")
    if n < MIN_MEAN_CASES:
        return _too_small(n, level, method)
    m = Moments(n, float(x.sum()), float((x * x).sum()))
    if m.var <= 1e-300 * max(1.0, m.mean * m.mean):
        return _no_spread(math.sqrt(m.mean) if transform_sqrt else m.mean, n, level, method)
    thr = threshold * abs(threshold) if transform_sqrt else threshold
    t_est = assess_mean(m, thr, direction, level)      # RMSE: the MSE against t squared
    se = math.sqrt(m.var / n)
    idx = rng.integers(0, n, size=(resamples, n))
    xs = x[idx]
    means = xs.mean(axis=1)
    ses = np.maximum(xs.std(axis=1, ddof=1) / math.sqrt(n), SE_FLOOR * se)
    boot = studentized_summary(m.mean, se, means, ses, thr, direction, level, method, n,
                               bounds=(0.0 if float(x.min()) >= 0 else -math.inf, math.inf))
    nonneg = float(x.min()) >= 0
    analytic = t_est
    if nonneg:
        analytic = agreeing_summary(t_est, scale_score(m, thr, direction, level, method),
                                    method)
        boot = agreeing_summary(boot, scale_bootstrap(m, means, xs.std(axis=1, ddof=1), thr,
                                                      direction, level, method), method)
    est = long_tail_guard(combine(analytic, boot, resamples, method), nonneg, direction)
    if transform_sqrt:
        def root(v: float | None) -> float | None:
            return None if v is None else math.sqrt(max(0.0, v))
        return Estimate(root(est.estimate), root(est.lower), root(est.upper), level, method,
                        n, est.p_breach, est.p_conform, est.notes)
    return est


def scale_score(m: Moments, threshold: float, direction: Direction, level: float,
                method: str) -> Estimate:
    """Score-type t test of a non-negative mean whose spread grows with it (a scale family,
    as absolute, squared and percentage errors are): the standard error is taken at the
    hypothesised mean, ``cv * mu0 / sqrt(n)`` with the observed coefficient of variation,
    instead of at the observed mean. A sample that misses the long tail has both a small mean
    and a small spread; this test does not let the small spread prove the small mean. The
    interval inverts the test: ``[mean / (1 + k), mean / (1 - k)]``, ``k = t * cv / sqrt(n)``
    (no upper bound when ``k >= 1``)."""
    n, mean = m.n, m.mean
    cv = math.sqrt(m.var) / mean
    tq = float(dist.t_ppf(0.5 + level / 2, n - 1))
    k = tq * cv / math.sqrt(n)
    lower, upper = mean / (1 + k), (mean / (1 - k) if k < 1 else None)
    if threshold <= 0:
        p_b, p_c = normal_pvalues(mean, math.sqrt(m.var / n), threshold, direction, df=n - 1)
    else:
        p_b, p_c = normal_pvalues(mean, cv * threshold / math.sqrt(n), threshold, direction,
                                  df=n - 1)
    return Estimate(mean, lower, upper, level, method, n, p_b, p_c)


def scale_bootstrap(m: Moments, means: NDArray[np.float64], sds: NDArray[np.float64],
                    threshold: float, direction: Direction, level: float,
                    method: str) -> Estimate:
    """Bootstrap-t of the log-scale pivot ``log(mean / mu) / cv`` (the delta-method standard
    error of ``log mean`` is ``cv / sqrt(n)``), resampled as ``log(mean* / mean) / cv*``: the
    logarithm removes most of the skewness of a mean of skewed non-negative terms."""
    mean = m.mean
    cv = math.sqrt(m.var) / mean
    with np.errstate(divide="ignore", invalid="ignore"):
        piv = np.log(means / mean) / np.maximum(sds / np.where(means > 0, means, np.nan),
                                                SE_FLOOR * cv)
    piv = piv[np.isfinite(piv)]
    if piv.size == 0 or threshold <= 0:
        return Estimate(mean, None, None, level, method, m.n)
    alpha = 1.0 - level
    q_lo, q_hi = linear_quantiles(piv, (alpha / 2, 1 - alpha / 2))
    lower = mean * math.exp(-float(q_hi) * cv)
    upper: float | None = mean * math.exp(-float(q_lo) * cv)
    obs = math.log(mean / threshold) / cv
    b = piv.size
    low = (float(np.count_nonzero(piv <= obs)) + 1) / (b + 1)     # evidence mu < threshold
    high = (float(np.count_nonzero(piv >= obs)) + 1) / (b + 1)    # evidence mu > threshold
    p_b, p_c = (low, high) if direction is Direction.HIGHER else (high, low)
    return Estimate(mean, lower, upper, level, method, m.n, min(1.0, p_b), min(1.0, p_c))


def assess_ratio_rows(a: NDArray[np.float64], b: NDArray[np.float64], threshold: float,
                      direction: Direction, level: float, rng: np.random.Generator,
                      resamples: int = BOOT_RESAMPLES) -> Estimate:
    """Ratio of sums (WAPE = sum |error| / sum |actual|): Fieller and a bootstrap-t of the
    ratio (delta-method standard error per resample, floored), which must agree."""
    n = int(a.size)
    method = (f"fieller+bootstrap_t[{resamples}; n >= {MIN_MEAN_CASES}; "
              f"long tail x{LONG_TAIL_FACTOR:g}]")
    if n < MIN_MEAN_CASES:
        return _too_small(n, level, method)
    r = RatioMoments(n, float(a.sum()), float(b.sum()), float((a * a).sum()),
                     float((b * b).sum()), float((a * b).sum()))
    if r.sb == 0:
        return Estimate(None, None, None, level, method, n, notes=(T(
            "dénominateur nul", "zero denominator"),))
    fieller = assess_ratio(r, threshold, direction, level)
    ratio = r.sa / r.sb

    def ratio_se(aa: NDArray[np.float64], bb: NDArray[np.float64],
                 rr: NDArray[np.float64]) -> NDArray[np.float64]:
        resid = aa - rr[..., None] * bb
        k = aa.shape[-1]
        out: NDArray[np.float64] = np.sqrt((resid * resid).sum(-1) * k / (k - 1)) / bb.sum(-1)
        return out

    se = float(ratio_se(a[None, :], b[None, :], np.array([ratio]))[0])
    if not se > 0:
        return _no_spread(ratio, n, level, method)
    idx = rng.integers(0, n, size=(resamples, n))
    aa, bb = a[idx], b[idx]
    with np.errstate(divide="ignore", invalid="ignore"):
        rs = aa.sum(1) / bb.sum(1)
        ses = np.maximum(ratio_se(aa, bb, rs), SE_FLOOR * se)
    boot = studentized_summary(ratio, se, rs, ses, threshold, direction, level, method, n,
                               bounds=(0.0, math.inf))
    est = combine(Estimate(fieller.estimate, fieller.lower, fieller.upper, level, method, n,
                           fieller.p_breach, fieller.p_conform, fieller.notes), boot,
                  resamples, method)
    return long_tail_guard(est, True, direction, both=True)
