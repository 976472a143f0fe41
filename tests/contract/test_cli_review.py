"""``recours contract`` commands, the review checklist, risk flags and model clauses."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from recours.cli.main import app
from recours.contract.analysis import analyse_file
from recours.contract.kinds import KINDS
from recours.contract.review import review
from recours.contract.review.data import checklist, mcc_ai, model_clauses
from recours.contract.review.risks import ARTICLE_IDS

CORPUS = Path(__file__).parent / "corpus"
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "credit-scoring"
runner = CliRunner()


def test_analyse_json_lists_every_kind_with_passages() -> None:
    result = runner.invoke(
        app, ["contract", "analyse", str(CORPUS / "fr_saas_scoring.md"), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data["kinds"]) == set(KINDS)
    cap = data["kinds"]["liability_cap"]
    assert cap["present"] is True
    passage = cap["passages"][0]
    assert {"text", "page", "start", "end", "reason"} <= set(passage)
    assert data["values"]["liability_cap"]["months_of_fees"] == 12
    assert data["review"]["risks"] and data["review"]["model_clauses"]


@pytest.mark.parametrize("fmt", ["md", "html", "text"])
def test_analyse_other_formats(fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"out.{fmt}"
    result = runner.invoke(
        app,
        [
            "--lang",
            "en",
            "contract",
            "analyse",
            str(CORPUS / "en_saas_terms.md"),
            "-f",
            fmt,
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "Liability cap" in text or "Plafond" in text
    if fmt == "html":
        assert text.startswith("<!DOCTYPE html>") and "<script" not in text


def test_analyse_bad_file_gives_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n garbage")
    result = runner.invoke(app, ["contract", "analyse", str(bad)])
    assert result.exit_code == 2
    assert "broken.pdf" in result.output and "Correction" in result.output


def test_analyse_unknown_format() -> None:
    result = runner.invoke(
        app, ["contract", "analyse", str(CORPUS / "en_saas_terms.md"), "--format", "xml"]
    )
    assert result.exit_code == 2 and "xml" in result.output


def test_import_command(tmp_path: Path) -> None:
    target = tmp_path / "dossier.yaml"
    shutil.copy(EXAMPLE / "dossier.yaml", target)
    result = runner.invoke(
        app, ["contract", "import", str(EXAMPLE / "contrat-credisense.docx"), "--into", str(target)]
    )
    assert result.exit_code == 0, result.output
    assert "C1-auc" in result.output


def test_import_refuses_a_non_contract_without_writing(tmp_path: Path) -> None:
    target = tmp_path / "dossier.yaml"
    shutil.copy(EXAMPLE / "dossier.yaml", target)
    before = target.read_bytes()
    letter = tmp_path / "lettre.txt"
    letter.write_text("Bonjour, voici les photos des vacances à la mer.", encoding="utf-8")
    result = runner.invoke(app, ["contract", "import", str(letter), "--into", str(target)])
    assert result.exit_code == 2 and target.read_bytes() == before


def test_clauses_command() -> None:
    result = runner.invoke(app, ["--lang", "en", "contract", "clauses", "escrow"])
    assert result.exit_code == 0 and "escrow" in result.output.lower()


def test_model_clauses_cover_every_gap() -> None:
    library = model_clauses()
    assert len(library) >= 20
    for clause in library.values():
        assert clause.text.fr and clause.text.en and clause.title.fr and clause.title.en
    for item in checklist():
        assert item.clauses and all(c in library for c in item.clauses), item.id
    assert mcc_ai()["left_to_the_contract"]


def test_review_statuses_and_risks() -> None:
    tricky = review(analyse_file(CORPUS / "fr_cgv_chatbot.md"))
    status = {c.item.id: c.status for c in tricky.checklist}
    assert status["performance_targets"] == "missing"
    assert status["service_levels"] == "weak" and status["liability"] == "weak"
    assert status["governing_law"] == "present"
    risks = {r.id: r for r in tricky.risks}
    assert "C. civ., art. 1170" in risks["cap_may_empty_essential_obligation"].citations
    assert "C. civ., art. 1643" in risks["warranty_exclusion_professional_seller"].citations
    assert {"no_measurable_commitment", "no_acceptance_procedure"} <= set(risks)
    full = review(analyse_file(CORPUS / "fr_vision_industrielle.md"))
    assert "no_measurable_commitment" not in {r.id for r in full.risks}
    assert "no_acceptance_procedure" not in {r.id for r in full.risks}


def test_risk_citations_resolve_in_the_law_library() -> None:
    from recours.law.articles import load_articles

    store = load_articles()
    for ident in ARTICLE_IDS.values():
        assert store[ident].found, ident
