"""``recours evidence`` commands, on the two example dossiers (copied to a temp folder)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from recours.cli.main import app
from recours.dossier import Verdict, load_dossier
from tests.conftest import EXAMPLES

runner = CliRunner()


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RECOURS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COLUMNS", "200")
    return tmp_path


def _copy(name: str, tmp: Path) -> Path:
    if not (EXAMPLES / name / "dossier.yaml").is_file():
        pytest.skip(f"example {name} not present")
    shutil.copytree(EXAMPLES / name, tmp / name)
    return tmp / name / "dossier.yaml"


@pytest.mark.slow
@pytest.mark.parametrize("example", ["credit-scoring", "logistics-forecast"])
def test_run_example_then_verify_then_tamper(env: Path, example: str) -> None:
    dossier = _copy(example, env)
    out = env / "bundle"
    res = runner.invoke(app, ["evidence", "run", str(dossier), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "manquement établi" in res.output
    runs = load_dossier(dossier).evidence_runs
    assert len(runs) == 1 and runs[0].merkle_root and runs[0].results
    assert any(r.verdict is Verdict.BREACH for r in runs[0].results)
    for target in (out, out.with_name("bundle.zip")):
        ok = runner.invoke(app, ["evidence", "verify", str(target)])
        assert ok.exit_code == 0, ok.output
    data = bytearray((out / "results.json").read_bytes())
    data[-5] ^= 0x01
    (out / "results.json").write_bytes(bytes(data))
    bad = runner.invoke(app, ["--lang", "en", "evidence", "verify", str(out)])
    assert bad.exit_code != 0 and "results.json" in bad.output


def test_init_writes_a_spec_that_runs(env: Path) -> None:
    dossier = _copy("credit-scoring", env)
    spec = env / "spec.yaml"
    res = runner.invoke(app, ["evidence", "init", str(dossier), "-o", str(spec)])
    assert res.exit_code == 0, res.output
    text = spec.read_text()
    assert "C1-auc" in text and "seed:" in text and "credit-scoring/donnees" in text
    again = runner.invoke(app, ["evidence", "init", str(dossier), "-o", str(spec)])
    assert again.exit_code == 2
    out = env / "b"
    run = runner.invoke(app, ["evidence", "run", str(dossier), "--spec", str(spec), "--out",
                              str(out), "--no-dossier-update"])
    assert run.exit_code == 0, run.output
    assert not load_dossier(dossier).evidence_runs


def test_spec_contradicting_the_dossier_is_refused(env: Path) -> None:
    dossier = _copy("credit-scoring", env)
    spec = env / "spec.yaml"
    runner.invoke(app, ["evidence", "init", str(dossier), "-o", str(spec)])
    spec.write_text(spec.read_text().replace("threshold: 0.8\n", "threshold: 0.7\n", 1))
    res = runner.invoke(app, ["--lang", "en", "evidence", "run", str(dossier), "--spec",
                              str(spec), "--out", str(env / "b")])
    assert res.exit_code == 2 and "contradicts" in res.output
    assert not (env / "b").exists() and not load_dossier(dossier).evidence_runs


def test_altered_data_file_is_refused_and_nothing_written(env: Path) -> None:
    dossier = _copy("credit-scoring", env)
    f = dossier.parent / "donnees" / "jeu_test_contractuel.csv"
    f.write_text(f.read_text().replace(",0.0256,", ",0.0257,", 1))
    res = runner.invoke(app, ["--lang", "en", "evidence", "run", str(dossier), "--out",
                              str(env / "b")])
    assert res.exit_code == 2 and "differs from the one declared" in res.output
    assert not (env / "b").exists() and not load_dossier(dossier).evidence_runs


def test_power_command(env: Path) -> None:
    res = runner.invoke(app, ["--lang", "en", "evidence", "power", "--threshold", "0.7",
                              "--true", "0.65"])
    assert res.exit_code == 0 and "cases needed" in res.output
    bad = runner.invoke(app, ["evidence", "power", "--threshold", "0.7", "--true", "0.75"])
    assert bad.exit_code == 2


def test_run_with_data_option_in_english(env: Path) -> None:
    dossier = _copy("credit-scoring", env)
    src = dossier.parent / "donnees" / "jeu_test_contractuel.csv"
    lines = src.read_text().splitlines()
    other = env / "autre.csv"
    other.write_text("\n".join(lines[:3001]) + "\n")           # first 3,000 cases only
    spec = env / "spec.yaml"
    runner.invoke(app, ["evidence", "init", str(dossier), "-o", str(spec)])
    from ruamel.yaml import YAML
    yaml = YAML()
    data = yaml.load(spec.read_text())
    data["commitments"] = [c for c in data["commitments"] if c["dataset"] == "jeu-test"]
    with spec.open("w") as f:
        yaml.dump(data, f)
    out = env / "b"
    res = runner.invoke(app, ["--lang", "en", "evidence", "run", str(dossier), "--spec",
                              str(spec), "--data", str(other), "--out", str(out),
                              "--no-dossier-update"])
    assert res.exit_code == 0, res.output
    report = (out / "report" / "report.md").read_text()
    assert "Conformity evidence report" in report and "autre.csv" in report
    import json
    inputs = json.loads((out / "inputs.json").read_text())
    assert inputs[0]["rows"] == 3000
