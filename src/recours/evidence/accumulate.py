"""Sufficient statistics accumulated batch by batch, one accumulator per distinct need.

Commitments that read the same data the same way (same family, dataset, slice, window, group,
cut-off, positive label) share one accumulator, so one pass serves every commitment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import numpy as np
import pyarrow as pa
from numpy.typing import NDArray

from recours.errors import DataError
from recours.evidence import kernels as pc
from recours.evidence.data import (
    Batch,
    codes,
    first_true,
    floats,
    group_values,
    restrict,
    texts,
)
from recours.evidence.keys import KeyIndex, slice_mask, to_timestamps, window_labels
from recours.evidence.registry import ROLES, Family
from recours.evidence.stats.calibration import ECE_BINS, bin_index
from recours.i18n import T

LATENCY_RESOLUTION_MS = 1e-3
COMPACT_EVERY = 16
ERROR_WORDS = frozenset({"error", "timeout", "failed", "failure", "erreur", "echec", "échec"})
UP_WORDS = frozenset({"1", "true", "up", "ok", "yes", "oui", "vrai"})
DOWN_WORDS = frozenset({"0", "false", "down", "ko", "no", "non", "faux"})


@dataclass(frozen=True)
class Need:
    family: Family
    dataset: str
    slice: tuple[tuple[str, str], ...]
    window: str
    group: str | None          # group column (fairness)
    cutoff: float | None
    positive: str | None
    labels: tuple[str, ...]
    maintenance_cap: float | None = None     # hours of planned maintenance excluded per period


@dataclass
class Acc:
    """Base accumulator: selection and keys; subclasses add their statistics."""

    need: Need
    columns: dict[str, str]
    keys: KeyIndex = field(default_factory=KeyIndex)
    rows: int = 0

    def read_columns(self) -> set[str]:
        """The data columns this accumulator reads (only the roles its family uses)."""
        roles: set[str] = set()
        for need in ROLES[self.need.family]:
            roles |= set(need) if isinstance(need, tuple) else {need}
        if self.need.window != "whole":
            roles |= {"timestamp", "period", "start"}
        roles.add("planned")
        return {col for role, col in self.columns.items() if role in roles}

    def restrict(self, batch: Batch) -> Batch:
        """Only the rows of the commitment's slice (values elsewhere are not checked)."""
        mask = slice_mask(batch, self.need.slice)
        return batch if mask is None else restrict(batch, mask)

    def select(self, batch: Batch) -> tuple[NDArray[np.int64] | None, NDArray[np.int64]]:
        rows = None
        n = batch.data.num_rows
        windows = window_labels(batch, self.need.window, self.columns)
        groups = group_values(batch, self.need.group) if self.need.group else None
        if windows is None and groups is None:
            self.keys.index.setdefault((None, None), 0)
            keys = np.zeros(n, dtype=np.int64)
        else:
            keys = self.keys.codes(batch.data.num_rows, windows, groups, rows)
        self.rows += n
        return rows, keys

    def update(self, batch: Batch) -> None:
        raise NotImplementedError


def _take(values: NDArray[Any], rows: NDArray[np.int64] | None) -> NDArray[Any]:
    return values if rows is None else values[rows]


def _grow(arr: NDArray[Any], nkeys: int) -> NDArray[Any]:
    if arr.shape[0] >= nkeys:
        return arr
    pad = np.zeros((nkeys - arr.shape[0], *arr.shape[1:]), dtype=arr.dtype)
    return np.concatenate([arr, pad])


@dataclass
class ConfusionAcc(Acc):
    counts: NDArray[np.int64] = field(default_factory=lambda: np.zeros((0, 0, 0), np.int64))
    source: ConfusionAcc | None = None     # per-group matrices this one is the sum of

    def derive(self) -> None:
        """Sum the source's per-group matrices over groups (same rows, same cut-off): the
        overall matrix without a second pass over the data."""
        src = self.source
        assert src is not None
        k = src.counts.shape[1]
        self.counts = np.zeros((0, k, k), np.int64)
        for (window, _group), i in src.keys.index.items():
            j = self.keys.index.setdefault((window, None), len(self.keys.index))
            self.counts = _grow(self.counts, len(self.keys))
            self.counts[j] += src.counts[i]
        self.rows = src.rows

    def update(self, batch: Batch) -> None:
        labels = self.need.labels
        k = len(labels)
        truth = codes(batch, self.columns["label"], labels)
        if "prediction" in self.columns and self.need.cutoff is None:
            pred = codes(batch, self.columns["prediction"], labels)
        else:
            pos = labels.index(self.need.positive or "1")
            cutoff = self.need.cutoff if self.need.cutoff is not None else 0.5
            key = ("pred", self.columns["score"], cutoff, pos)
            if key not in batch.cache:
                score = floats(batch, self.columns["score"])
                batch.cache[key] = np.where(score >= cutoff, pos, 1 - pos).astype(np.int64)
            pred = batch.cache[key]
        rows, keys = self.select(batch)
        nk = len(self.keys)
        base = _take(truth, rows) * k + _take(pred, rows)
        code = base if nk == 1 else keys * (k * k) + base
        add = np.bincount(code, minlength=nk * k * k).reshape(nk, k, k)
        if self.counts.shape[1:] != (k, k):
            self.counts = np.zeros((0, k, k), np.int64)
        self.counts = _grow(self.counts, nk)
        self.counts[:nk] += add


def _compact(chunks: list[tuple[NDArray[np.float64], NDArray[np.int64]]]
             ) -> tuple[NDArray[np.float64], NDArray[np.int64]]:
    """Merge (values, counts[..., m]) chunks into one sorted distinct-value table."""
    values = np.concatenate([c[0] for c in chunks])
    weights = np.concatenate([c[1] for c in chunks], axis=-1)
    coded = _decimal_codes(values)
    if coded is not None:       # decimal values (the usual case): a bincount, not a sort
        shifted, scale, lo = coded
        span = int(shifted.max()) + 1
        if weights.ndim == 1:
            total = np.bincount(shifted, weights=weights, minlength=span)
        else:
            total = np.stack([np.bincount(shifted, weights=w, minlength=span) for w in weights])
        present = np.flatnonzero(np.bincount(shifted, minlength=span))
        return (present + lo) / scale, total[..., present].astype(np.int64)
    uniq, inv = np.unique(values, return_inverse=True)
    if weights.ndim == 1:
        return uniq, np.bincount(inv, weights=weights, minlength=uniq.size).astype(np.int64)
    merged = np.stack([np.bincount(inv, weights=w, minlength=uniq.size) for w in weights])
    return uniq, merged.astype(np.int64)


MAX_SPAN = 1 << 22


def _decimal_codes(v: NDArray[np.float64]) -> tuple[NDArray[np.int64], float, int] | None:
    """Integer codes ``v * 10**d`` when every value is exactly a d-decimal number (d <= 6)
    spanning at most MAX_SPAN steps (scores at 0.0001, latencies at 0.1 ms...)."""
    if v.size == 0 or not np.all(np.isfinite(v[:1000])):
        return None
    sample = v[:1000]
    for d in range(7):
        scale = 10.0 ** d
        q = np.rint(sample * scale)
        if np.array_equal(q / scale, sample):
            full = np.multiply(v, scale)
            np.rint(full, out=full)
            back = np.divide(full, scale)
            if not np.array_equal(back, v):
                return None
            lo, hi = full.min(), full.max()
            if hi - lo > MAX_SPAN:
                return None
            np.subtract(full, lo, out=full)          # codes start at 0
            return full.astype(np.int64), scale, int(lo)
    return None


def distinct_counts(v: NDArray[np.float64], cls: NDArray[np.int64] | None, n_classes: int
                    ) -> tuple[NDArray[np.float64], NDArray[np.int64]]:
    """Sorted distinct values of ``v`` with their counts (per class when ``cls`` is given):
    a linear-time bincount for decimal data, else a sort (``np.unique``)."""
    coded = _decimal_codes(v)
    if coded is not None:
        shifted, scale, lo = coded
        if cls is None:
            total = np.bincount(shifted)
            present = np.flatnonzero(total)
            return (present + lo) / scale, total[present].astype(np.int64)
        # one count per (value, class): a single bincount, no mask per class; the values
        # present are those of non-zero rows (the classes' sum, without a second bincount)
        span = int(shifted.max()) + 1
        both = np.bincount(shifted * n_classes + cls, minlength=span * n_classes)
        per_value = both.reshape(span, n_classes)
        present = np.flatnonzero(per_value.any(axis=1))
        per_class = per_value[present].T
        return (present + lo) / scale, np.ascontiguousarray(per_class, dtype=np.int64)
    if cls is None:
        uniq, counts = np.unique(v, return_counts=True)
        return uniq, counts.astype(np.int64)
    parts = []
    for c in range(n_classes):
        u, k = np.unique(v[cls == c], return_counts=True)
        w = np.zeros((n_classes, u.size), dtype=np.int64)
        w[c] = k
        parts.append((u, w))
    return _compact(parts)


@dataclass
class TableAcc(Acc):
    """Per key, a table of distinct values with counts (scores: [neg, pos]; latency: [n])."""

    chunks: dict[int, list[tuple[NDArray[np.float64], NDArray[np.int64]]]] = field(
        default_factory=dict)

    def add(self, keys: NDArray[np.int64], values: NDArray[np.float64],
            classes: NDArray[np.int64] | None = None, n_classes: int = 1) -> None:
        """Count each distinct value per key (and per class: 0 negative, 1 positive) with
        ``np.unique(return_counts=True)``, a sort without inverse; no per-row Python. (The
        distinct keys are asked with their counts too: a bare ``np.unique`` imports
        ``numpy.ma`` on its first call, ≈ 25 ms of a run.)"""
        for key in np.unique(keys, return_counts=True)[0] if len(self.keys) > 1 else [0]:
            v = values if len(self.keys) <= 1 else values[keys == key]
            cls = None if classes is None else (
                classes if len(self.keys) <= 1 else classes[keys == key])
            table = distinct_counts(v, cls, n_classes)
            bucket = self.chunks.setdefault(int(key), [])
            bucket.append(table)
            if len(bucket) >= COMPACT_EVERY:
                self.chunks[int(key)] = [_compact(bucket)]

    def table(self, key: int) -> tuple[NDArray[np.float64], NDArray[np.int64]]:
        return _compact(self.chunks[key])


@dataclass
class ScoresAcc(TableAcc):
    def update(self, batch: Batch) -> None:
        truth = codes(batch, self.columns["label"], self.need.labels)
        pos = self.need.labels.index(self.need.positive or "1")
        score = floats(batch, self.columns["score"])
        rows, keys = self.select(batch)
        y = (_take(truth, rows) == pos).astype(np.int64)
        self.add(keys, _take(score, rows), y, 2)


@dataclass
class LatencyAcc(TableAcc):
    def update(self, batch: Batch) -> None:
        column = self.columns["latency_ms"]
        lat = floats(batch, column)
        neg = lat < 0
        if neg.any():
            i = first_true(neg)
            assert i is not None
            raise DataError(T("latence négative", "negative latency"),
                            where=batch.where(i, column), fix=T("corrigez la valeur",
                                                                "fix the value"))
        rows, keys = self.select(batch)
        values = _take(lat, rows)
        if _decimal_codes(values[:1000]) is None:      # finer than 1 µs: round to 1 µs
            values = np.round(values / LATENCY_RESOLUTION_MS) * LATENCY_RESOLUTION_MS
        self.add(keys, values)


def _sums(nk: int, keys: NDArray[np.int64], columns: list[NDArray[np.float64]]
          ) -> NDArray[np.float64]:
    return np.stack([np.bincount(keys, weights=c, minlength=nk) for c in columns], axis=1)


@dataclass
class CalibrationAcc(Acc):
    """Brier moments [n, sum, sum sq] and ECE bins [count, sum s, sum s^2, sum y] per key."""

    brier: NDArray[np.float64] = field(default_factory=lambda: np.zeros((0, 3)))
    bins: NDArray[np.float64] = field(default_factory=lambda: np.zeros((0, 4, ECE_BINS)))

    def update(self, batch: Batch) -> None:
        truth = codes(batch, self.columns["label"], self.need.labels)
        pos = self.need.labels.index(self.need.positive or "1")
        column = self.columns["score"]
        score = floats(batch, column)
        bad = (score < 0) | (score > 1)
        if bad.any():
            i = first_true(bad)
            assert i is not None
            raise DataError(T("score hors de [0, 1] : la calibration exige une probabilité",
                              "score outside [0, 1]: calibration needs a probability"),
                            where=batch.where(i, column), fix=T("fournissez des probabilités",
                                                                "provide probabilities"))
        rows, keys = self.select(batch)
        s = _take(score, rows)
        y = (_take(truth, rows) == pos).astype(np.float64)
        nk = len(self.keys)
        sq = (s - y) ** 2
        self.brier = _grow(self.brier, nk)
        self.brier[:nk] += _sums(nk, keys, [np.ones_like(s), sq, sq * sq])
        code = keys * ECE_BINS + bin_index(s)
        add = np.stack([np.bincount(code, weights=w, minlength=nk * ECE_BINS)
                        for w in (np.ones_like(s), s, s * s, y)], axis=0)
        self.bins = _grow(self.bins, nk)
        self.bins[:nk] += add.reshape(4, nk, ECE_BINS).transpose(1, 0, 2)


REG_FIELDS = ("n", "ae", "ae2", "se", "se2", "e", "e2", "ape", "ape2", "sape", "sape2",
              "aa", "aa2", "ae_aa")


# per-row terms kept for the small-sample bootstrap (as long as the log is small enough)
ROW_FIELDS = ("ae", "se", "e", "ape", "sape", "aa")
ROW_CAP = 500_000


@dataclass
class RegressionAcc(Acc):
    """Per key: the sums of :data:`REG_FIELDS`; while the rows read stay under
    :data:`ROW_CAP`, also the per-row terms of :data:`ROW_FIELDS` (for the bootstrap-t of
    small samples, whose sums alone do not say how skewed the errors are)."""

    sums: NDArray[np.float64] = field(default_factory=lambda: np.zeros((0, len(REG_FIELDS))))
    zero_actual: str | None = None
    row_keys: list[NDArray[np.int64]] | None = field(default_factory=list)
    row_terms: list[NDArray[np.float64]] = field(default_factory=list)
    kept: int = 0

    def terms(self, key: int) -> NDArray[np.float64] | None:
        """The per-row terms ``[n, len(ROW_FIELDS)]`` of ``key``, or None if not kept."""
        if self.row_keys is None:
            return None
        if not self.row_keys:
            return np.zeros((0, len(ROW_FIELDS)))
        keys = np.concatenate(self.row_keys)
        out: NDArray[np.float64] = np.concatenate(self.row_terms)[keys == key]
        return out

    def update(self, batch: Batch) -> None:
        actual = floats(batch, self.columns["actual"])
        forecast = floats(batch, self.columns["forecast"])
        rows, keys = self.select(batch)
        a, f = _take(actual, rows), _take(forecast, rows)
        e = f - a
        ae, aa = np.abs(e), np.abs(a)
        zero = aa == 0
        if zero.any() and self.zero_actual is None:
            i = first_true(zero)
            assert i is not None
            self.zero_actual = batch.where(int(i if rows is None else rows[i]),
                                           self.columns["actual"])
        with np.errstate(divide="ignore", invalid="ignore"):
            ape = np.where(zero, 0.0, ae / np.where(zero, 1, aa))
            den = aa + np.abs(f)
            sape = np.where(den == 0, 0.0, 2 * ae / np.where(den == 0, 1, den))
        se = e * e
        cols = [np.ones_like(e), ae, ae * ae, se, se * se, e, se, ape, ape * ape, sape,
                sape * sape, aa, aa * aa, ae * aa]
        nk = len(self.keys)
        self.sums = _grow(self.sums, nk)
        self.sums[:nk] += _sums(nk, keys, cols)
        if self.row_keys is not None:
            self.kept += e.size
            if self.kept > ROW_CAP:
                self.row_keys, self.row_terms = None, []
            else:
                self.row_keys.append(np.asarray(keys, dtype=np.int64))
                self.row_terms.append(np.stack([ae, se, e, ape, sape, aa], axis=1))


@dataclass
class StatusAcc(Acc):
    """Per key: [cases, errors] (or for probes: [probes counted, probes up])."""

    counts: NDArray[np.int64] = field(default_factory=lambda: np.zeros((0, 2), np.int64))
    error_values: frozenset[str] | None = None

    def flags(self, batch: Batch) -> NDArray[np.bool_]:
        column = self.columns["status"]
        arr = batch.data.column(column)
        if self.error_values is None and (pa.types.is_integer(arr.type)
                                          or pa.types.is_floating(arr.type)):
            return np.asarray(floats(batch, column) >= 500)
        text = pc.utf8_lower(texts(batch, column)).to_numpy(zero_copy_only=False)
        if self.error_values is not None:
            return np.isin(text, list(self.error_values))
        numeric = np.array([t.isdigit() and int(t) >= 500 for t in text], dtype=bool)
        return numeric | np.isin(text, list(ERROR_WORDS))

    def update(self, batch: Batch) -> None:
        flags = self.flags(batch)
        rows, keys = self.select(batch)
        self._add(keys, _take(flags, rows).astype(np.int64))

    def _add(self, keys: NDArray[np.int64], hits: NDArray[np.int64]) -> None:
        nk = len(self.keys)
        self.counts = _grow(self.counts, nk)
        self.counts[:nk, 0] += np.bincount(keys, minlength=nk)
        self.counts[:nk, 1] += np.bincount(keys, weights=hits, minlength=nk).astype(np.int64)


def _booleans(batch: Batch, column: str) -> NDArray[np.bool_]:
    arr = batch.data.column(column)
    if pa.types.is_boolean(arr.type):
        return np.asarray(texts(batch, column).to_numpy(zero_copy_only=False) == "true")
    text = pc.utf8_lower(texts(batch, column)).to_numpy(zero_copy_only=False)
    up, down = np.isin(text, list(UP_WORDS)), np.isin(text, list(DOWN_WORDS))
    bad = ~(up | down)
    if bad.any():
        i = first_true(bad)
        assert i is not None
        raise DataError(T(f"valeur oui/non attendue, trouvé « {text[i]} »",
                          f"yes/no value expected, found '{text[i]}'"),
                        where=batch.where(i, column),
                        fix=T("utilisez true/false, 1/0 ou up/down", "use true/false, 1/0 or up/down"))
    return up


@dataclass
class ProbeAcc(StatusAcc):
    """Probes counted per window; probes flagged ``planned`` or falling inside a planned
    maintenance of an incident log (``maintenance``: sorted [start, end) intervals) are
    excluded, as contracts exclude planned maintenance from availability."""

    excluded: int = 0
    excluded_by_key: NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, np.int64))
    maintenance: list[tuple[datetime, datetime]] = field(default_factory=list)

    def _in_maintenance(self, batch: Batch, rows: NDArray[np.int64] | None) -> NDArray[np.bool_]:
        ts = to_timestamps(batch, self.columns["timestamp"])
        if pa.types.is_timestamp(ts.type) and ts.type.tz is not None:
            ts = pc.cast(pc.local_timestamp(ts), pa.timestamp("us"))
        t = _take(np.asarray(ts.to_numpy(zero_copy_only=False), dtype="datetime64[us]"), rows)
        starts = np.array([a for a, _ in self.maintenance], dtype="datetime64[us]")
        ends = np.array([b for _, b in self.maintenance], dtype="datetime64[us]")
        idx = np.searchsorted(starts, t, side="right") - 1
        inside = (idx >= 0) & (t < ends[np.clip(idx, 0, None)])
        out: NDArray[np.bool_] = inside
        return out

    def update(self, batch: Batch) -> None:
        up = _booleans(batch, self.columns["up"])
        rows, keys = self.select(batch)
        up = _take(up, rows)
        drop = np.zeros(up.size, dtype=bool)
        if "planned" in self.columns:
            drop |= _take(_booleans(batch, self.columns["planned"]), rows)
        if self.maintenance and "timestamp" in self.columns:
            drop |= self._in_maintenance(batch, rows)
        self.excluded += int(drop.sum())
        nk = len(self.keys)
        self.excluded_by_key = _grow(self.excluded_by_key, nk)
        self.excluded_by_key[:nk] += np.bincount(keys[drop], minlength=nk)
        self._add(keys[~drop], up[~drop].astype(np.int64))


@dataclass
class IncidentAcc(Acc):
    """Incident log rows (start, end, planned), kept whole: incident logs are small."""

    incidents: list[tuple[datetime, datetime, bool]] = field(default_factory=list)
    observed_from: datetime | None = None
    observed_to: datetime | None = None

    def update(self, batch: Batch) -> None:
        starts = to_timestamps(batch, self.columns["start"]).to_pylist()
        ends = to_timestamps(batch, self.columns["end"]).to_pylist()
        planned = (_booleans(batch, self.columns["planned"]).tolist()
                   if "planned" in self.columns else [False] * len(starts))
        for i, (s, e, p) in enumerate(zip(starts, ends, planned, strict=True)):
            if e < s:
                raise DataError(T("fin d'incident avant son début", "incident ends before it starts"),
                                where=batch.where(i, self.columns["end"]),
                                fix=T("corrigez les dates", "fix the dates"))
            self.incidents.append((s.replace(tzinfo=None), e.replace(tzinfo=None), bool(p)))
        self.rows += batch.data.num_rows


ACCUMULATORS: dict[Family, type[Acc]] = {
    Family.CONFUSION: ConfusionAcc,
    Family.FAIRNESS: ConfusionAcc,
    Family.SCORES: ScoresAcc,
    Family.CALIBRATION: CalibrationAcc,
    Family.REGRESSION: RegressionAcc,
    Family.LATENCY: LatencyAcc,
    Family.STATUS: StatusAcc,
    Family.PROBES: ProbeAcc,
    Family.INCIDENTS: IncidentAcc,
}
