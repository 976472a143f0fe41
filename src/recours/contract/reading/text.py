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
# a page's YAML front matter (« --- / layout: post / contract_customer_jurisdiction: … / --- »):
# the site generator's settings, not the text the reader sees
_FRONT_MATTER_KEY = re.compile(r"^[A-Za-z_][\w-]*\s*:")
_FRONT_MATTER_TITLE = re.compile(r"^title\s*:\s*(.+)$")
# a table drawn with box characters (« ┌───┐ », « │ DISPONIBILITÉ   CRÉDIT │ »), often inside a
# code fence: each inner line is a row whose columns are separated by runs of spaces
_BOX_CHARS = re.compile(r"[\u2500-\u257f]+")
_BOX_SIDE = ("\u2502", "\u2503", "\u2551")
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})\s*\w*\s*$")
_COLUMNS = re.compile(r"\s{2,}")


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
        if fmt == "markdown" and number == 1:
            lines = _without_front_matter(lines)
        lines = _text_art_rows(lines)
        if fmt == "markdown":
            lines = [
                _markdown_line(ln)
                for ln in lines
                if not _MD_RULE.match(ln) and not _MDX_LINE.match(ln)
            ]
        for paragraph in join_lines(lines, wrapped=False):
            _add(builder, paragraph, number, fmt)
    return builder.build(where, fmt, len(pages))


def _without_front_matter(lines: list[str]) -> list[str]:
    """The lines without the YAML front matter that opens a Markdown page (« --- » then
    « key: value » lines then « --- »), kept when the block does not read as one."""
    if not lines or lines[0].strip() != "---":
        return lines
    for end in range(1, min(len(lines), 80)):
        if lines[end].strip() in ("---", "..."):
            body = [ln for ln in lines[1:end] if ln.strip()]
            if body and _FRONT_MATTER_KEY.match(body[0]):
                # the page's title is what the site shows as its heading: kept as one
                titles = [_FRONT_MATTER_TITLE.match(ln) for ln in body]
                title = next((m.group(1).strip().strip("'\"") for m in titles if m), "")
                return ([f"# {title}", ""] if title else []) + lines[end + 1 :]
            return lines
    return lines


def _is_box_line(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and (
        stripped.startswith(_BOX_SIDE) or not _BOX_CHARS.sub("", stripped).strip()
    )


def _text_art_rows(lines: list[str]) -> list[str]:
    """A table drawn with box characters read as table rows: a border line is a break, an
    inner line (« │  Plateforme Web     99.0%   99.5%  │ ») a row « | Plateforme Web | 99.0% |
    99.5% | » with its columns split at runs of spaces; the code fence around it is dropped."""
    if not any(side in line for line in lines for side in _BOX_SIDE):
        return lines
    out: list[str] = []
    for index, line in enumerate(lines):
        if _FENCE.match(line) and (
            (index + 1 < len(lines) and _is_box_line(lines[index + 1]))
            or (index > 0 and _is_box_line(lines[index - 1]))
        ):
            out.append("")
            continue
        if not _is_box_line(line):
            out.append(line)
            continue
        inner = _BOX_CHARS.sub("  ", line).strip()
        out.append("")
        if inner:
            out.append("| " + " | ".join(_COLUMNS.split(inner)) + " |")
            out.append("")
    return out


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
