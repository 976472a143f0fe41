"""``recours law`` commands, run in-process."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from recours.cli.law import app

ROOT = Path(__file__).resolve().parents[2]
MINIMAL = str(ROOT / "tests" / "dossier" / "fixtures" / "minimal.yaml")
runner = CliRunner()


def test_analyse_json() -> None:
    result = runner.invoke(app, ["analyse", MINIMAL, "--on", "2026-11-26", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["on"] == "2026-11-26" and data["findings"]


def test_analyse_markdown_lists_missing_facts() -> None:
    result = runner.invoke(app, ["analyse", MINIMAL, "--on", "2026-11-26", "--format", "md"])
    assert result.exit_code == 0
    assert "# Analyse juridique" in result.output and "Faits à compléter" in result.output


def test_bad_format_and_bad_date() -> None:
    assert runner.invoke(app, ["analyse", MINIMAL, "--format", "pdf"]).exit_code == 2
    assert runner.invoke(app, ["analyse", MINIMAL, "--on", "26/11/2026"]).exit_code != 0


def test_explain_prints_the_trace() -> None:
    result = runner.invoke(app, ["explain", MINIMAL, "fr.civil.qualification", "--on",
                                 "2026-11-26"])
    assert result.exit_code == 0
    assert "[rule]" in result.output and "[citation]" in result.output


def test_explain_unknown_finding() -> None:
    result = runner.invoke(app, ["explain", MINIMAL, "fr.civil.9999", "--on", "2026-11-26"])
    assert result.exit_code == 1


def test_deadlines_and_ics(tmp_path: Path) -> None:
    ics = tmp_path / "d.ics"
    result = runner.invoke(app, ["deadlines", str(ROOT / "examples" / "credit-scoring" /
                                                  "dossier.yaml"), "--on", "2026-11-26",
                                 "--ics", str(ics)])
    assert result.exit_code == 0, result.output
    assert b"BEGIN:VEVENT" in ics.read_bytes()


def test_article() -> None:
    result = runner.invoke(app, ["article", "1231-1"])
    assert result.exit_code == 0
    assert "LEGIARTI000032010123" in result.output and "force majeure" in result.output
    assert runner.invoke(app, ["article", "9999"]).exit_code == 1
    assert "fr.civil.1641" in runner.invoke(app, ["article", "--list"]).output


def test_catalogue_lists_every_law_i_rule() -> None:
    from recours.law import load_rules

    published = (ROOT / "docs" / "law-catalogue.md").read_text(encoding="utf-8")
    law_i = ("recours.law.fr.code_civil", "recours.law.fr.code_commerce",
             "recours.law.fr.procedure")
    stale = [r for r, rule in load_rules().items()
             if rule.module.startswith(law_i) and f"`{r}`" not in published]
    assert not stale, "docs/law-catalogue.md is stale: run `recours law catalogue -o " \
        f"docs/law-catalogue.md` ({stale})"


def test_analyse_save_writes_the_analysis_into_the_dossier(tmp_path: Path) -> None:
    import shutil

    from recours.dossier import load_dossier

    copy = tmp_path / "dossier.yaml"
    shutil.copy(MINIMAL, copy)
    result = runner.invoke(app, ["analyse", str(copy), "--on", "2026-11-26", "--format", "json",
                                 "--save"])
    assert result.exit_code == 0, result.output
    saved = load_dossier(copy).analysis
    assert saved is not None and saved.on.isoformat() == "2026-11-26"
    assert saved.data["findings"]


def test_explain_a_deadline_shows_its_computation() -> None:
    result = runner.invoke(app, ["explain", str(ROOT / "examples" / "credit-scoring" /
                                                "dossier.yaml"), "fr.civil.1648", "--on",
                                 "2026-11-26"])
    assert result.exit_code == 0, result.output
    assert "[deadline]" in result.output
