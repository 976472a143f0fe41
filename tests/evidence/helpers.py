"""Small synthetic data and specs for the evidence tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from recours.evidence.spec import Spec, parse_spec


def credit_table(n: int = 3000, seed: int = 1) -> pa.Table:
    """Scores with a known quality, two age groups, latencies, timestamps over 3 months."""
    rng = np.random.default_rng(seed)
    y = (rng.random(n) < 0.3).astype(np.int64)
    score = np.clip(rng.normal(0.35 + 0.3 * y, 0.15), 0, 1).round(4)
    group = np.where(rng.random(n) < 0.6, "moins_de_40", "40_et_plus")
    latency = rng.lognormal(5, 0.4, n).round(1)
    ts = np.datetime64("2026-01-01T00:00") + rng.integers(0, 90 * 24 * 60, n).astype(
        "timedelta64[m]")
    status = np.where(rng.random(n) < 0.01, 503, 200)
    return pa.table({"defaut": y, "score": score, "age": group, "latence": latency,
                     "horodatage": pa.array(ts.astype("datetime64[us]")), "statut": status})


def credit_spec(tmp: Path, commitments: list[dict[str, Any]], **top: Any) -> Spec:
    data = {
        "seed": 7, "resamples": 2000,
        "datasets": [{"id": "tests", "path": "data.parquet", "kind": "predictions",
                      "columns": {"label": "defaut", "score": "score", "group": "age",
                                  "latency_ms": "latence", "timestamp": "horodatage",
                                  "status": "statut"}}],
        "commitments": commitments, **top,
    }
    return parse_spec(data, tmp / "spec.yaml")


def c(cid: str, metric: str, comparator: str, threshold: float, **kw: Any) -> dict[str, Any]:
    return {"id": cid, "metric": metric, "comparator": comparator, "threshold": threshold,
            "dataset": "tests", **kw}
