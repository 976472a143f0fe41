"""Two independent binomial proportions: Miettinen–Nurminen score tests and intervals for the
difference ``p1 - p2`` and the ratio ``p1 / p2``.

The score statistic uses the variance at the maximum-likelihood estimates *restricted* to the
null value (closed forms of Farrington & Manning 1990 for the difference, of Miettinen &
Nurminen 1985 for the ratio), with the factor ``N / (N - 1)``. Unlike the Wald statistic it
does not collapse at a rate of 0 or 1 (the restricted variance is positive away from the
trivial null), so it stays usable at small ``n`` and at the boundary. Intervals are the set of
null values the two-sided test does not reject, found by bisection (vectorised over pairs).
All functions take NumPy arrays so a family of pairs costs one call.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray
from scipy.special._ufuncs import ndtr, ndtri

F = NDArray[np.float64]
EPS = 1e-12


def _restricted_diff(x1: F, n1: F, x2: F, n2: F, delta: F) -> tuple[F, F]:
    """Restricted MLEs (p1, p2) under ``p1 - p2 = delta`` (Farrington–Manning cubic)."""
    p1h, p2h = x1 / n1, x2 / n2
    theta = n2 / n1
    a = 1.0 + theta
    b = -(1.0 + theta + p1h + theta * p2h + delta * (theta + 2.0))
    c = delta * delta + delta * (2.0 * p1h + theta + 1.0) + p1h + theta * p2h
    d = -p1h * delta * (1.0 + delta)
    v = b**3 / (27.0 * a**3) - b * c / (6.0 * a * a) + d / (2.0 * a)
    u2 = np.maximum(b * b / (9.0 * a * a) - c / (3.0 * a), 0.0)
    u = np.where(v >= 0, 1.0, -1.0) * np.sqrt(u2)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(np.abs(u) > EPS, v / np.where(np.abs(u) > EPS, u**3, 1.0), 0.0)
    w = (np.pi + np.arccos(np.clip(ratio, -1.0, 1.0))) / 3.0
    p1 = np.clip(2.0 * u * np.cos(w) - b / (3.0 * a), 0.0, 1.0)
    p2 = np.clip(p1 - delta, 0.0, 1.0)
    return p1, p2


def _restricted_ratio(x1: F, n1: F, x2: F, n2: F, phi: F) -> tuple[F, F]:
    """Restricted MLEs (p1, p2) under ``p1 = phi * p2`` (Miettinen–Nurminen quadratic)."""
    a = (n1 + n2) * phi
    b = -(n1 * phi + x1 + n2 + x2 * phi)
    c = x1 + x2
    disc = np.sqrt(np.maximum(b * b - 4.0 * a * c, 0.0))
    with np.errstate(divide="ignore", invalid="ignore"):
        p2 = np.where(a > 0, (-b - disc) / (2.0 * np.where(a > 0, a, 1.0)), 0.0)
    p2 = np.clip(p2, 0.0, 1.0)
    p1 = np.clip(phi * p2, 0.0, 1.0)
    return p1, p2


def score_z(kind: str, x1: F, n1: F, x2: F, n2: F, null: F, cc: bool = True) -> F:
    """Score statistic of ``p1 - p2 = null`` (kind ``diff``) or ``p1 / p2 = null`` (``ratio``);
    large values are evidence that the true difference (ratio) exceeds ``null``.

    ``cc``: continuity correction, the numerator shrunk towards 0 by half a case of each group
    (``(1/n1 + 1/n2) / 2``; ``(1/n1 + null/n2) / 2`` for a ratio). Without it the score test
    exceeds its level when a small group meets a large one at a rate near 0 or 1 (6.7 % for a
    nominal 1.25 % at 10 against 200 cases and rates of 1 %, computed exactly); with it the
    size stays under the level of the family (``bench/evidence_truth.py``)."""
    big_n = n1 + n2
    factor = big_n / np.maximum(big_n - 1.0, 1.0)
    p1h, p2h = x1 / n1, x2 / n2
    if kind == "diff":
        r1, r2 = _restricted_diff(x1, n1, x2, n2, null)
        num = p1h - p2h - null
        var = (r1 * (1 - r1) / n1 + r2 * (1 - r2) / n2) * factor
    else:
        r1, r2 = _restricted_ratio(x1, n1, x2, n2, null)
        num = p1h - null * p2h
        var = (r1 * (1 - r1) / n1 + null * null * r2 * (1 - r2) / n2) * factor
    if cc:
        half = 0.5 * (1.0 / n1 + (1.0 if kind == "diff" else null) / n2)
        num = np.sign(num) * np.maximum(np.abs(num) - half, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(var > EPS * EPS, num / np.sqrt(np.maximum(var, EPS * EPS)),
                     np.where(np.abs(num) <= 1e-15, 0.0, np.sign(num) * np.inf))
    out: F = z
    return out


def p_greater(kind: str, x1: F, n1: F, x2: F, n2: F, null: F) -> F:
    """One-sided p-value of H0 "difference (ratio) <= null" (small: it is larger)."""
    out: F = 1.0 - ndtr(score_z(kind, x1, n1, x2, n2, null))
    return out


def p_less(kind: str, x1: F, n1: F, x2: F, n2: F, null: F) -> F:
    """One-sided p-value of H0 "difference (ratio) >= null" (small: it is smaller)."""
    out: F = ndtr(score_z(kind, x1, n1, x2, n2, null))
    return out


def interval(kind: str, x1: F, n1: F, x2: F, n2: F, tail: float,
             iterations: int = 46) -> tuple[F, F]:
    """Bounds (lower, upper) each with one-sided error ``tail``: the null values at which the
    score statistic equals the critical value (bisection; the statistic decreases with the
    null). Differences live in [-1, 1]; ratios are searched on the log scale in
    [1e-6, 1e6] (0 and infinity when the data put no bound)."""
    zc = float(ndtri(1.0 - tail))
    shape = np.broadcast(x1, n1, x2, n2).shape
    # both bounds in one pass: the first half solves z = zc (lower), the second z = -zc
    args = [np.concatenate([np.broadcast_to(v, shape).ravel()] * 2) for v in (x1, n1, x2, n2)]
    size = args[0].size
    target = np.r_[np.full(size // 2, zc), np.full(size // 2, -zc)]
    if kind == "diff":
        lo, hi = np.full(size, -1.0 + 1e-9), np.full(size, 1.0 - 1e-9)
    else:
        lo, hi = np.full(size, -6.0 * np.log(10)), np.full(size, 6.0 * np.log(10))
    with np.errstate(all="ignore"):
        for _ in range(iterations):
            mid = (lo + hi) / 2.0
            null = mid if kind == "diff" else np.exp(mid)
            above = score_z(kind, args[0], args[1], args[2], args[3], null) > target
            lo, hi = np.where(above, mid, lo), np.where(above, hi, mid)
    root = (lo + hi) / 2.0
    if kind == "ratio":
        root = np.exp(root)
    lower, upper = root[: size // 2].reshape(shape), root[size // 2:].reshape(shape)
    if kind == "diff":
        lower = np.where(lower <= -1.0 + 1e-6, -1.0, lower)
        upper = np.where(upper >= 1.0 - 1e-6, 1.0, upper)
    else:
        lower = np.where(lower <= 1.01e-6, 0.0, lower)
        upper = np.where(upper >= 0.99e6, np.inf, upper)
    return lower, upper
