"""Both bundled examples give their notice straight from the repository, without an evidence run.

Their proof is the dossier's pièces (constat, acceptance report, incident tickets,
correspondence); the examples carry no evidence run until ``recours evidence run``.
"""

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


@pytest.mark.parametrize(("example", "pieces"), [
    ("credit-scoring", ["pièce P2", "constat"]),
    ("logistics-forecast", ["pièce P1", "INC-5930"]),
])
def test_the_notice_is_written_from_the_pieces_alone(
        tmp_path: Path, example: str, pieces: list[str]) -> None:
    folder = tmp_path / example
    shutil.copytree(EXAMPLES / example, folder)
    dossier_file = folder / "dossier.yaml"
    assert not load_dossier(dossier_file).evidence_runs  # straight from the repository
    out = tmp_path / "mise-en-demeure.docx"
    result = runner.invoke(app, ["documents", "generate", str(dossier_file), "--kind",
                                 "mise-en-demeure", "--on", "2026-11-26", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(out.read_bytes())).paragraphs)
    assert "mettons en demeure" in text
    for piece in pieces:
        assert piece in text
    assert "racine de Merkle" not in text  # no run is claimed
