"""AUC test at an unbalanced design (issue 16, truth suite): a high estimate has a small DeLong
variance, so the untransformed score test established « AUC ≥ 0.70 » in 2.8 % of runs at
nominal 2.5 % (200 positives, 100 negatives, binormal AUC 0.70). The DeLong variance carried
to the tested value on the logit scale is now one of the variances the test takes the largest
of (recours.evidence.stats.auc._score_z)."""

from __future__ import annotations

import math

import numpy as np
from scipy.stats import norm

from recours.evidence.stats.auc import assess_auc, delong, hanley_mcneil_var
from recours.evidence.stats.core import Direction

Z = float(norm.ppf(0.975))


def _binormal(seed: int, auc: float, n1: int, n0: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    s = np.concatenate([rng.standard_normal(n1) + math.sqrt(2) * norm.ppf(auc),
                        rng.standard_normal(n0)])
    y = np.r_[np.ones(n1, np.int64), np.zeros(n0, np.int64)]
    values, inv = np.unique(s, return_inverse=True)
    pos = np.bincount(inv, weights=y, minlength=values.size).astype(np.int64)
    neg = np.bincount(inv, weights=1 - y, minlength=values.size).astype(np.int64)
    return pos, neg


def test_high_estimate_with_small_delong_variance_does_not_establish_conformity() -> None:
    pos, neg = _binormal(21, 0.7, 200, 100)
    auc, se = delong(pos, neg)
    # the earlier test, max(DeLong, Hanley–McNeil at 0.70), rejected « AUC ≤ 0.70 » here
    earlier = (auc - 0.7) / math.sqrt(max(float(hanley_mcneil_var(0.7, 200, 100)), se * se))
    assert earlier > Z
    e = assess_auc(pos, neg, 0.7, Direction.HIGHER, 0.95)
    assert e.p_conform is not None and e.p_conform > 0.025
    assert e.lower is not None and e.lower < 0.7 < e.estimate
    assert e.method.startswith("auc_score_delong_logit_hanley_mcneil")


def test_lower_bound_is_where_the_logit_carried_test_stops_rejecting() -> None:
    pos, neg = _binormal(21, 0.7, 200, 100)
    auc, se = delong(pos, neg)
    e = assess_auc(pos, neg, 0.7, Direction.HIGHER, 0.95)
    t = e.lower
    assert t is not None
    carried = se * t * (1 - t) / (auc * (1 - auc))
    var = max(float(hanley_mcneil_var(t, 200, 100)), se * se, carried * carried)
    assert abs((auc - t) / math.sqrt(var) - Z) < 1e-6
    # and the upper bound, where DeLong's own variance is the largest, is unchanged
    assert e.upper is not None
    var_hi = max(float(hanley_mcneil_var(e.upper, 200, 100)), se * se)
    assert abs((auc - e.upper) / math.sqrt(var_hi) + Z) < 1e-6
