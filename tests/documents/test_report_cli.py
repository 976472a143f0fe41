"""``recours documents generate --kind rapport`` on both examples straight from the
repository (no evidence run: their proof is pièces), French and English, DOCX and PDF; the
output file's extension gives the format, and a contradicting format is refused."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from recours.cli.main import app
from recours.dossier.yamlio import load_dossier

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
runner = CliRunner()


def _generate(folder: Path, out: Path, lang: str, *extra: str) -> str:
    result = runner.invoke(app, ["documents", "generate", str(folder / "dossier.yaml"),
                                 "--kind", "rapport", "--lang", lang, "--on", "2026-11-26",
                                 "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("example", ["credit-scoring", "logistics-forecast"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_report_is_written_from_the_repository(tmp_path: Path, example: str,
                                                    lang: str) -> None:
    import pdfplumber

    folder = tmp_path / example
    shutil.copytree(EXAMPLES / example, folder)
    dossier = load_dossier(folder / "dossier.yaml")
    assert not dossier.evidence_runs
    _generate(folder, tmp_path / "r.docx", lang)
    _generate(folder, tmp_path / "r.pdf", lang)
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(
        (tmp_path / "r.docx").read_bytes())).paragraphs)
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    with pdfplumber.open(tmp_path / "r.pdf") as pdf:
        pdf_text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    for x in dossier.exhibits:
        assert x.id in pdf_text
    said = ("Aucune campagne de mesure scellée n'existe au dossier" if lang == "fr"
            else "No sealed measurement run exists in the dossier")
    assert said in text
    assert "Merkle" not in text + pdf_text


def test_a_format_contradicting_the_extension_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "ex"
    shutil.copytree(EXAMPLES / "credit-scoring", folder)
    result = runner.invoke(app, ["documents", "generate", str(folder / "dossier.yaml"),
                                 "--kind", "rapport", "-f", "docx", "-o",
                                 str(tmp_path / "r.pdf")])
    assert result.exit_code != 0
    assert "ne correspond pas à l'extension" in result.output
    assert not (tmp_path / "r.pdf").exists()
