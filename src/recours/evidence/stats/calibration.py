"""Calibration: expected calibration error from per-bin sums, with a bin-level bootstrap."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from recours.evidence.stats.core import Direction, Estimate, bootstrap_summary

ECE_BINS = 10


def bin_index(scores: NDArray[np.float64], bins: int = ECE_BINS) -> NDArray[np.int64]:
    """Equal-width bins on [0, 1]; a score of 1 falls in the last bin."""
    idx: NDArray[np.int64] = np.clip((scores * bins).astype(np.int64), 0, bins - 1)
    return idx


def ece(count: NDArray[np.float64], sum_s: NDArray[np.float64],
        sum_y: NDArray[np.float64]) -> NDArray[np.float64]:
    """ECE for stacks of per-bin sums (last axis = bins)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        gap = np.where(count > 0, np.abs(sum_y - sum_s) / np.where(count > 0, count, 1), 0.0)
    total = count.sum(-1)
    out: NDArray[np.float64] = (count * gap).sum(-1) / total
    return out


def assess_ece(count: NDArray[np.int64], sum_s: NDArray[np.float64],
               sum_ss: NDArray[np.float64], sum_y: NDArray[np.int64], threshold: float,
               direction: Direction, level: float, rng: np.random.Generator,
               resamples: int = 10_000) -> Estimate:
    """Parametric bootstrap: bin sizes multinomial, positives binomial within a bin, mean score
    normal with the bin's own variance."""
    n = int(count.sum())
    if n == 0:
        return Estimate(None, None, None, level, "bin_bootstrap", 0, notes=("no case",))
    c = count.astype(np.float64)
    point = float(ece(c, sum_s, sum_y.astype(np.float64)))
    safe = np.where(c > 0, c, 1)
    mean_s, rate = sum_s / safe, sum_y / safe
    var_s = np.maximum(0.0, sum_ss / safe - mean_s**2)
    nb = rng.multinomial(n, c / n, size=resamples).astype(np.float64)
    ys = rng.binomial(nb.astype(np.int64), np.clip(rate, 0, 1)).astype(np.float64)
    noise = rng.standard_normal(nb.shape) * np.sqrt(var_s * np.where(nb > 0, nb, 0))
    ss = mean_s * nb + noise
    draws = ece(nb, ss, ys)
    return bootstrap_summary(point, draws, threshold, direction, level,
                             f"bin_bootstrap[{resamples}]", n)
