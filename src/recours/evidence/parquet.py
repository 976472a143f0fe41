"""PyArrow's Parquet and JSON readers, imported when a file of that format is read.

``pyarrow.parquet`` (and the ``pyarrow.json`` reader) cost tens of milliseconds to import; a
run over CSV files, the common case, needs neither. Every use in the evidence package goes
through these functions, so ``recours evidence run`` on CSV data never loads them (tested in
``tests/test_startup.py``)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow as pa
    import pyarrow.parquet as pq


def read_schema(path: str | os.PathLike[str]) -> pa.Schema:
    import pyarrow.parquet as pq

    return pq.read_schema(path)


def parquet_file(path: str | os.PathLike[str], **options: Any) -> pq.ParquetFile:
    import pyarrow.parquet as pq

    return pq.ParquetFile(path, **options)


def json_module() -> Any:
    """``pyarrow.json``, imported on first use."""
    import pyarrow.json as pjson

    return pjson
