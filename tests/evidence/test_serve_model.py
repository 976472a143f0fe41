"""Endpoint runs on every bundled example against ``recours evidence serve-model`` (a real
HTTP server on 127.0.0.1): the verdicts equal those of the run on the file."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from recours.cli.main import app
from recours.errors import RunnerError
from recours.evidence.model_server import ModelServer, replay_model, serving
from recours.evidence.run import resolve_spec, target_dataset
from recours.evidence.runners import case_rows
from tests.evidence.small_examples import EXAMPLES, small_copy


def _results(bundle: Path) -> dict[tuple[str, str | None, str | None], dict[str, object]]:
    data = json.loads((bundle / "results.json").read_text(encoding="utf-8"))
    return {(r["commitment_id"], r.get("window"), r.get("group")): r for r in data["results"]}


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_each_example_runs_against_the_local_endpoint_from_the_cli(
        name: str, tmp_path: Path) -> None:
    dossier, _ = small_copy(name, tmp_path)
    key = ["--key", str(tmp_path / "key.pem")]
    runner = CliRunner()
    by_file = runner.invoke(app, ["evidence", "run", str(dossier), "--out",
                                  str(tmp_path / "file"), "--no-dossier-update", *key])
    assert by_file.exit_code == 0, by_file.output
    with serving(dossier) as url:
        assert url.startswith("http://127.0.0.1:")
        by_endpoint = runner.invoke(app, ["evidence", "run", str(dossier), "--out",
                                          str(tmp_path / "http"), "--endpoint", url, *key])
    assert by_endpoint.exit_code == 0, by_endpoint.output
    assert "Traceback" not in by_endpoint.output and "requêtes en échec" not in by_endpoint.output
    expected, found = _results(tmp_path / "file"), _results(tmp_path / "http")
    assert found.keys() == expected.keys()
    _, spec = resolve_spec(dossier, None)
    target = target_dataset(spec).id
    asked = {c.id for c in spec.commitments if spec.dataset(c.dataset).id == target}
    compared = 0
    for key_, result in found.items():
        if key_[0] in asked and result["metric"] not in ("latency_p95", "service_error_rate"):
            assert result["estimate"] == pytest.approx(expected[key_]["estimate"]), key_
            assert result["verdict"] == expected[key_]["verdict"], key_
            compared += 1
    assert compared >= 2
    journal = (tmp_path / "http" / "responses" / "journal.jsonl")
    sent = [json.loads(line) for line in journal.read_text(encoding="utf-8").splitlines()]
    assert len({r["id"] for r in sent if r["final"]}) == 600
    assert "run-" in dossier.read_text(encoding="utf-8")  # recorded in the dossier


def test_payloads_are_json_ready_and_never_hold_the_truth() -> None:
    for name, dossier in EXAMPLES.items():
        _, spec = resolve_spec(dossier, None)
        ds = target_dataset(spec)
        _rid, payload, row = next(iter(case_rows(spec.data_path(ds), ds)))
        json.dumps(payload)  # timestamps as ISO strings, no pandas objects
        for role in ("label", "actual", "score", "forecast", "latency_ms"):
            assert ds.columns.get(role) not in payload, (name, role)
        assert row, name


def test_the_replay_model_answers_recorded_cases_and_refuses_others(tmp_path: Path) -> None:
    dossier, _ = small_copy("credit-scoring", tmp_path, rows=50)
    model = replay_model(dossier)
    assert model.field == "score" and len(model.answers) == 50
    server = ModelServer(model, 0)
    import threading
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        _, spec = resolve_spec(dossier, None)
        ds = target_dataset(spec)
        _, payload, row = next(iter(case_rows(spec.data_path(ds), ds)))
        known = httpx.post(server.url, json=payload)
        assert known.status_code == 200 and known.json() == {"score": row["score"]}
        unknown = httpx.post(server.url, json={**payload, "id_dossier": "XX-0"})
        assert unknown.status_code == 404
        assert httpx.post(server.url, content=b"{not json").status_code == 400
        assert httpx.get(server.url).json()["cases"] == 50
    finally:
        server.shutdown()
        thread.join()


def test_a_busy_port_is_a_clear_error(tmp_path: Path) -> None:
    dossier, _ = small_copy("logistics-forecast", tmp_path, rows=20)
    model = replay_model(dossier)
    first = ModelServer(model, 0)
    try:
        with pytest.raises(RunnerError) as busy:
            ModelServer(model, first.httpd.server_address[1])
        assert "--port" in busy.value.render("fr")
    finally:
        first.httpd.server_close()


def test_serve_model_refuses_a_dataset_without_answers(tmp_path: Path) -> None:
    dossier, path = small_copy("credit-scoring", tmp_path, rows=20)
    text = dossier.read_text(encoding="utf-8").replace("      score: score\n", "", 1)
    dossier.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["evidence", "serve-model", str(dossier), "--port", "0"])
    assert result.exit_code != 0
    # refused before any server starts: the commitments need the score the dataset lost
    assert "ne peuvent pas être mesurés" in result.output, result.output
    assert "le score du système (score)" in result.output and "Traceback" not in result.output
    assert path
