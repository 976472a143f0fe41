"""The compliance report's PDF, read as an expert reads it: an identifier in a table cell
(« D1-disponibilite », « C4-equite-age ») is never cut at its hyphens over two lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from recours.documents import render
from tests.documents.golden_cases import cases

CASES = [c for c in cases() if c.kind == "rapport" and c.lang == "fr"
         and c.name in ("saas-outage", "credit-scoring")]


def _words(pdf: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        return [w["text"] for page in document.pages for w in page.extract_words()]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.stem)
def test_no_identifier_is_cut_at_its_hyphen(case: object, tmp_path: Path) -> None:
    dossier = case.dossier()  # type: ignore[attr-defined]
    pdf = tmp_path / "rapport.pdf"
    pdf.write_bytes(render(case.build(), "pdf"))  # type: ignore[attr-defined]
    words = _words(pdf)
    for c in dossier.commitments:
        head = c.id.split("-")[0] + "-"
        assert head not in words, c.id  # « D1- » left alone at the end of a line
        assert any(w.startswith(c.id) for w in words), c.id


def test_the_command_is_never_hyphenated(tmp_path: Path) -> None:
    import re

    doc = next(c for c in CASES if c.name == "credit-scoring").build()  # an unsealed run
    pdf = tmp_path / "rapport.pdf"
    pdf.write_bytes(render(doc, "pdf"))
    text = " ".join(_words(pdf))
    wanted = doc.plain_text().count("recours evidence run")
    assert wanted and len(re.findall(r"recours evidence run", text)) == wanted
