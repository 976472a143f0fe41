"""Structure of a contract: articles, sections, sub-clauses, annexes, definitions, references."""

from __future__ import annotations

import re
from typing import Literal

from recours.contract.model import ContractText, CrossRef, Definition, Passage, Section, Structure

_ARTICLE = re.compile(
    r"^(?:article|art\.|clause|section)\s+(\d+(?:\.\d+)*|premier|1er|[IVXLC]+)\b\.?\s*"
    r"(?:[-–—:.)]\s*)?(.*)$",
    re.IGNORECASE,
)
_ANNEX = re.compile(
    r"^(?:annexe|annex|schedule|appendix)\s+(\d+|[A-Z]|[IVX]+)\b\.?\s*(?:[-–—:.]\s*)?(.*)$",
    re.IGNORECASE,
)
_PART = re.compile(
    r"^(?:titre|partie|part|chapitre|chapter)\s+([IVXLC]+|\d+)\b\s*(?:[-–—:.]\s*)?(.*)$",
    re.IGNORECASE,
)
# « 12 000,00 € HT » is an amount (thousands group), not clause 12
_NUMBERED = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)\.?\)?\s+(?!\d{3}(?:[\s,.]|$))(.+)$")
# list bullets a PDF text layer puts at the end of the line they mark (« Annexe 5 – Tarifs. • • »)
_BULLETS = "•▪◦‣●■□➢►"
_TRAILING_BULLETS = re.compile(rf"(?:\s*[{_BULLETS}])+\s*$")
_ROMAN = re.compile(r"^([IVXLC]{1,6})[.\-–)]\s+(.+)$")
_DEFINITION = re.compile(
    r"[«\"“]\s*([^»\"”]{2,60}?)\s*[»\"”]\s*(?:\)\s*)?(?::|désigne|signifie|means|shall mean|"
    r"refers to)",
    re.IGNORECASE,
)
_DESIGNATION = re.compile(
    r"(?:ci-après|hereinafter|the)?\s*\(?\s*[«\"“]\s*(?:le |la |l'|the )?"
    r"([A-ZÉ][^»\"”]{1,40}?)\s*[»\"”]",
    re.IGNORECASE,
)
_XREF = re.compile(
    r"\b(?:article|art\.|clause|section|annexe|annex|schedule|appendix)s?\s+"
    r"(\d+(?:\.\d+)*|[A-H]\b|[IVX]+\b)",
    re.IGNORECASE,
)
_FR_WORDS = re.compile(r"\b(?:le|la|les|des|est|du|et|aux|une)\b", re.IGNORECASE)
_EN_WORDS = re.compile(r"\b(?:the|and|of|shall|is|any|with|this)\b", re.IGNORECASE)

Kind = Literal["article", "section", "clause", "annex", "preamble"]


def detect_language(text: str) -> Literal["fr", "en"]:
    sample = text[:20000]
    return "fr" if len(_FR_WORDS.findall(sample)) >= len(_EN_WORDS.findall(sample)) else "en"


# a label followed by its sentence (« 2.2 Termination. Either party may terminate … », a
# standard form's run-in heading): a clause, not a title
_RUN_IN = re.compile(r"\w\.\s+\S+(?:\s+\S+){2,}")


def _is_title(text: str) -> bool:
    """A short label rather than a sentence: few words, no final period, no run-in sentence,
    no long lead-in to a list (« … immediately: »)."""
    words = text.split()
    stripped = text.rstrip()
    if _RUN_IN.search(text) or (stripped.endswith(":") and len(words) > 6):
        return len(words) <= 6 and text.isupper()
    return (0 < len(words) <= 12 and not stripped.endswith((".", ";", ","))) or (
        len(words) <= 6 and text.isupper()
    )


def classify_heading(passage: Passage) -> tuple[Kind, str | None, str | None, int] | None:
    """(kind, number, title, depth) when the passage opens a unit, else None."""
    text = passage.text.strip().strip("*_ ")
    if text[-1:] in _BULLETS:
        text = _TRAILING_BULLETS.sub("", text)
    units: tuple[tuple[re.Pattern[str], Kind], ...] = ((_ANNEX, "annex"), (_PART, "section"))
    for pattern, unit in units:
        match = pattern.match(text)
        if match and _is_title(match.group(2) or "x"):
            return unit, match.group(1), match.group(2) or None, 0
    match = _ARTICLE.match(text)
    if match:
        number = "1" if match.group(1).lower() in ("premier", "1er") else match.group(1)
        body = match.group(2)
        kind: Kind = "article" if _is_title(body or "x") else "clause"
        return kind, number, (body or None) if kind == "article" else None, 1 + number.count(".")
    for pattern in (_NUMBERED, _ROMAN):
        match = pattern.match(text)
        if match:
            number, rest = match.group(1), match.group(2)
            depth = 1 + number.count(".")
            if _is_title(rest):
                return "section", number, rest.rstrip(". "), depth
            return "clause", number, None, depth
    # a paragraph styled as a heading but long enough to be a clause (a DOCX form that styles
    # every numbered paragraph as a heading) stays a paragraph
    # a sentence in capitals (« LA PLATEFORME EST FOURNIE "EN L'ÉTAT" SANS GARANTIE D'AUCUNE
    # SORTE. ») is a clause, not a heading: six words or more ending with a period (contract9)
    if (passage.style == "heading" and len(text.split()) <= 20) or (
        text.isupper()
        and 1 <= len(text.split()) <= 10
        and not (len(text.split()) >= 6 and text.rstrip().endswith((".", "!")))
    ):
        return "section", None, text, 1 if passage.style != "heading" else (passage.level or 0) + 1
    return None


def build_structure(contract: ContractText) -> Structure:
    sections: list[Section] = [Section(None, None, "preamble", 0, None)]
    annex: str | None = None
    last_article = 0  # the last top-level article number of the body (outside annexes)
    open_units: list[Section] = []
    heads: dict[int, tuple[Kind, str | None, str | None, int] | None] = {}
    for passage in contract.passages:
        if passage.style in ("header", "footer"):
            continue
        head = heads[id(passage)] = classify_heading(passage)
        if head is None:
            (open_units[-1] if open_units else sections[0]).passages.append(passage)
            continue
        kind, number, title, depth = head
        if kind == "annex":
            annex = number
        elif kind == "article" and depth == 1 and number and number.isdigit():
            # an « Annexe 5 – … » line followed by the next article of the body was an item of
            # a list of annexes, not the start of the annex: the body goes on
            if annex is not None and int(number) == last_article + 1:
                annex = None
                _unmake_annex(sections)
            if annex is None:
                last_article = int(number)
        unit = Section(number, title, kind, depth, passage, annex=annex)
        if kind == "clause":
            unit.passages.append(passage)
            parent = next((u for u in reversed(open_units) if u.kind != "clause"), None)
            if parent and unit.title is None:
                unit.title = parent.title
        open_units = [u for u in open_units if u.depth < depth and u.kind != "clause"] + [unit]
        sections.append(unit)
    return Structure(
        sections,
        _definitions(contract),
        _cross_refs(contract, heads),
        detect_language(contract.text),
    )


def _unmake_annex(sections: list[Section]) -> None:
    """Fold the last annex heading, when nothing was read under it, back into the unit before."""
    index = max(i for i, s in enumerate(sections) if s.kind == "annex")
    false = sections[index]
    if index == len(sections) - 1 and not false.passages and false.heading is not None:
        del sections[index]
        sections[index - 1].passages.append(false.heading)


def _definitions(contract: ContractText) -> list[Definition]:
    found: list[Definition] = []
    seen: set[str] = set()
    for passage in contract.passages:
        for match in _DEFINITION.finditer(passage.text):
            term = match.group(1).strip()
            if term.lower() not in seen:
                seen.add(term.lower())
                found.append(
                    Definition(term, passage.text, passage.page, passage.start + match.start())
                )
    return found


def designations(contract: ContractText) -> list[str]:
    """Names the parties are given: « le Client », ("Supplier")…"""
    names: list[str] = []
    for passage in contract.passages[:15]:
        for match in _DESIGNATION.finditer(passage.text):
            name = match.group(1).strip()
            if name.lower() not in (n.lower() for n in names) and len(name.split()) <= 3:
                names.append(name)
    return names


def _cross_refs(
    contract: ContractText, heads: dict[int, tuple[Kind, str | None, str | None, int] | None]
) -> list[CrossRef]:
    """References in the body; ``heads`` holds the headings already classified."""
    refs: list[CrossRef] = []
    for passage in contract.passages:
        if passage.style in ("header", "footer"):
            continue
        head = heads[id(passage)] if id(passage) in heads else classify_heading(passage)
        if head is not None and head[0] != "clause":
            continue
        for match in _XREF.finditer(passage.text):
            refs.append(
                CrossRef(
                    match.group(0), match.group(1), passage.page, passage.start + match.start()
                )
            )
    return refs
