"""Issue 15 audit, the README's session: `recours evidence run` is made today, the law and
the documents are pinned with `--on` to an earlier day. At that date the measurement does not
exist yet: the analysis must say so even when pièces prove the defect, the plan must not call
the evidence « fait » on a later day, and a notice dated `--on` must not report a measurement
made after it (the same rule as the analysis: runs up to the date)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from typer.testing import CliRunner

from recours.cli.main import app as cli

FIXTURE = Path(__file__).resolve().parents[1] / "documents" / "fixtures" / "dossier.yaml"
ON = "2026-11-10"  # the fixture's run is of 20 November 2026


def _cli(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), env={"RECOURS_LANG": "fr", "COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    return re.sub(r"\s+", " ", result.output)


def test_a_measurement_after_the_date_is_said_and_not_counted(tmp_path: Path) -> None:
    assert "run_at: 2026-11-20" in FIXTURE.read_text(encoding="utf-8")
    dossier = tmp_path / "dossier.yaml"
    shutil.copy(FIXTURE, dossier)
    analysis = _cli("law", "analyse", str(dossier), "--on", ON)
    assert "après la date d'analyse" in analysis
    assert "fait le 20 novembre 2026" not in analysis
    memo = tmp_path / "note.md"
    _cli("documents", "generate", str(dossier), "--kind", "note", "--format", "md", "--on", ON,
         "-o", str(memo))
    text = memo.read_text(encoding="utf-8").replace("\u202f", " ").replace("\u00a0", " ")
    assert "20 novembre 2026" not in text
    # on the run's day, it counts again
    later = _cli("law", "analyse", str(dossier), "--on", "2026-11-26")
    assert "après la date d'analyse" not in later
