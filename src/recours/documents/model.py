"""The format-neutral document model.

A :class:`Document` is built once by a builder (notice, memo, report) and rendered thinly to
Markdown, HTML, PDF and DOCX. Blocks are frozen dataclasses; inline content is a tuple of
:class:`Run` (text with emphasis) and :class:`NoteRef` (a call to a footnote, numbered in
order of appearance). A text may contain ``"\\n"``: renderers turn it into a line break.

The JSON form (:func:`document_to_dict`) is the neutral golden form used by tests; images
are described by their key and caption, not their bytes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

Align = Literal["left", "right", "center", "justify"]
Role = Literal["body", "letterhead", "recipient", "place_date", "subject", "mention", "small"]


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text with its emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True, slots=True)
class NoteRef:
    """A call to footnote number ``number`` (see :attr:`Document.notes`)."""

    number: int


Inline = Run | NoteRef


@dataclass(frozen=True, slots=True)
class Note:
    """A footnote. ``citation`` is the article id it cites, when it cites one."""

    number: int
    runs: tuple[Inline, ...]
    citation: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    runs: tuple[Inline, ...]
    role: Role = "body"
    align: Align = "justify"


@dataclass(frozen=True, slots=True)
class NumberedParagraph:
    """A numbered paragraph, numbered continuously through the document (« 1. », « 2. »…)."""

    number: int
    runs: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str | None = None
    numeric: tuple[bool, ...] = ()  # per column: right-aligned figures

    def __post_init__(self) -> None:
        width = len(self.header)
        for row in self.rows:
            if len(row) != width:
                raise ValueError(f"table row has {len(row)} cells, header has {width}")


@dataclass(frozen=True, slots=True)
class Quote:
    runs: tuple[Inline, ...]
    source: str | None = None


@dataclass(frozen=True, slots=True)
class ListBlock:
    items: tuple[tuple[Inline, ...], ...]
    ordered: bool = False


@dataclass(frozen=True, slots=True)
class Image:
    """A chart or picture: PNG bytes, a caption, and a stable key (e.g. ``chart:C1``)."""

    key: str
    png: bytes
    caption: str
    width_cm: float = 15.0

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.png).hexdigest()


@dataclass(frozen=True, slots=True)
class PageBreak:
    pass


@dataclass(frozen=True, slots=True)
class Signature:
    """The signature block: where and when, who signs, in which capacity."""

    place_date: str
    name: str
    capacity: str | None = None
    firm: str | None = None


Block = (
    Heading
    | Paragraph
    | NumberedParagraph
    | Table
    | Quote
    | ListBlock
    | Image
    | PageBreak
    | Signature
)


@dataclass(frozen=True, slots=True)
class Metadata:
    kind: str  # "mise-en-demeure" | "note" | "rapport"
    lang: str
    title: str
    subject: str
    author: str
    date: str  # ISO date of the document
    header: str  # running header of printed pages
    reference: str | None = None
    confidential: bool = True


@dataclass(frozen=True, slots=True)
class Document:
    metadata: Metadata
    blocks: tuple[Block, ...]
    notes: tuple[Note, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        called = [ref.number for ref in _note_refs(self)]
        expected = list(range(1, len(self.notes) + 1))
        if called != expected or [note.number for note in self.notes] != expected:
            raise ValueError(f"each note must be called once, in order: calls {called}")

    def citations(self) -> tuple[str, ...]:
        """Every article id the document cites, in order of first appearance."""
        seen: dict[str, None] = {}
        for note in self.notes:
            if note.citation:
                seen.setdefault(note.citation, None)
        return tuple(seen)

    def plain_text(self) -> str:
        """All the words of the document (for searching and tests)."""
        parts: list[str] = []
        for block in self.blocks:
            parts.extend(_block_texts(block))
        parts.extend(_runs_text(note.runs) for note in self.notes)
        return "\n".join(parts)


def _runs_text(runs: tuple[Inline, ...]) -> str:
    return "".join(run.text for run in runs if isinstance(run, Run))


def _block_texts(block: Block) -> list[str]:
    if isinstance(block, Heading):
        return [block.text]
    if isinstance(block, Paragraph | NumberedParagraph):
        return [_runs_text(block.runs)]
    if isinstance(block, Quote):
        return [_runs_text(block.runs), block.source or ""]
    if isinstance(block, ListBlock):
        return [_runs_text(item) for item in block.items]
    if isinstance(block, Table):
        return [" | ".join(row) for row in (block.header, *block.rows)] + [block.caption or ""]
    if isinstance(block, Image):
        return [block.caption]
    if isinstance(block, Signature):
        return [block.place_date, block.name, block.capacity or "", block.firm or ""]
    return []


def _note_refs(doc: Document) -> list[NoteRef]:
    found: list[NoteRef] = []
    for block in doc.blocks:
        for runs in _block_runs(block):
            found.extend(run for run in runs if isinstance(run, NoteRef))
    return found


def _block_runs(block: Block) -> list[tuple[Inline, ...]]:
    if isinstance(block, Paragraph | NumberedParagraph | Quote):
        return [block.runs]
    if isinstance(block, ListBlock):
        return list(block.items)
    return []


def inline_to_dict(run: Inline) -> dict[str, Any]:
    if isinstance(run, NoteRef):
        return {"note": run.number}
    out: dict[str, Any] = {"text": run.text}
    if run.bold:
        out["bold"] = True
    if run.italic:
        out["italic"] = True
    return out


def _runs(runs: tuple[Inline, ...]) -> list[dict[str, Any]]:
    return [inline_to_dict(run) for run in runs]


def block_to_dict(block: Block) -> dict[str, Any]:
    """The JSON form of a block (images by key and caption, not bytes)."""
    kind = type(block).__name__.lower()
    if isinstance(block, Heading):
        return {"type": kind, "level": block.level, "text": block.text}
    if isinstance(block, Paragraph):
        return {"type": kind, "role": block.role, "align": block.align, "runs": _runs(block.runs)}
    if isinstance(block, NumberedParagraph):
        return {"type": kind, "number": block.number, "runs": _runs(block.runs)}
    if isinstance(block, Table):
        return {
            "type": kind,
            "caption": block.caption,
            "header": list(block.header),
            "rows": [list(row) for row in block.rows],
        }
    if isinstance(block, Quote):
        return {"type": kind, "source": block.source, "runs": _runs(block.runs)}
    if isinstance(block, ListBlock):
        return {"type": "list", "ordered": block.ordered, "items": [_runs(i) for i in block.items]}
    if isinstance(block, Image):
        return {"type": kind, "key": block.key, "caption": block.caption}
    if isinstance(block, Signature):
        return {
            "type": kind,
            "place_date": block.place_date,
            "name": block.name,
            "capacity": block.capacity,
            "firm": block.firm,
        }
    return {"type": "pagebreak"}


def document_to_dict(doc: Document) -> dict[str, Any]:
    """The neutral JSON form of a document (the golden form of tests)."""
    meta = doc.metadata
    return {
        "metadata": {
            "kind": meta.kind,
            "lang": meta.lang,
            "title": meta.title,
            "subject": meta.subject,
            "author": meta.author,
            "date": meta.date,
            "header": meta.header,
            "reference": meta.reference,
            "confidential": meta.confidential,
        },
        "blocks": [block_to_dict(block) for block in doc.blocks],
        "notes": [
            {"number": n.number, "citation": n.citation, "url": n.url, "runs": _runs(n.runs)}
            for n in doc.notes
        ],
    }
