"""Bad input: a clear error naming the file, row, column or field; no partial result."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from recours.errors import DataError, SpecError
from recours.evidence import evaluate, load_spec
from tests.evidence.helpers import c, credit_spec, credit_table


def _spec(tmp_path: Path, **kw: object) -> object:
    return credit_spec(tmp_path, [c("C1", "recall", ">=", 0.7, cutoff=0.5, **kw)])


def test_missing_column_names_it_and_suggests(tmp_path: Path) -> None:
    t = credit_table(100).rename_columns(["defauts", "score", "age", "latence", "horodatage",
                                          "statut"])
    with pytest.raises(DataError) as err:
        evaluate(_spec(tmp_path), t)  # type: ignore[arg-type]
    assert "defaut" in err.value.render("fr") and "defauts" in err.value.render("en")


def test_label_outside_declared_set_names_row(tmp_path: Path) -> None:
    t = credit_table(100)
    y = t["defaut"].to_numpy().copy()
    y[41] = 2
    t = t.set_column(0, "defaut", pa.array(y))
    with pytest.raises(DataError) as err:
        evaluate(_spec(tmp_path), t)  # type: ignore[arg-type]
    assert "ligne/row 42" in (err.value.where or "")
    assert "defaut" in (err.value.where or "")
    assert "'2'" in err.value.render("en")


def test_nan_score_names_row_and_column(tmp_path: Path) -> None:
    t = credit_table(100)
    s = t["score"].to_numpy().copy()
    s[7] = np.nan
    t = t.set_column(1, "score", pa.array(s))
    with pytest.raises(DataError) as err:
        evaluate(_spec(tmp_path), t)  # type: ignore[arg-type]
    assert "ligne/row 8" in (err.value.where or "") and "score" in (err.value.where or "")


def test_empty_value_in_csv_names_row(tmp_path: Path) -> None:
    (tmp_path / "d.csv").write_text("defaut,score\n1,0.9\n0,\n1,0.7\n")
    spec = credit_spec(tmp_path, [c("C1", "recall", ">=", 0.7, cutoff=0.5)])
    spec.datasets[0].path = "d.csv"
    spec.datasets[0].columns = {"label": "defaut", "score": "score"}
    with pytest.raises(DataError) as err:
        evaluate(spec)  # type: ignore[arg-type]
    assert "ligne/row 2" in (err.value.where or "")


def test_empty_file_and_header_only(tmp_path: Path) -> None:
    spec = credit_spec(tmp_path, [c("C1", "recall", ">=", 0.7, cutoff=0.5)])
    spec.datasets[0].columns = {"label": "defaut", "score": "score"}
    spec.datasets[0].path = "empty.csv"
    (tmp_path / "empty.csv").write_text("")
    with pytest.raises(DataError, match="empty"):
        evaluate(spec)
    (tmp_path / "empty.csv").write_text("defaut,score\n")
    with pytest.raises(DataError, match="no data row"):
        evaluate(spec)


def test_ragged_csv_row_is_reported(tmp_path: Path) -> None:
    (tmp_path / "d.csv").write_text("defaut,score\n1,0.9\n0,0.2,extra\n")
    spec = credit_spec(tmp_path, [c("C1", "recall", ">=", 0.7, cutoff=0.5)])
    spec.datasets[0].path = "d.csv"
    spec.datasets[0].columns = {"label": "defaut", "score": "score"}
    with pytest.raises(DataError) as err:
        evaluate(spec)
    assert "d.csv" in (err.value.where or "")


def test_mismatched_lengths(tmp_path: Path) -> None:
    spec = credit_spec(tmp_path, [c("C1", "recall", ">=", 0.7, cutoff=0.5)])
    with pytest.raises(DataError, match="different lengths"):
        evaluate(spec, {"defaut": [1, 0, 1], "score": [0.2, 0.4]})


def test_non_numeric_score(tmp_path: Path) -> None:
    spec = credit_spec(tmp_path, [c("C1", "recall", ">=", 0.7, cutoff=0.5)])
    with pytest.raises(DataError) as err:
        evaluate(spec, {"defaut": ["1", "0"], "score": ["0.2", "élevé"]})
    assert "ligne/row 2" in (err.value.where or "") and "élevé" in err.value.render("fr")


def test_mape_with_zero_actual(tmp_path: Path) -> None:
    from recours.evidence.spec import parse_spec
    spec = parse_spec({"datasets": [{"id": "p", "path": "p.csv", "kind": "predictions",
                                     "columns": {"actual": "a", "forecast": "f"}}],
                       "commitments": [{"id": "R", "metric": "mape", "comparator": "<=",
                                        "threshold": 0.1}]}, tmp_path / "s.yaml")
    with pytest.raises(DataError) as err:
        evaluate(spec, {"a": [1.0, 0.0, 2.0], "f": [1.1, 0.1, 2.0]})
    assert "ligne/row 2" in (err.value.where or "")


def test_missing_file(tmp_path: Path) -> None:
    spec = credit_spec(tmp_path, [c("C1", "recall", ">=", 0.7, cutoff=0.5)])
    with pytest.raises(DataError, match="not found"):
        evaluate(spec)


SPEC_BAD_METRIC = """\
seed: 1
datasets:
  - id: tests
    path: d.parquet
    kind: predictions
    columns: {label: y, score: s}
commitments:
  - id: C1
    metric: recal
    comparator: ">="
    threshold: 0.7
"""


def test_spec_error_names_file_line_field(tmp_path: Path) -> None:
    f = tmp_path / "spec.yaml"
    f.write_text(SPEC_BAD_METRIC)
    with pytest.raises(SpecError) as err:
        load_spec(f)
    assert f"{f}:9: commitments[0].metric" in (err.value.where or "")


def test_spec_missing_role_and_unknown_dataset(tmp_path: Path) -> None:
    f = tmp_path / "spec.yaml"
    f.write_text(SPEC_BAD_METRIC.replace("recal", "latency_p95"))
    with pytest.raises(SpecError) as err:
        load_spec(f)
    assert "latency_ms" in err.value.render("en") and ":9:" in (err.value.where or "")
    f.write_text(SPEC_BAD_METRIC.replace("recal", "recall") + "    dataset: autre\n")
    with pytest.raises(SpecError) as err:
        load_spec(f)
    assert ":12: commitments[0].dataset" in (err.value.where or "")


def test_spec_unreadable_yaml(tmp_path: Path) -> None:
    f = tmp_path / "spec.yaml"
    f.write_text("commitments: [\n  - id: C1\n")
    with pytest.raises(SpecError):
        load_spec(f)


def test_parquet_round_trip_error_free(tmp_path: Path) -> None:
    pq.write_table(credit_table(300), tmp_path / "data.parquet")
    res = evaluate(_spec(tmp_path))  # type: ignore[arg-type]
    assert res.datasets[0].rows == 300
