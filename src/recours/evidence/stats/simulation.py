"""Monte-Carlo checks of the interval methods: coverage and false-breach rate.

Each ``simulate_*`` function runs ``audits`` simulated audits of ``n`` cases drawn from a known
truth and returns the share of intervals covering the true value and the share of audits that
declared a breach when the true value sits exactly on the threshold (the worst case for the
one-sided test; must stay at or below alpha = (1 - level) / 2). Used by the tests (small) and
``bench/evidence_coverage.py`` (full).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy.stats import lognorm, norm

from recours.evidence.stats.auc import assess_auc
from recours.evidence.stats.confusion import assess
from recours.evidence.stats.core import Direction, Estimate
from recours.evidence.stats.fairness import assess_fairness
from recours.evidence.stats.means import Moments, RatioMoments, assess_mean, assess_ratio
from recours.evidence.stats.proportion import proportion
from recours.evidence.stats.quantile import assess_quantile


@dataclass(frozen=True)
class SimResult:
    method: str
    audits: int
    n: int
    coverage: float
    false_breach: float
    level: float

    @property
    def alpha(self) -> float:
        return (1 - self.level) / 2


SEED = 20261126

Audit = Callable[[np.random.Generator], tuple[Estimate, Estimate, float]]


def _run(name: str, audit: Audit, audits: int, n: int, seed: int, level: float) -> SimResult:
    rng = np.random.default_rng(seed)
    covered = breaches = 0
    for _ in range(audits):
        est, at_boundary, truth = audit(rng)
        if est.lower is not None and est.upper is not None and est.lower <= truth <= est.upper:
            covered += 1
        if at_boundary.p_breach is not None and at_boundary.p_breach <= (1 - level) / 2:
            breaches += 1
    return SimResult(name, audits, n, covered / audits, breaches / audits, level)


def simulate_proportion(method: str, audits: int, n: int, seed: int = SEED, p: float = 0.9,
                        level: float = 0.95) -> SimResult:
    def audit(rng: np.random.Generator) -> tuple[Estimate, Estimate, float]:
        k = int(rng.binomial(n, p))
        est = proportion(k, n, p, Direction.HIGHER, level, method)
        return est, est, p
    return _run(method, audit, audits, n, seed, level)


def simulate_f1(audits: int, n: int, seed: int = SEED, resamples: int = 1000,
                level: float = 0.95) -> SimResult:
    probs = np.array([0.35, 0.08, 0.12, 0.45])        # (tn, fp, fn, tp) as cm[true, pred]
    cells = np.array([[probs[0], probs[1]], [probs[2], probs[3]]])
    truth = 2 * cells[1, 1] / (2 * cells[1, 1] + cells[0, 1] + cells[1, 0])

    def audit(rng: np.random.Generator) -> tuple[Estimate, Estimate, float]:
        cm = rng.multinomial(n, probs).reshape(2, 2).astype(np.int64)
        est = assess("f1", cm, 1, truth, Direction.HIGHER, level, rng, resamples)
        return est, est, float(truth)
    return _run("multinomial_bootstrap_t_f1", audit, audits, n, seed, level)


def simulate_auc(audits: int, n: int, seed: int = SEED, d: float = 1.2,
                 level: float = 0.95) -> SimResult:
    truth = float(norm.cdf(d / math.sqrt(2)))

    def audit(rng: np.random.Generator) -> tuple[Estimate, Estimate, float]:
        y = rng.random(n) < 0.4
        s = rng.standard_normal(n) + d * y
        values, inv = np.unique(s, return_inverse=True)
        pos = np.bincount(inv, weights=y, minlength=values.size).astype(np.int64)
        neg = np.bincount(inv, weights=~y, minlength=values.size).astype(np.int64)
        est = assess_auc(pos, neg, truth, Direction.HIGHER, level)
        return est, est, truth
    return _run("delong_auc", audit, audits, n, seed, level)


def simulate_quantile(audits: int, n: int, seed: int = SEED, p: float = 0.95,
                      level: float = 0.95) -> SimResult:
    dist = lognorm(s=0.5, scale=math.exp(5))
    truth = float(dist.ppf(p))

    def audit(rng: np.random.Generator) -> tuple[Estimate, Estimate, float]:
        x = np.sort(dist.rvs(size=n, random_state=rng))
        est = assess_quantile(x, np.ones(n, dtype=np.int64), p, truth, Direction.LOWER, level)
        return est, est, truth
    return _run("order_statistics_p95", audit, audits, n, seed, level)


def simulate_mean(audits: int, n: int, seed: int = SEED, level: float = 0.95) -> SimResult:
    truth = 3.0 * math.sqrt(2 / math.pi)               # mean of |N(0, 3)|: a MAE

    def audit(rng: np.random.Generator) -> tuple[Estimate, Estimate, float]:
        e = np.abs(rng.normal(0, 3, n))
        m = Moments()
        m.add(n, float(e.sum()), float((e * e).sum()))
        est = assess_mean(m, truth, Direction.LOWER, level)
        return est, est, truth
    return _run("student_t_mae", audit, audits, n, seed, level)


def simulate_ratio(audits: int, n: int, seed: int = SEED, level: float = 0.95) -> SimResult:
    truth = (5.0 * math.sqrt(2 / math.pi)) / 100.0     # E|N(0,5)| / E[U(50,150)]: a WAPE

    def audit(rng: np.random.Generator) -> tuple[Estimate, Estimate, float]:
        b = rng.uniform(50, 150, n)
        a = np.abs(rng.normal(0, 5, n))
        r = RatioMoments()
        r.add(n, a.sum(), b.sum(), (a * a).sum(), (b * b).sum(), (a * b).sum())
        est = assess_ratio(r, truth, Direction.LOWER, level)
        return est, est, truth
    return _run("fieller_ratio_wape", audit, audits, n, seed, level)


def simulate_fairness(audits: int, n: int, seed: int = SEED, resamples: int = 1000,
                      level: float = 0.95) -> SimResult:
    sel = np.array([0.50, 0.38])                        # selection rates of two groups
    share = np.array([0.6, 0.4])
    truth = float(sel[0] - sel[1])

    def audit(rng: np.random.Generator) -> tuple[Estimate, Estimate, float]:
        sizes = np.round(share * n).astype(np.int64)
        cms = np.zeros((2, 2, 2), dtype=np.int64)
        for g in range(2):
            y = rng.random(sizes[g]) < 0.5
            pred = rng.random(sizes[g]) < sel[g]
            np.add.at(cms[g], (y.astype(int), pred.astype(int)), 1)
        est = assess_fairness("selection_rate_gap", cms, 1, truth, Direction.LOWER, level,
                              rng, resamples)
        return est, est, truth
    return _run("stratified_bootstrap_t_gap", audit, audits, n, seed, level)


def run_all(audits: int, n: int, resamples: int = 1000,
            only: tuple[str, ...] = ()) -> list[SimResult]:
    """Every method (or those whose name starts with one of ``only``), one fixed seed."""
    runs: list[tuple[str, Callable[[], SimResult]]] = [
        ("clopper_pearson", lambda: simulate_proportion("clopper_pearson", audits, n)),
        ("wilson", lambda: simulate_proportion("wilson", audits, n)),
        ("multinomial_bootstrap_t_f1", lambda: simulate_f1(audits, n, resamples=resamples)),
        ("delong_auc", lambda: simulate_auc(audits, n)),
        ("order_statistics_p95", lambda: simulate_quantile(audits, n)),
        ("student_t_mae", lambda: simulate_mean(audits, n)),
        ("fieller_ratio_wape", lambda: simulate_ratio(audits, n)),
        ("stratified_bootstrap_t_gap",
         lambda: simulate_fairness(audits, n, resamples=resamples)),
    ]
    return [run() for name, run in runs if not only or name.startswith(only)]


def exact_properties(n: int, p: float = 0.9, q: float = 0.95,
                     level: float = 0.95) -> list[tuple[str, float, float]]:
    """Exact coverage and false-breach rate (test size at the boundary) of the binomial
    methods, summing binomial probabilities instead of simulating."""
    from scipy.stats import binom

    from recours.evidence.stats.proportion import clopper_pearson, exact_pvalues, wilson
    from recours.evidence.stats.quantile import quantile_interval

    ks = np.arange(n + 1)
    w = binom.pmf(ks, n, p)
    alpha = (1 - level) / 2
    out = []
    # both methods decide with the exact binomial test (Wilson only reports its interval)
    for name, interval, test in (("clopper_pearson", clopper_pearson, exact_pvalues),
                                 ("wilson", wilson, exact_pvalues)):
        cov = sum(w[k] for k in ks if interval(int(k), n, level)[0] <= p
                  <= interval(int(k), n, level)[1])
        size = sum(w[k] for k in ks if test(int(k), n, p, Direction.HIGHER)[0] <= alpha)
        out.append((name, float(cov), float(size)))
    lo, hi = quantile_interval(n, q, level)
    cov = float(binom.cdf(hi - 1, n, q) - binom.cdf(lo - 1, n, q))
    # breach of 'p95 <= t' at t = true p95: K = #{X <= t} ~ Bin(n, 0.95); reject if cdf <= alpha
    kq = int(binom.ppf(alpha, n, q))
    if binom.cdf(kq, n, q) > alpha:
        kq -= 1
    out.append(("order_statistics_p95", cov, float(binom.cdf(kq, n, q)) if kq >= 0 else 0.0))
    return out
