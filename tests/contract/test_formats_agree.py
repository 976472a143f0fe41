"""The same contract as Markdown, PDF and DOCX gives the same kinds and commitments."""

from __future__ import annotations

from pathlib import Path

import pytest
from making import make_docx, make_pdf

from recours.contract.analysis import analyse_file

CORPUS = Path(__file__).parent / "corpus"


def _blocks(source: Path) -> list[tuple[str, str]]:
    blocks: list[tuple[str, str]] = []
    for chunk in source.read_text(encoding="utf-8").split("\n\n"):
        for line in chunk.splitlines():
            line = line.strip()
            if line.startswith("#"):
                blocks.append(("Heading 2", line.lstrip("# ")))
            elif line:
                blocks.append(("Normal", line.replace("**", "")))
    return blocks


def _summary(path: Path) -> tuple[dict[str, bool], set[tuple[str, str, float]]]:
    analysis = analyse_file(path)
    commitments = {(c.metric, c.comparator, c.threshold) for c in analysis.values.commitments}
    return analysis.present, commitments


@pytest.mark.parametrize("stem", ["fr_saas_scoring", "en_integration", "fr_vision_industrielle"])
def test_pdf_and_docx_agree_with_markdown(tmp_path: Path, stem: str) -> None:
    source = CORPUS / f"{stem}.md"
    blocks = _blocks(source)
    pdf = make_pdf([text for _, text in blocks], tmp_path / f"{stem}.pdf", footer="Contrat")
    docx = make_docx(blocks, tmp_path / f"{stem}.docx", header="Confidentiel")
    expected = _summary(source)
    assert _summary(pdf) == expected
    assert _summary(docx) == expected
