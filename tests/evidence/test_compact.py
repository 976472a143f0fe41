"""Merging distinct-value tables (``accumulate._compact``): the linear bincount taken for
decimal values gives exactly what the sort (``np.unique``) gives, values, counts and dtypes,
for scores, latencies, per-class counts, non-decimal values and values far apart."""

from __future__ import annotations

import numpy as np

from recours.evidence import accumulate


def _by_sort(chunks: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    values = np.concatenate([c[0] for c in chunks])
    weights = np.concatenate([c[1] for c in chunks], axis=-1)
    uniq, inv = np.unique(values, return_inverse=True)
    if weights.ndim == 1:
        return uniq, np.bincount(inv, weights=weights, minlength=uniq.size).astype(np.int64)
    return uniq, np.stack([np.bincount(inv, weights=w, minlength=uniq.size)
                           for w in weights]).astype(np.int64)


def test_merged_tables_equal_the_sorted_merge() -> None:
    rng = np.random.default_rng(20261207)
    for trial in range(300):
        chunks = []
        for _ in range(int(rng.integers(1, 12))):
            size = int(rng.integers(1, 400))
            if trial % 3 == 0:
                v = rng.random(size)                              # not decimal: the sort
            else:
                v = np.round(rng.normal(0.3, 0.2, size), int(rng.integers(0, 5)))
            if trial % 7 == 0:
                v = np.append(v, [1e9, -3.5])                     # span too wide: the sort
            cls = rng.integers(0, 2, v.size) if trial % 2 else None
            chunks.append(accumulate.distinct_counts(v, cls, 2))
        got, want = accumulate._compact(chunks), _by_sort(chunks)
        assert np.array_equal(got[0], want[0]) and got[0].dtype == want[0].dtype, trial
        assert got[1].shape == want[1].shape and got[1].dtype == want[1].dtype, trial
        assert np.array_equal(got[1], want[1]), trial


def test_distinct_counts_equal_the_sort() -> None:
    rng = np.random.default_rng(7)
    for trial in range(200):
        size = int(rng.integers(1, 3000))
        v = np.round(rng.lognormal(5.0, 0.4, size), int(rng.integers(0, 4)))
        if trial % 5 == 0:
            v = rng.random(size)
        cls = rng.integers(0, 2, size)
        got_values, got_counts = accumulate.distinct_counts(v, cls, 2)
        want_values = np.unique(v)
        want = np.stack([np.array([np.count_nonzero((v == x) & (cls == c)) for x in want_values])
                         for c in (0, 1)])
        assert np.array_equal(got_values, want_values), trial
        assert np.array_equal(got_counts, want) and got_counts.dtype == np.int64, trial
        alone_values, alone = accumulate.distinct_counts(v, None, 1)
        assert np.array_equal(alone_values, want_values) and np.array_equal(alone, want.sum(0))
