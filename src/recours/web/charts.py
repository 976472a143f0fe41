"""Small server-side SVG charts (no JavaScript library): timeline and evidence intervals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape


@dataclass(frozen=True)
class Mark:
    on: date
    label: str
    kind: str  # css class: event type or "deadline"


def timeline_svg(marks: list[Mark], width: int = 900) -> str:
    """A horizontal timeline: one tick per event, labels alternating above and below."""
    if not marks:
        return ""
    marks = sorted(marks, key=lambda m: m.on)
    start, end = marks[0].on, marks[-1].on
    span = max((end - start).days, 1)
    left, right, axis = 40, width - 40, 90
    parts = [f'<svg class="chart timeline" viewBox="0 0 {width} 180" role="img" '
             f'xmlns="http://www.w3.org/2000/svg">',
             f'<line x1="{left}" y1="{axis}" x2="{right}" y2="{axis}" class="axis"/>']
    for i, mark in enumerate(marks):
        x = left + (right - left) * (mark.on - start).days / span
        y = axis - 40 if i % 2 == 0 else axis + 48
        title = escape(f"{mark.on.isoformat()} — {mark.label}")
        parts.append(
            f'<g class="mark {escape(mark.kind)}"><title>{title}</title>'
            f'<circle cx="{x:.1f}" cy="{axis}" r="6"/>'
            f'<line x1="{x:.1f}" y1="{axis}" x2="{x:.1f}" y2="{y + (8 if y < axis else -14)}"/>'
            f'<text x="{x:.1f}" y="{y}" text-anchor="middle">{escape(mark.on.isoformat())}</text>'
            f'<text x="{x:.1f}" y="{y + 14}" text-anchor="middle" class="small">'
            f'{escape(mark.label[:28])}</text></g>')
    parts.append("</svg>")
    return "".join(parts)


@dataclass(frozen=True)
class Interval:
    label: str
    estimate: float | None
    lower: float | None
    upper: float | None
    threshold: float
    verdict: str


def intervals_svg(rows: list[Interval], width: int = 640) -> str:
    """Each commitment: its confidence interval, estimate and contractual threshold."""
    values = [v for r in rows for v in (r.lower, r.upper, r.estimate, r.threshold)
              if v is not None]
    if not values:
        return ""
    low, high = min(values), max(values)
    pad = (high - low) * 0.1 or 0.05
    low, high = low - pad, high + pad
    left, right, row_h = 150, width - 20, 34

    def x(v: float) -> float:
        return left + (right - left) * (v - low) / (high - low)

    height = row_h * len(rows) + 20
    parts = [f'<svg class="chart intervals" viewBox="0 0 {width} {height}" role="img" '
             f'xmlns="http://www.w3.org/2000/svg">']
    for i, r in enumerate(rows):
        y = 20 + i * row_h
        parts.append(f'<g class="row {escape(r.verdict)}"><text x="4" y="{y + 4}">'
                     f'{escape(r.label[:22])}</text>'
                     f'<line class="threshold" x1="{x(r.threshold):.1f}" y1="{y - 12}" '
                     f'x2="{x(r.threshold):.1f}" y2="{y + 12}"/>')
        if r.lower is not None and r.upper is not None:
            parts.append(f'<line class="ci" x1="{x(r.lower):.1f}" y1="{y}" '
                         f'x2="{x(r.upper):.1f}" y2="{y}"/>')
        if r.estimate is not None:
            parts.append(f'<circle class="estimate" cx="{x(r.estimate):.1f}" cy="{y}" r="5">'
                         f'<title>{r.estimate:.4g} [{r.lower}, {r.upper}]</title></circle>')
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)
