"""Reading evidence data in one streaming pass: files (CSV, Parquet, JSON Lines), tables,
column mappings; bad input becomes a :class:`DataError` naming the row, column or value."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeAlias

import numpy as np
import pyarrow as pa
import pyarrow.csv as pcsv
from numpy.typing import NDArray

from recours.errors import DataError
from recours.evidence import kernels as pc
from recours.evidence import parquet
from recours.i18n import T

# Rows per batch: each accumulator's temporaries scale with it, and a short-lived process
# pays for every page it touches the first time (the kernel zeroes it): at 10 M rows,
# 256 Ki rows a batch instead of 1 Mi took the peak from ~370 to ~265 MB and saved ~0.1 s of
# system time, results identical (tests/evidence/test_batches.py).
BATCH_ROWS = 1 << 18
BLOCK_BYTES = 16 << 20
MAX_ROW_GROUP = 4 << 20
FLOAT_ROLES = frozenset({"score", "latency_ms", "actual", "forecast"})
TEXT_ROLES = frozenset({"label", "prediction", "group", "period", "status", "id"})

DataSource: TypeAlias = (str | os.PathLike[str] | pa.Table | pa.RecordBatch | Mapping[str, Sequence[Any]]
              | Iterable[pa.RecordBatch])


@dataclass
class Batch:
    """A batch of rows with its offset (number of data rows before it) and origin name."""

    data: pa.RecordBatch
    offset: int
    origin: str
    index: NDArray[np.int64] | None = None     # original row of each row, after a filter
    cache: dict[tuple[Any, ...], Any] = field(default_factory=dict)   # shared conversions

    def where(self, index: int, column: str | None = None) -> str:
        original = int(self.index[index]) if self.index is not None else index
        row = f"{self.origin} — ligne/row {self.offset + original + 1}"
        return f"{row}, colonne/column « {column} »" if column else row


def restrict(batch: Batch, mask: NDArray[np.bool_]) -> Batch:
    """The rows of ``batch`` where ``mask`` holds, remembering their original row numbers."""
    kept = np.flatnonzero(mask).astype(np.int64)
    base = batch.index[kept] if batch.index is not None else kept
    return Batch(batch.data.filter(pa.array(mask)), batch.offset, batch.origin, base)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _format(path: Path, declared: str | None) -> str:
    if declared:
        return declared
    suffix = path.suffix.lower().lstrip(".")
    return {"ndjson": "jsonl", "pq": "parquet"}.get(suffix, suffix)


def _file_batches(path: Path, fmt: str, columns: list[str]) -> Iterator[pa.RecordBatch]:
    if not path.is_file():
        raise DataError(T(f"fichier de données introuvable : {path}", f"data file not found: {path}"),
                        fix=T("vérifiez « path » du jeu de données", "check the dataset 'path'"))
    if path.stat().st_size == 0:
        raise DataError(T("le fichier de données est vide", "the data file is empty"),
                        where=str(path), fix=T("fournissez au moins une ligne de données",
                                               "provide at least one data row"))
    try:
        if fmt == "parquet":
            schema = parquet.read_schema(path)
            text_cols = [c for c in columns if c in schema.names and (
                pa.types.is_string(schema.field(c).type)
                or pa.types.is_large_string(schema.field(c).type))]
            pf = parquet.parquet_file(path, read_dictionary=text_cols)
            present = [c for c in columns if c in pf.schema_arrow.names]
            meta = pf.metadata
            groups = [meta.row_group(i).num_rows for i in range(meta.num_row_groups)]
            if groups and max(groups) <= MAX_ROW_GROUP:
                # whole row groups decode faster (columns in parallel) and stay bounded
                for i in range(meta.num_row_groups):
                    table = pf.read_row_group(i, columns=present or None)
                    yield from table.to_batches(max_chunksize=BATCH_ROWS)
            else:
                yield from pf.iter_batches(batch_size=BATCH_ROWS, columns=present or None)
        elif fmt == "csv":
            types = {c: pa.string() for c in columns}
            reader = pcsv.open_csv(path, read_options=pcsv.ReadOptions(block_size=BLOCK_BYTES),
                                   convert_options=pcsv.ConvertOptions(column_types=types))
            yield from reader
        elif fmt == "jsonl":
            pjson = parquet.json_module()
            yield from pjson.open_json(path, read_options=pjson.ReadOptions(
                block_size=BLOCK_BYTES))
        else:
            raise DataError(T(f"format de données inconnu : « {fmt} »", f"unknown data format: '{fmt}'"),
                            where=str(path), fix=T("csv, parquet ou jsonl", "csv, parquet or jsonl"))
    except (pa.ArrowInvalid, pa.ArrowTypeError, OSError) as exc:
        raise DataError(T(f"fichier de données illisible : {exc}", f"unreadable data file: {exc}"),
                        where=str(path),
                        fix=T("vérifiez que chaque ligne a le même nombre de champs et le format",
                              "check that every row has the same number of fields, and the format"),
                        ) from exc


def _mapping_table(data: Mapping[str, Sequence[Any]], origin: str) -> pa.Table:
    lengths = {k: len(v) for k, v in data.items()}
    if len(set(lengths.values())) > 1:
        detail = ", ".join(f"{k}={n}" for k, n in lengths.items())
        raise DataError(T(f"colonnes de longueurs différentes : {detail}",
                          f"columns of different lengths: {detail}"), where=origin,
                        fix=T("donnez le même nombre de valeurs à chaque colonne",
                              "give every column the same number of values"))
    return pa.table({k: list(v) if not isinstance(v, np.ndarray) else v for k, v in data.items()})


def prefetch(batches: Iterable[pa.RecordBatch], depth: int = 2) -> Iterator[pa.RecordBatch]:
    """Read the next batches in a background thread while the current one is processed
    (Arrow decoding releases the GIL); exceptions are re-raised in the caller."""
    import queue
    import threading

    q: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def work() -> None:
        try:
            for rb in batches:
                if stop.is_set():
                    return
                q.put(("batch", rb))
            q.put(("end", None))
        except BaseException as exc:          # handed over to the consumer
            q.put(("error", exc))

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    try:
        while True:
            kind, item = q.get()
            if kind == "end":
                return
            if kind == "error":
                raise item
            yield item
    finally:
        stop.set()
        while thread.is_alive():
            try:
                q.get_nowait()
            except queue.Empty:
                thread.join(0.01)


def iter_batches(source: DataSource, fmt: str | None, columns: list[str],
                 origin: str) -> Iterator[Batch]:
    """Batches of ``source`` with offsets; raises DataError for a missing column or no row."""
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        raw: Iterable[pa.RecordBatch] = prefetch(_file_batches(path, _format(path, fmt), columns))
    elif isinstance(source, pa.Table):
        raw = source.to_batches(max_chunksize=BATCH_ROWS)
    elif isinstance(source, pa.RecordBatch):
        raw = [source]
    elif isinstance(source, Mapping):
        raw = _mapping_table(source, origin).to_batches(max_chunksize=BATCH_ROWS)
    else:
        raw = source
    offset = 0
    for rb in raw:
        if offset == 0:
            check_columns(rb.schema.names, columns, origin)
        if rb.num_rows:
            yield Batch(rb, offset, origin)
        offset += rb.num_rows
    if offset == 0:
        raise DataError(T("aucune ligne de données", "no data row"), where=origin,
                        fix=T("fournissez un fichier avec au moins une ligne de données",
                              "provide a file with at least one data row"))


def check_columns(present: Sequence[str], needed: Iterable[str], origin: str) -> None:
    import difflib

    for col in needed:
        if col not in present:
            close = difflib.get_close_matches(col, list(present), n=1)
            hint = T(f" (vouliez-vous dire « {close[0]} » ?)", f" (did you mean '{close[0]}'?)") \
                if close else T("", "")
            raise DataError(T(f"colonne absente : « {col} »", f"missing column: '{col}'") + hint,
                            where=origin,
                            fix=T("colonnes présentes : " + ", ".join(present) +
                                  " ; corrigez « columns » dans la spécification",
                                  "columns present: " + ", ".join(present) +
                                  "; fix 'columns' in the specification"))


def first_true(mask: NDArray[np.bool_]) -> int | None:
    idx = np.flatnonzero(mask)
    return int(idx[0]) if idx.size else None


def no_missing(batch: Batch, column: str) -> pa.Array:
    """The column, after checking it has no null, NaN or empty value."""
    arr = batch.data.column(column)
    if pa.types.is_dictionary(arr.type):
        empty = pc.equal(pc.utf8_trim_whitespace(pc.cast(arr.dictionary, pa.string())), "")
        bad_codes = np.flatnonzero(empty.to_numpy(zero_copy_only=False))
        bad = pc.is_null(arr)
        if bad_codes.size:
            hit = pc.is_in(arr.indices, value_set=pa.array(bad_codes, arr.indices.type))
            bad = pc.or_kleene(bad, pc.fill_null(hit, False))
    elif pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type):
        bad = pc.or_kleene(pc.is_null(arr), pc.equal(pc.utf8_trim_whitespace(arr), ""))
    elif pa.types.is_floating(arr.type):
        bad = pc.is_null(arr, nan_is_null=True)
    else:
        bad = pc.is_null(arr)
    if pc.any(bad).as_py():
        i = first_true(bad.to_numpy(zero_copy_only=False))
        assert i is not None
        raise DataError(T("valeur manquante (vide ou NaN)", "missing value (empty or NaN)"),
                        where=batch.where(i, column),
                        fix=T("complétez la valeur ou retirez la ligne du jeu de test",
                              "fill the value or remove the row from the test set"))
    return arr


def floats(batch: Batch, column: str) -> NDArray[np.float64]:
    """A numeric column as float64, naming the first value that is not a number."""
    key = ("floats", column)
    if key not in batch.cache:
        batch.cache[key] = _floats(batch, column)
    out: NDArray[np.float64] = batch.cache[key]
    return out


def _floats(batch: Batch, column: str) -> NDArray[np.float64]:
    arr = no_missing(batch, column)
    if pa.types.is_dictionary(arr.type):          # Parquet text columns are read so
        arr = pc.cast(arr, arr.type.value_type)
    if not (pa.types.is_floating(arr.type) or pa.types.is_integer(arr.type)
            or pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)):
        raise DataError(T(f"nombre attendu, la colonne est de type {arr.type}",
                          f"number expected, the column has type {arr.type}"),
                        where=batch.where(0, column), fix=T(
                            "enregistrez la colonne en nombres (float ou entier)",
                            "store the column as numbers (float or integer)"))
    if pa.types.is_floating(arr.type) or pa.types.is_integer(arr.type):
        out: NDArray[np.float64] = np.asarray(arr.to_numpy(zero_copy_only=False), dtype=np.float64)
        return out
    try:
        cast = pc.cast(pc.utf8_trim_whitespace(arr), pa.float64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        values = arr.to_pylist()
        for i, v in enumerate(values):
            try:
                float(str(v))
            except ValueError:
                raise DataError(T(f"nombre attendu, trouvé « {v} »", f"number expected, found '{v}'"),
                                where=batch.where(i, column),
                                fix=T("corrigez la valeur", "fix the value")) from None
        raise
    res: NDArray[np.float64] = np.asarray(cast.to_numpy(zero_copy_only=False), dtype=np.float64)
    bad = ~np.isfinite(res)
    if bad.any():
        j = first_true(bad)
        assert j is not None
        raise DataError(T("valeur manquante (vide ou NaN)", "missing value (empty or NaN)"),
                        where=batch.where(j, column), fix=T("complétez la valeur",
                                                            "fill the value"))
    return res


def texts(batch: Batch, column: str) -> pa.Array:
    """A column as strings (integers as '1', booleans as 'true'/'false')."""
    arr = no_missing(batch, column)
    if pa.types.is_dictionary(arr.type):
        arr = pc.cast(arr, arr.type.value_type)
    if pa.types.is_string(arr.type):
        return pc.utf8_trim_whitespace(arr)
    if pa.types.is_floating(arr.type):
        values = arr.to_numpy(zero_copy_only=False)
        if np.all(values == np.round(values)):
            arr = pc.cast(arr, pa.int64())
    return pc.cast(arr, pa.string())


def codes(batch: Batch, column: str, labels: Sequence[str]) -> NDArray[np.int64]:
    """Indices of the column's values in the declared ``labels``; an unknown value is an error
    naming its row."""
    key = ("codes", column, tuple(labels))
    if key not in batch.cache:
        batch.cache[key] = _codes(batch, column, labels)
    out: NDArray[np.int64] = batch.cache[key]
    return out


def _codes(batch: Batch, column: str, labels: Sequence[str]) -> NDArray[np.int64]:
    arr = no_missing(batch, column)
    if pa.types.is_integer(arr.type) and list(labels) == [str(i) for i in range(len(labels))]:
        values = np.asarray(arr.to_numpy(zero_copy_only=False))   # labels 0..K-1: code = value
        if values.size and values.min() >= 0 and values.max() < len(labels):
            out_fast: NDArray[np.int64] = values.astype(np.int64)
            return out_fast
    if pa.types.is_integer(arr.type) and all(_is_int(x) for x in labels):
        idx = pc.index_in(arr, value_set=pa.array([int(x) for x in labels], type=arr.type))
    elif pa.types.is_boolean(arr.type) and set(labels) <= {"0", "1", "true", "false"}:
        as_text = pc.if_else(arr, "1" if "1" in labels else "true", "0" if "0" in labels else "false")
        idx = pc.index_in(as_text, value_set=pa.array(list(labels)))
    else:
        arr = texts(batch, column)
        idx = pc.index_in(arr, value_set=pa.array(list(labels)))
        if idx.null_count and all(_is_int(x) for x in labels):
            idx = pc.index_in(integral_text(arr, labels), value_set=pa.array(list(labels)))
    if idx.null_count:
        i = first_true(idx.is_null().to_numpy(zero_copy_only=False))
        assert i is not None
        value = batch.data.column(column)[i].as_py()
        raise DataError(
            T(f"valeur « {value} » hors de l'ensemble déclaré {list(labels)}",
              f"value '{value}' outside the declared set {list(labels)}"),
            where=batch.where(i, column),
            fix=T("corrigez la valeur ou déclarez-la dans « labels » du jeu de données",
                  "fix the value or declare it in the dataset's 'labels'"))
    out: NDArray[np.int64] = idx.to_numpy(zero_copy_only=False).astype(np.int64)
    return out


def integral_text(arr: pa.Array, labels: Sequence[str]) -> pa.Array:
    """Integer labels read as text the way a numeric column reads them, so that CSV and
    Parquet follow one rule: ``1.0`` is the label ``1`` (as a float 1.0 is), ``true``/``false``
    are ``1``/``0`` when those are the labels (as booleans are); ``0.5`` stays unknown."""
    out = pc.replace_substring_regex(arr, pattern=r"^([+-]?\d+)\.0*$", replacement=r"\1")
    out = pc.replace_substring_regex(out, pattern=r"^\+", replacement="")
    if set(labels) >= {"0", "1"}:
        lower = pc.utf8_lower(out)
        out = pc.if_else(pc.equal(lower, "true"), "1", pc.if_else(pc.equal(lower, "false"), "0",
                                                                 out))
    return out


def _is_int(text: str) -> bool:
    try:
        int(text)
    except ValueError:
        return False
    return True


def group_values(batch: Batch, column: str) -> pa.Array:
    """Group labels, kept dictionary-encoded when the file gives them so (no string copy)."""
    arr = no_missing(batch, column)
    if pa.types.is_dictionary(arr.type):
        return arr
    return texts(batch, column)
