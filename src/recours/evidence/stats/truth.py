"""The truth suite: every metric's method run on data drawn from a known truth.

Each :class:`Scenario` draws one audit's data with the true value of the metric *on the
threshold* (the worst case for both one-sided tests) and returns the method's
:class:`Estimate` against that threshold. Over many seeded runs it measures

- the coverage of the reported interval (a missing bound counts as infinite);
- the false-breach rate: share of runs whose breach test rejects at alpha = (1 - level) / 2;
- the false-conformity rate: share of runs whose conformity test rejects at alpha;

with their Monte-Carlo standard errors. A size is acceptable if it does not exceed alpha by
more than :data:`MC_SIGMAS` standard errors of a rate equal to alpha; a coverage if it is not
under its target by more than that. Some scenarios must never conclude (a perfect separation
in two cases, zero variance, groups under the minimum size): their conclusive share must be 0.

``bench/evidence_truth.py`` runs the suite in full; ``tests/evidence/test_truth.py`` runs a
reduced, seeded version.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.stats import lognorm, norm

from recours.evidence.stats.auc import assess_auc
from recours.evidence.stats.confusion import assess as assess_confusion
from recours.evidence.stats.core import Direction, Estimate
from recours.evidence.stats.fairness import assess_fairness
from recours.evidence.stats.means import assess_mean_rows, assess_ratio_rows
from recours.evidence.stats.proportion import proportion
from recours.evidence.stats.quantile import assess_quantile

LEVEL = 0.95
ALPHA = (1 - LEVEL) / 2
COVERAGE_TARGET = 0.935
MC_SIGMAS = 3.0
SEED = 20261207

Draw = Callable[[np.random.Generator, int], Estimate]


@dataclass(frozen=True)
class Scenario:
    name: str
    metric: str
    design: str
    truth: float
    draw: Draw                    # (rng, bootstrap resamples) -> estimate at the threshold
    coverage: float | None = COVERAGE_TARGET    # None: no interval is claimed
    never_conclusive: bool = False


@dataclass(frozen=True)
class TruthResult:
    scenario: Scenario
    runs: int
    covered: int
    breaches: int
    conformities: int

    @property
    def coverage(self) -> float:
        return self.covered / self.runs

    @property
    def false_breach(self) -> float:
        return self.breaches / self.runs

    @property
    def false_conformity(self) -> float:
        return self.conformities / self.runs

    def mcse(self, rate: float) -> float:
        """Monte-Carlo standard error of a rate measured on these runs."""
        return math.sqrt(max(rate * (1 - rate), 1e-12) / self.runs)

    def problems(self) -> list[str]:
        """What exceeds its bound beyond Monte-Carlo error (empty: the scenario passes)."""
        out = []
        s = self.scenario
        if s.never_conclusive:
            if self.breaches or self.conformities:
                out.append(f"{s.name}: {self.breaches + self.conformities} conclusive verdicts")
            return out
        limit = ALPHA + MC_SIGMAS * self.mcse(ALPHA)
        if self.false_breach > limit:
            out.append(f"{s.name}: false breach {self.false_breach:.4f} > {limit:.4f}")
        if self.false_conformity > limit:
            out.append(f"{s.name}: false conformity {self.false_conformity:.4f} > {limit:.4f}")
        if s.coverage is not None:
            floor = s.coverage - MC_SIGMAS * self.mcse(s.coverage)
            if self.coverage < floor:
                out.append(f"{s.name}: coverage {self.coverage:.4f} < {floor:.4f}")
        return out


def run(s: Scenario, runs: int, seed: int = SEED, resamples: int = 1000) -> TruthResult:
    rng = np.random.default_rng([seed, _stable(s.name)])
    covered = breaches = conformities = 0
    for _ in range(runs):
        e = s.draw(rng, resamples)
        lo = -math.inf if e.lower is None else e.lower
        hi = math.inf if e.upper is None else e.upper
        if e.estimate is None and e.lower is None and e.upper is None:
            lo, hi = -math.inf, math.inf
        covered += lo <= s.truth <= hi
        breaches += e.p_breach is not None and e.p_breach <= ALPHA
        conformities += e.p_conform is not None and e.p_conform <= ALPHA
    return TruthResult(s, runs, covered, breaches, conformities)


def _stable(name: str) -> int:
    return int.from_bytes(name.encode()[:16].ljust(16, b"\0"), "little") % (2**63)


# --- proportions -----------------------------------------------------------------------------

def _proportion(p: float, n: int, d: Direction) -> Draw:
    def draw(rng: np.random.Generator, _: int) -> Estimate:
        return proportion(int(rng.binomial(n, p)), n, p, d, LEVEL)
    return draw


# --- fairness --------------------------------------------------------------------------------

def _fair(name: str, threshold: float, d: Direction, pos_n: Sequence[int],
          tpr: Sequence[float], neg_n: Sequence[int] = (), fpr: Sequence[float] = ()) -> Draw:
    """Groups with ``pos_n`` positives (true positive rate ``tpr``) and ``neg_n`` negatives
    (false positive rate ``fpr``); a selection rate is put on the positives' row."""
    g = len(pos_n)

    def draw(rng: np.random.Generator, _: int) -> Estimate:
        cms = np.zeros((g, 2, 2), dtype=np.int64)
        for i in range(g):
            tp = rng.binomial(pos_n[i], tpr[i])
            cms[i, 1] = (pos_n[i] - tp, tp)
            if neg_n:
                fp = rng.binomial(neg_n[i], fpr[i])
                cms[i, 0] = (neg_n[i] - fp, fp)
        return assess_fairness(name, cms, 1, threshold, d, LEVEL)
    return draw


# --- AUC -------------------------------------------------------------------------------------

def _auc(auc: float, n1: int, n0: int) -> Draw:
    shift = math.sqrt(2) * float(norm.ppf(auc))      # binormal, equal variances

    def draw(rng: np.random.Generator, _: int) -> Estimate:
        s = np.concatenate([rng.standard_normal(n1) + shift, rng.standard_normal(n0)])
        y = np.r_[np.ones(n1, np.int64), np.zeros(n0, np.int64)]
        values, inv = np.unique(s, return_inverse=True)
        pos = np.bincount(inv, weights=y, minlength=values.size).astype(np.int64)
        neg = np.bincount(inv, weights=1 - y, minlength=values.size).astype(np.int64)
        return assess_auc(pos, neg, auc, Direction.HIGHER, LEVEL)
    return draw


def _separated(n1: int, n0: int, threshold: float) -> Draw:
    def draw(rng: np.random.Generator, _: int) -> Estimate:
        pos = np.r_[np.zeros(n0, np.int64), np.ones(n1, np.int64)]
        neg = np.r_[np.ones(n0, np.int64), np.zeros(n1, np.int64)]
        return assess_auc(pos, neg, threshold, Direction.HIGHER, LEVEL)
    return draw


# --- mean errors -----------------------------------------------------------------------------

def _mean(gen: Callable[[np.random.Generator, int], np.ndarray], truth: float, n: int,
          sqrt: bool = False) -> Draw:
    def draw(rng: np.random.Generator, b: int) -> Estimate:
        return assess_mean_rows(gen(rng, n), truth, Direction.LOWER, LEVEL, rng, b,
                                transform_sqrt=sqrt)
    return draw


def _wape(gen: Callable[[np.random.Generator, int], tuple[np.ndarray, np.ndarray]],
          truth: float, n: int) -> Draw:
    def draw(rng: np.random.Generator, b: int) -> Estimate:
        a, act = gen(rng, n)
        return assess_ratio_rows(a, act, truth, Direction.LOWER, LEVEL, rng, b)
    return draw


def _laplace_abs(rng: np.random.Generator, n: int) -> np.ndarray:
    return np.abs(rng.laplace(0, 2, n))


def _laplace_sq(rng: np.random.Generator, n: int) -> np.ndarray:
    e = rng.laplace(0, 2, n)
    return e * e


def _ape_small(rng: np.random.Generator, n: int) -> np.ndarray:
    actual = rng.uniform(1, 10, n)
    return np.abs(rng.laplace(0, 0.5, n)) / actual


MAPE_SMALL_TRUTH = 0.5 * math.log(10) / 9            # E|Laplace(0, .5)| * E[1 / U(1, 10)]


def _skewed(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    actual = rng.lognormal(3, 1, n)
    return np.abs(actual * rng.normal(0, 0.2, n)), actual


SKEWED_TRUTH = 0.2 * math.sqrt(2 / math.pi)


def _intermittent(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    zero = rng.random(n) < 0.4
    actual = np.where(zero, 0.0, rng.lognormal(2, 0.8, n))
    err = np.where(zero, rng.exponential(1.0, n), np.abs(actual * rng.normal(0, 0.3, n)))
    return err, actual


_MEAN_ACTUAL = math.exp(2 + 0.8**2 / 2)
INTERMITTENT_TRUTH = (0.4 * 1.0 + 0.6 * _MEAN_ACTUAL * 0.3 * math.sqrt(2 / math.pi)) / (
    0.6 * _MEAN_ACTUAL)


def _constant(n: int) -> Draw:
    def draw(rng: np.random.Generator, b: int) -> Estimate:
        return assess_mean_rows(np.full(n, 1.5), 1.0, Direction.LOWER, LEVEL, rng, b)
    return draw


# --- percentiles -----------------------------------------------------------------------------

_LATENCY = lognorm(s=0.5, scale=math.exp(5))


def _percentile(p: float, n: int) -> Draw:
    truth = float(_LATENCY.ppf(p))

    def draw(rng: np.random.Generator, _: int) -> Estimate:
        x = np.sort(_LATENCY.rvs(size=n, random_state=rng))
        return assess_quantile(x, np.ones(n, dtype=np.int64), p, truth, Direction.LOWER, LEVEL)
    return draw


# --- F1 (bootstrap on the confusion matrix) --------------------------------------------------

_F1_CELLS = np.array([0.35, 0.08, 0.12, 0.45])
F1_TRUTH = 2 * 0.45 / (2 * 0.45 + 0.08 + 0.12)


def _f1(n: int) -> Draw:
    def draw(rng: np.random.Generator, b: int) -> Estimate:
        cm = rng.multinomial(n, _F1_CELLS).reshape(2, 2).astype(np.int64)
        return assess_confusion("f1", cm, 1, F1_TRUTH, Direction.HIGHER, LEVEL, rng, b)
    return draw


H, L = Direction.HIGHER, Direction.LOWER


def scenarios() -> list[Scenario]:
    """Every scenario of the suite (the issue's, and more)."""
    out = [
        Scenario("recall_exact_n50", "recall", "p = 0.90, n = 50", 0.9,
                 _proportion(0.9, 50, H)),
        Scenario("fpr_exact_n30", "fpr", "p = 0.05, n = 30", 0.05, _proportion(0.05, 30, L)),
        Scenario("accuracy_exact_n500", "accuracy", "p = 0.90, n = 500", 0.9,
                 _proportion(0.9, 500, H)),
    ]
    for k in (1, 2, 3):
        out.append(Scenario(f"gap_tiny_group_{k}", "selection_rate_gap",
                            f"true gap 0, groups 200 and {k}, t = 0.05", 0.0,
                            _fair("selection_rate_gap", 0.05, L, (200, k), (0.3, 0.3)),
                            coverage=None, never_conclusive=True))
        out.append(Scenario(f"di_tiny_group_{k}", "disparate_impact_ratio",
                            f"true ratio 1, groups 200 and {k}, t = 0.8", 1.0,
                            _fair("disparate_impact_ratio", 0.8, H, (200, k), (0.3, 0.3)),
                            coverage=None, never_conclusive=True))
    out += [
        Scenario("gap_2_groups_50", "selection_rate_gap", "0.35 / 0.30, 50 + 50, t = 0.05",
                 0.05, _fair("selection_rate_gap", 0.05, L, (50, 50), (0.35, 0.30))),
        Scenario("gap_2_groups_10_200", "selection_rate_gap",
                 "0.06 / 0.01, 10 + 200, t = 0.05", 0.05,
                 _fair("selection_rate_gap", 0.05, L, (10, 200), (0.06, 0.01))),
        Scenario("gap_2_groups_1000", "selection_rate_gap",
                 "0.55 / 0.50, 1000 + 1000, t = 0.05", 0.05,
                 _fair("selection_rate_gap", 0.05, L, (1000, 1000), (0.55, 0.50))),
        Scenario("di_2_groups_30", "disparate_impact_ratio", "0.40 / 0.50, 30 + 30, t = 0.8",
                 0.8, _fair("disparate_impact_ratio", 0.8, H, (30, 30), (0.4, 0.5))),
        Scenario("di_2_groups_10_100", "disparate_impact_ratio",
                 "0.40 / 0.50, 10 + 100, t = 0.8", 0.8,
                 _fair("disparate_impact_ratio", 0.8, H, (10, 100), (0.4, 0.5))),
        Scenario("di_2_groups_500", "disparate_impact_ratio",
                 "0.24 / 0.30, 500 + 500, t = 0.8", 0.8,
                 _fair("disparate_impact_ratio", 0.8, H, (500, 500), (0.24, 0.30))),
        Scenario("eo_gap_4_groups", "equal_opportunity_gap",
                 "TPR 0.70 / 0.80 / 0.75 / 0.78, 50 positives each, t = 0.10", 0.1,
                 _fair("equal_opportunity_gap", 0.1, L, (50,) * 4, (0.7, 0.8, 0.75, 0.78))),
        Scenario("eo_gap_6_groups", "equal_opportunity_gap",
                 "TPR 0.70 … 0.80, 6 groups of 50 positives, t = 0.10", 0.1,
                 _fair("equal_opportunity_gap", 0.1, L, (50,) * 6,
                       (0.7, 0.8, 0.75, 0.78, 0.72, 0.76))),
        Scenario("eo_gap_4_groups_at_0", "equal_opportunity_gap",
                 "TPR 0.75 everywhere, 4 groups of 40, t = 0", 0.0,
                 _fair("equal_opportunity_gap", 0.0, L, (40,) * 4, (0.75,) * 4)),
        Scenario("eo_gap_6_groups_at_0", "equal_opportunity_gap",
                 "TPR 0.75 everywhere, 6 groups of 40, t = 0", 0.0,
                 _fair("equal_opportunity_gap", 0.0, L, (40,) * 6, (0.75,) * 6)),
        Scenario("eodds_3_groups", "equalised_odds_gap",
                 "TPR 0.70 / 0.80 / 0.75, FPR 0.10 / 0.12 / 0.15, 60 + 100 per group, t = 0.10",
                 0.1, _fair("equalised_odds_gap", 0.1, L, (60,) * 3, (0.7, 0.8, 0.75),
                            (100,) * 3, (0.1, 0.12, 0.15))),
        Scenario("auc_separated_1_1", "auc", "perfect separation, 1 + 1, t = 0.8", 0.8,
                 _separated(1, 1, 0.8), coverage=None, never_conclusive=True),
        Scenario("auc_separated_3_3", "auc", "perfect separation, 3 + 3, t = 0.8", 0.8,
                 _separated(3, 3, 0.8), coverage=None, never_conclusive=True),
        Scenario("auc_095_10_10", "auc", "AUC 0.95, 10 + 10 (binormal)", 0.95,
                 _auc(0.95, 10, 10)),
        Scenario("auc_099_25_25", "auc", "AUC 0.99, 25 + 25 (binormal)", 0.99,
                 _auc(0.99, 25, 25)),
        Scenario("auc_080_30_30", "auc", "AUC 0.80, 30 + 30 (binormal)", 0.8,
                 _auc(0.8, 30, 30)),
        Scenario("auc_070_200_100", "auc", "AUC 0.70, 200 + 100 (binormal)", 0.7,
                 _auc(0.7, 200, 100)),
    ]
    for n in (20, 50, 200):
        out.append(Scenario(f"mae_laplace_n{n}", "mae", f"|Laplace(0, 2)|, n = {n}", 2.0,
                            _mean(_laplace_abs, 2.0, n)))
    for n in (20, 200):
        out.append(Scenario(f"rmse_laplace_n{n}", "rmse", f"Laplace(0, 2), n = {n}",
                            math.sqrt(8.0), _mean(_laplace_sq, math.sqrt(8.0), n, sqrt=True)))
        out.append(Scenario(f"mape_small_actuals_n{n}", "mape",
                            f"Laplace(0, 0.5) / U(1, 10), n = {n}", MAPE_SMALL_TRUTH,
                            _mean(_ape_small, MAPE_SMALL_TRUTH, n)))
    out += [Scenario("mae_zero_variance_n3", "mae", "3 identical errors", 1.5, _constant(3),
                     coverage=None, never_conclusive=True),
            Scenario("mae_zero_variance_n30", "mae", "30 identical errors", 1.5, _constant(30),
                     coverage=None, never_conclusive=True)]
    for n in (20, 50, 200):
        out.append(Scenario(f"wape_skewed_n{n}", "wape", f"lognormal actuals, n = {n}",
                            SKEWED_TRUTH, _wape(_skewed, SKEWED_TRUTH, n)))
    for n in (50, 200):
        out.append(Scenario(f"wape_intermittent_n{n}", "wape",
                            f"40 % zero actuals, n = {n}", INTERMITTENT_TRUTH,
                            _wape(_intermittent, INTERMITTENT_TRUTH, n)))
    for p, ns in ((0.95, (20, 50, 100, 500)), (0.99, (100, 500))):
        for n in ns:
            out.append(Scenario(f"p{round(100 * p)}_n{n}", f"latency_p{round(100 * p)}",
                                f"lognormal latencies, n = {n}", float(_LATENCY.ppf(p)),
                                _percentile(p, n)))
    out.append(Scenario("f1_n300", "f1", "multinomial, n = 300", F1_TRUTH, _f1(300)))
    return out


def exact_pair_size(kind: str, n1: int, n2: int, null: float, tail: float,
                    grid: int = 60) -> tuple[float, float]:
    """Exact (enumerated, not simulated) size of the one-sided pair score test "difference
    (ratio) > null" at nominal ``tail``, maximised over the nuisance rate on a grid; returns
    (size, rate of group 2 where it is reached)."""
    from scipy.stats import binom

    from recours.evidence.stats.twoprop import p_greater

    x1, x2 = np.meshgrid(np.arange(n1 + 1.0), np.arange(n2 + 1.0), indexing="ij")
    pv = p_greater(kind, x1, np.full(x1.shape, float(n1)), x2, np.full(x1.shape, float(n2)),
                   np.full(x1.shape, null))
    reject = pv <= tail
    worst, where = 0.0, 0.0
    for p2 in np.concatenate([np.geomspace(0.002, 0.1, grid // 3), np.linspace(0.1, 0.998,
                                                                               grid)]):
        p1 = p2 + null if kind == "diff" else p2 * null
        if not 0.0 < p1 < 1.0:
            continue
        w = np.outer(binom.pmf(np.arange(n1 + 1), n1, p1), binom.pmf(np.arange(n2 + 1), n2, p2))
        size = float(w[reject].sum())
        if size > worst:
            worst, where = size, float(p2)
    return worst, where


EXACT_PAIR_DESIGNS = (
    ("diff", 10, 10, 0.0), ("diff", 10, 200, 0.05), ("diff", 10, 1000, 0.05),
    ("diff", 50, 50, 0.1), ("diff", 200, 10, 0.05),
    ("ratio", 10, 10, 0.8), ("ratio", 10, 200, 0.8), ("ratio", 30, 30, 0.8),
    ("ratio", 200, 10, 0.8),
)
