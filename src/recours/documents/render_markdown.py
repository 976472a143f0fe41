"""Markdown rendering (CommonMark + pipe tables + footnotes ``[^1]``)."""

from __future__ import annotations

import re

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

_SPECIAL = re.compile(r"([\\`*_\[\]|<>#])")


def escape(text: str) -> str:
    """Escape the characters Markdown would read as markup."""
    return _SPECIAL.sub(r"\\\1", text)


def inline(runs: tuple[Inline, ...]) -> str:
    out: list[str] = []
    for run in runs:
        if isinstance(run, NoteRef):
            out.append(f"[^{run.number}]")
            continue
        text = escape(run.text)
        core = text.strip()
        if (run.bold or run.italic) and core:
            lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
            mark = ("**" if run.bold else "") + ("*" if run.italic else "")
            text = f"{lead}{mark}{core}{mark[::-1]}{trail}"
        out.append(text)
    return "".join(out).replace("\n", "\\\n")


def _table(block: Table) -> str:
    def row(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(escape(c).replace("\n", "<br>") for c in cells) + " |"

    aligns = [
        "---:" if i < len(block.numeric) and block.numeric[i] else "---"
        for i in range(len(block.header))
    ]
    lines = [row(block.header), "| " + " | ".join(aligns) + " |"]
    lines.extend(row(r) for r in block.rows)
    if block.caption:
        lines.append("")
        lines.append(f"*{escape(block.caption)}*")
    return "\n".join(lines)


def render_block(block: Block) -> str:
    if isinstance(block, Heading):
        return "#" * min(block.level + 1, 6) + " " + escape(block.text)
    if isinstance(block, Paragraph):
        return inline(block.runs)
    if isinstance(block, NumberedParagraph):
        return f"{block.number}\\. " + inline(block.runs)
    if isinstance(block, Quote):
        body = "\n".join("> " + line for line in inline(block.runs).split("\n"))
        return body + (f"\n>\n> — {escape(block.source)}" if block.source else "")
    if isinstance(block, ListBlock):
        marks = [f"{i}." if block.ordered else "-" for i in range(1, len(block.items) + 1)]
        return "\n".join(f"{m} {inline(item)}" for m, item in zip(marks, block.items, strict=True))
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Image):
        return f"![{escape(block.caption)}]({block.key.replace(':', '-')}.png)\n\n*{escape(block.caption)}*"
    if isinstance(block, Signature):
        lines = [escape(block.place_date), f"**{escape(block.name)}**"]
        lines += [escape(x) for x in (block.capacity, block.firm) if x]
        return "\\\n".join(lines)
    return "---"


def render_markdown(doc: Document) -> str:
    """The whole document as Markdown text (UTF-8, ending with a newline)."""
    parts: list[str] = []
    parts.extend(render_block(block) for block in doc.blocks if not isinstance(block, PageBreak))
    if doc.notes:
        parts.append("---")
        parts.extend(
            f"[^{n.number}]: {inline(n.runs)}" + (f" (<{n.url}>)" if n.url else "") for n in doc.notes
        )
    return "\n\n".join(parts) + "\n"


__all__ = ["escape", "inline", "render_block", "render_markdown"]
