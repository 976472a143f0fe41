"""recours.evidence.stats.core.linear_quantiles is ``np.quantile`` (method « linear ») to the
last bit on the values the bootstrap summaries give it (issue 16, start-up: NumPy's function
imports numpy.ma on its first call)."""

from __future__ import annotations

import numpy as np
import pytest

from recours.evidence.stats.core import linear_quantiles

LEVELS = [(0.025, 0.975), (0.005, 0.995), (0.05, 0.95), (0.0, 1.0), (0.5, 0.5), (0.1, 0.9)]


@pytest.mark.parametrize("n", [1, 2, 3, 7, 40, 399, 1000, 10_000])
def test_same_bits_as_numpy(n: int) -> None:
    rng = np.random.default_rng(n)
    samples = [rng.normal(size=n), rng.standard_t(2, size=n) * 1e6,
               rng.integers(0, 5, size=n) / 7.0,             # many ties
               np.full(n, 0.1), rng.random(n) * 1e-300]
    for values in samples:
        for qs in LEVELS:
            mine = linear_quantiles(values, qs)
            theirs = np.quantile(values, list(qs))
            assert np.array_equal(np.array(mine), theirs), (n, qs)
            assert all(type(v) is float for v in mine)


def test_the_input_is_left_as_it_was() -> None:
    values = np.array([3.0, 1.0, 2.0])
    assert linear_quantiles(values, (0.25, 0.75)) == (1.5, 2.5)
    assert values.tolist() == [3.0, 1.0, 2.0]
