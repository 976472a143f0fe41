"""WordprocessingML parts python-docx has no API for: real footnotes and numbering.

Footnotes are a ``/word/footnotes.xml`` part related to the main document part (relationship
type ``footnotes``), holding the two separator footnotes Word expects (ids -1 and 0) and one
``w:footnote`` per note; the body calls each with ``w:footnoteReference``. Numbered
paragraphs use a numbering definition (``w:abstractNum`` + ``w:num``) added to the
template's numbering part, so Word numbers them itself and renumbers when the lawyer edits.
"""

from __future__ import annotations

from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import OxmlElement

FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"

_SEPARATORS = (
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"'
    ' w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"'
    ' w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
    "</w:footnote>"
)


class Footnotes:
    """The footnotes part of a document being written."""

    def __init__(self, document: Any) -> None:
        xml = f"<w:footnotes {nsdecls('w', 'r')}>{_SEPARATORS}</w:footnotes>"
        self.element = parse_xml(xml)
        part = XmlPart(
            PackURI("/word/footnotes.xml"), FOOTNOTES_CT, self.element, document.part.package
        )
        document.part.relate_to(part, RT.FOOTNOTES)
        _declare_separators(document)

    def add(self, number: int) -> Any:
        """A new footnote ``number``; returns its (first) paragraph to fill with runs."""
        note = OxmlElement("w:footnote")
        note.set(qn("w:id"), str(number))
        paragraph = parse_xml(
            f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:t xml:space="preserve"> </w:t></w:r></w:p>'
        )
        note.append(paragraph)
        self.element.append(note)
        return paragraph


def _declare_separators(document: Any) -> None:
    """``w:footnotePr`` in the settings names the separator footnotes, as Word writes it."""
    settings = document.settings.element
    declared = parse_xml(
        f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
    )
    compat = settings.find(qn("w:compat"))
    if compat is not None:
        compat.addprevious(declared)
    else:
        settings.append(declared)


def footnote_call(paragraph: Any, number: int) -> None:
    """Append a footnote call (superscript number) to a python-docx paragraph."""
    run = parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
        f'<w:footnoteReference w:id="{number}"/></w:r>'
    )
    paragraph._p.append(run)


def add_numbering(document: Any, fmt: str, text: str, indent_twips: int = 567) -> int:
    """Add a one-level numbering definition; return its ``numId`` for ``w:numPr``."""
    numbering = document.part.numbering_part.element
    abstract_ids = [
        int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))
    ]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abstract_id = max(abstract_ids, default=0) + 1
    num_id = max(num_ids, default=0) + 1
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{indent_twips}" w:hanging="{indent_twips}"/></w:pPr>'
        "<w:rPr><w:b/></w:rPr></w:lvl></w:abstractNum>"
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            "</w:num>"
        )
    )
    return num_id


def set_numbering(paragraph: Any, num_id: int) -> None:
    """Attach a paragraph to numbering ``num_id`` (level 0)."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


def bottom_border(paragraph: Any, color: str = "1F3A5F", size: int = 12) -> None:
    """A rule under a paragraph (letterhead)."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{size}" w:space="4"'
            f' w:color="{color}"/></w:pBdr>'
        )
    )


def shade_cell(cell: Any, fill: str = "E8EDF3") -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def repeat_header(row: Any) -> None:
    """Repeat a table's header row on each page."""
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def page_field(paragraph: Any, instruction: str) -> None:
    """A simple field (``PAGE``, ``NUMPAGES``) Word and LibreOffice compute on display."""
    paragraph._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr=" {instruction} "><w:r><w:t>1</w:t></w:r>'
            "</w:fldSimple>"
        )
    )
