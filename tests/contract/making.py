"""Build real PDF and DOCX files for tests and benchmarks (reportlab, python-docx)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from docx import Document
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas


def make_pdf(
    paragraphs: list[str], path: Path, *, password: str | None = None, footer: str | None = None
) -> Path:
    """A text PDF: paragraphs wrapped at 90 characters, 60 lines a page."""
    canvas = Canvas(str(path), pagesize=A4, encrypt=password)
    _width, height = A4
    lines: list[str] = []
    for paragraph in paragraphs:
        lines.extend(textwrap.wrap(paragraph, 90) or [""])
        lines.append("")
    page_lines = 60
    pages = [lines[i : i + page_lines] for i in range(0, len(lines), page_lines)] or [[]]
    for number, page in enumerate(pages, start=1):
        canvas.setFont("Helvetica", 9)
        y = height - 50
        for line in page:
            canvas.drawString(50, y, line)
            y -= 12
        if footer:
            canvas.drawString(50, 30, f"{footer} – page {number}/{len(pages)}")
        canvas.showPage()
    canvas.save()
    return path


def make_image_pdf(path: Path, lines: tuple[str, ...] = ()) -> Path:
    """A 'scanned' PDF: the page is one picture of the text, with no text layer."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader

    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    try:
        font: ImageFont.ImageFont | ImageFont.FreeTypeFont = ImageFont.truetype(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 34
        )
    except OSError:
        font = ImageFont.load_default()
    for i, line in enumerate(lines):
        draw.text((80, 120 + i * 60), line, fill=0, font=font)
    if not lines:
        draw.rectangle((100, 400, 500, 600), fill=0)
    canvas = Canvas(str(path), pagesize=A4)
    canvas.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    canvas.showPage()
    canvas.save()
    return path


def make_docx(blocks: list[tuple[str, str]], path: Path, header: str | None = None) -> Path:
    """A DOCX from (style, text) blocks; style 'table' takes 'a | b' rows separated by ';'."""
    document = Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    for style, text in blocks:
        if style == "table":
            rows = [row.split("|") for row in text.split(";")]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell.strip()
        elif style == "pagebreak":
            document.add_page_break()
        else:
            document.add_paragraph(text, style=style)
    document.save(str(path))
    return path
