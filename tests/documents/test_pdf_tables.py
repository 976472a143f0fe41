"""PDF tables never cut a word: the words of every results and data table come out whole in
the PDF's text, for both examples (a long hash or path breaks at its own break points)."""

from __future__ import annotations

from pathlib import Path

import pytest

from recours.documents import render
from tests.documents.golden_cases import cases

WHOLE = ("Engagement", "Verdict", "Intervalle", "manquement", "conformité", "SHA-256",
         "concluant", "Description", "empreinte")
REPORTS = [c for c in cases() if c.kind in ("rapport", "note") and c.lang == "fr"
           and c.name != "fixture" and not c.refused]


def _cuts(pdf: Path) -> list[str]:
    """Words split over two lines of one cell: a word, and the word just below it at the same
    left edge, that together make a word of the tables."""
    import pdfplumber

    whole = {w.lower() for w in WHOLE}
    found: list[str] = []
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            words = page.extract_words()
            for w in words:
                for v in words:
                    below = 0 < v["top"] - w["top"] < 2.0 * (w["bottom"] - w["top"])
                    if below and abs(v["x0"] - w["x0"]) < 2 and (
                            (w["text"] + v["text"]).lower().strip(".,;:") in whole):
                        found.append(w["text"] + "|" + v["text"])
    return found


@pytest.mark.parametrize("case", REPORTS, ids=lambda c: c.stem)
def test_no_word_is_cut_in_a_pdf_table(case: object, tmp_path: Path) -> None:
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(render(case.build(), "pdf"))  # type: ignore[attr-defined]
    assert _cuts(pdf) == []
