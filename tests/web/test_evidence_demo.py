from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.web.conftest import Browser, import_minimal


def predictions_csv(n: int = 400) -> bytes:
    """Labels and scores where the recall at 0.5 is about 0.5 (a clear breach of >= 0.7)."""
    rows = ["defaut,score"]
    for i in range(n):
        label = 1 if i % 2 == 0 else 0
        score = 0.9 if (label and i % 4 == 0) else 0.1
        rows.append(f"{label},{score}")
    return ("\n".join(rows) + "\n").encode()


def wait_done(browser: Browser, run_url: str) -> str:
    for _ in range(200):
        fragment = browser.client.get(run_url + "/progress").text
        if "hx-trigger" not in fragment:
            return fragment
        time.sleep(0.1)
    raise AssertionError("run did not finish")


def test_evidence_run_in_background_with_report(alpha: Browser) -> None:
    pid = import_minimal(alpha)
    response = alpha.post(f"/dossiers/{pid}/evidence",
                          files={"dataset_tests": ("predictions.csv", predictions_csv(),
                                                   "text/csv")})
    assert response.status_code == 303, response.text
    run_url = response.headers["location"]
    fragment = wait_done(alpha, run_url)
    assert 'id="run-done"' in fragment, fragment
    assert "Manquement établi" in fragment
    assert "<svg" in fragment
    yaml_page = alpha.client.get(f"/dossiers/{pid}/yaml").text
    assert "evidence_runs" in yaml_page


def test_failed_run_shows_the_reason(alpha: Browser) -> None:
    pid = import_minimal(alpha)
    response = alpha.post(f"/dossiers/{pid}/evidence",
                          files={"dataset_tests": ("p.csv", b"autre,colonne\n1,2\n", "text/csv")})
    fragment = wait_done(alpha, response.headers["location"])
    assert "La mesure a échoué" in fragment
    assert "defaut" in fragment  # names the missing column


def test_run_without_data_is_refused(alpha: Browser) -> None:
    pid = import_minimal(alpha)
    response = alpha.post(f"/dossiers/{pid}/evidence")
    assert response.status_code == 422
    assert "aucun fichier" in response.text


@pytest.mark.slow
def test_demo_runs_the_whole_pipeline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from recours.cli.main import app

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("RECOURS_DATA_DIR", raising=False)
    monkeypatch.delenv("RECOURS_DATABASE_URL", raising=False)
    result = CliRunner().invoke(app, ["demo", "--no-serve", "--on", "2026-11-26"])
    assert result.exit_code == 0, result.output
    assert "demo@recours.test" in result.output
    documents = tmp_path / "recours-demo" / "documents"
    assert list(documents.glob("*/*mise-en-demeure*.docx"))
    assert list(documents.glob("*/*.pdf"))
    assert (tmp_path / "recours-demo" / "recours.db").is_file()
    password = re.search(r"demo@recours\.test / (\S+)", result.output)
    assert password


def test_evidence_through_the_api(alpha: Browser) -> None:
    pid = import_minimal(alpha)
    started = alpha.client.post(f"/api/v1/dossiers/{pid}/evidence",
                                headers={"X-CSRF-Token": alpha.csrf},
                                files={"dataset_tests": ("p.csv", predictions_csv(), "text/csv")})
    assert started.status_code == 202, started.text
    run_id = started.json()["id"]
    for _ in range(200):
        run = alpha.client.get(f"/api/v1/runs/{run_id}").json()
        if run["status"] in ("done", "failed"):
            break
        time.sleep(0.1)
    assert run["status"] == "done", run
    verdicts = {r["verdict"] for r in run["result"]["results"]}
    assert verdicts == {"breach_established"}
