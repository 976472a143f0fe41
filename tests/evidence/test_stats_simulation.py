"""Reduced fixed-seed simulations: coverage near 95% and false-breach rate at or under alpha.

The full version (4,000 audits at n = 500 per method) is ``bench/evidence_coverage.py``.
Bounds here allow for the Monte-Carlo error of 300 audits (about 1.3 points on coverage).
"""

from __future__ import annotations

import pytest

from recours.evidence.stats import simulation as sim

AUDITS, N = 300, 500


@pytest.mark.parametrize(
    "result",
    [
        pytest.param(lambda: sim.simulate_proportion("clopper_pearson", AUDITS, N), id="cp"),
        pytest.param(lambda: sim.simulate_proportion("wilson", AUDITS, N), id="wilson"),
        pytest.param(lambda: sim.simulate_f1(AUDITS, N, resamples=400), id="f1"),
        pytest.param(lambda: sim.simulate_auc(AUDITS, N), id="auc"),
        pytest.param(lambda: sim.simulate_quantile(AUDITS, N), id="p95"),
        pytest.param(lambda: sim.simulate_mean(AUDITS, N), id="mae"),
        pytest.param(lambda: sim.simulate_ratio(AUDITS, N), id="wape"),
        pytest.param(lambda: sim.simulate_fairness(AUDITS, N, resamples=400), id="gap"),
    ],
)
def test_coverage_and_false_breach(result: object) -> None:
    r = result()  # type: ignore[operator]
    assert 0.915 <= r.coverage <= 0.99, r
    assert r.false_breach <= r.alpha + 0.025, r


def test_a_broken_interval_would_be_caught() -> None:
    """The same harness flags an interval that is too narrow (level 0.5 passed as 0.95)."""
    r = sim.simulate_proportion("wilson", AUDITS, N, level=0.5)
    assert r.coverage < 0.915
