"""Row selection (slices) and keys (measurement window, group) of a batch."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyarrow as pa
from numpy.typing import NDArray

from recours.errors import DataError
from recours.evidence import kernels as pc
from recours.evidence.data import Batch, texts
from recours.i18n import T

Key = tuple[str | None, str | None]          # (window label, group label)
WINDOW_FORMATS = {"monthly": "%Y-%m", "weekly": "%G-W%V", "daily": "%Y-%m-%d"}


def slice_mask(batch: Batch, slice_: Sequence[tuple[str, str]]) -> NDArray[np.bool_] | None:
    """Rows matching every ``column == value`` filter (None: all rows)."""
    if not slice_:
        return None
    mask = np.ones(batch.data.num_rows, dtype=bool)
    for column, value in slice_:
        mask &= np.asarray(pc.equal(texts(batch, column), value).to_numpy(zero_copy_only=False),
                           dtype=bool)
    return mask


def to_timestamps(batch: Batch, column: str) -> pa.Array:
    arr = batch.data.column(column)
    if pa.types.is_timestamp(arr.type) or pa.types.is_date(arr.type):
        return arr
    text = texts(batch, column)
    targets = [pa.timestamp("us"), pa.timestamp("us", tz="UTC")]
    if _first_is_utc(text):
        # a value ending in "Z" can never be read as a naive time-stamp, so the naive cast
        # would fail (after reading the whole column: about 50 ms per 50,000 rows); the
        # result is the one the second cast gives anyway
        targets = targets[1:]
    for target in targets:
        try:
            return pc.cast(text, target)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            continue
    for i, v in enumerate(text.to_pylist()):
        try:
            pc.cast(pa.array([v]), pa.timestamp("us", tz="UTC"))
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            try:
                pc.cast(pa.array([v]), pa.timestamp("us"))
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
                raise DataError(T(f"date-heure illisible : « {v} »", f"unreadable date-time: '{v}'"),
                                where=batch.where(i, column),
                                fix=T("écrivez la date au format ISO 8601, par ex. "
                                      "2026-03-01T10:00:00Z", "write ISO 8601, e.g. "
                                      "2026-03-01T10:00:00Z")) from None
    raise DataError(T("dates-heures de formats mélangés", "mixed date-time formats"),
                    where=batch.where(0, column), fix=T("uniformisez le format ISO 8601",
                                                        "use one ISO 8601 form"))


def _first_is_utc(text: pa.Array | pa.ChunkedArray) -> bool:
    if len(text) == 0 or text.null_count:
        return False
    first = text[0].as_py()
    return isinstance(first, str) and first.endswith("Z")


def window_labels(batch: Batch, window: str, columns: dict[str, str]) -> pa.Array | None:
    if window == "whole":
        return None
    if "timestamp" in columns:
        ts = to_timestamps(batch, columns["timestamp"])
    elif "period" in columns:
        return texts(batch, columns["period"])
    else:
        ts = to_timestamps(batch, columns["start"])
    fast = calendar_labels(ts, window)
    return fast if fast is not None else pc.strftime(ts, format=WINDOW_FORMATS[window])


CALENDAR_UNITS = {"monthly": "M", "daily": "D"}


def calendar_labels(ts: pa.Array | pa.ChunkedArray, window: str) -> pa.DictionaryArray | None:
    """The labels ``strftime`` gives (``%Y-%m``, ``%Y-%m-%d``) for UTC or naive timestamps,
    computed from NumPy's calendar units, dictionary-encoded in order of first appearance as
    :meth:`KeyIndex.codes` would encode ``strftime``'s strings: the same keys in the same
    order, without formatting every row (Arrow's ``strftime`` takes about 20 ms per 40,000
    rows). None (use ``strftime``) for weekly windows, other time zones, dates, nulls and
    years outside 1000–9999."""
    unit = CALENDAR_UNITS.get(window)
    if unit is None:
        return None
    if isinstance(ts, pa.ChunkedArray):
        ts = ts.combine_chunks()
    if not pa.types.is_timestamp(ts.type) or ts.type.tz not in (None, "UTC") or ts.null_count:
        return None
    # the int64 view, as ``Array.to_numpy`` on a time-stamp imports numpy.ma
    ticks = np.asarray(pc.cast(ts, pa.int64()).to_numpy(zero_copy_only=False), dtype=np.int64)
    values = ticks.view(f"datetime64[{ts.type.unit}]").astype(f"datetime64[{unit}]")
    uniq, first, inverse = np.unique(values, return_index=True, return_inverse=True)
    if uniq.size == 0:
        return None
    years = uniq.astype("datetime64[Y]").astype(np.int64) + 1970
    if years.min() < 1000 or years.max() > 9999:
        return None
    order = np.argsort(first, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(order.size)
    labels = pa.array([str(u) for u in uniq[order]], type=pa.string())
    indices = np.ascontiguousarray(rank[inverse.ravel()], dtype=np.int32)
    # from the buffer, as ``pa.array`` on an ndarray imports numpy.ma
    codes = pa.Array.from_buffers(pa.int32(), indices.size, [None, pa.py_buffer(indices)])
    return pa.DictionaryArray.from_arrays(codes, labels)


class KeyIndex:
    """Global numbering of (window, group) keys seen across batches."""

    def __init__(self) -> None:
        self.index: dict[Key, int] = {}

    def labels(self) -> list[Key]:
        return list(self.index)

    def __len__(self) -> int:
        return len(self.index)

    def codes(self, n: int, windows: pa.Array | None, groups: pa.Array | None,
              rows: NDArray[np.int64] | None) -> NDArray[np.int64]:
        """Global key code of every selected row."""
        parts: list[tuple[NDArray[np.int64] | None, list[str | None]]] = []
        for arr in (windows, groups):
            if arr is None:
                parts.append((None, [None]))
                continue
            if isinstance(arr, pa.ChunkedArray):
                arr = arr.combine_chunks()
            enc = arr if pa.types.is_dictionary(arr.type) else pc.dictionary_encode(arr)
            parts.append((enc.indices.to_numpy(zero_copy_only=False).astype(np.int64),
                          [str(x) for x in enc.dictionary.to_pylist()]))
        (wi, wd), (gi, gd) = parts
        if wi is None and gi is None:
            local = np.zeros(n, dtype=np.int64)
        elif wi is None:
            assert gi is not None
            local = gi
        elif gi is None:
            local = wi
        else:
            local = wi * len(gd) + gi
        if rows is not None:
            local = local[rows]
        present = np.flatnonzero(np.bincount(local))        # small codes: no sort needed
        lookup = np.zeros(int(present[-1]) + 1 if present.size else 1, dtype=np.int64)
        for code in present:
            key = (wd[int(code) // len(gd)], gd[int(code) % len(gd)])
            lookup[code] = self.index.setdefault(key, len(self.index))
        out: NDArray[np.int64] = lookup[local]
        return out
