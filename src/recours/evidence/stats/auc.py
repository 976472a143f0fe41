"""AUC and its DeLong interval, computed from positive/negative counts per distinct score.

With distinct scores ``s_1 < ... < s_m`` holding ``P_j`` positives and ``N_j`` negatives, every
positive at ``s_j`` has the same DeLong placement (share of negatives below it, ties counted
half), and likewise for negatives, so the DeLong variance needs only the count table.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

from recours.evidence.stats.core import Direction, Estimate, normal_pvalues, z_quantile


def delong(pos: NDArray[np.int64], neg: NDArray[np.int64]) -> tuple[float, float]:
    """(AUC, standard error) from counts per distinct score, scores in increasing order."""
    p = pos.astype(np.float64)
    q = neg.astype(np.float64)
    n1, n0 = p.sum(), q.sum()
    if n1 == 0 or n0 == 0:
        raise ValueError("AUC needs at least one positive and one negative case")
    neg_below = np.cumsum(q) - q
    pos_above = n1 - np.cumsum(p)
    v10 = (neg_below + 0.5 * q) / n0          # placement of a positive at s_j
    v01 = (pos_above + 0.5 * p) / n1          # placement of a negative at s_j
    auc = float((p * v10).sum() / n1)
    s10 = float((p * (v10 - auc) ** 2).sum() / (n1 - 1)) if n1 > 1 else 0.0
    s01 = float((q * (v01 - auc) ** 2).sum() / (n0 - 1)) if n0 > 1 else 0.0
    return auc, math.sqrt(s10 / n1 + s01 / n0)


def assess_auc(pos: NDArray[np.int64], neg: NDArray[np.int64], threshold: float,
               direction: Direction, level: float) -> Estimate:
    """DeLong estimate; the interval is built on the logit scale to stay inside [0, 1]."""
    n = int(pos.sum() + neg.sum())
    if pos.sum() == 0 or neg.sum() == 0:
        return Estimate(None, None, None, level, "delong", n,
                        notes=("AUC needs positive and negative cases",))
    auc, se = delong(pos, neg)
    z = z_quantile(level)
    if 0.0 < auc < 1.0:
        logit = math.log(auc / (1 - auc))
        se_l = se / (auc * (1 - auc))
        lower = 1 / (1 + math.exp(-(logit - z * se_l)))
        upper = 1 / (1 + math.exp(-(logit + z * se_l)))
        t = min(max(threshold, 1e-12), 1 - 1e-12)
        p_b, p_c = normal_pvalues(logit, se_l, math.log(t / (1 - t)), direction)
    else:
        lower, upper = max(0.0, auc - z * se), min(1.0, auc + z * se)
        p_b, p_c = normal_pvalues(auc, se, threshold, direction)
    return Estimate(auc, lower, upper, level, "delong_logit", n, p_b, p_c)
