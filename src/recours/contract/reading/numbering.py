"""Render Word automatic numbering (« 12.3 », « I. », « a) ») that python-docx leaves out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from docx.oxml.ns import qn

_ROMAN = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
]


def roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def letter(n: int) -> str:
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    formats: dict[str, Callable[[int], str]] = {
        "upperRoman": roman,
        "lowerRoman": lambda v: roman(v).lower(),
        "upperLetter": letter,
        "lowerLetter": lambda v: letter(v).lower(),
    }
    if fmt in ("bullet", "none"):
        return ""
    return formats.get(fmt, str)(n)  # str(n) for decimal


def _val(element: Any, tag: str) -> str | None:
    child = element.find(qn(tag)) if element is not None else None
    return child.get(qn("w:val")) if child is not None else None


class Numbering:
    """Counters per list, fed paragraph by paragraph in document order."""

    def __init__(self, numbering_element: Any | None) -> None:
        self._levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self._abstract_of: dict[str, str] = {}
        self._counters: dict[str, dict[int, int]] = {}
        if numbering_element is None:
            return
        abstracts: dict[str, dict[int, tuple[str, str, int]]] = {}
        for abstract in numbering_element.findall(qn("w:abstractNum")):
            levels: dict[int, tuple[str, str, int]] = {}
            for lvl in abstract.findall(qn("w:lvl")):
                ilvl = int(lvl.get(qn("w:ilvl"), "0"))
                fmt = _val(lvl, "w:numFmt") or "decimal"
                text = _val(lvl, "w:lvlText") or ""
                start = int(_val(lvl, "w:start") or "1")
                levels[ilvl] = (fmt, text, start)
            abstracts[abstract.get(qn("w:abstractNumId"), "")] = levels
        for num in numbering_element.findall(qn("w:num")):
            abstract_id = _val(num, "w:abstractNumId") or ""
            num_id = num.get(qn("w:numId"), "")
            self._abstract_of[num_id] = abstract_id
            self._levels[num_id] = abstracts.get(abstract_id, {})

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance the counter of (list, level) and return the rendered label."""
        levels = self._levels.get(num_id)
        if not levels or ilvl not in levels or num_id == "0":
            return ""
        counters = self._counters.setdefault(self._abstract_of[num_id], {})
        fmt, _, start = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if fmt == "bullet":
            return "•"
        text = levels[ilvl][1]
        for k in range(ilvl, -1, -1):
            kfmt, _, kstart = levels.get(k, ("decimal", "", 1))
            text = text.replace(f"%{k + 1}", format_number(counters.get(k, kstart), kfmt))
        return text.strip()
