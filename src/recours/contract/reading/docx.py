"""DOCX reading: paragraphs with their numbering, tables, headers and footers, page breaks."""

from __future__ import annotations

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
        _headers_footers(document, builder)
    except (PackageNotFoundError, XMLSyntaxError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise corrupt(where, "DOCX", str(exc) or type(exc).__name__) from exc
    return builder.build(where, "docx", page)


def _numbering(document: Any) -> Numbering:
    try:
        part = document.part.numbering_part
    except (KeyError, NotImplementedError):
        return Numbering(None)
    return Numbering(part.element)


def _walk(document: Any, numbering: Numbering, builder: TextBuilder) -> int:
    page = 1
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            page = _paragraph(block, numbering, builder, page)
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


def _paragraph(par: Paragraph, numbering: Numbering, builder: TextBuilder, page: int) -> int:
    element = par._p
    breaks = len(element.findall(".//" + qn("w:lastRenderedPageBreak")))
    breaks += sum(1 for br in element.iter(qn("w:br")) if br.get(qn("w:type")) == "page")
    page += breaks
    num = _num_pr(par)
    text = par.text
    level = None
    if num is not None:
        label = numbering.label(num[0], num[1])
        level = num[1]
        if label:
            text = f"{label} {text}"
    style_name = (par.style.name if par.style is not None else "") or ""
    heading = style_name.lower().startswith(_HEADING_STYLES)
    style: PassageStyle = "heading" if heading else ("list" if num else "paragraph")
    builder.add(text, page, style, level)
    return page


def _num_pr(par: Paragraph) -> tuple[str, int] | None:
    """(numId, ilvl) from the paragraph, or else from its style chain."""
    candidates: list[Any] = [par._p.pPr]
    style = par.style
    while style is not None:
        candidates.append(style.element.pPr)
        style = style.base_style
    for ppr in candidates:
        if ppr is None or ppr.numPr is None:
            continue
        num_id = ppr.numPr.numId
        ilvl = ppr.numPr.ilvl
        if num_id is None:
            continue
        return str(num_id.val), int(ilvl.val) if ilvl is not None else 0
    return None


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
