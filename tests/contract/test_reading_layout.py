"""Layout read from real files: a PDF line wrapped before a figure never opens an article, a
DOCX without any page break gets estimated pages (said so), a DOCX with breaks keeps them."""

from __future__ import annotations

import textwrap
from pathlib import Path

from recours.contract.analysis import analyse_text
from recours.contract.reading import read_contract
from recours.contract.reading.builder import join_lines
from tests.contract.making import make_docx, make_pdf

LEAD = (
    "La responsabilité totale du Prestataire au titre du présent contrat est limitée aux "
    "sommes versées au cours des"
)


def test_a_wrapped_figure_goes_on_with_its_sentence() -> None:
    lines = [LEAD, "12 derniers mois, conformément à l'", "article 7 ci-dessous.", "8. Durée"]
    assert join_lines(lines, wrapped=True) == [
        LEAD + " 12 derniers mois, conformément à l' article 7 ci-dessous.",
        "8. Durée",
    ]


def test_a_numbered_heading_after_a_full_sentence_still_opens_an_article() -> None:
    lines = ["Le contrat prend effet à sa signature.", "12 Responsabilité", "Le Prestataire répond."]
    assert join_lines(lines, wrapped=True)[1] == "12 Responsabilité"


def _wrapped_before_a_figure() -> str:
    """A paragraph that make_pdf wraps (90 characters) right before « 12 derniers mois »."""
    first = "La responsabilité du Prestataire est limitée aux redevances versées par le Client"
    while len(first) + len(" 12") <= 90:
        first += " et"
    return first + " 12 derniers mois précédant le fait générateur du dommage."


def test_no_phantom_article_from_a_pdf_line_wrap(tmp_path: Path) -> None:
    paragraph = _wrapped_before_a_figure()
    assert any(line.startswith("12 derniers") for line in textwrap.wrap(paragraph, 90))
    pdf = make_pdf(
        [
            "Contrat entre le Client et le Prestataire.",
            "Article 1 – Responsabilité",
            paragraph,
            "Article 2 – Droit applicable",
            "Le contrat est régi par le droit français.",
        ],
        tmp_path / "c.pdf",
    )
    analysis = analyse_text(read_contract(pdf), check_contract=False)
    numbers = [s.number for s in analysis.structure.sections if s.number]
    assert numbers == ["1", "2"]
    assert any(p.text == paragraph for p in analysis.contract.passages)


def test_a_docx_without_page_breaks_gets_estimated_pages(tmp_path: Path) -> None:
    body = [("Normal", f"{n}. Le Prestataire exécute la prestation {n} avec soin. " * 12)
            for n in range(1, 40)]
    contract = read_contract(make_docx(body, tmp_path / "c.docx"))
    pages = [p.page for p in contract.passages if p.style != "header"]
    assert pages[0] == 1 and pages[-1] > 3 and pages == sorted(pages)
    assert contract.pages == pages[-1]
    assert any("pages estimées" in w for w in contract.warnings)


def test_a_docx_with_a_page_break_keeps_its_pages(tmp_path: Path) -> None:
    blocks = [("Normal", "Premier article."), ("pagebreak", ""), ("Normal", "Second article.")]
    contract = read_contract(make_docx(blocks, tmp_path / "c.docx"))
    assert [p.page for p in contract.passages] == [1, 2]
    assert contract.warnings == []
