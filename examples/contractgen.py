"""Render a contract, described once as plain data, to a Word file (DOCX) and to a PDF.

Used by the ``make_contract.py`` script of each example. The same blocks produce both
files, so the clause numbers and the quoted words are identical in the DOCX and the PDF.

Markup inside a text: ``**bold**`` only. Outputs are byte-for-byte reproducible: fixed
document properties, fixed ZIP timestamps in the DOCX, fixed metadata in the PDF.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.styles import CT_Style
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

# --- the contract as data ---------------------------------------------------------------


@dataclass(frozen=True)
class P:
    """A paragraph of body text."""

    text: str


@dataclass(frozen=True)
class Sub:
    """A numbered sub-clause, « 12.3 », with an optional title and one or more paragraphs."""

    number: str
    text: str | list[str]
    title: str | None = None


@dataclass(frozen=True)
class Bullets:
    items: list[str]


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[list[str]]
    caption: str | None = None
    widths: list[float] | None = None  # centimetres


@dataclass(frozen=True)
class Heading:
    """A second-level heading inside an article or an annex."""

    text: str


Block = P | Sub | Bullets | Table | Heading


@dataclass(frozen=True)
class Article:
    number: str
    title: str
    blocks: list[Block]


@dataclass(frozen=True)
class Annex:
    number: str
    title: str
    blocks: list[Block]


@dataclass
class Contract:
    title: str
    subtitle: str
    reference: str
    header: str
    parties: list[tuple[str, str]]  # (description, « ci-après dénommée … »)
    preamble: list[str]
    articles: list[Article]
    annexes: list[Annex]
    signatures: list[tuple[str, str]]  # (party name, signatory and capacity)
    place_and_date: str
    made_on: datetime
    author: str = "Recours — exemple fictif"
    between: str = "ENTRE LES SOUSSIGNÉES :"
    extra_front: list[str] = field(default_factory=list)
    front_blocks: list[Block] = field(default_factory=list)  # after the preamble
    parties_label: str = ("Ci-après désignées ensemble les « **Parties** » et individuellement "
                          "une « **Partie** ».")


# --- shared helpers ---------------------------------------------------------------------

_BOLD = re.compile(r"\*\*(.+?)\*\*")


def _runs(text: str) -> list[tuple[str, bool]]:
    """Split ``**bold**`` markup into (text, bold) runs."""
    parts: list[tuple[str, bool]] = []
    pos = 0
    for match in _BOLD.finditer(text):
        if match.start() > pos:
            parts.append((text[pos : match.start()], False))
        parts.append((match.group(1), True))
        pos = match.end()
    if pos < len(text):
        parts.append((text[pos:], False))
    return parts


def _texts(sub: Sub) -> list[str]:
    return [sub.text] if isinstance(sub.text, str) else sub.text


# --- DOCX -------------------------------------------------------------------------------

FONT = "Times New Roman"


def _styles(doc: DocxDocument) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    _force_font(normal.element)
    for name, size in (("Title", 18), ("Subtitle", 13), ("Heading 1", 13), ("Heading 2", 11.5),
                       ("Caption", 9)):
        style = doc.styles[name]
        _force_font(style.element)
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0x1F, 0x2A, 0x44)
        style.paragraph_format.alignment = (
            WD_ALIGN_PARAGRAPH.CENTER if name in ("Title", "Subtitle") else WD_ALIGN_PARAGRAPH.LEFT
        )
    doc.styles["Footer"].font.size = doc.styles["Header"].font.size = Pt(8.5)
    doc.styles["Subtitle"].font.italic = False
    doc.styles["Caption"].font.italic = True
    doc.styles["Caption"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.styles["Heading 1"].paragraph_format.space_before = Pt(14)
    doc.styles["Heading 1"].paragraph_format.keep_with_next = True
    doc.styles["Heading 2"].paragraph_format.keep_with_next = True


def _force_font(style_element: CT_Style) -> None:
    """Use FONT for every script, dropping the theme fonts that would override it."""
    rpr = style_element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    spacing = rpr.find(qn("w:spacing"))
    if spacing is not None:
        rpr.remove(spacing)


def _field(paragraph: Paragraph, code: str) -> None:
    """Insert a Word field (PAGE, NUMPAGES) into a paragraph."""
    run = paragraph.add_run()
    run.font.size = Pt(8.5)
    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"),
                       ("end", None)):
        if kind is not None:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == code:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {code} "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


def _header_footer(doc: DocxDocument, contract: Contract) -> None:
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    head = section.header.paragraphs[0]
    head.text = contract.header
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for run in head.runs:
        run.font.size = Pt(8.5)
        run.font.italic = True
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run(f"{contract.reference} — Page ").font.size = Pt(8.5)
    _field(foot, "PAGE")
    foot.add_run(" sur ").font.size = Pt(8.5)
    _field(foot, "NUMPAGES")


def _para(doc: DocxDocument, text: str, style: str | None = None,
          lead: str | None = None, align: WD_ALIGN_PARAGRAPH | None = None) -> None:
    paragraph = doc.add_paragraph(style=style)
    if lead:
        paragraph.add_run(lead + " ").bold = True
    for chunk, bold in _runs(text):
        paragraph.add_run(chunk).bold = bold
    if align is not None:
        paragraph.alignment = align


def _cell(paragraph: Paragraph, text: str) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
    paragraph.paragraph_format.space_after = Pt(2)
    for chunk, bold in _runs(text):
        run = paragraph.add_run(chunk)
        run.bold = bold
        run.font.size = Pt(10)


def _table(doc: DocxDocument, table: Table) -> None:
    grid = doc.add_table(rows=1, cols=len(table.header))
    grid.style = doc.styles["Table Grid"]
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(grid.rows[0].cells, table.header, strict=True):
        _cell(cell.paragraphs[0], f"**{text}**")
    for row in table.rows:
        for cell, text in zip(grid.add_row().cells, row, strict=True):
            _cell(cell.paragraphs[0], text)
    if table.widths:
        for row in grid.rows:
            for cell, width in zip(row.cells, table.widths, strict=True):
                cell.width = Cm(width)
    if table.caption:
        caption = doc.add_paragraph(style="Caption")
        caption.add_run(table.caption)


def _blocks(doc: DocxDocument, blocks: list[Block]) -> None:
    for block in blocks:
        if isinstance(block, P):
            _para(doc, block.text)
        elif isinstance(block, Heading):
            doc.add_heading(block.text, level=2)
        elif isinstance(block, Sub):
            texts = _texts(block)
            lead = block.number + (f" {block.title}." if block.title else "")
            _para(doc, texts[0], lead=lead)
            for more in texts[1:]:
                _para(doc, more)
        elif isinstance(block, Bullets):
            for item in block.items:
                _para(doc, item, style="List Bullet")
        else:
            _table(doc, block)


def _front(doc: DocxDocument, contract: Contract) -> None:
    doc.add_paragraph(contract.title, style="Title")
    doc.add_paragraph(contract.subtitle, style="Subtitle")
    _para(doc, contract.reference, align=WD_ALIGN_PARAGRAPH.CENTER)
    for line in contract.extra_front:
        _para(doc, line, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, f"**{contract.between}**")
    for index, (party, named) in enumerate(contract.parties):
        _para(doc, party)
        _para(doc, named)
        if index < len(contract.parties) - 1:
            _para(doc, "ET", align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, contract.parties_label)
    doc.add_heading("Préambule", level=1)
    for text in contract.preamble:
        _para(doc, text)
    _blocks(doc, contract.front_blocks)
    _para(doc, "**IL A ÉTÉ CONVENU CE QUI SUIT :**")


def _signatures(doc: DocxDocument, contract: Contract) -> None:
    _para(doc, contract.place_and_date)
    doc.paragraphs[-1].paragraph_format.keep_with_next = True
    grid = doc.add_table(rows=1, cols=len(contract.signatures))
    for cell, (name, who) in zip(grid.rows[0].cells, contract.signatures, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(f"Pour {name}").bold = True
        cell.paragraphs[0].paragraph_format.keep_with_next = True
        cell.add_paragraph(who).alignment = WD_ALIGN_PARAGRAPH.LEFT
        cell.add_paragraph("(signature électronique qualifiée)").runs[0].italic = True


def write_docx(contract: Contract, path: Path) -> None:
    """Write the contract as a Word document with real heading styles and page numbers."""
    doc = Document()
    _styles(doc)
    _header_footer(doc, contract)
    _front(doc, contract)
    for article in contract.articles:
        doc.add_heading(f"Article {article.number} – {article.title}", level=1)
        _blocks(doc, article.blocks)
    _signatures(doc, contract)
    for annex in contract.annexes:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        doc.add_heading(f"Annexe {annex.number} – {annex.title}", level=1)
        _blocks(doc, annex.blocks)
    props = doc.core_properties
    props.title = f"{contract.title} — {contract.subtitle}"
    props.author = props.last_modified_by = contract.author
    props.created = props.modified = contract.made_on.replace(tzinfo=None)
    props.revision = 1
    props.language = "fr-FR"
    buffer = io.BytesIO()
    doc.save(buffer)
    path.write_bytes(_stable_zip(buffer.getvalue(), contract.made_on))


def _stable_zip(data: bytes, when: datetime) -> bytes:
    """Rewrite a ZIP with fixed timestamps and order so that the DOCX is reproducible."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = when.timetuple()[:6]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


# --- HTML / PDF -------------------------------------------------------------------------

CSS = """
@page {
  size: A4; margin: 2.5cm 2.5cm 2.2cm 2.5cm;
  @top-center { content: "%(header)s"; font: italic 8.5pt 'Liberation Serif'; color: #444; }
  @bottom-center { content: "%(reference)s — Page " counter(page) " sur " counter(pages);
                   font: 8.5pt 'Liberation Serif'; color: #444; }
}
body { font-family: 'Liberation Serif', serif; font-size: 11pt; line-height: 1.32;
       text-align: justify; font-variant-ligatures: none; hyphens: manual; }
h1.title { text-align: center; font-size: 18pt; margin: 1.2cm 0 0.2cm; color: #1f2a44; }
p.subtitle { text-align: center; font-size: 13pt; margin: 0 0 0.3cm; color: #1f2a44; }
p.center { text-align: center; }
h2 { font-size: 13pt; color: #1f2a44; margin: 14pt 0 6pt; page-break-after: avoid; }
h3 { font-size: 11.5pt; color: #1f2a44; margin: 10pt 0 4pt; page-break-after: avoid; }
p { margin: 0 0 6pt; orphans: 2; widows: 2; }
ul { margin: 0 0 6pt 0.4cm; padding-left: 0.4cm; } li { margin-bottom: 3pt; }
table { border-collapse: collapse; width: 100%%; margin: 4pt 0 8pt; font-size: 10pt; }
tr { page-break-inside: avoid; }
th, td { border: 0.6pt solid #333; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: #e8ecf3; }
p.caption { font-size: 9pt; font-style: italic; text-align: center; }
section.annex { page-break-before: always; }
div.signatures { page-break-inside: avoid; margin-top: 12pt; }
table.sign { table-layout: fixed; }
table.sign td { border: none; padding-top: 10pt; font-size: 10.5pt; }
"""


def _inline(text: str) -> str:
    return "".join(
        f"<strong>{html.escape(chunk)}</strong>" if bold else html.escape(chunk)
        for chunk, bold in _runs(text)
    )


def _html_blocks(blocks: list[Block]) -> list[str]:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, P):
            out.append(f"<p>{_inline(block.text)}</p>")
        elif isinstance(block, Heading):
            out.append(f"<h3>{html.escape(block.text)}</h3>")
        elif isinstance(block, Sub):
            texts = _texts(block)
            lead = html.escape(block.number + (f" {block.title}." if block.title else ""))
            out.append(f"<p><strong>{lead}</strong> {_inline(texts[0])}</p>")
            out.extend(f"<p>{_inline(t)}</p>" for t in texts[1:])
        elif isinstance(block, Bullets):
            items = "".join(f"<li>{_inline(i)}</li>" for i in block.items)
            out.append(f"<ul>{items}</ul>")
        else:
            head = "".join(f"<th>{html.escape(h)}</th>" for h in block.header)
            rows = "".join(
                "<tr>" + "".join(f"<td>{_inline(c)}</td>" for c in row) + "</tr>"
                for row in block.rows
            )
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
            if block.caption:
                out.append(f"<p class='caption'>{html.escape(block.caption)}</p>")
    return out


def to_html(contract: Contract) -> str:
    """The contract as one HTML page (the PDF is printed from it)."""
    parts = [f"<h1 class='title'>{html.escape(contract.title)}</h1>",
             f"<p class='subtitle'>{html.escape(contract.subtitle)}</p>",
             f"<p class='center'>{html.escape(contract.reference)}</p>"]
    parts += [f"<p class='center'>{_inline(line)}</p>" for line in contract.extra_front]
    parts.append(f"<p><strong>{html.escape(contract.between)}</strong></p>")
    for index, (party, named) in enumerate(contract.parties):
        parts.append(f"<p>{_inline(party)}</p><p>{_inline(named)}</p>")
        if index < len(contract.parties) - 1:
            parts.append("<p class='center'>ET</p>")
    parts.append(f"<p>{_inline(contract.parties_label)}</p>")
    parts.append("<h2>Préambule</h2>")
    parts += [f"<p>{_inline(t)}</p>" for t in contract.preamble]
    parts += _html_blocks(contract.front_blocks)
    parts.append("<p><strong>IL A ÉTÉ CONVENU CE QUI SUIT :</strong></p>")
    for article in contract.articles:
        parts.append(f"<h2>Article {article.number} – {html.escape(article.title)}</h2>")
        parts += _html_blocks(article.blocks)
    parts.append(f"<div class='signatures'><p>{html.escape(contract.place_and_date)}</p>"
                 "<table class='sign'><tr>")
    for name, who in contract.signatures:
        parts.append(f"<td><strong>Pour {html.escape(name)}</strong><br>{html.escape(who)}"
                     "<br><em>(signature électronique qualifiée)</em></td>")
    parts.append("</tr></table></div>")
    for annex in contract.annexes:
        parts.append(f"<section class='annex'><h2>Annexe {annex.number} – "
                     f"{html.escape(annex.title)}</h2>")
        parts += _html_blocks(annex.blocks)
        parts.append("</section>")
    css = CSS % {"header": contract.header.replace('"', "'"), "reference": contract.reference}
    made = contract.made_on.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    head = (f"<meta charset='utf-8'><title>{html.escape(contract.title)}</title>"
            f"<meta name='author' content='{html.escape(contract.author)}'>"
            f"<meta name='dcterms.created' content='{made}'>"
            f"<meta name='dcterms.modified' content='{made}'>"
            f"<style>{css}</style>")
    return f"<!DOCTYPE html><html lang='fr'><head>{head}</head><body>{''.join(parts)}</body></html>"


def write_pdf(contract: Contract, path: Path) -> int:
    """Print the contract to PDF with WeasyPrint; return the number of pages."""
    from weasyprint import HTML

    document = HTML(string=to_html(contract)).render()
    path.write_bytes(document.write_pdf() or b"")
    return len(document.pages)
