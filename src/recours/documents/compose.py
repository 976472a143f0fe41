"""A small helper that builders use to assemble a :class:`Document` in reading order.

It numbers numbered paragraphs and footnotes as they come, and applies the typography of
the document's language to every text it receives (numbers and dates are formatted before).
"""

from __future__ import annotations

from recours.documents.model import (
    Align,
    Block,
    Document,
    Heading,
    Image,
    Inline,
    ListBlock,
    Metadata,
    Note,
    NoteRef,
    NumberedParagraph,
    PageBreak,
    Paragraph,
    Quote,
    Role,
    Run,
    Signature,
    Table,
)
from recours.documents.typography import typeset
from recours.i18n import Lang

Part = str | Run | NoteRef


class Composer:
    """Collects blocks and notes; ``build`` returns the frozen document."""

    def __init__(self, lang: Lang) -> None:
        self.lang: Lang = lang
        self.blocks: list[Block] = []
        self.notes: list[Note] = []
        self._numbered = 0

    def text(self, value: str) -> str:
        return typeset(value, self.lang)

    def runs(self, parts: tuple[Part, ...]) -> tuple[Inline, ...]:
        out: list[Inline] = []
        for part in parts:
            if isinstance(part, str):
                out.append(Run(self.text(part)))
            elif isinstance(part, Run):
                out.append(Run(self.text(part.text), part.bold, part.italic))
            else:
                out.append(part)
        return tuple(out)

    def note(self, *parts: Part, citation: str | None = None, url: str | None = None) -> NoteRef:
        """Create the next footnote and return its call."""
        number = len(self.notes) + 1
        self.notes.append(Note(number, self.runs(parts), citation=citation, url=url))
        return NoteRef(number)

    def heading(self, text: str, level: int = 1) -> None:
        self.blocks.append(Heading(level, self.text(text)))

    def para(self, *parts: Part, role: Role = "body", align: Align = "justify") -> None:
        self.blocks.append(Paragraph(self.runs(parts), role=role, align=align))

    def numbered(self, *parts: Part) -> None:
        self._numbered += 1
        self.blocks.append(NumberedParagraph(self._numbered, self.runs(parts)))

    def quote(self, *parts: Part, source: str | None = None) -> None:
        self.blocks.append(Quote(self.runs(parts), source=self.text(source) if source else None))

    def items(self, items: list[tuple[Part, ...]], ordered: bool = False) -> None:
        if items:
            self.blocks.append(ListBlock(tuple(self.runs(i) for i in items), ordered=ordered))

    def table(
        self,
        header: list[str],
        rows: list[list[str]],
        caption: str | None = None,
        numeric: tuple[bool, ...] = (),
    ) -> None:
        self.blocks.append(
            Table(
                tuple(self.text(h) for h in header),
                tuple(tuple(self.text(c) for c in row) for row in rows),
                caption=self.text(caption) if caption else None,
                numeric=numeric,
            )
        )

    def image(self, key: str, png: bytes, caption: str, width_cm: float = 15.0) -> None:
        self.blocks.append(Image(key, png, self.text(caption), width_cm))

    def page_break(self) -> None:
        self.blocks.append(PageBreak())

    def signature(self, place_date: str, name: str, capacity: str | None, firm: str | None) -> None:
        self.blocks.append(Signature(self.text(place_date), name, capacity, firm))

    def build(self, metadata: Metadata) -> Document:
        return Document(metadata, tuple(self.blocks), tuple(self.notes))
