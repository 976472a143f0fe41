"""Holm correction across a family of commitments and the three-valued verdict."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np


class VerdictValue(StrEnum):
    BREACH = "breach_established"
    CONFORMITY = "conformity_established"
    INCONCLUSIVE = "inconclusive"


def holm(pvalues: Sequence[float | None]) -> list[float | None]:
    """Holm step-down adjusted p-values (``None`` entries are skipped and stay ``None``)."""
    idx = [i for i, p in enumerate(pvalues) if p is not None]
    out: list[float | None] = [None] * len(pvalues)
    m = len(idx)
    if m == 0:
        return out
    ps = np.array([pvalues[i] for i in idx], dtype=float)
    order = np.argsort(ps, kind="stable")
    adjusted = np.minimum(1.0, np.maximum.accumulate((m - np.arange(m)) * ps[order]))
    for rank, j in enumerate(order):
        out[idx[j]] = float(adjusted[rank])
    return out


@dataclass(frozen=True)
class Decision:
    verdict: VerdictValue
    p_breach_adjusted: float | None
    p_conform_adjusted: float | None


def verdicts(p_breach: Sequence[float | None], p_conform: Sequence[float | None],
             level: float = 0.95) -> list[Decision]:
    """Three-valued verdicts with Holm correction applied to each family of one-sided tests.

    Each one-sided test is run at ``alpha = (1 - level) / 2``, so that without multiplicity
    a breach (or conformity) is established exactly when the two-sided interval at ``level``
    lies entirely on the breach (or conformity) side of the threshold.
    """
    alpha = (1.0 - level) / 2.0
    adj_b, adj_c = holm(p_breach), holm(p_conform)
    out = []
    for b, c in zip(adj_b, adj_c, strict=True):
        if b is not None and b <= alpha:
            v = VerdictValue.BREACH
        elif c is not None and c <= alpha:
            v = VerdictValue.CONFORMITY
        else:
            v = VerdictValue.INCONCLUSIVE
        out.append(Decision(v, b, c))
    return out
