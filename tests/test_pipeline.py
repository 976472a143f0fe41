"""The whole job on each example, as a user runs it from the CLI, on a copy of the example:
contract import → evidence run (sealed bundle) → verify → legal analysis saved → documents."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from typer.testing import CliRunner

from recours.cli.main import app
from recours.dossier import Verdict, load_dossier
from tests.conftest import example_dossiers

CONTRACT_SUFFIXES = (".pdf", ".docx")


def _invoke(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, (args, result.output)
    return result.output


@pytest.mark.slow
@pytest.mark.parametrize("example", example_dossiers(), ids=lambda p: p.parent.name)
def test_whole_pipeline_on_example(example: Path, tmp_path: Path) -> None:
    folder = shutil.copytree(example.parent, tmp_path / example.parent.name)
    dossier = folder / "dossier.yaml"
    contract = next(p for p in sorted(folder.iterdir()) if p.suffix == ".pdf")

    _invoke("contract", "import", str(contract), "--into", str(dossier))
    assert load_dossier(dossier).contract.clauses, "contract import wrote no clause"

    bundle = tmp_path / "bundle"
    _invoke("evidence", "run", str(dossier), "--out", str(bundle))
    run = load_dossier(dossier).latest_run
    assert run is not None and run.merkle_root
    verdicts = {r.verdict for r in run.results}
    assert Verdict.BREACH in verdicts and Verdict.CONFORMITY in verdicts
    assert run.merkle_root in _invoke("evidence", "verify", str(bundle)).replace("\n", "")

    # the analysis and the documents as of the run's day: a measure is read only on or after
    # the day it was made (an earlier --on says the measure is later, issue 15)
    today = run.run_at.date().isoformat()
    _invoke("law", "analyse", str(dossier), "--on", today, "--save")
    analysed = load_dossier(dossier)
    assert analysed.analysis is not None and analysed.analysis.on.isoformat() == today

    for kind in ("mise-en-demeure", "note", "rapport"):
        out = tmp_path / f"{kind}.md"
        _invoke("documents", "generate", str(dossier), "--kind", kind, "--format", "md",
                "--on", today, "-o", str(out))
        text = out.read_text(encoding="utf-8")
        assert analysed.parties[0].name in text or analysed.parties[1].name in text
    notice = tmp_path / "notice.docx"
    _invoke("documents", "generate", str(dossier), "--kind", "mise-en-demeure",
            "--format", "docx", "--on", today, "-o", str(notice))
    paragraphs = [p.text for p in DocxDocument(str(notice)).paragraphs]
    assert any("mise en demeure" in p.lower() for p in paragraphs)
