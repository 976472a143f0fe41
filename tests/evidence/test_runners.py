"""Runners against a real local HTTP server (127.0.0.1) and a real Python callable."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import numpy as np
import pytest

from recours.errors import RunnerError
from recours.evidence import evaluate
from recours.evidence.run import runner_spec
from recours.evidence.runners import case_rows, run_callable, run_endpoint
from recours.evidence.runners.http import read_journal
from recours.evidence.spec import Spec, parse_spec
from tests.local_http import QuietHandler, serving


class Model(QuietHandler):
    calls: ClassVar[Counter[str]] = Counter()
    lock: ClassVar[threading.Lock] = threading.Lock()

    def do_POST(self) -> None:
        payload = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        cid = str(payload["case"])
        with self.lock:
            self.calls[cid] += 1
            n = self.calls[cid]
        behaviour = payload.get("behaviour", "")
        if behaviour == "slow":
            time.sleep(1.0)
        if behaviour == "flaky" and n == 1:
            return self.send(503, b"busy")
        if behaviour == "garbage":
            return self.send(200, b"<html>oops</html>")
        if behaviour == "nofield":
            return self.send(200, b'{"result": 3}')
        return self.send(200, json.dumps({"score": float(payload["x"])}).encode())



@pytest.fixture
def server() -> Iterator[str]:
    Model.calls = Counter()
    with serving(Model) as base:
        yield f"{base}/predict"


def _test_set(tmp: Path, n: int = 40, behaviours: dict[int, str] | None = None) -> Spec:
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, n)
    x = np.round(np.clip(rng.normal(0.3 + 0.4 * y, 0.2), 0, 1), 3)
    lines = ["case,x,behaviour,label"]
    for i in range(n):
        lines.append(f"c{i},{x[i]},{(behaviours or {}).get(i, '')},{y[i]}")
    (tmp / "test.csv").write_text("\n".join(lines) + "\n")
    return parse_spec({
        "datasets": [{"id": "t", "path": "test.csv", "kind": "predictions",
                      "columns": {"label": "label", "id": "case", "score": "score",
                                  "latency_ms": "latency_ms", "status": "status"}}],
        "commitments": [
            {"id": "A", "metric": "auc", "comparator": ">=", "threshold": 0.6},
            {"id": "E", "metric": "service_error_rate", "comparator": "<=", "threshold": 0.2},
            {"id": "L", "metric": "latency_p95", "comparator": "<=", "threshold": 5000}],
    }, tmp / "spec.yaml")


def _rows(spec: Spec) -> list[tuple[str, dict[str, object], dict[str, object]]]:
    ds = spec.datasets[0]
    return list(case_rows(spec.data_path(ds), ds))


def test_endpoint_run_counts_errors_and_evaluates(server: str, tmp_path: Path) -> None:
    spec = _test_set(tmp_path, behaviours={1: "garbage", 2: "nofield", 3: "slow", 4: "flaky"})
    ds = spec.datasets[0]
    out = run_endpoint(server, _rows(spec), ds, tmp_path / "j.jsonl", timeout=0.5, retries=1,
                       concurrency=4)
    failed = {f.request_id: f.status for f in out.failures}
    assert failed == {"c1": "invalid_response", "c2": "invalid_response", "c3": "timeout"}
    assert Model.calls["c4"] == 2                    # retried once after 503, then answered
    assert Model.calls["c3"] == 2                    # timeout retried, then counted
    journal = [json.loads(x) for x in (tmp_path / "j.jsonl").read_text().splitlines()]
    assert {r["id"] for r in journal} == {f"c{i}" for i in range(40)}
    assert all({"request", "response", "latency_ms", "status"} <= set(r) for r in journal)
    res = evaluate(runner_spec(spec, ds, out), {"t": out.table})
    by = {r.commitment_id: r for r in res.results}
    assert by["E"].estimate == pytest.approx(3 / 40)
    assert by["A"].n == 37                          # quality metrics on answered cases only


def test_resume_does_not_resend_recorded_requests(server: str, tmp_path: Path) -> None:
    spec = _test_set(tmp_path)
    ds = spec.datasets[0]
    rows = _rows(spec)
    journal = tmp_path / "j.jsonl"
    run_endpoint(server, rows[:15], ds, journal)
    with journal.open("a") as f:
        f.write('{"id": "c20", "final": tr')      # torn line of an interrupted run
    out = run_endpoint(server, rows, ds, journal)
    assert out.resumed == 15 and out.table.num_rows == 40
    assert set(Model.calls.values()) == {1}
    assert len(read_journal(journal)) == 40


def test_endpoint_down_is_a_runner_error_naming_the_request(tmp_path: Path) -> None:
    spec = _test_set(tmp_path, n=5)
    with pytest.raises(RunnerError) as err:
        run_endpoint("http://127.0.0.1:9/predict", _rows(spec), spec.datasets[0],
                     tmp_path / "j.jsonl", retries=0, timeout=1)
    assert "request c" in (err.value.where or "")


def test_callable_runner(tmp_path: Path) -> None:
    spec = _test_set(tmp_path)
    (tmp_path / "model.py").write_text(
        "def predict(rows):\n    return [{'score': float(r['x'])} for r in rows]\n"
        "def short(rows):\n    return [0.5]\n"
        "def boom(rows):\n    raise RuntimeError('model crashed')\n")
    ds = spec.datasets[0]
    out = run_callable(f"{tmp_path / 'model.py'}:predict", _rows(spec), ds)
    assert out.table.num_rows == 40 and not out.failures
    res = evaluate(runner_spec(spec, ds, out), {"t": out.table})
    assert res.results[0].estimate is not None and res.results[0].estimate > 0.6
    with pytest.raises(RunnerError, match="returned 1 answers for 40"):
        run_callable(f"{tmp_path / 'model.py'}:short", _rows(spec), ds)
    with pytest.raises(RunnerError, match="model crashed") as err:
        run_callable(f"{tmp_path / 'model.py'}:boom", _rows(spec), ds)
    assert "requests c0..c39" in (err.value.where or "")
    with pytest.raises(RunnerError):
        run_callable("no_such_module_xyz:predict", _rows(spec), ds)


def test_cli_run_against_endpoint_records_journal_and_resumes(server: str, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    import shutil

    from typer.testing import CliRunner

    from recours.cli.main import app
    from recours.dossier import load_dossier
    from tests.conftest import ROOT

    monkeypatch.setenv("RECOURS_DATA_DIR", str(tmp_path / "data"))
    d = tmp_path / "case"
    (d / "data").mkdir(parents=True)
    shutil.copy(ROOT / "tests" / "dossier" / "fixtures" / "minimal.yaml", d / "dossier.yaml")
    rng = np.random.default_rng(4)
    y = rng.integers(0, 2, 60)
    x = np.round(np.clip(rng.normal(0.3 + 0.4 * y, 0.15), 0, 1), 3)
    rows = ["case,x,defaut"] + [f"k{i},{x[i]},{y[i]}" for i in range(60)]
    (d / "data" / "predictions.csv").write_text("\n".join(rows) + "\n")
    out = tmp_path / "bundle"
    args = ["evidence", "run", str(d / "dossier.yaml"), "--endpoint", server, "--out", str(out)]
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.output
    assert (out / "responses" / "journal.jsonl").is_file()
    assert (out / "responses" / "failures.json").read_text().strip() == "[]"
    run = load_dossier(d / "dossier.yaml").evidence_runs[0]
    assert run.results[0].n == int(y.sum())
    assert sum(Model.calls.values()) == 60
    # a second run into a new folder re-uses nothing: the journal belongs to its --out
    res2 = CliRunner().invoke(app, [*args[:-1], str(tmp_path / "bundle2")])
    assert res2.exit_code == 0 and sum(Model.calls.values()) == 120
