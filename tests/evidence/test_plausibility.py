"""Plausibility: bad data or numbers that used to be accepted silently (issue 16) now give a
clear French error naming where, or a warning recorded in the bundle."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.csv as pcsv
import pyarrow.parquet as pq
import pytest

from recours.errors import DataError, SpecError
from recours.evidence import evaluate
from recours.evidence.bundle import write_bundle
from recours.evidence.spec import Spec, parse_spec


def _spec(tmp: Path, commitment: dict[str, Any], columns: dict[str, str] | None = None,
          path: str = "d.parquet", **dataset: Any) -> Spec:
    base = {"id": "C1", "metric": "recall", "comparator": ">=", "threshold": 0.7,
            "dataset": "tests", "cutoff": 0.5}
    return parse_spec({"seed": 1, "resamples": 200, "datasets": [{
        "id": "tests", "path": path, "kind": "predictions",
        "columns": columns or {"label": "y", "score": "s"}, **dataset}],
        "commitments": [{**base, **commitment}]}, tmp / "spec.yaml")


def _table(n: int = 300, scale: float = 1.0) -> pa.Table:
    rng = np.random.default_rng(3)
    y = (rng.random(n) < 0.4).astype(np.int64)
    s = np.clip(rng.normal(0.35 + 0.3 * y, 0.15), 0, 1).round(3) * scale
    return pa.table({"y": y, "s": s, "id": [f"c{i}" for i in range(n)]})


@pytest.mark.parametrize("bad", [1.7, -0.2])
def test_score_outside_declared_range_names_the_row(tmp_path: Path, bad: float) -> None:
    t = _table()
    s = t.column("s").to_numpy().copy()
    s[41] = bad
    t = t.set_column(1, "s", pa.array(s))
    with pytest.raises(DataError) as exc:
        evaluate(_spec(tmp_path, {}), t)
    text = exc.value.render("fr")
    assert f"score {bad:g} hors de l'étendue déclarée [0 ; 1]" in text and "ligne/row 42" in text


def test_percent_scaled_scores_against_a_unit_cutoff_are_named(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="percentages") as exc:
        evaluate(_spec(tmp_path, {"cutoff": 0.35}), _table(scale=100.0))
    assert "pourcentage" in exc.value.render("fr")


def test_declared_score_range_accepts_percent_scores(tmp_path: Path) -> None:
    spec = _spec(tmp_path, {"cutoff": 50}, score_range=[0, 100])
    res = evaluate(spec, _table(scale=100.0))
    assert res.results[0].estimate is not None and not res.datasets[0].warnings


@pytest.mark.parametrize(("threshold", "expected"), [
    (1.5, "seuil 1.5 hors de l'étendue de rappel (sensibilité) [0 ; 1]"),
    (-1.0, "seuil -1 hors de l'étendue de rappel (sensibilité) [0 ; 1]"),
    (math.nan, "seuil non numérique"),
    (95.0, "écrivez 0.95"),
])
def test_threshold_outside_the_metric_range_is_refused(tmp_path: Path, threshold: float,
                                                       expected: str) -> None:
    with pytest.raises(SpecError) as exc:
        _spec(tmp_path, {"threshold": threshold})
    assert expected in exc.value.render("fr") and "commitments[0].threshold" in exc.value.render()


def test_cutoff_outside_the_score_range_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as exc:
        _spec(tmp_path, {"cutoff": 15})
    assert "seuil de décision (cutoff) 15 hors de l'étendue déclarée des scores" in \
        exc.value.render("fr")


def test_cutoff_putting_every_row_on_one_side_is_a_warning_in_the_bundle(tmp_path: Path) -> None:
    spec = _spec(tmp_path, {"cutoff": 0.999})
    res = evaluate(spec, _table())
    (warning,) = res.datasets[0].warnings
    assert "toutes les lignes sont classées négatifs" in warning["fr"]
    info = write_bundle(tmp_path / "b", spec, res, run_at=datetime(2026, 12, 1, tzinfo=UTC),
                        key_path=tmp_path / "k.pem")
    assert "toutes les lignes sont classées négatifs" in (info.folder / "results.json").read_text()
    assert "⚠ tests" in (info.folder / "report" / "report.md").read_text()


def test_duplicated_ids_with_the_id_role_are_refused(tmp_path: Path) -> None:
    t = _table(1000)
    ids = [f"c{i % 500}" for i in range(1000)]          # 500 ids, each twice
    t = t.set_column(2, "id", pa.array(ids))
    spec = _spec(tmp_path, {}, columns={"label": "y", "score": "s", "id": "id"})
    with pytest.raises(DataError) as exc:
        evaluate(spec, t)
    assert "500 identifiants en double dans la colonne « id » (500 lignes répétées" in \
        exc.value.render("fr")
    unique = evaluate(spec, _table(1000))
    assert unique.results[0].n > 0


def test_parquet_score_stored_as_text_is_read_or_named(tmp_path: Path) -> None:
    t = _table()
    as_text = pa.table({"y": t.column("y"), "s": pa.array([str(v) for v in t.column("s")
                                                           .to_pylist()])})
    pq.write_table(as_text, tmp_path / "d.parquet")
    res = evaluate(_spec(tmp_path, {}), tmp_path / "d.parquet")
    assert res.results[0].estimate == evaluate(_spec(tmp_path, {}), t).results[0].estimate
    bad = as_text.set_column(1, "s", pa.array(["0.4"] * 10 + ["élevé"] + ["0.3"] * 289))
    pq.write_table(bad, tmp_path / "d.parquet")
    with pytest.raises(DataError) as exc:
        evaluate(_spec(tmp_path, {}), tmp_path / "d.parquet")
    assert "nombre attendu, trouvé « élevé »" in exc.value.render("fr") and "ligne/row 11" in \
        exc.value.render("fr")


@pytest.mark.parametrize(("labels", "accepted"), [
    (["0.0", "1.0"], True), (["0", "1"], True), (["false", "true"], True),
    (["0.5", "1.0"], False),
])
def test_one_label_typing_rule_for_csv_and_parquet(tmp_path: Path, labels: list[str],
                                                   accepted: bool) -> None:
    n = 200
    t = _table(n)
    text = [labels[v] for v in t.column("y").to_pylist()]
    numeric: pa.Array = pa.array([v == "true" for v in text]) if labels[0] == "false" else \
        pa.array([float(v) for v in text])
    pcsv.write_csv(pa.table({"y": text, "s": t.column("s")}), tmp_path / "d.csv")
    pq.write_table(pa.table({"y": numeric, "s": t.column("s")}), tmp_path / "d.parquet")
    outcomes = []
    for path in ("d.csv", "d.parquet"):
        spec = _spec(tmp_path, {}, path=path)
        try:
            outcomes.append(evaluate(spec, tmp_path / path).results[0].estimate)
        except DataError as exc:
            assert "hors de l'ensemble déclaré" in exc.render("fr")
            outcomes.append(None)
    assert outcomes[0] == outcomes[1]
    assert (outcomes[0] is not None) is accepted
