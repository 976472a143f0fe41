"""Methods valid at small n and at the boundary: references, declared minimum sizes, reasons."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.optimize import minimize_scalar
from scipy.special import ndtr
from statsmodels.stats import proportion as sm

from recours.evidence.stats.auc import assess_auc
from recours.evidence.stats.core import Direction
from recours.evidence.stats.fairness import assess_fairness
from recours.evidence.stats.means import Moments, assess_mean, assess_mean_rows
from recours.evidence.stats.quantile import assess_quantile
from recours.evidence.stats.truth import scenarios
from recours.evidence.stats.twoprop import _restricted_diff, interval, p_greater, score_z
from recours.evidence.stats.validity import conditions
from recours.i18n import T

A = np.array


@pytest.mark.parametrize(("x1", "n1", "x2", "n2"), [(7, 10, 2, 12), (30, 100, 20, 90),
                                                     (4, 5, 1, 3), (1, 40, 9, 300)])
def test_ratio_score_interval_matches_statsmodels_without_correction(
        x1: int, n1: int, x2: int, n2: int) -> None:
    ref = sm.confint_proportions_2indep(x1, n1, x2, n2, method="score", compare="ratio")
    z = score_z("ratio", A(float(x1)), A(float(n1)), A(float(x2)), A(float(n2)),
                A(float(ref[0])), cc=False)
    assert float(z) == pytest.approx(1.959964, abs=1e-4)
    test = sm.test_proportions_2indep(x1, n1, x2, n2, value=1.3, method="score",
                                   compare="ratio", alternative="larger")
    z = score_z("ratio", A(float(x1)), A(float(n1)), A(float(x2)), A(float(n2)), A(1.3),
                cc=False)
    assert 1 - float(ndtr(z)) == pytest.approx(test.pvalue)


@pytest.mark.parametrize(("x1", "n1", "x2", "n2", "d"), [(7, 10, 2, 12, 0.1), (3, 50, 9, 40, -0.2),
                                                         (0, 10, 0, 30, 0.05)])
def test_restricted_mle_of_the_difference_maximises_the_likelihood(
        x1: int, n1: int, x2: int, n2: int, d: float) -> None:
    def nll(p2: float) -> float:
        p1 = p2 + d
        return -float(x1 * np.log(p1) + (n1 - x1) * np.log(1 - p1) + x2 * np.log(p2)
                      + (n2 - x2) * np.log(1 - p2))
    lo, hi = max(1e-9, -d + 1e-9), min(1 - 1e-9, 1 - d - 1e-9)
    ref = minimize_scalar(nll, bounds=(lo, hi), method="bounded", options={"xatol": 1e-12}).x
    p1, p2 = _restricted_diff(*(A(float(v)) for v in (x1, n1, x2, n2, d)))
    assert float(p2) == pytest.approx(ref, abs=1e-6) and float(p1 - p2) == pytest.approx(d)


def test_the_interval_inverts_the_test() -> None:
    x1, n1, x2, n2 = A(12.0), A(40.0), A(5.0), A(60.0)
    lo, hi = interval("diff", x1, n1, x2, n2, 0.025)
    assert float(p_greater("diff", x1, n1, x2, n2, lo)) == pytest.approx(0.025, abs=1e-6)
    assert float(p_greater("diff", x1, n1, x2, n2, hi)) == pytest.approx(0.975, abs=1e-6)


def _cms(groups: list[tuple[int, int]]) -> np.ndarray:
    """Selection-rate matrices: (selected, group size) per group."""
    return np.array([[[0, 0], [n - k, k]] for k, n in groups], dtype=np.int64)


def test_a_group_of_one_is_shown_not_tested() -> None:
    est = assess_fairness("selection_rate_gap", _cms([(60, 200), (1, 1)]), 1, 0.05,
                          Direction.LOWER, 0.95)
    assert est.p_breach is None and est.p_conform is None and est.lower is None
    assert any(isinstance(n, T) and "non testé" in n.fr for n in est.notes)


def test_with_an_untested_group_conformity_cannot_be_established() -> None:
    est = assess_fairness("selection_rate_gap", _cms([(600, 2000), (600, 2000), (0, 2)]), 1,
                          0.05, Direction.LOWER, 0.95)
    assert est.p_conform is None and est.p_breach is not None and est.p_breach > 0.5
    assert "2 pairs" in est.method


def test_breach_p_value_is_bonferroni_over_ordered_pairs() -> None:
    cms = _cms([(30, 100), (45, 100), (33, 100), (38, 100)])
    est = assess_fairness("selection_rate_gap", cms, 1, 0.05, Direction.LOWER, 0.95)
    one = float(p_greater("diff", A(45.0), A(100.0), A(30.0), A(100.0), A(0.05)))
    assert est.p_breach == pytest.approx(min(1.0, 12 * one))
    assert "12 pairs" in est.method


@pytest.mark.parametrize("n", [1, 3])
def test_auc_perfect_separation_in_few_cases_is_inconclusive(n: int) -> None:
    pos = np.r_[np.zeros(n, np.int64), np.ones(n, np.int64)]
    neg = np.r_[np.ones(n, np.int64), np.zeros(n, np.int64)]
    est = assess_auc(pos, neg, 0.8, Direction.HIGHER, 0.95)
    assert est.estimate == 1.0 and est.p_conform is None and est.p_breach is None
    assert est.notes


def test_auc_perfect_separation_keeps_a_positive_standard_error() -> None:
    pos = np.r_[np.zeros(10, np.int64), np.ones(10, np.int64)]
    neg = np.r_[np.ones(10, np.int64), np.zeros(10, np.int64)]
    est = assess_auc(pos, neg, 0.95, Direction.HIGHER, 0.95)
    assert est.upper == pytest.approx(1.0, abs=1e-9)
    assert est.lower is not None and est.lower < 0.95
    assert est.p_conform is not None and est.p_conform > 0.025      # not p = 0


@pytest.mark.parametrize("n", [2, 3, 30])
def test_zero_variance_never_gives_p_zero(n: int) -> None:
    rng = np.random.default_rng(1)
    est = assess_mean_rows(np.full(n, 2.0), 1.0, Direction.LOWER, 0.95, rng, 200)
    assert est.p_breach is None and est.p_conform is None and est.notes
    moments = assess_mean(Moments(n, 2.0 * n, 4.0 * n), 1.0, Direction.LOWER, 0.95)
    assert moments.p_breach is None and moments.p_conform is None


def test_fewer_than_twenty_errors_are_inconclusive() -> None:
    rng = np.random.default_rng(2)
    est = assess_mean_rows(rng.exponential(5.0, 19), 1.0, Direction.LOWER, 0.95, rng, 200)
    assert est.p_breach is None and "20" in str(est.notes[0])


def test_a_p95_from_20_cases_has_no_upper_bound_and_says_so() -> None:
    x = np.sort(np.random.default_rng(3).lognormal(5, 0.5, 20))
    est = assess_quantile(x, np.ones(20, np.int64), 0.95, 300.0, Direction.LOWER, 0.95)
    assert est.upper is None and est.lower is not None
    assert any(isinstance(n, T) and "échantillon trop petit pour une borne supérieure à 95 % "
               "à ce centile" in n.fr for n in est.notes)
    big = np.sort(np.random.default_rng(3).lognormal(5, 0.5, 100))
    assert assess_quantile(big, np.ones(100, np.int64), 0.95, 300.0, Direction.LOWER,
                           0.95).upper is not None


def test_every_method_of_the_truth_suite_names_its_validity_conditions() -> None:
    rng = np.random.default_rng(4)
    for s in scenarios():
        method = s.draw(rng, 100).method
        cond = conditions(method)
        assert cond is not None and cond.fr and cond.en, method
