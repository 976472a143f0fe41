"""Metrics derived from a confusion matrix, and multinomial resampling of the matrix.

A confusion matrix ``cm[true, predicted]`` (K x K counts) is the sufficient statistic of every
label metric. Resampling rows with replacement is the same as drawing the matrix from a
multinomial over its cells, so a bootstrap costs ``O(B * K^2)`` whatever the number of rows.
All metric functions accept a stack of matrices (``[..., K, K]``) and are vectorised.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from recours.evidence.stats.core import (
    Direction,
    Estimate,
    agreeing_summary,
    bootstrap_summary,
    studentized_summary,
)
from recours.evidence.stats.proportion import complement, proportion

Counts = NDArray[np.int64]
Floats = NDArray[np.float64]

CONFUSION_METRICS = (
    "accuracy", "error_rate", "precision", "recall", "specificity", "fpr", "fnr", "f1",
    "balanced_accuracy",
)
# metrics that are a plain proportion k/n of the matrix (exact intervals apply)
_PROPORTIONS = {"accuracy", "error_rate", "precision", "recall", "specificity", "fpr", "fnr"}


def _div(num: Floats, den: Floats) -> Floats:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1), np.nan)


def one_vs_rest(cm: NDArray[np.generic], pos: int) -> tuple[Floats, Floats, Floats, Floats]:
    """(tp, fp, fn, tn) of class ``pos`` against all others."""
    m = cm.astype(np.float64)
    tp = m[..., pos, pos]
    fn = m[..., pos, :].sum(-1) - tp
    fp = m[..., :, pos].sum(-1) - tp
    tn = m.sum((-1, -2)) - tp - fn - fp
    return tp, fp, fn, tn


def _binary(name: str, tp: Floats, fp: Floats, fn: Floats, tn: Floats) -> Floats:
    if name == "precision":
        return _div(tp, tp + fp)
    if name == "recall":
        return _div(tp, tp + fn)
    if name == "specificity":
        return _div(tn, tn + fp)
    if name == "fpr":
        return _div(fp, tn + fp)
    if name == "fnr":
        return _div(fn, tp + fn)
    if name == "f1":
        return _div(2 * tp, 2 * tp + fp + fn)
    if name == "balanced_accuracy":
        return (_div(tp, tp + fn) + _div(tn, tn + fp)) / 2
    raise ValueError(f"not a one-vs-rest metric: {name}")


def metric(name: str, cm: NDArray[np.generic], pos: int | None) -> Floats:
    """Metric ``name`` of a stack of matrices; ``pos`` None means macro average over classes."""
    m = cm.astype(np.float64)
    total = m.sum((-1, -2))
    if name in ("accuracy", "error_rate"):
        acc = _div(np.trace(m, axis1=-2, axis2=-1), total)
        return acc if name == "accuracy" else 1.0 - acc
    k = m.shape[-1]
    if pos is not None:
        return _binary(name, *one_vs_rest(m, pos))
    if name == "balanced_accuracy":   # multiclass: mean recall over classes
        name = "recall"
    out: Floats = np.mean([_binary(name, *one_vs_rest(m, c)) for c in range(k)], axis=0)
    return out


def _fraction(name: str, cm: Counts, pos: int) -> tuple[int, int]:
    """(k, n) of a proportion metric."""
    tp, fp, fn, tn = (int(x) for x in one_vs_rest(cm, pos))
    return {
        "precision": (tp, tp + fp), "recall": (tp, tp + fn), "specificity": (tn, tn + fp),
        "fpr": (fp, tn + fp), "fnr": (fn, tp + fn),
    }[name]


def resample(cm: Counts, resamples: int, rng: np.random.Generator) -> Counts:
    """``resamples`` bootstrap replicates of the matrix (multinomial over its cells)."""
    n = int(cm.sum())
    flat = cm.reshape(-1).astype(np.float64)
    draws = rng.multinomial(n, flat / n, size=resamples)
    return draws.reshape((resamples, *cm.shape)).astype(np.int64)


# bootstrap-t needs a numerical gradient per non-empty cell: bounded for large matrices
MAX_STUDENTIZED_CELLS = 16


def delta_se(name: str, cm: NDArray[np.generic], pos: int | None) -> Floats:
    """Multinomial delta-method standard error of metric ``name`` for a stack of matrices.

    Every metric here is a ratio of counts (homogeneous of degree 0), so its variance under
    multinomial sampling is ``sum_c count_c * (dF/dcount_c)^2``; the partial derivatives are
    central differences, one non-empty cell at a time (empty cells contribute nothing).
    """
    m = cm.astype(np.float64)
    k = m.shape[-1]
    total = m.sum((-1, -2))
    var = np.zeros(total.shape)
    for cell in range(k * k):
        i, j = divmod(cell, k)
        count = m[..., i, j]
        if not np.any(count > 0):
            continue
        h = 1e-6 * np.maximum(total, 1.0)
        up, down = m.copy(), m.copy()
        up[..., i, j] += h
        down[..., i, j] -= h
        grad = (metric(name, up, pos) - metric(name, down, pos)) / (2 * h)
        var = var + count * np.where(count > 0, grad, 0.0) ** 2
    out: Floats = np.sqrt(var)
    return out


def assess(name: str, cm: Counts, pos: int | None, threshold: float, direction: Direction,
           level: float, rng: np.random.Generator, resamples: int = 10_000,
           proportion_method: str = "clopper_pearson") -> Estimate:
    """Estimate, interval, p-values of metric ``name`` for the matrix ``cm``."""
    n = int(cm.sum())
    if n == 0:
        return Estimate(None, None, None, level, "none", 0, notes=("no case",))
    if name in ("accuracy", "error_rate"):
        correct = int(np.trace(cm))
        if name == "accuracy":
            return proportion(correct, n, threshold, direction, level, proportion_method)
        return proportion(n - correct, n, threshold, direction, level, proportion_method)
    if name in _PROPORTIONS and pos is not None:
        k, d = _fraction(name, cm, pos)
        return proportion(k, d, threshold, direction, level, proportion_method)
    point = float(metric(name, cm, pos))
    boot = resample(cm, resamples, rng)
    draws = metric(name, boot, pos)
    if np.count_nonzero(cm) > MAX_STUDENTIZED_CELLS:
        return bootstrap_summary(point, draws, threshold, direction, level,
                                 f"multinomial_bootstrap[{resamples}]", n)
    method = f"multinomial_bootstrap_t[{resamples}]"
    se = float(delta_se(name, cm, pos))
    pct = bootstrap_summary(point, draws, threshold, direction, level, method, n)
    stud = studentized_summary(point, se, draws, delta_se(name, boot, pos), threshold,
                               direction, level, method, n, bounds=(0.0, 1.0))
    return agreeing_summary(pct, stud, method)


__all__ = ["CONFUSION_METRICS", "assess", "complement", "metric", "one_vs_rest", "resample"]
