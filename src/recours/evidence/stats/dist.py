"""The distribution functions the verdicts need, on scipy.special's ufuncs.

These are the very functions scipy.stats calls after its argument checks, so the values are the
same to the last bit (tests/evidence/test_dist.py compares them on a grid with its edges).
Importing scipy.stats costs about a second at start-up, scipy.special a fraction of it: an
evidence run should spend its time on the data, not on loading 80 unused distributions.
Arguments are the valid ones (0 < q < 1 for quantiles, n >= 0, 0 <= p <= 1); the edges of the
support are handled as scipy.stats handles them.
"""

from __future__ import annotations

from typing import Any

import numpy as np

# the compiled functions themselves: ``scipy.special``'s public names are these very objects,
# and ``recours.evidence.lean.preload_special_functions`` can load them without the package's
# initialisation (its array-API layer costs several times the functions)
from scipy.special._ufuncs import ndtr, ndtri, stdtr, stdtrit

try:  # the Boost functions scipy.stats' beta and binom call (scipy >= 1.12)
    from scipy.special._ufuncs import (
        _beta_ppf,
        _binom_cdf,
        _binom_pmf,
        _binom_ppf,
        _binom_sf,
    )
except ImportError:  # pragma: no cover - an older scipy: the public distributions
    def _beta_ppf(q: Any, a: Any, b: Any) -> Any:
        from scipy.stats import beta
        return beta.ppf(q, a, b)

    def _binom_cdf(k: Any, n: Any, p: Any) -> Any:
        from scipy.stats import binom
        return binom.cdf(k, n, p)

    def _binom_sf(k: Any, n: Any, p: Any) -> Any:
        from scipy.stats import binom
        return binom.sf(k, n, p)

    def _binom_pmf(k: Any, n: Any, p: Any) -> Any:
        from scipy.stats import binom
        return binom.pmf(k, n, p)

    def _binom_ppf(q: Any, n: Any, p: Any) -> Any:
        from scipy.stats import binom
        return binom.ppf(q, n, p)

Array = Any  # a float or an array of floats, as numpy broadcasts them


def _out(x: Any) -> Any:
    return np.asarray(x, dtype=float)[()]


def norm_cdf(x: Array) -> Any:
    return _out(ndtr(x))


def norm_sf(x: Array) -> Any:
    return _out(ndtr(-np.asarray(x, dtype=float)))


def norm_ppf(q: Array) -> Any:
    return _out(ndtri(q))


def t_cdf(x: Array, df: Array) -> Any:
    return _out(stdtr(df, x))


def t_sf(x: Array, df: Array) -> Any:
    return _out(stdtr(df, -np.asarray(x, dtype=float)))


def t_ppf(q: Array, df: Array) -> Any:
    return _out(stdtrit(df, q))


def beta_ppf(q: Array, a: Array, b: Array) -> Any:
    q = np.asarray(q, dtype=float)
    inner = _beta_ppf(np.clip(q, 1e-300, 1.0), a, b)
    return _out(np.where(q <= 0, 0.0, np.where(q >= 1, 1.0, inner)))


def binom_cdf(k: Array, n: Array, p: Array) -> Any:
    """P(X <= k), X ~ Binomial(n, p); 0 below the support, 1 at and above n."""
    k, n = np.floor(np.asarray(k, dtype=float)), np.asarray(n, dtype=float)
    inner = np.clip(_binom_cdf(np.clip(k, 0, n), n, p), 0, 1)
    return _out(np.where(k < 0, 0.0, np.where(k >= n, 1.0, inner)))


def binom_sf(k: Array, n: Array, p: Array) -> Any:
    """P(X > k); 1 below the support, 0 at and above n."""
    k, n = np.floor(np.asarray(k, dtype=float)), np.asarray(n, dtype=float)
    inner = np.clip(_binom_sf(np.clip(k, 0, n), n, p), 0, 1)
    return _out(np.where(k < 0, 1.0, np.where(k >= n, 0.0, inner)))


def binom_pmf(k: Array, n: Array, p: Array) -> Any:
    k, n = np.asarray(k, dtype=float), np.asarray(n, dtype=float)
    inside = (k >= 0) & (k <= n) & (k == np.floor(k))
    return _out(np.where(inside, np.clip(_binom_pmf(np.clip(k, 0, n), n, p), 0, 1), 0.0))


def binom_ppf(q: Array, n: Array, p: Array) -> Any:
    """Smallest k with P(X <= k) >= q; -1 at q = 0, n at q = 1 (as scipy.stats)."""
    q, n = np.asarray(q, dtype=float), np.asarray(n, dtype=float)
    inner = _binom_ppf(np.clip(q, 0.0, 1.0), n, p)
    return _out(np.where(q <= 0, -1.0, np.where(q >= 1, n, inner)))
