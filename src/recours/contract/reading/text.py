"""Plain text and Markdown: pages by form feed, paragraphs by blank lines and block starts."""

from __future__ import annotations

import re

from recours.contract.model import ContractText, PassageStyle, SourceFormat
from recours.contract.reading.builder import TextBuilder, join_lines
from recours.contract.reading.errors import read_error
from recours.i18n import T

_MD_HEADING = re.compile(r"^(#{1,6})\s+")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_MD_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_MD_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}")
# what a Markdown page holds besides the text: inline HTML and JSX tags (« <span class=…> »,
# « <br /> », « <SectionContainer> »), kramdown attributes (« {: #id } »), link targets, MDX
# import and export lines, backslash escapes
_MD_TAG = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>")
_MD_ATTRIBUTE = re.compile(r"\{:[^{}]*\}")
_MD_LINK = re.compile(r"!?\[([^\[\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_MDX_LINE = re.compile(r"^\s*(?:import|export)\s")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")


def _markdown_line(line: str) -> str:
    """A Markdown line as the reader sees it: tags, attributes and link targets removed."""
    line = _MD_TAG.sub(" ", line)
    line = _MD_ATTRIBUTE.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_ESCAPE.sub(r"\1", line)
    return _MD_EMPHASIS.sub(r"\2", line)


def decode(data: bytes, where: str) -> str:
    if b"\x00" in data[:4096]:
        raise read_error(
            T(
                fr="le fichier n'est pas du texte (contenu binaire)",
                en="the file is not text (binary content)",
            ),
            where,
            T(
                fr="fournissez le contrat en PDF, DOCX, texte ou Markdown",
                en="provide the contract as PDF, DOCX, text or Markdown",
            ),
        )
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def read_text(data: bytes, where: str, fmt: SourceFormat) -> ContractText:
    content = decode(data, where)
    builder = TextBuilder()
    pages = content.split("\f")
    for number, page in enumerate(pages, start=1):
        lines = page.splitlines()
        if fmt == "markdown":
            lines = [
                _markdown_line(ln)
                for ln in lines
                if not _MD_RULE.match(ln) and not _MDX_LINE.match(ln)
            ]
        for paragraph in join_lines(lines, wrapped=False):
            _add(builder, paragraph, number, fmt)
    return builder.build(where, fmt, len(pages))


def _add(builder: TextBuilder, paragraph: str, page: int, fmt: SourceFormat) -> None:
    style: PassageStyle = "paragraph"
    level: int | None = None
    heading = _MD_HEADING.match(paragraph)
    if fmt == "markdown" and heading:
        style, level = "heading", len(heading.group(1)) - 1
        paragraph = paragraph[heading.end() :]
    elif paragraph.startswith("|"):
        if _MD_TABLE_SEP.match(paragraph):
            return
        style = "table"
        paragraph = " | ".join(c.strip() for c in paragraph.strip("| ").split("|"))
    builder.add(paragraph, page, style, level)
