"""DOCX rendering with python-docx: real Word styles, numbering, tables and footnotes.

Styles used (the lawyer edits the document with them): ``Title``, ``Heading 1–3``,
``Normal``, ``Quote``, ``List Bullet``, ``Caption``, ``Table Grid``, and the Recours styles
``Recours Letterhead``, ``Recours Recipient``, ``Recours Subject``, ``Recours Mention``,
``Recours Numbered``, ``Recours Signature``, ``Footnote Text`` / ``Footnote Reference``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from io import BytesIO
from typing import Any

from docx import Document as new_docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph

from recours.documents import docx_parts as parts
from recours.documents.model import (
    Block,
    Document,
    Heading,
    Image,
    Inline,
    ListBlock,
    NoteRef,
    NumberedParagraph,
    PageBreak,
    Paragraph,
    Quote,
    Signature,
    Table,
)

_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}
_ROLE_STYLE = {
    "letterhead": "Recours Letterhead",
    "recipient": "Recours Recipient",
    "subject": "Recours Subject",
    "mention": "Recours Mention",
    "place_date": "Recours Place Date",
    "small": "Recours Small",
}


def _paragraph_style(doc: Any, name: str, size: float = 11, **opts: Any) -> Any:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.font.size = Pt(size)
    fmt = style.paragraph_format
    if "left" in opts:
        fmt.left_indent = Cm(opts["left"])
    if "align" in opts:
        fmt.alignment = _ALIGN[opts["align"]]
    style.font.bold = opts.get("bold")
    style.font.small_caps = opts.get("small_caps")
    fmt.space_after = Pt(opts.get("after", 6))
    return style


def _setup_styles(doc: Any, lang: str) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    rpr = normal.element.get_or_add_rPr()
    code = "fr-FR" if lang == "fr" else "en-GB"
    rpr.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="{code}"/>'))
    for level in (1, 2, 3):
        heading = doc.styles[f"Heading {level}"]
        heading.font.name = "Times New Roman"
        fonts = heading.element.rPr.rFonts
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attr), None)
        heading.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        heading.font.size = Pt({1: 13, 2: 12, 3: 11}[level])
    letterhead = _paragraph_style(doc, "Recours Letterhead", 9.5, after=18)
    letterhead.font.name = "Arial"
    _paragraph_style(doc, "Recours Recipient", left=9, align="left", after=14)
    _paragraph_style(doc, "Recours Place Date", align="right", after=14)
    _paragraph_style(doc, "Recours Subject", bold=True, align="left", after=4)
    _paragraph_style(doc, "Recours Mention", small_caps=True, align="left", after=2)
    _paragraph_style(doc, "Recours Small", 9)
    _paragraph_style(doc, "Recours Numbered", align="justify")
    _paragraph_style(doc, "Recours Signature", left=9, align="left", after=0)
    _paragraph_style(doc, "Footnote Text", 9, after=0)
    ref = doc.styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    ref.font.superscript = True


def _add_text(paragraph: Any, text: str, bold: bool = False, italic: bool = False) -> None:
    for i, line in enumerate(text.split("\n")):
        if i:
            paragraph.add_run().add_break(WD_BREAK.LINE)
        if line:
            run = paragraph.add_run(line)
            run.bold = bold or None
            run.italic = italic or None


class _DocxWriter:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.word: Any = new_docx()
        _setup_styles(self.word, doc.metadata.lang)
        self.footnotes = parts.Footnotes(self.word) if doc.notes else None
        self.numbered_id = parts.add_numbering(self.word, "decimal", "%1.")
        self.notes = {n.number: n for n in doc.notes}

    def runs(self, paragraph: Any, runs: tuple[Inline, ...]) -> None:
        for run in runs:
            if isinstance(run, NoteRef):
                self.call(paragraph, run.number)
            else:
                _add_text(paragraph, run.text, run.bold, run.italic)

    def call(self, paragraph: Any, number: int) -> None:
        assert self.footnotes is not None
        parts.footnote_call(paragraph, number)
        note = self.notes[number]
        body = DocxParagraph(self.footnotes.add(number), paragraph._parent)
        self.runs(body, note.runs)
        if note.url:
            _add_text(body, " (" + note.url + ")")

    def block(self, block: Block) -> None:
        w = self.word
        if isinstance(block, Heading):
            _add_text(
                w.add_paragraph(
                    style="Title" if block.level == 0 else f"Heading {min(block.level, 9)}"
                ),
                block.text,
            )
        elif isinstance(block, Paragraph):
            p = w.add_paragraph(style=_ROLE_STYLE.get(block.role, "Normal"))
            if block.role == "body":
                p.alignment = _ALIGN[block.align]
            if block.role == "letterhead":
                parts.bottom_border(p)
            self.runs(p, block.runs)
        elif isinstance(block, NumberedParagraph):
            p = w.add_paragraph(style="Recours Numbered")
            parts.set_numbering(p, self.numbered_id)
            self.runs(p, block.runs)
        elif isinstance(block, Quote):
            p = w.add_paragraph(style="Quote")
            self.runs(p, block.runs)
            if block.source:
                src = w.add_paragraph(style="Recours Small")
                src.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                _add_text(src, "— " + block.source)
        elif isinstance(block, ListBlock):
            self.list(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Image):
            w.add_picture(BytesIO(block.png), width=Cm(block.width_cm))
            w.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
            _add_text(w.add_paragraph(style="Caption"), block.caption)
        elif isinstance(block, Signature):
            self.signature(block)
        elif isinstance(block, PageBreak):
            w.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def list(self, block: ListBlock) -> None:
        num_id = parts.add_numbering(self.word, "decimal", "%1)") if block.ordered else None
        for item in block.items:
            p = self.word.add_paragraph(style="List Paragraph" if num_id else "List Bullet")
            if num_id is not None:
                parts.set_numbering(p, num_id)
            self.runs(p, item)

    def table(self, block: Table) -> None:
        table = self.word.add_table(rows=1, cols=len(block.header))
        table.style = self.word.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, text in zip(table.rows[0].cells, block.header, strict=True):
            cell.text = ""
            _add_text(cell.paragraphs[0], text, bold=True)
            parts.shade_cell(cell)
        parts.repeat_header(table.rows[0])
        for row in block.rows:
            cells = table.add_row().cells
            for i, (cell, text) in enumerate(zip(cells, row, strict=True)):
                _add_text(cell.paragraphs[0], text)
                if i < len(block.numeric) and block.numeric[i]:
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for row in table.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    p.paragraph_format.space_after = Pt(0)
                    for r in p.runs:
                        r.font.size = Pt(9.5)
        if block.caption:
            _add_text(self.word.add_paragraph(style="Caption"), block.caption)

    def signature(self, block: Signature) -> None:
        w = self.word
        _add_text(w.add_paragraph(style="Recours Signature"), block.place_date)
        name = w.add_paragraph(style="Recours Signature")
        name.paragraph_format.space_before = Pt(40)
        _add_text(name, block.name, bold=True)
        for line in (block.capacity, block.firm):
            if line:
                _add_text(w.add_paragraph(style="Recours Signature"), line)

    def page_setup(self) -> None:
        meta = self.doc.metadata
        section = self.word.sections[0]
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin, section.right_margin = Cm(2.4), Cm(2.0)
        section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.4)
        section.different_first_page_header_footer = True
        header = section.header.paragraphs[0]
        _add_text(header, meta.header)
        header.style = self.word.styles["Header"]
        for footer in (section.footer, section.first_page_footer):
            p = footer.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _add_text(p, "Page ")
            parts.page_field(p, "PAGE")
            _add_text(p, " sur " if meta.lang == "fr" else " of ")
            parts.page_field(p, "NUMPAGES")

    def properties(self) -> None:
        meta = self.doc.metadata
        props = self.word.core_properties
        props.title = meta.title
        props.subject = meta.subject
        props.author = meta.author
        props.last_modified_by = meta.author
        props.language = "fr-FR" if meta.lang == "fr" else "en-GB"
        props.keywords = meta.kind
        props.comments = "Recours"
        props.revision = 1
        stamp = datetime.combine(date.fromisoformat(meta.date), time(), tzinfo=UTC)
        props.created = stamp
        props.modified = stamp

    def render(self) -> bytes:
        self.page_setup()
        self.properties()
        for block in self.doc.blocks:
            self.block(block)
        out = BytesIO()
        self.word.save(out)
        return out.getvalue()


def render_docx(doc: Document) -> bytes:
    """The document as DOCX bytes."""
    return _DocxWriter(doc).render()
