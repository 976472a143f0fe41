"""DOCX reading: paragraphs with their numbering, tables, headers and footers, page breaks."""

from __future__ import annotations

import dataclasses
import io
import zipfile
from typing import Any

from docx import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError

from recours.contract.model import ContractText, PassageStyle
from recours.contract.reading.builder import TextBuilder
from recours.contract.reading.errors import corrupt
from recours.contract.reading.guard import check_docx_archive
from recours.contract.reading.numbering import Numbering

_HEADING_STYLES = ("heading", "titre", "title")


def read_docx(data: bytes, where: str) -> ContractText:
    check_docx_archive(data, where)
    try:
        document = Document(io.BytesIO(data))
        numbering = _numbering(document)
        builder = TextBuilder()
        page = _walk(document, numbering, builder)
        if page == 1 and len(builder.passages) > 1:
            page = _estimate_pages(builder)
        _headers_footers(document, builder)
    except (PackageNotFoundError, XMLSyntaxError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise corrupt(where, "DOCX", str(exc) or type(exc).__name__) from exc
    contract = builder.build(where, "docx", page)
    if page > 1 and builder.estimated:
        contract.warnings.append(
            f"pages estimées (~{CHARS_PER_PAGE} caractères par page) : le fichier n'enregistre "
            f"aucun saut de page / estimated pages (~{CHARS_PER_PAGE} characters a page): the "
            "file records no page break"
        )
    return contract


# a DOCX never opened in Word records no page break: its pages are estimated from the length of
# the text (about 3,000 characters of body text on an A4 page), and said to be estimated
CHARS_PER_PAGE = 3000


def _estimate_pages(builder: TextBuilder) -> int:
    passages = builder.passages
    if passages[-1].end <= CHARS_PER_PAGE:
        return 1
    builder.passages = [
        dataclasses.replace(p, page=1 + p.start // CHARS_PER_PAGE) for p in passages
    ]
    builder.estimated = True
    return builder.passages[-1].page


def _numbering(document: Any) -> Numbering:
    try:
        part = document.part.numbering_part
    except (KeyError, NotImplementedError):
        return Numbering(None)
    return Numbering(part.element)


class _Styles:
    """Paragraph styles indexed once by id (python-docx resolves them slowly per paragraph)."""

    def __init__(self, document: Any) -> None:
        self.name: dict[str, str] = {}
        self.num: dict[str, tuple[str, int] | None] = {}
        self.base: dict[str, str | None] = {}
        self.default: str | None = None
        for style in document.styles.element.findall(qn("w:style")):
            ident = style.get(qn("w:styleId"))
            if ident is None:
                continue
            name = style.find(qn("w:name"))
            self.name[ident] = (name.get(qn("w:val")) if name is not None else ident) or ident
            based = style.find(qn("w:basedOn"))
            self.base[ident] = based.get(qn("w:val")) if based is not None else None
            self.num[ident] = _num_of(style.find(qn("w:pPr")))
            if (
                style.get(qn("w:default")) in ("1", "true")
                and style.get(qn("w:type")) == "paragraph"
            ):
                self.default = ident

    def chain(self, ident: str | None) -> list[str]:
        out: list[str] = []
        current = ident or self.default
        while current is not None and current not in out and len(out) < 20:
            out.append(current)
            current = self.base.get(current)
        return out


def _num_of(ppr: Any) -> tuple[str, int] | None:
    """(numId, ilvl) of a w:pPr element, if it carries numbering."""
    if ppr is None:
        return None
    num_pr = ppr.find(qn("w:numPr"))
    if num_pr is None:
        return None
    num_id = num_pr.find(qn("w:numId"))
    ilvl = num_pr.find(qn("w:ilvl"))
    if num_id is None:
        return None
    level = ilvl.get(qn("w:val")) if ilvl is not None else "0"
    return str(num_id.get(qn("w:val"))), int(level or 0)


def _walk(document: Any, numbering: Numbering, builder: TextBuilder) -> int:
    page = 1
    styles = _Styles(document)
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            page = _paragraph(block, numbering, styles, builder, page)
        elif isinstance(block, Table):
            for row in block.rows:
                cells = _row_cells(row)
                builder.add(" | ".join(cells), page, "table")
    return page


def _row_cells(row: Any) -> list[str]:
    cells: list[str] = []
    for cell in row.cells:
        text = " ".join(p.text for p in cell.paragraphs).strip()
        if text and (not cells or cells[-1] != text):  # merged cells repeat
            cells.append(text)
    return cells


def _paragraph(
    par: Paragraph, numbering: Numbering, styles: _Styles, builder: TextBuilder, page: int
) -> int:
    element = par._p
    breaks = len(element.findall(".//" + qn("w:lastRenderedPageBreak")))
    breaks += sum(1 for br in element.iter(qn("w:br")) if br.get(qn("w:type")) == "page")
    ppr = element.find(qn("w:pPr"))
    if ppr is not None and ppr.find(qn("w:pageBreakBefore")) is not None and builder.passages:
        breaks += 1
    page += breaks
    style_el = ppr.find(qn("w:pStyle")) if ppr is not None else None
    chain = styles.chain(style_el.get(qn("w:val")) if style_el is not None else None)
    num = _num_of(ppr) or next((styles.num[c] for c in chain if styles.num.get(c)), None)
    text = par.text
    level = None
    if num is not None:
        label = numbering.label(num[0], num[1])
        level = num[1]
        if label:
            text = f"{label} {text}"
    style_name = styles.name.get(chain[0], "") if chain else ""
    heading = style_name.lower().startswith(_HEADING_STYLES)
    style: PassageStyle = "heading" if heading else ("list" if num else "paragraph")
    builder.add(text, page, style, level)
    return page


def _headers_footers(document: Any, builder: TextBuilder) -> None:
    seen: set[str] = set()
    for section in document.sections:
        styled: tuple[tuple[Any, PassageStyle], ...] = (
            (section.header, "header"),
            (section.footer, "footer"),
        )
        for part, style in styled:
            if part.is_linked_to_previous:
                continue
            for par in part.paragraphs:
                if par.text.strip() and par.text not in seen:
                    seen.add(par.text)
                    builder.add(par.text, 1, style)
