"""Fairness gaps and ratios across groups, with a bootstrap stratified by group.

Input: one binary confusion matrix per group (``[G, 2, 2]``, rows true, columns predicted,
index 1 the positive class). Each group's matrix is resampled from its own multinomial with its
own size, so that group sizes stay fixed as in the audit (stratified bootstrap).
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

from recours.evidence.stats.confusion import one_vs_rest
from recours.evidence.stats.core import (
    Direction,
    Estimate,
    agreeing_summary,
    bootstrap_summary,
    studentized_summary,
)

FAIRNESS_METRICS = (
    "selection_rate_gap", "disparate_impact_ratio", "equal_opportunity_gap",
    "equalised_odds_gap",
)


def _rates(cm: NDArray[np.generic], pos: int) -> tuple[NDArray[np.float64], ...]:
    tp, fp, fn, tn = one_vs_rest(cm, pos)
    with np.errstate(divide="ignore", invalid="ignore"):
        sel = (tp + fp) / (tp + fp + fn + tn)
        tpr = tp / (tp + fn)
        fpr = fp / (fp + tn)
    return sel, tpr, fpr


def _gap(x: NDArray[np.float64]) -> NDArray[np.float64]:
    out: NDArray[np.float64] = np.max(x, axis=-1) - np.min(x, axis=-1)
    return out


def fairness_metric(name: str, cms: NDArray[np.generic], pos: int) -> NDArray[np.float64]:
    """Metric over the group axis (second to last but two): ``cms[..., G, K, K]``."""
    sel, tpr, fpr = _rates(cms, pos)
    if name == "selection_rate_gap":
        return _gap(sel)
    if name == "disparate_impact_ratio":
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio: NDArray[np.float64] = np.min(sel, axis=-1) / np.max(sel, axis=-1)
        return ratio
    if name == "equal_opportunity_gap":
        return _gap(tpr)
    if name == "equalised_odds_gap":
        return np.maximum(_gap(tpr), _gap(fpr))
    raise ValueError(f"unknown fairness metric {name}")


def per_group(name: str, cms: NDArray[np.generic], pos: int) -> NDArray[np.float64]:
    """The per-group rate behind ``name`` (selection rate, TPR; TPR for equalised odds)."""
    sel, tpr, _ = _rates(cms, pos)
    return sel if name in ("selection_rate_gap", "disparate_impact_ratio") else tpr


def stratified_resample(cms: NDArray[np.int64], resamples: int,
                        rng: np.random.Generator) -> NDArray[np.int64]:
    """Bootstrap replicates ``[B, G, K, K]``, each group drawn with its own size."""
    g, k, _ = cms.shape
    out = np.zeros((resamples, g, k, k), dtype=np.int64)
    for i in range(g):
        n = int(cms[i].sum())
        if n == 0:
            continue
        flat = cms[i].reshape(-1).astype(np.float64)
        out[:, i] = rng.multinomial(n, flat / n, size=resamples).reshape(resamples, k, k)
    return out


def _denominators(name: str, cms: NDArray[np.generic], pos: int) -> NDArray[np.float64]:
    """Cases behind each group's rate: group size (selection rate) or positives (TPR)."""
    tp, fp, fn, tn = one_vs_rest(cms, pos)
    out: NDArray[np.float64] = (tp + fp + fn + tn if name in ("selection_rate_gap",
                                "disparate_impact_ratio") else tp + fn)
    return out


def _pair_t(name: str, rates: NDArray[np.float64], dens: NDArray[np.float64], hi: int,
            lo: int) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """(statistic, standard error) of the pair (hi, lo): the difference of rates, or the log
    of the ratio, with the binomial standard error of each group's rate."""
    r_hi, r_lo, n_hi, n_lo = rates[..., hi], rates[..., lo], dens[..., hi], dens[..., lo]
    with np.errstate(divide="ignore", invalid="ignore"):
        if name == "disparate_impact_ratio":
            stat = np.log(r_lo) - np.log(r_hi)
            var = (1 - r_lo) / (n_lo * r_lo) + (1 - r_hi) / (n_hi * r_hi)
        else:
            stat = r_hi - r_lo
            var = r_hi * (1 - r_hi) / n_hi + r_lo * (1 - r_lo) / n_lo
    return stat, np.sqrt(var)


def _pair_summary(name: str, obs: tuple[NDArray[np.float64], NDArray[np.float64]],
                  boot: tuple[NDArray[np.float64], NDArray[np.float64]], pair: tuple[int, int],
                  threshold: float, direction: Direction, level: float, method: str,
                  n: int) -> Estimate:
    """Percentile and bootstrap-t on the pair's statistic, which must agree (log scale for a
    ratio, bounds mapped back)."""
    stat, se = _pair_t(name, *obs, *pair)
    stat_b, se_b = _pair_t(name, *boot, *pair)
    if name != "disparate_impact_ratio":
        pct = bootstrap_summary(float(stat), stat_b, threshold, direction, level, method, n)
        stud = studentized_summary(float(stat), float(se), stat_b, se_b, threshold, direction,
                                   level, method, n)
        return agreeing_summary(pct, stud, method)
    log_pct = bootstrap_summary(float(stat), stat_b, math.log(threshold), direction, level,
                                method, n)
    est = agreeing_summary(log_pct, studentized_summary(
        float(stat), float(se), stat_b, se_b, math.log(threshold), direction, level, method, n),
        method)

    def back(x: float | None) -> float | None:
        return None if x is None else math.exp(x)

    return Estimate(back(est.estimate), back(est.lower), back(est.upper), level, method, n,
                    est.p_breach, est.p_conform, est.notes)


def _pair_stat(name: str, rates: NDArray[np.float64], hi: int, lo: int) -> NDArray[np.float64]:
    """The metric computed on the fixed pair of groups (hi, lo) of each replicate."""
    if name == "disparate_impact_ratio":
        with np.errstate(divide="ignore", invalid="ignore"):
            out: NDArray[np.float64] = rates[..., lo] / rates[..., hi]
        return out
    diff: NDArray[np.float64] = rates[..., hi] - rates[..., lo]
    return diff


def assess_fairness(name: str, cms: NDArray[np.int64], pos: int, threshold: float,
                    direction: Direction, level: float, rng: np.random.Generator,
                    resamples: int = 10_000) -> Estimate:
    """Gap (max - min) or ratio (min / max) of a per-group rate.

    The interval and the breach test use the pair of groups that are the observed extremes,
    kept fixed across replicates (a folded max - min would be biased upwards near zero). The
    conformity test is an intersection-union test: conformity is established only if it is
    established for every ordered pair of groups (largest pair p-value).
    """
    n = int(cms.sum())
    if cms.shape[0] < 2:
        return Estimate(None, None, None, level, "stratified_bootstrap", n,
                        notes=("fewer than two groups",))
    point = float(fairness_metric(name, cms, pos))
    boot = stratified_resample(cms, resamples, rng)
    method = f"stratified_bootstrap[{resamples}]"
    if name == "equalised_odds_gap":
        draws = fairness_metric(name, boot, pos)
        return bootstrap_summary(point, draws, threshold, direction, level, method, n)
    rate, rate_b = per_group(name, cms, pos), per_group(name, boot, pos)
    if not np.all(np.isfinite(rate)):
        return Estimate(None, None, None, level, method, n,
                        notes=("a group has no case for this rate",))
    hi, lo = int(np.argmax(rate)), int(np.argmin(rate))
    studentize = np.all((rate > 0) & (rate < 1)) and (
        name != "disparate_impact_ratio" or threshold > 0)
    if studentize:
        method = f"stratified_bootstrap_t[{resamples}]"
        obs = (rate, _denominators(name, cms, pos))
        rep = (rate_b, _denominators(name, boot, pos))

        def summary(i: int, j: int) -> Estimate:
            return _pair_summary(name, obs, rep, (i, j), threshold, direction, level, method, n)
    else:   # a rate of 0 or 1 has no binomial standard error: percentile bootstrap

        def summary(i: int, j: int) -> Estimate:
            return bootstrap_summary(point, _pair_stat(name, rate_b, i, j), threshold,
                                     direction, level, method, n)
    fixed = summary(hi, lo)
    p_conform = fixed.p_conform
    for i in range(len(rate)):
        for j in range(len(rate)):
            if i != j:
                pair = summary(i, j)
                if pair.p_conform is not None and p_conform is not None:
                    p_conform = max(p_conform, pair.p_conform)
    lower = None if fixed.lower is None else max(0.0, fixed.lower)
    upper = fixed.upper
    if name == "disparate_impact_ratio" and upper is not None:
        upper = min(1.0, upper)
    return Estimate(point, lower, upper, level, method, n, fixed.p_breach, p_conform,
                    fixed.notes)
