"""Arrow compute kernels called by name, without importing ``pyarrow.compute``.

``import pyarrow.compute`` builds a Python wrapper, docstring included, for every one of
Arrow's several hundred kernels: about 25 ms of each ``recours evidence run``, whose pass on
a Parquet file calls five of them. Those are called here through
``pyarrow._compute.call_function`` with the options ``pyarrow.compute``'s wrappers pass (the
same kernels, so the same results: ``tests/evidence/test_kernels.py``). Any other name falls
through to ``pyarrow.compute`` itself, imported on first use; so does ``Array.cast`` and the
other Arrow methods that call kernels, hence :func:`cast` here.
"""

from __future__ import annotations

import importlib
from typing import Any

from pyarrow._compute import (
    CastOptions,
    DictionaryEncodeOptions,
    NullOptions,
    ScalarAggregateOptions,
    SetLookupOptions,
    call_function,
)


def is_null(values: Any, *, nan_is_null: bool = False) -> Any:
    """``pyarrow.compute.is_null``."""
    return call_function("is_null", [values], NullOptions(nan_is_null=nan_is_null))


def equal(left: Any, right: Any) -> Any:
    """``pyarrow.compute.equal``."""
    return call_function("equal", [left, right])


def or_kleene(left: Any, right: Any) -> Any:
    """``pyarrow.compute.or_kleene``."""
    return call_function("or_kleene", [left, right])


def utf8_trim_whitespace(values: Any) -> Any:
    """``pyarrow.compute.utf8_trim_whitespace``."""
    return call_function("utf8_trim_whitespace", [values])


def any(values: Any) -> Any:
    """``pyarrow.compute.any`` with its defaults (nulls skipped, at least one value)."""
    return call_function("any", [values], ScalarAggregateOptions(skip_nulls=True, min_count=1))


def cast(values: Any, target_type: Any) -> Any:
    """``pyarrow.compute.cast`` (safe: overflow and truncation are errors), which
    ``Array.cast`` also calls, after importing ``pyarrow.compute``."""
    return call_function("cast", [values], CastOptions.safe(target_type))


def dictionary_encode(values: Any, null_encoding: str = "mask") -> Any:
    """``pyarrow.compute.dictionary_encode``."""
    return call_function("dictionary_encode", [values], DictionaryEncodeOptions(null_encoding))


def index_in(values: Any, value_set: Any, *, skip_nulls: bool = False) -> Any:
    """``pyarrow.compute.index_in``."""
    return call_function("index_in", [values], SetLookupOptions(value_set, skip_nulls=skip_nulls))


def utf8_lower(values: Any) -> Any:
    """``pyarrow.compute.utf8_lower``."""
    return call_function("utf8_lower", [values])


def local_timestamp(values: Any) -> Any:
    """``pyarrow.compute.local_timestamp``."""
    return call_function("local_timestamp", [values])


def __getattr__(name: str) -> Any:
    return getattr(importlib.import_module("pyarrow.compute"), name)
