"""HTML rendering, for the screen and for print (the PDF is printed from this HTML).

On screen, footnotes are gathered at the end of the document; in print mode they are left
in place as ``<span class="footnote">`` and WeasyPrint floats them to the foot of the page
(CSS Generated Content for Paged Media). The running header, « confidential » mention and
« Page n / N » numbering come from the ``@page`` rule.
"""

from __future__ import annotations

import base64
import re
from html import escape
from importlib.resources import files

from recours.documents.model import (
    Block,
    Document,
    Heading,
    Image,
    Inline,
    ListBlock,
    Note,
    NoteRef,
    NumberedParagraph,
    PageBreak,
    Paragraph,
    Quote,
    Signature,
    Table,
)


def stylesheet() -> str:
    return files("recours.documents").joinpath("static/document.css").read_text("utf-8")


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def page_css(doc: Document) -> str:
    """The ``@page`` rule: A4, running header, confidentiality mention, page numbers."""
    fr = doc.metadata.lang == "fr"
    of = " sur " if fr else " of "
    mention = ("Confidentiel" if fr else "Confidential") if doc.metadata.confidential else ""
    return f"""@page {{ size: A4; margin: 22mm 20mm 24mm 24mm;
  @top-left {{ content: {_css_string(doc.metadata.header)}; font-size: 8pt; color: #555;
    font-family: "Liberation Sans", "DejaVu Sans", sans-serif; }}
  @top-right {{ content: {_css_string(mention)}; font-size: 8pt; color: #8a1c1c;
    font-family: "Liberation Sans", "DejaVu Sans", sans-serif; }}
  @bottom-center {{ content: "Page " counter(page) "{of}" counter(pages); font-size: 8pt;
    font-family: "Liberation Sans", "DejaVu Sans", sans-serif; }}
}}
@page :first {{ @top-left {{ content: none; }} }}
"""


class _HtmlRenderer:
    def __init__(self, doc: Document, for_print: bool) -> None:
        self.doc = doc
        self.for_print = for_print
        self.notes: dict[int, Note] = {n.number: n for n in doc.notes}

    def inline(self, runs: tuple[Inline, ...]) -> str:
        out: list[str] = []
        for run in runs:
            if isinstance(run, NoteRef):
                out.append(self.call(run.number))
                continue
            text = escape(run.text).replace("\n", "<br>")
            if run.bold:
                text = f"<strong>{text}</strong>"
            if run.italic:
                text = f"<em>{text}</em>"
            out.append(text)
        return "".join(out)

    def call(self, number: int) -> str:
        if self.for_print:
            return f'<span class="footnote">{self.note_body(self.notes[number])}</span>'
        return f'<sup class="call"><a href="#note-{number}" id="call-{number}">{number}</a></sup>'

    def note_body(self, note: Note) -> str:
        body = self.inline(note.runs)
        if note.url:
            body += f' (<a href="{escape(note.url)}">{escape(note.url)}</a>)'
        return body

    def block(self, block: Block) -> str:
        if isinstance(block, Heading):
            level = min(block.level + 1, 6)
            cls = ' class="title"' if block.level == 0 else ""
            return f"<h{level}{cls}>{escape(block.text)}</h{level}>"
        if isinstance(block, Paragraph):
            return f'<p class="{block.role} align-{block.align}">{self.inline(block.runs)}</p>'
        if isinstance(block, NumberedParagraph):
            num = f'<span class="num">{block.number}.</span>'
            return f'<p class="numbered">{num}{self.inline(block.runs)}</p>'
        if isinstance(block, Quote):
            src = f'<p class="source">— {escape(block.source)}</p>' if block.source else ""
            return f"<blockquote><p>{self.inline(block.runs)}</p>{src}</blockquote>"
        if isinstance(block, ListBlock):
            tag = "ol" if block.ordered else "ul"
            items = "".join(f"<li>{self.inline(item)}</li>" for item in block.items)
            return f"<{tag}>{items}</{tag}>"
        if isinstance(block, Table):
            return self.table(block)
        if isinstance(block, Image):
            data = base64.b64encode(block.png).decode("ascii")
            img = f'<img src="data:image/png;base64,{data}" alt="{escape(block.caption)}"'
            img += f' style="width:{block.width_cm}cm">'
            return f"<figure>{img}<figcaption>{escape(block.caption)}</figcaption></figure>"
        if isinstance(block, Signature):
            lines = [f'<p class="align-left">{escape(block.place_date)}</p>']
            lines.append(f'<p class="name align-left">{escape(block.name)}</p>')
            lines += [
                f'<p class="align-left">{escape(x)}</p>' for x in (block.capacity, block.firm) if x
            ]
            return f'<div class="signature">{"".join(lines)}</div>'
        assert isinstance(block, PageBreak)
        return '<div class="pagebreak"></div>'

    def table(self, block: Table) -> str:
        def cell(tag: str, i: int, text: str) -> str:
            num = i < len(block.numeric) and block.numeric[i]
            cls = ' class="num"' if num and tag == "td" else ""
            return f"<{tag}{cls}>{_breakable(escape(text)).replace(chr(10), '<br>')}</{tag}>"

        head = "".join(cell("th", i, h) for i, h in enumerate(block.header))
        body = "".join(
            "<tr>" + "".join(cell("td", i, c) for i, c in enumerate(row)) + "</tr>"
            for row in block.rows
        )
        caption = f"<caption>{escape(block.caption)}</caption>" if block.caption else ""
        return f"<table>{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    def endnotes(self) -> str:
        if self.for_print or not self.doc.notes:
            return ""
        items = "".join(
            f'<li id="note-{n.number}">{self.note_body(n)} <a href="#call-{n.number}">↩</a></li>'
            for n in self.doc.notes
        )
        title = "Notes"
        return f'<section class="notes"><h2>{title}</h2><ol>{items}</ol></section>'

    def render(self) -> str:
        meta = self.doc.metadata
        body = "\n".join(self.block(b) for b in self.doc.blocks)
        return f"""<!DOCTYPE html>
<html lang="{meta.lang}">
<head>
<meta charset="utf-8">
<title>{escape(meta.title)}</title>
<meta name="author" content="{escape(meta.author)}">
<meta name="description" content="{escape(meta.subject)}">
<meta name="dcterms.created" content="{meta.date}">
<meta name="generator" content="Recours">
<style>
{stylesheet()}
{page_css(self.doc)}
</style>
</head>
<body class="{meta.kind}">
{body}
{self.endnotes()}
</body>
</html>
"""


_HASH = re.compile(r"[0-9a-f]{24,}")
_PATH = re.compile(r"[^\s<>]{24,}")
#: An identifier with hyphens (« D1-disponibilite », « journal-api », « INC-2025-1209 »): kept on
#: one line in a cell, never cut at its hyphens.
_IDENT = re.compile(r"(?<![\w/.-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+(?![\w/.-])")


def _breakable(html_text: str) -> str:
    """Long unbroken tokens of a cell get break opportunities (``<wbr>``: nothing is added to
    the text a reader copies) — a hash every 16 characters, a path or an address after each
    ``/`` — so a table never needs to cut ordinary words to fit them."""
    text = _HASH.sub(lambda m: "<wbr>".join(m[0][i:i + 16] for i in range(0, len(m[0]), 16)),
                     html_text)
    text = _PATH.sub(lambda m: m[0].replace("/", "/<wbr>") if "<wbr>" not in m[0] else m[0],
                     text)
    return _IDENT.sub(lambda m: f'<span class="ident">{m[0]}</span>', text)


def render_html(doc: Document, *, for_print: bool = False) -> str:
    """The document as a standalone HTML page (styles and images embedded)."""
    return _HtmlRenderer(doc, for_print).render()
