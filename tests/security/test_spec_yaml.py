"""An evidence specification is YAML a tenant uploads (web) or a user passes (CLI): it is bounded
and checked like a dossier before parsing. Found while attacking the application on loopback:
a spec with a control character made the run fail with « erreur interne : ReaderError(…) »
and ``recours evidence run --spec`` print a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from recours.cli.main import app as cli
from recours.errors import SpecError
from recours.evidence import load_spec
from tests.web.conftest import MINIMAL, Browser, import_minimal
from tests.web.test_evidence_demo import predictions_csv, wait_done

LAUGHS = "\n".join(['a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]']
                   + [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 10) + "]"
                      for i in range(1, 8)]) + "\n"


@pytest.mark.parametrize(("content", "expected"), [
    (b"family: classification\ncommitments: []\nnote: \"a\x00b\"\n", "U+0000"),
    (b"family: classification\nnote: \"\x7f\"\n", "U+007F"),
    (LAUGHS.encode(), "milliard de rires"),
    (b"a: " + b"[" * 5000 + b"]" * 5000 + b"\n", "imbrication trop profonde"),
    (b"\xff\xfe not utf-8\n", "UTF-8"),
])
def test_a_hostile_spec_file_is_a_spec_error(tmp_path: Path, content: bytes,
                                             expected: str) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_bytes(content)
    with pytest.raises(SpecError) as caught:
        load_spec(spec)
    french = caught.value.render("fr")
    assert expected in french and str(spec) in french and "Correction" in french


def test_the_cli_names_the_character_without_traceback(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_bytes(b"family: classification\nnote: \"a\x00b\"\n")
    case = tmp_path / "case"
    case.mkdir()
    (case / "dossier.yaml").write_bytes(MINIMAL.read_bytes())
    result = CliRunner().invoke(cli, ["evidence", "run", str(case / "dossier.yaml"),
                                      "--spec", str(spec), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2, result.output
    assert "U+0000" in result.output and "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception,
                                                                      SystemExit)


def test_a_web_run_with_a_hostile_spec_fails_in_french(alpha: Browser) -> None:
    pid = import_minimal(alpha)
    started = alpha.post(f"/dossiers/{pid}/evidence", files={
        "dataset_tests": ("predictions.csv", predictions_csv(), "text/csv"),
        "spec": ("spec.yaml", b"family: classification\nnote: \"a\x00b\"\n",
                 "application/yaml")})
    assert started.status_code in (303, 422), started.text[:300]
    text = (wait_done(alpha, started.headers["location"]) if started.status_code == 303
            else started.text)
    assert "U+0000" in text and "erreur interne" not in text, text[:600]
