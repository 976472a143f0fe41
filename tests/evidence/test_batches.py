"""The results do not depend on how the rows are cut into batches: the same file evaluated
with batches of 2^20, 2^18 and 2^10 rows gives the same results, to the last bit."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from recours.evidence import data, evaluate

ROOT = Path(__file__).resolve().parents[2]


def test_batch_size_changes_no_result(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import evidence as bench  # bench/evidence.py: its data and its 12 commitments
    finally:
        sys.path.remove(str(ROOT / "bench"))
        sys.modules.pop("evidence", None)
    path = tmp_path / "log.parquet"
    bench.generate(path, 20_000)
    spec = bench.spec_for(path, 200)
    seen = set()
    for rows in (1 << 20, 1 << 18, 1 << 10):
        monkeypatch.setattr(data, "BATCH_ROWS", rows)
        seen.add(json.dumps(evaluate(spec).model_dump(mode="json"), sort_keys=True))
    assert len(seen) == 1
