"""Plain typed values of the contract domain: passages, sections, detections, analysis."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SourceFormat = Literal["pdf", "docx", "text", "markdown"]
PassageStyle = Literal["paragraph", "heading", "list", "table", "header", "footer"]


@dataclass(frozen=True, slots=True)
class Passage:
    """A paragraph-like unit of the contract with its place in the extracted text.

    ``start``/``end`` are character offsets into :attr:`ContractText.text`; ``page`` is the
    1-based page (PDF page, form-feed page for text, rendered page break for DOCX).
    """

    text: str
    page: int
    start: int
    end: int
    style: PassageStyle = "paragraph"
    level: int | None = None


@dataclass(slots=True)
class ContractText:
    """The text of a contract as read from its file, cut into passages."""

    source: str
    format: SourceFormat
    text: str
    passages: list[Passage]
    pages: int
    ocr: bool = False
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Section:
    """A numbered or titled unit: article, section, sub-clause or annex."""

    number: str | None
    title: str | None
    kind: Literal["article", "section", "clause", "annex", "preamble"]
    depth: int
    heading: Passage | None
    passages: list[Passage] = field(default_factory=list)
    annex: str | None = None

    @property
    def label(self) -> str:
        """A human reference such as « Annexe 2, art. 2.1 » or « Article 12 »."""
        parts: list[str] = []
        if self.annex and self.kind != "annex":
            parts.append(f"Annexe {self.annex}")
        if self.kind == "annex":
            parts.append(f"Annexe {self.number}" if self.number else (self.title or "Annexe"))
        elif self.number:
            parts.append(f"art. {self.number}")
        elif self.title:
            parts.append(self.title)
        return ", ".join(parts) or "préambule"


@dataclass(frozen=True, slots=True)
class Definition:
    term: str
    text: str
    page: int
    start: int


@dataclass(frozen=True, slots=True)
class CrossRef:
    text: str
    target: str
    page: int
    start: int


@dataclass(slots=True)
class Structure:
    sections: list[Section]
    definitions: list[Definition]
    cross_refs: list[CrossRef]
    language: Literal["fr", "en"]

    def section_of(self, passage: Passage) -> Section | None:
        for section in self.sections:
            if passage in section.passages or section.heading == passage:
                return section
        return None


@dataclass(slots=True)
class Detection:
    """One passage matched for one clause kind, with the reason it matched."""

    kind: str
    passage: Passage
    section: str | None
    reason: str
    negated: bool = False
    carve_outs: list[str] = field(default_factory=list)
    # the passage model's probability that this passage shows the kind (kinds/passage_model.py)
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.passage.text,
            "page": self.passage.page,
            "start": self.passage.start,
            "end": self.passage.end,
            "section": self.section,
            "reason": self.reason,
            "negated": self.negated,
            "carve_outs": list(self.carve_outs),
        }
