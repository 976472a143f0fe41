"""The truth suite, reduced and seeded: no method's size may exceed alpha beyond its
Monte-Carlo error (the full suite, 4,000 runs per scenario, is bench/evidence_truth.py)."""

from __future__ import annotations

import numpy as np
import pytest

from recours.evidence.stats.core import Direction, Estimate
from recours.evidence.stats.proportion import proportion
from recours.evidence.stats.truth import (
    ALPHA,
    Scenario,
    TruthResult,
    exact_pair_size,
    run,
    scenarios,
)

RUNS = 300
RESAMPLES = 200
# a subset that covers every metric family and every scenario of issue 16
REDUCED = (
    "recall_exact_n50", "fpr_exact_n30", "gap_tiny_group_1", "gap_tiny_group_2",
    "gap_tiny_group_3", "di_tiny_group_1", "di_tiny_group_3", "gap_2_groups_10_200",
    "di_2_groups_10_100", "eo_gap_4_groups", "eo_gap_6_groups", "eo_gap_4_groups_at_0",
    "eo_gap_6_groups_at_0", "eodds_3_groups", "auc_separated_1_1", "auc_separated_3_3",
    "auc_095_10_10", "auc_099_25_25", "auc_080_30_30", "mae_laplace_n20", "rmse_laplace_n20",
    "mape_small_actuals_n20", "mae_zero_variance_n3", "mae_zero_variance_n30",
    "wape_skewed_n50", "wape_intermittent_n50", "p95_n20", "p95_n100", "p99_n100", "f1_n300",
)
BY_NAME = {s.name: s for s in scenarios()}


def test_the_reduced_suite_names_existing_scenarios() -> None:
    assert set(REDUCED) <= set(BY_NAME)
    metrics = {BY_NAME[n].metric for n in REDUCED}
    assert {"selection_rate_gap", "disparate_impact_ratio", "equal_opportunity_gap",
            "equalised_odds_gap", "auc", "mae", "rmse", "mape", "wape", "latency_p95",
            "latency_p99", "recall", "fpr", "f1"} <= metrics


@pytest.mark.parametrize("name", REDUCED)
def test_size_and_coverage_hold(name: str) -> None:
    result = run(BY_NAME[name], RUNS, resamples=RESAMPLES)
    assert result.problems() == []


def test_the_suite_catches_a_liberal_test() -> None:
    """A breach test run against a threshold set a little above the truth (a biased method)
    must be reported."""
    def biased(rng: np.random.Generator, _: int) -> Estimate:
        return proportion(int(rng.binomial(200, 0.9)), 200, 0.93, Direction.HIGHER)

    r = run(Scenario("biased", "recall", "n = 200", 0.9, biased, coverage=None), RUNS)
    assert r.false_breach > 4 * ALPHA and r.problems()


def test_a_conclusive_verdict_in_a_never_conclusive_scenario_is_reported() -> None:
    s = Scenario("x", "recall", "", 0.9, lambda rng, _: Estimate(
        0.5, 0.4, 0.6, 0.95, "m", 10, 0.0, 1.0), coverage=None, never_conclusive=True)
    assert TruthResult(s, 10, 10, 10, 0).problems()


@pytest.mark.parametrize(("kind", "n1", "n2", "null"), [
    ("diff", 10, 200, 0.05), ("diff", 200, 10, 0.05), ("diff", 10, 10, 0.0),
    ("ratio", 10, 200, 0.8), ("ratio", 30, 30, 0.8)])
def test_exact_size_of_a_pair_test_stays_within_the_family_level(
        kind: str, n1: int, n2: int, null: float) -> None:
    """Two groups make two ordered pairs tested at alpha / 2 each: the exact size of one
    pair's test must stay under alpha (it is 6.7 % without the continuity correction at
    10 against 200 cases)."""
    size, _ = exact_pair_size(kind, n1, n2, null, ALPHA / 2, grid=30)
    assert size <= ALPHA
