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


def _dossier_measured_on(tmp_path: Path, run_at: str) -> str:
    """The base sale with one evidence run (a breach) dated ``run_at``."""
    from ruamel.yaml import YAML
    from tests.law.conftest import evidence_run

    yaml = YAML(typ="safe")
    raw = yaml.load((ROOT / "tests" / "law" / "cases" / "fr" / "bases" / "sale.yml").read_text())
    raw["evidence_runs"] = [evidence_run("breach", run_at)]
    path = tmp_path / "dossier.yaml"
    path.write_text(json.dumps(raw, default=str), encoding="utf-8")
    return str(path)


def _proof_finding(path: str, on: str) -> dict[str, object]:
    result = runner.invoke(app, ["analyse", path, "--on", on, "--format", "json"])
    assert result.exit_code == 0, result.output
    return next(f for f in json.loads(result.output)["findings"] if f["id"] == "fr.civil.1353")


def test_measure_after_the_analysis_date_is_named_not_ignored(tmp_path: Path) -> None:
    from recours.cli.common import set_lang, state

    path = _dossier_measured_on(tmp_path, "2024-09-01T10:00:00")
    before = _proof_finding(path, "2024-08-01")
    text = json.dumps(before, ensure_ascii=False).replace("\u00a0", " ")
    assert "Aucune mesure au dossier" not in text
    assert "après la date d'analyse" in text and "1er septembre 2024" in text
    assert before["status"] == "partial"
    saved = state.lang
    try:
        set_lang("en")
        english = json.dumps(_proof_finding(path, "2024-08-01"))
        assert "after the analysis date" in english and "No measurement" not in english
    finally:
        state.lang = saved
    after = _proof_finding(path, "2024-10-01")
    assert after["status"] == "met"


def test_no_measure_at_all_still_says_so(tmp_path: Path) -> None:
    from ruamel.yaml import YAML

    raw = YAML(typ="safe").load((ROOT / "tests" / "law" / "cases" / "fr" / "bases" /
                                 "sale.yml").read_text())
    path = tmp_path / "none.yaml"
    path.write_text(json.dumps(raw, default=str), encoding="utf-8")
    assert "Aucune mesure au dossier" in json.dumps(_proof_finding(str(path), "2024-08-01"),
                                                    ensure_ascii=False)
