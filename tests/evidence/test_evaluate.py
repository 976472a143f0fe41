"""evaluate(spec, data): values against direct computations, formats, windows, verdicts."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pcsv
import pyarrow.parquet as pq
import pytest
from sklearn.metrics import roc_auc_score

from recours.dossier import Verdict
from recours.evidence import evaluate
from recours.evidence.spec import parse_spec
from tests.evidence.helpers import c, credit_spec, credit_table


def test_values_match_direct_computation(tmp_path: Path) -> None:
    t = credit_table()
    spec = credit_spec(tmp_path, [
        c("C1", "recall", ">=", 0.7, cutoff=0.5), c("C2", "auc", ">=", 0.8),
        c("C3", "latency_p95", "<=", 300), c("C4", "service_error_rate", "<=", 0.02),
        c("C5", "selection_rate_gap", "<=", 0.1, cutoff=0.5)])
    r = {x.commitment_id: x for x in evaluate(spec, t).results}
    y, s = t["defaut"].to_numpy(), t["score"].to_numpy()
    pred = s >= 0.5
    assert r["C1"].estimate == pytest.approx((pred & (y == 1)).sum() / (y == 1).sum())
    assert r["C1"].n == (y == 1).sum()
    assert r["C2"].estimate == pytest.approx(roc_auc_score(y, s))
    lat = t["latence"].to_numpy()
    assert r["C3"].estimate == pytest.approx(np.quantile(lat, 0.95, method="inverted_cdf"))
    assert r["C4"].estimate == pytest.approx((t["statut"].to_numpy() >= 500).mean())
    g = t["age"].to_numpy()
    rates = [pred[g == k].mean() for k in ("moins_de_40", "40_et_plus")]
    assert r["C5"].estimate == pytest.approx(abs(rates[0] - rates[1]))
    for x in r.values():
        assert x.p_adjusted is not None and x.p_value is not None
        assert x.p_adjusted >= x.p_value - 1e-15
        assert x.verdict is Verdict.CONFORMITY


def test_breach_and_inconclusive_verdicts(tmp_path: Path) -> None:
    spec = credit_spec(tmp_path, [
        c("C1", "recall", ">=", 0.95, cutoff=0.5),      # far above the truth: breach
        c("C2", "recall", ">=", 0.835, cutoff=0.5)])    # at the estimate: inconclusive
    r = evaluate(spec, credit_table()).results
    assert [x.verdict for x in r] == [Verdict.BREACH, Verdict.INCONCLUSIVE]


def test_same_results_from_csv_parquet_jsonl(tmp_path: Path) -> None:
    t = credit_table(800).drop_columns(["horodatage"])
    pq.write_table(t, tmp_path / "d.parquet")
    pcsv.write_csv(t, tmp_path / "d.csv")
    with (tmp_path / "d.jsonl").open("w") as f:
        for row in t.to_pylist():
            f.write(json.dumps(row) + "\n")
    cs = [c("C1", "f1", ">=", 0.7, cutoff=0.5), c("C2", "auc", ">=", 0.8),
          c("C3", "latency_p99", "<=", 400)]
    out = []
    for name in ("d.parquet", "d.csv", "d.jsonl"):
        spec = credit_spec(tmp_path, cs)
        spec.datasets[0].path = name
        res = evaluate(spec)
        assert res.datasets[0].rows == 800 and res.datasets[0].sha256
        out.append([(x.estimate, x.lower, x.upper, x.p_value) for x in res.results])
    assert out[0] == out[1] == out[2]


def test_monthly_windows(tmp_path: Path) -> None:
    spec = credit_spec(tmp_path, [c("C1", "accuracy", ">=", 0.8, cutoff=0.5, window="monthly")])
    r = evaluate(spec, credit_table()).results
    assert [x.window for x in r] == ["2026-01", "2026-02", "2026-03"]
    assert sum(x.n for x in r) == 3000


def test_same_seed_same_results(tmp_path: Path) -> None:
    spec = credit_spec(tmp_path, [c("C1", "f1", ">=", 0.75, cutoff=0.5)])
    a = evaluate(spec, credit_table()).results[0]
    b = evaluate(spec, credit_table()).results[0]
    assert (a.lower, a.upper, a.p_value) == (b.lower, b.upper, b.p_value)


def _reg_spec(tmp_path: Path, metric: str, threshold: float) -> object:
    return parse_spec({
        "datasets": [{"id": "prev", "path": "x.csv", "kind": "predictions",
                      "columns": {"actual": "reel", "forecast": "prevu", "period": "semaine"}}],
        "commitments": [{"id": "R1", "metric": metric, "comparator": "<=",
                         "threshold": threshold, "window": "weekly"}],
    }, tmp_path / "spec.yaml")


@pytest.mark.parametrize("metric", ["mae", "rmse", "wape", "bias", "smape", "mape"])
def test_regression_metrics_per_period(tmp_path: Path, metric: str) -> None:
    rng = np.random.default_rng(3)
    a = rng.uniform(50, 150, 600)
    f = a + rng.normal(2, 10, 600)
    week = np.repeat(["2026-W01", "2026-W02", "2026-W03"], 200)
    spec = _reg_spec(tmp_path, metric, 0.2)
    r = evaluate(spec, {"reel": a, "prevu": f, "semaine": week}).results  # type: ignore[arg-type]
    assert [x.window for x in r] == ["2026-W01", "2026-W02", "2026-W03"]
    e, aa, ff = (f - a)[:200], a[:200], f[:200]
    expected = {"mae": np.abs(e).mean(), "rmse": np.sqrt((e**2).mean()),
                "wape": np.abs(e).sum() / aa.sum(), "bias": e.mean(),
                "smape": (2 * np.abs(e) / (aa + np.abs(ff))).mean(),
                "mape": (np.abs(e) / aa).mean()}[metric]
    assert r[0].estimate == pytest.approx(expected)
    assert r[0].lower is not None and r[0].upper is not None
    assert r[0].lower <= expected <= r[0].upper


def test_availability_from_probes_excludes_planned(tmp_path: Path) -> None:
    spec = parse_spec({
        "datasets": [{"id": "sondes", "path": "p.csv", "kind": "probes",
                      "columns": {"up": "ok", "planned": "maintenance", "timestamp": "t"}}],
        "commitments": [{"id": "A1", "metric": "availability", "comparator": ">=",
                         "threshold": 0.99, "window": "monthly"}],
    }, tmp_path / "spec.yaml")
    n = 2000
    up = np.ones(n, dtype=bool)
    up[:60] = False                          # 60 failures in January...
    planned = np.zeros(n, dtype=bool)
    planned[:40] = True                      # ...of which 40 during planned maintenance
    t = np.where(np.arange(n) < 1000, "2026-01-15T10:00:00", "2026-02-15T10:00:00")
    r = evaluate(spec, {"ok": up, "maintenance": planned, "t": t}).results
    assert [x.window for x in r] == ["2026-01", "2026-02"]
    assert r[0].estimate == pytest.approx(940 / 960) and r[0].n == 960
    assert r[1].estimate == 1.0


def test_availability_from_incident_log(tmp_path: Path) -> None:
    spec = parse_spec({
        "datasets": [{"id": "inc", "path": "i.csv", "kind": "incidents",
                      "columns": {"start": "debut", "end": "fin", "planned": "prevu"},
                      "observed_from": "2026-01-01T00:00:00", "observed_to": "2026-03-01T00:00:00"}],
        "commitments": [{"id": "A1", "metric": "availability", "comparator": ">=",
                         "threshold": 0.999, "window": "monthly"}],
    }, tmp_path / "spec.yaml")
    data = pa.table({"debut": ["2026-01-10T00:00:00", "2026-02-03T00:00:00"],
                     "fin": ["2026-01-10T02:00:00", "2026-02-03T10:00:00"],
                     "prevu": [False, True]})
    r = evaluate(spec, data).results
    assert [x.window for x in r] == ["2026-01", "2026-02"]
    assert r[0].estimate == pytest.approx(1 - 2 / (31 * 24))
    assert r[0].verdict is Verdict.BREACH          # 2 h down > 0.1 % of January
    assert r[1].estimate == 1.0 and r[1].verdict is Verdict.CONFORMITY


def test_multiclass_macro_and_one_vs_rest(tmp_path: Path) -> None:
    rng = np.random.default_rng(9)
    y = rng.choice(["a", "b", "c"], 900)
    p = np.where(rng.random(900) < 0.8, y, rng.choice(["a", "b", "c"], 900))
    spec = parse_spec({
        "datasets": [{"id": "m", "path": "m.csv", "kind": "predictions", "labels": ["a", "b", "c"],
                      "columns": {"label": "y", "prediction": "p"}}],
        "commitments": [
            {"id": "M1", "metric": "accuracy", "comparator": ">=", "threshold": 0.8},
            {"id": "M2", "metric": "recall", "comparator": ">=", "threshold": 0.8},
            {"id": "M3", "metric": "precision", "comparator": ">=", "threshold": 0.8,
             "positive_label": "b"}],
    }, tmp_path / "spec.yaml")
    r = evaluate(spec, {"y": y, "p": p}).results
    assert r[0].estimate == pytest.approx((y == p).mean())
    recalls = [((p == k) & (y == k)).sum() / (y == k).sum() for k in "abc"]
    assert r[1].estimate == pytest.approx(np.mean(recalls))
    assert r[1].method.startswith("multinomial_bootstrap")
    assert r[2].estimate == pytest.approx(((p == "b") & (y == "b")).sum() / (p == "b").sum())
    assert r[2].method == "clopper_pearson"


@pytest.mark.parametrize("decimals", [None, 0, 1, 4])
def test_distinct_counts_linear_and_sorting_paths_agree(decimals: int | None) -> None:
    from recours.evidence.accumulate import distinct_counts
    rng = np.random.default_rng(11)
    v = rng.lognormal(1, 1, 5000)
    if decimals is not None:
        v = np.round(v, decimals)
    y = (rng.random(5000) < 0.3).astype(np.int64)
    values, counts = distinct_counts(v, y, 2)
    ref_v = np.unique(v)
    assert np.array_equal(values, ref_v)
    assert np.array_equal(counts[1], [int(y[v == x].sum()) for x in ref_v])
    assert counts.sum() == 5000
    values1, counts1 = distinct_counts(v, None, 1)
    assert np.array_equal(values1, ref_v) and counts1.sum() == 5000


def test_spec_level_applies_to_commitments_without_their_own(tmp_path: Path) -> None:
    spec = credit_spec(tmp_path, [c("C1", "recall", ">=", 0.7, cutoff=0.5),
                                  c("C2", "recall", ">=", 0.7, cutoff=0.5, level=0.9)],
                       level=0.99)
    assert [x.level for x in spec.commitments] == [0.99, 0.9]
    r = evaluate(spec, credit_table(500)).results
    assert r[0].level == 0.99 and r[1].level == 0.9
    assert r[0].upper is not None and r[1].upper is not None and r[0].upper > r[1].upper


def test_results_do_not_depend_on_batch_boundaries(tmp_path: Path) -> None:
    """Small batches (many chunks, compactions, keys appearing late) = one big batch."""
    t = credit_table(2000)
    spec = credit_spec(tmp_path, [
        c("C1", "f1", ">=", 0.7, cutoff=0.5), c("C2", "auc", ">=", 0.8),
        c("C3", "latency_p95", "<=", 300, window="monthly"),
        c("C4", "equal_opportunity_gap", "<=", 0.1, cutoff=0.5),
        c("C5", "ece", "<=", 0.1), c("C6", "service_error_rate", "<=", 0.02)])
    whole = evaluate(spec, t).results
    small = evaluate(spec, t.to_batches(max_chunksize=37)).results
    assert [(r.window, r.n, r.verdict) for r in whole] == [
        (r.window, r.n, r.verdict) for r in small]
    for a, b in zip(whole, small, strict=True):     # float sums may differ in the last bit
        assert (a.estimate, a.lower, a.upper, a.p_value) == pytest.approx(
            (b.estimate, b.lower, b.upper, b.p_value), rel=1e-12)
