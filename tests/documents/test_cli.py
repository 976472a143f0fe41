"""``recours documents generate``: formats, languages, refusals, bad options."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from typer.testing import CliRunner

from recours.cli.main import app
from tests.documents.conftest import FIXTURE

runner = CliRunner()


def _run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["documents", "generate", str(FIXTURE), *args])
    return result.exit_code, result.output


def test_generate_docx_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "notice.docx"
    code, output = _run(
        "--kind", "mise-en-demeure", "--format", "docx", "--on", "2026-11-26", "-o", str(out)
    )
    assert code == 0, output
    assert "Document écrit" in output
    word = docx.Document(io.BytesIO(out.read_bytes()))
    assert any("mettons en demeure" in p.text for p in word.paragraphs)


def test_generate_markdown_in_english_to_stdout() -> None:
    code, output = _run(
        "--kind", "note", "--format", "md", "--lang", "en", "--on", "2026-11-26", "-o", "-"
    )
    assert code == 0, output
    assert output.startswith("# Case memo")
    assert "€480,000.00" in output


def test_pdf_is_not_written_to_stdout() -> None:
    code, output = _run("--kind", "rapport", "--format", "pdf", "--on", "2026-11-26", "-o", "-")
    assert code == 2
    assert "sortie standard" in output


def test_unknown_kind_and_format_are_refused() -> None:
    code, output = _run("--kind", "lettre", "--on", "2026-11-26")
    assert code == 2 and "mise-en-demeure, note, rapport" in output
    code, output = _run("--kind", "note", "--format", "odt", "--on", "2026-11-26")
    assert code == 2 and "docx" in output


def test_bad_date_is_refused() -> None:
    code, output = _run("--kind", "note", "--on", "26/11/2026")
    assert code != 0 and "AAAA-MM-JJ" in output


def test_a_notice_shorter_than_the_contract_delay_is_refused_with_the_reason(
    tmp_path: Path,
) -> None:
    code, output = _run(
        "--kind",
        "mise-en-demeure",
        "--delay",
        "8",
        "--on",
        "2026-11-26",
        "-o",
        str(tmp_path / "x.docx"),
    )
    assert code == 2
    assert "délai contractuel de 30 jours" in output
    assert not (tmp_path / "x.docx").exists()
