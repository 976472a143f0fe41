"""What runners share: test rows, parsing answers, the outcome table."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

import pyarrow as pa

from recours.evidence.data import DataSource, iter_batches
from recours.evidence.spec import SpecDataset

OUTPUT_ROLES = ("score", "prediction", "forecast", "latency_ms", "status")
TRUTH_ROLES = ("label", "actual")  # what the system must find: never sent to it
OK = "ok"


@dataclass
class Answer:
    request_id: str
    status: str                      # "ok", an HTTP status, "timeout", "error", "invalid_response"
    latency_ms: float | None
    score: float | None = None
    prediction: str | None = None
    error: str | None = None


@dataclass
class RunOutcome:
    """The predictions table (one row per test case) and what went wrong."""

    table: pa.Table
    journal: bytes
    failures: list[Answer] = field(default_factory=list)
    resumed: int = 0

    @property
    def sent(self) -> int:
        return int(self.table.num_rows)


def is_forecast(ds: SpecDataset) -> bool:
    """A forecasting test set: the truth is a number (``actual``), the answer a forecast."""
    return "actual" in ds.columns and "label" not in ds.columns


def answer_column(ds: SpecDataset) -> str:
    """The role under which a numeric answer is kept: ``forecast`` or ``score``."""
    return "forecast" if is_forecast(ds) else "score"


def json_value(value: Any) -> Any:
    """A value read from a test set as JSON can carry it: dates and times in ISO 8601
    (pandas or Arrow timestamps included), decimals as numbers, NaN as null."""
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return json_value(float(value))
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    if hasattr(value, "isoformat"):                  # pandas.Timestamp, numpy datetime
        return str(value.isoformat())
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def case_rows(source: DataSource, ds: SpecDataset
              ) -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(request id, payload, row) per test case: the payload is the row without the truth
    (label or actual value) and output columns (or the parsed JSON of the ``input`` column
    when mapped), every value JSON-ready."""
    exclude = {ds.columns[r] for r in (*OUTPUT_ROLES, *TRUTH_ROLES) if r in ds.columns}
    needed = [ds.columns[r] for r in TRUTH_ROLES if r in ds.columns]
    for batch in iter_batches(source, ds.format.value if ds.format else None, needed,
                              str(source)):
        for i, row in enumerate(batch.data.to_pylist()):
            rid = str(row[ds.columns["id"]]) if "id" in ds.columns else str(batch.offset + i + 1)
            if "input" in ds.columns:
                raw = row[ds.columns["input"]]
                payload = json.loads(raw) if isinstance(raw, str) else json_value(raw)
            else:
                payload = {k: json_value(v) for k, v in row.items() if k not in exclude}
            yield rid, payload, row


def parse_answer(request_id: str, body: Any, latency: float | None, score_field: str,
                 prediction_field: str) -> Answer:
    """An answer from a decoded body: a number (score), or an object with the fields."""
    score: float | None = None
    prediction: str | None = None
    if isinstance(body, bool):
        prediction = "1" if body else "0"
    elif isinstance(body, int | float):
        score = float(body)
    elif isinstance(body, dict):
        if score_field in body and isinstance(body[score_field], int | float) and not isinstance(
                body[score_field], bool):
            score = float(body[score_field])
        if prediction_field in body and body[prediction_field] is not None:
            prediction = str(body[prediction_field])
    if score is not None and not math.isfinite(score):
        score = None
    if score is None and prediction is None:
        shown = json.dumps(body, ensure_ascii=False)[:120] if body is not None else "∅"
        return Answer(request_id, "invalid_response", latency,
                      error=f"no '{score_field}' or '{prediction_field}' in answer: {shown}")
    return Answer(request_id, OK, latency, score, prediction)


KEEP_ROLES = ("label", "actual", "group", "timestamp", "period")


def outcome_table(ds: SpecDataset, rows: dict[str, dict[str, Any]], answers: dict[str, Answer],
                  keep: Iterable[str] = ()) -> pa.Table:
    """One row per test case in test-set order: the test set's label, group, time and slice
    columns, and the answers (score/prediction, latency, status) under the mapped names."""
    cols = ds.columns
    ids = list(rows)
    kept = [cols[r] for r in KEEP_ROLES if r in cols] + [k for k in keep if k not in cols.values()]
    data: dict[str, list[Any]] = {k: [rows[i].get(k) for i in ids] for k in kept}
    data.update({
        "request_id": ids,
        cols.get("latency_ms", "latency_ms"): [answers[i].latency_ms for i in ids],
        cols.get("status", "status"): [answers[i].status for i in ids],
        "__ok": ["true" if answers[i].status == OK else "false" for i in ids],
    })
    if any(answers[i].score is not None for i in ids):
        role = answer_column(ds)
        data[cols.get(role, role)] = [answers[i].score for i in ids]
    if any(answers[i].prediction is not None for i in ids):
        data[cols.get("prediction", "prediction")] = [answers[i].prediction for i in ids]
    return pa.table(data)
