"""The scipy.special facade gives scipy.stats' values to the last bit, edges included."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from scipy import stats

from recours.evidence.stats import dist

QS = np.array([1e-12, 1e-6, 0.0005, 0.00625, 0.025, 0.05, 0.3, 0.5, 0.7, 0.95, 0.975,
               0.99375, 0.9995, 1 - 1e-9])
XS = np.array([-40.0, -8.5, -3.0, -1.96, -0.1, 0.0, 1e-9, 0.7, 1.96, 3.3, 9.0, 38.0])


def same(a: object, b: object) -> None:
    np.testing.assert_array_equal(np.asarray(a), np.asarray(b))


def test_normal_and_student() -> None:
    same(dist.norm_cdf(XS), stats.norm.cdf(XS))
    same(dist.norm_sf(XS), stats.norm.sf(XS))
    same(dist.norm_ppf(QS), stats.norm.ppf(QS))
    for df in (1, 2, 4.5, 19, 199, 1e6):
        same(dist.t_cdf(XS, df), stats.t.cdf(XS, df))
        same(dist.t_sf(XS, df), stats.t.sf(XS, df))
        same(dist.t_ppf(QS, df), stats.t.ppf(QS, df))


@pytest.mark.parametrize("n", [1, 2, 3, 10, 37, 1000, 123_457])
def test_beta_quantiles_of_clopper_pearson(n: int) -> None:
    for k in sorted({0, 1, n // 3, n - 1, n}):
        a, b = max(k, 1e-300), n - k + 1
        if k > 0:
            same(dist.beta_ppf(QS, k, b), stats.beta.ppf(QS, k, b))
        if k < n:
            same(dist.beta_ppf(QS, k + 1, n - k), stats.beta.ppf(QS, k + 1, n - k))
        assert a > 0


@pytest.mark.parametrize("n", [0, 1, 2, 5, 40, 2000])
def test_binomial_with_its_edges(n: int) -> None:
    ks = np.array([-3, -1, 0, 1, 2, n // 2, n - 1, n, n + 1, n + 5], dtype=float)
    for p in (0.0, 1e-4, 0.05, 0.5, 0.93, 1.0):
        same(dist.binom_cdf(ks, n, p), stats.binom.cdf(ks, n, p))
        same(dist.binom_sf(ks, n, p), stats.binom.sf(ks, n, p))
        same(dist.binom_pmf(ks, n, p), stats.binom.pmf(ks, n, p))
        same(dist.binom_sf(ks - 1, n, p), stats.binom.sf(ks - 1, n, p))
        if 0 < p < 1:
            qs = np.concatenate([[0.0, 1.0], QS])
            same(dist.binom_ppf(qs, n, p), stats.binom.ppf(qs, n, p))
    same(dist.binom_cdf(3.7, 10, 0.3), stats.binom.cdf(3.7, 10, 0.3))


def test_the_verdict_path_does_not_import_scipy_stats() -> None:
    code = ("import sys, recours.evidence.evaluate, recours.evidence.bundle.write; "
            "print('scipy.stats' in sys.modules, 'matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False"]
