"""The breach tests are conservative: exact size at or under alpha for proportions (computed
over the whole binomial distribution, no simulation), and the bootstrap verdicts need the
percentile and bootstrap-t tests to agree."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.stats import binom

from recours.evidence.stats import Direction
from recours.evidence.stats.confusion import assess, delta_se, metric, resample
from recours.evidence.stats.core import Estimate, agreeing_summary
from recours.evidence.stats.fairness import assess_fairness
from recours.evidence.stats.proportion import exact_size, proportion, wilson

ALPHA = 0.025


@pytest.mark.parametrize("p0", [0.5, 0.7, 0.8, 0.9, 0.95, 0.99])
def test_exact_size_of_the_proportion_test_is_at_most_alpha(p0: float) -> None:
    assert exact_size(500, p0) <= ALPHA


def test_exact_size_sums_the_breach_outcomes_of_the_wilson_method() -> None:
    """Recompute the size from `proportion` itself, method wilson, for every k of Bin(500, .9):
    the decision comes from the exact test, so the size is Clopper–Pearson's 1.80 %, whereas
    the score test it used to take would have had 2.505 % > alpha."""
    n, p0 = 500, 0.9
    size = sum(binom.pmf(k, n, p0) for k in range(n + 1)
               if (proportion(k, n, p0, Direction.HIGHER, 0.95, "wilson").p_breach or 1) <= ALPHA)
    assert size == pytest.approx(exact_size(n, p0), abs=1e-12)
    assert size <= ALPHA
    assert exact_size(n, p0, test="score") > ALPHA     # why the score test is not used
    est = proportion(430, 500, 0.9, Direction.HIGHER, 0.95, "wilson")
    assert (est.lower, est.upper) == wilson(430, 500, 0.95)   # the Wilson interval is reported


def test_exact_size_refuses_bad_arguments() -> None:
    with pytest.raises(ValueError):
        exact_size(0, 0.5)
    with pytest.raises(ValueError):
        exact_size(10, 1.0)
    with pytest.raises(ValueError):
        exact_size(10, 0.5, test="wald")


def test_delta_se_matches_the_bootstrap_spread() -> None:
    cm = np.array([[175, 40], [60, 225]])
    draws = metric("f1", resample(cm, 20_000, np.random.default_rng(1)), 1)
    assert float(delta_se("f1", cm, 1)) == pytest.approx(float(draws.std()), rel=0.05)


def test_f1_uses_the_agreeing_bootstrap_and_stays_in_bounds() -> None:
    cm = np.array([[175, 40], [60, 225]])
    est = assess("f1", cm, 1, 0.8, Direction.HIGHER, 0.95, np.random.default_rng(3), 2000)
    assert est.method == "multinomial_bootstrap_t[2000]"
    assert est.lower is not None and est.upper is not None
    assert 0.0 <= est.lower < est.estimate < est.upper <= 1.0   # type: ignore[operator]
    perfect = np.array([[50, 0], [0, 50]])
    flat = assess("f1", perfect, 1, 0.8, Direction.HIGHER, 0.95, np.random.default_rng(3), 200)
    assert flat.estimate == 1.0 and any("zero standard error" in x for x in flat.notes)


def test_agreeing_summary_takes_the_larger_p_values_and_the_hull() -> None:
    a = Estimate(0.5, 0.40, 0.58, 0.95, "a", 10, 0.01, 0.9)
    b = Estimate(0.5, 0.42, 0.61, 0.95, "b", 10, 0.03, 0.7)
    c = agreeing_summary(a, b, "both")
    assert (c.lower, c.upper, c.p_breach, c.p_conform) == (0.40, 0.61, 0.03, 0.9)
    none = agreeing_summary(a, Estimate(0.5, None, None, 0.95, "b", 10), "both")
    assert none.lower is None and none.p_breach is None


@pytest.mark.parametrize("name", ["selection_rate_gap", "disparate_impact_ratio"])
def test_fairness_score_interval_contains_the_estimate(name: str) -> None:
    cms = np.array([[[100, 50], [60, 90]], [[90, 30], [50, 30]]])
    thr = 0.1 if name == "selection_rate_gap" else 0.8
    d = Direction.LOWER if name == "selection_rate_gap" else Direction.HIGHER
    est = assess_fairness(name, cms, 1, thr, d, 0.95, np.random.default_rng(5), 2000)
    assert est.method == "mn_score_bonferroni[2 pairs, min 10 cases per group]"
    assert est.lower is not None and est.upper is not None and est.estimate is not None
    assert est.lower < est.estimate < est.upper
    assert est.p_breach is not None and 0 < est.p_breach <= 1
