"""Renderers: DOCX reopens with real footnotes and numbering; PDF text and page 1 image."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from recours.documents import Document, render
from recours.documents.render_markdown import escape


def _norm(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def test_markdown_escapes_markup_characters() -> None:
    assert escape("a*b_c|d[1]") == "a\\*b\\_c\\|d\\[1\\]"


def test_markdown_has_footnotes_and_numbered_paragraphs(notice_fr: Document) -> None:
    md = render(notice_fr, "md").decode("utf-8")
    assert "[^1]: C. civ., art. 1103" in md
    assert "\n1\\. Aux termes du contrat" in md
    assert md.count("[^") == 2 * len(notice_fr.notes)


def test_html_is_standalone_with_endnotes(notice_fr: Document) -> None:
    html = render(notice_fr, "html").decode("utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="fr">' in html
    assert 'id="note-1"' in html and 'href="#note-1"' in html
    assert "@page" in html and "counter(pages)" in html


def test_docx_reopens_with_styles_numbering_and_real_footnotes(notice_fr: Document) -> None:
    data = render(notice_fr, "docx")
    word = docx.Document(io.BytesIO(data))
    styles = {p.style.name for p in word.paragraphs}
    assert {
        "Recours Letterhead",
        "Recours Recipient",
        "Recours Numbered",
        "Heading 2",
        "Quote",
    } <= styles
    numbered = [p for p in word.paragraphs if p.style.name == "Recours Numbered"]
    assert all(p._p.pPr.numPr is not None for p in numbered)
    assert len(word.tables) == 1 and word.tables[0].rows[1].cells[3].text == "58,1\u00a0%"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        footnotes = z.read("word/footnotes.xml").decode("utf-8")
        body = z.read("word/document.xml").decode("utf-8")
        types = z.read("[Content_Types].xml").decode("utf-8")
        rels = z.read("word/_rels/document.xml.rels").decode("utf-8")
    assert body.count("<w:footnoteReference") == len(notice_fr.notes)
    assert footnotes.count("<w:footnoteRef/>") == len(notice_fr.notes)
    assert "Les contrats légalement formés tiennent lieu de loi" in footnotes
    assert "footnotes+xml" in types and "relationships/footnotes" in rels
    assert word.core_properties.title == "Mise en demeure"


def test_docx_converts_with_libreoffice(notice_fr: Document, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: DOCX conversion not checked")
    source = tmp_path / "notice.docx"
    source.write_bytes(render(notice_fr, "docx"))
    subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "notice.pdf").pages)
    assert "mettons en demeure" in text


@pytest.fixture(scope="module")
def notice_pdf(notice_fr: Document) -> bytes:
    return render(notice_fr, "pdf")


def test_pdf_text_extracts_cleanly(notice_pdf: bytes, notice_fr: Document) -> None:
    reader = PdfReader(io.BytesIO(notice_pdf))
    text = _norm("\n".join(page.extract_text() for page in reader.pages))
    for expected in (
        "Paris, le 26 novembre 2026",
        "ScoreSoft SAS",
        "480 000,00 € HT",
        "nous vous mettons en demeure",
        "Page 1 sur",
        "Me Claire Lemaire",
    ):
        assert expected in text, expected
    assert reader.metadata is not None and reader.metadata.title == "Mise en demeure"
    assert "\ufffd" not in text  # no missing glyph


def test_pdf_page_one_renders_to_png(notice_pdf: bytes, tmp_path: Path) -> None:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    (tmp_path / "n.pdf").write_bytes(notice_pdf)
    subprocess.run(
        [
            pdftoppm,
            "-png",
            "-r",
            "50",
            "-f",
            "1",
            "-l",
            "1",
            str(tmp_path / "n.pdf"),
            str(tmp_path / "page"),
        ],
        check=True,
        timeout=60,
    )
    png = next(tmp_path.glob("page*.png")).read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 5000


def test_report_pdf_embeds_the_charts(report_en: Document) -> None:
    images = [b for b in report_en.blocks if type(b).__name__ == "Image"]
    assert len(images) == 3
    reader = PdfReader(io.BytesIO(render(report_en, "pdf")))
    distinct = {img.data for page in reader.pages for img in page.images}
    assert len(distinct) == 3


def test_unknown_format_is_refused(notice_fr: Document) -> None:
    from recours.errors import InputError

    with pytest.raises(InputError, match="Unknown format"):
        render(notice_fr, "odt")


def test_report_docx_has_its_charts_and_tables(report_en: Document) -> None:
    word = docx.Document(io.BytesIO(render(report_en, "docx")))
    assert len(word.inline_shapes) == 3
    assert len(word.tables) >= 5
    assert word.core_properties.language == "en-GB"
    footer = word.sections[0].footer.paragraphs[0]
    assert "Page" in footer.text and "of" in footer.text
