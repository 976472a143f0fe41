"""Fairness gaps and ratios across groups: score tests on every pair, simultaneous over pairs.

Input: one binary confusion matrix per group (``[G, 2, 2]``, rows true, columns predicted,
index 1 the positive class). A gap "between the extreme groups" is the largest difference
``r_i - r_j`` over the ordered pairs of groups; a disparate-impact ratio is the smallest ratio
``r_i / r_j``. Each pair is tested with the Miettinen–Nurminen score test
(:mod:`recours.evidence.stats.twoprop`):

- a claim that *some* pair passes the threshold (the gap exceeds it, the ratio falls under it)
  is a union of the pair hypotheses: Bonferroni over the ``M`` ordered pairs (smallest pair
  p-value times ``M``), so that the family keeps its level whichever pair is the extreme one;
- a claim that *every* pair stays on the other side is an intersection-union test: the largest
  pair p-value, with no correction needed.

The interval is simultaneous: each pair's bounds have a one-sided error ``alpha / M``, and the
gap's bounds are the largest lower and upper pair bounds (the ratio's: the smallest).

A group whose rate rests on fewer than :data:`MIN_GROUP_CASES` cases is reported and not
tested (the score test's size is only checked from that size up, see
``bench/evidence_truth.py``); conformity cannot then be established, since the untested group
could be the one in breach.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from recours.evidence.stats.confusion import one_vs_rest
from recours.evidence.stats.core import Direction, Estimate
from recours.evidence.stats.twoprop import interval, p_greater, p_less
from recours.i18n import T

FAIRNESS_METRICS = (
    "selection_rate_gap", "disparate_impact_ratio", "equal_opportunity_gap",
    "equalised_odds_gap",
)

MIN_GROUP_CASES = 10
METHOD = "mn_score_bonferroni"

F = NDArray[np.float64]


def _rates(cm: NDArray[np.generic], pos: int) -> tuple[F, F, F]:
    tp, fp, fn, tn = one_vs_rest(cm, pos)
    with np.errstate(divide="ignore", invalid="ignore"):
        sel = (tp + fp) / (tp + fp + fn + tn)
        tpr = tp / (tp + fn)
        fpr = fp / (fp + tn)
    return sel, tpr, fpr


def _gap(x: F) -> F:
    out: F = np.max(x, axis=-1) - np.min(x, axis=-1)
    return out


def fairness_metric(name: str, cms: NDArray[np.generic], pos: int) -> F:
    """Metric over the group axis: ``cms[..., G, K, K]``."""
    sel, tpr, fpr = _rates(cms, pos)
    if name == "selection_rate_gap":
        return _gap(sel)
    if name == "disparate_impact_ratio":
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio: F = np.min(sel, axis=-1) / np.max(sel, axis=-1)
        return ratio
    if name == "equal_opportunity_gap":
        return _gap(tpr)
    if name == "equalised_odds_gap":
        return np.maximum(_gap(tpr), _gap(fpr))
    raise ValueError(f"unknown fairness metric {name}")


def per_group(name: str, cms: NDArray[np.generic], pos: int) -> F:
    """The per-group rate behind ``name`` (selection rate, TPR; TPR for equalised odds)."""
    sel, tpr, _ = _rates(cms, pos)
    return sel if name in ("selection_rate_gap", "disparate_impact_ratio") else tpr


def rate_counts(name: str, cms: NDArray[np.generic], pos: int) -> list[tuple[str, F, F]]:
    """(rate name, successes per group, cases per group) of every rate the metric compares."""
    tp, fp, fn, tn = one_vs_rest(cms, pos)
    if name in ("selection_rate_gap", "disparate_impact_ratio"):
        return [("selection_rate", tp + fp, tp + fp + fn + tn)]
    if name == "equal_opportunity_gap":
        return [("tpr", tp, tp + fn)]
    if name == "equalised_odds_gap":
        return [("tpr", tp, tp + fn), ("fpr", fp, fp + tn)]
    raise ValueError(f"unknown fairness metric {name}")


def _pairs(x: F, n: F, keep: NDArray[np.bool_]) -> tuple[F, F, F, F]:
    idx = np.nonzero(keep)[0]
    i, j = np.array([(a, b) for a in idx for b in idx if a != b], dtype=np.int64).T
    return x[i], n[i], x[j], n[j]


def assess_fairness(name: str, cms: NDArray[np.int64], pos: int, threshold: float,
                    direction: Direction, level: float, rng: np.random.Generator | None = None,
                    resamples: int = 0, min_cases: int = MIN_GROUP_CASES) -> Estimate:
    """Gap (max - min) or ratio (min / max) of a per-group rate against ``threshold``.

    ``rng`` and ``resamples`` are accepted for the common signature and unused: the method is
    analytic."""
    del rng, resamples
    n_total = int(cms.sum())
    ratio = name == "disparate_impact_ratio"
    rates = rate_counts(name, cms, pos)
    notes: list[str | T] = []
    stacks: list[tuple[F, F, F, F]] = []
    complete = True
    for label, x, n in rates:
        keep = n >= min_cases
        small = [str(g) for g in np.nonzero(~keep)[0]]
        if small:
            complete = False
            notes.append(T(f"groupe(s) n° {', '.join(small)} : moins de {min_cases} cas pour "
                           f"le taux « {label} », montré(s) mais non testé(s) ; la conformité "
                           "ne peut pas être établie",
                           f"group(s) #{', '.join(small)}: fewer than {min_cases} cases for "
                           f"the rate '{label}', shown but not tested; conformity cannot be "
                           "established"))
        if int(keep.sum()) < 2:
            notes.append(T(f"moins de deux groupes d'au moins {min_cases} cas : non concluant",
                           f"fewer than two groups of at least {min_cases} cases: "
                           "inconclusive"))
            return Estimate(_point(name, rates, None), None, None, level,
                            f"{METHOD}[min {min_cases} cases per group]", n_total,
                            notes=tuple(notes))
        stacks.append(_pairs(x, n, keep))
    x1, n1, x2, n2 = (np.concatenate([s[k] for s in stacks]) for k in range(4))
    m = x1.size
    alpha = (1.0 - level) / 2.0
    kind = "ratio" if ratio else "diff"
    t = max(threshold, 1e-9) if ratio else threshold
    null = np.full(m, t)
    lower, upper = interval(kind, x1, n1, x2, n2, alpha / m)
    if ratio:
        # claim "ratio < t": some pair under t (union); "ratio > t": every pair above (IUT)
        p_under = min(1.0, m * float(np.min(p_less(kind, x1, n1, x2, n2, null))))
        p_over = float(np.max(p_greater(kind, x1, n1, x2, n2, null)))
        lo, hi = float(np.min(lower)), min(1.0, float(np.min(upper)))
        p_b, p_c = (p_under, p_over) if direction is Direction.HIGHER else (p_over, p_under)
    else:
        p_over = min(1.0, m * float(np.min(p_greater(kind, x1, n1, x2, n2, null))))
        p_under = float(np.max(p_less(kind, x1, n1, x2, n2, null)))
        lo, hi = max(0.0, float(np.max(lower))), min(1.0, float(np.max(upper)))
        p_b, p_c = (p_over, p_under) if direction is Direction.LOWER else (p_under, p_over)
    p_b_out: float | None = p_b
    p_c_out: float | None = p_c
    if not complete:
        # an untested group could hold the extreme: only the claim on "some pair" stands
        if (direction is Direction.HIGHER) != ratio:
            p_b_out = None
        else:
            p_c_out = None
    method = f"{METHOD}[{m} pairs, min {min_cases} cases per group]"
    return Estimate(_point(name, rates, min_cases), lo, hi, level, method, n_total, p_b_out,
                    p_c_out, tuple(notes))


def _point(name: str, rates: list[tuple[str, F, F]], min_cases: int | None) -> float | None:
    """The metric over the tested groups (all groups with a case when ``min_cases`` is None)."""
    values = []
    for _, x, n in rates:
        keep = n >= (min_cases or 1)
        if int(keep.sum()) < 2:
            return None
        r = x[keep] / n[keep]
        if name == "disparate_impact_ratio":
            values.append(float(r.min() / r.max()) if r.max() > 0 else float("nan"))
        else:
            values.append(float(r.max() - r.min()))
    out = max(values)
    return out if np.isfinite(out) else None
