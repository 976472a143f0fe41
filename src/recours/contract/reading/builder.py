"""Assemble passages into one text with exact character offsets."""

from __future__ import annotations

import re
import unicodedata

from recours.contract.model import ContractText, Passage, PassageStyle, SourceFormat

_SPACES = re.compile(r"[ \t\u00a0\u202f\u2007\u2009\u200b\ufeff]+")
_HYPHEN_BREAK = re.compile(r"(\w)-\s+\n?(\w)")

# A line that starts a new passage: heading words, numbering, roman numerals, list markers.
BLOCK_START = re.compile(
    r"^(?:#{1,6}\s|(?:article|art\.|section|clause|annexe|annex|schedule|appendix|chapitre|"
    r"chapter|titre|partie|part)\s+[\dIVXLCA-Z]|\d{1,3}(?:\.\d{1,3})*\.?\s|\d{1,3}(?:\.\d{1,3})+\)?\s|"
    r"[IVXLC]{1,6}[.\-–)]\s|[a-z][.)]\s|\([a-z0-9ivx]{1,4}\)\s|[-*•–▪]\s|\|)",
    re.IGNORECASE,
)


# typographic apostrophes read as the plain one the rules are written with (« l’état »)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2032": "'"})


def normalize(text: str) -> str:
    """One line of clean text: spaces collapsed, non-breaking spaces made plain, typographic
    apostrophes made plain, accents composed (NFC: a file written with « e » + combining acute
    reads « é », as every rule expects) and soft hyphens (U+00AD, invisible) dropped."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    flat = text.replace("\r", " ").replace("\n", " ").replace("\u00ad", "").translate(_APOSTROPHES)
    return _SPACES.sub(" ", flat).strip()


class TextBuilder:
    """Collects passages; the full text is the passages joined by newlines."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pos = 0
        self.passages: list[Passage] = []
        self.estimated = False  # pages estimated from the length (a DOCX without page breaks)

    def add(
        self, text: str, page: int, style: PassageStyle = "paragraph", level: int | None = None
    ) -> None:
        clean = normalize(text)
        if not clean:
            return
        if self._parts:
            self._parts.append("\n")
            self._pos += 1
        start = self._pos
        self._parts.append(clean)
        self._pos += len(clean)
        self.passages.append(Passage(clean, page, start, self._pos, style, level))

    def build(
        self, source: str, fmt: SourceFormat, pages: int, *, ocr: bool = False
    ) -> ContractText:
        return ContractText(source, fmt, "".join(self._parts), self.passages, pages, ocr)


def is_block_start(line: str) -> bool:
    return bool(BLOCK_START.match(line.lstrip()))


def join_lines(lines: list[str], *, wrapped: bool) -> list[str]:
    """Group lines into paragraphs.

    A blank line or a line that starts a block (heading, numbering, list item) always starts a
    new paragraph. With ``wrapped`` (PDF), a line ending a sentence that is clearly shorter than
    the page width also ends its paragraph.
    """
    width = max((len(line.strip()) for line in lines), default=0)
    paragraphs: list[str] = []
    current: list[str] = []
    for raw in lines:
        line = raw.strip()
        if wrapped and current and line and _continues(current[-1], line):
            current.append(line)
            continue
        if not line or is_block_start(line):
            if current:
                paragraphs.append(" ".join(current))
                current = []
            if line:
                current.append(line)
                if _stands_alone(line, width if wrapped else 0):
                    paragraphs.append(line)
                    current = []
            continue
        current.append(line)
        if wrapped and line[-1] in ".:;!?" and len(line) < 0.7 * width:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return [_HYPHEN_BREAK.sub(r"\1-\2", p) for p in paragraphs]


# a PDF line cut in the middle of a sentence may start with a figure or a lower-case « article »
# (« … au cours des / 12 derniers mois », « … conformément à l' / article 7 »): the sentence
# goes on, no article starts there
_WRAPPED_NUMBER = re.compile(
    r"^(?:\d{1,3}(?:[.,]\d{1,3})*\.?|[a-z]\))\s+[a-zà-ÿ(%€$]|^(?:article|art\.|section|clause|"
    r"annexe|annex|schedule|appendix|chapitre|chapter|titre|partie|part)\s"
)


def _continues(previous: str, line: str) -> bool:
    """Whether ``line`` goes on with the sentence ``previous`` left open."""
    if previous.endswith((".", ":", ";", "!", "?", "»")) or previous.isupper():
        return False
    return bool(_WRAPPED_NUMBER.match(line))


def _stands_alone(line: str, width: int) -> bool:
    """A heading line: Markdown heading, or a short label without final punctuation."""
    if line.startswith("#"):
        return True
    words = line.split()
    if width and len(line) > 0.6 * width:
        return False
    return len(words) <= 10 and not line.endswith((".", ";", ",", ":")) and not line.startswith("|")
