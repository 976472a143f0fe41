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


LABEL_CHARS = 26
CHAR_PX = 6.2


def _lanes(xs: list[float], width: float) -> list[int]:
    """Greedy lanes so that no two labels overlap (first lane that is free at x)."""
    ends: list[float] = []
    lanes = []
    for x in xs:
        for lane, end in enumerate(ends):
            if x - width / 2 > end + 8:
                ends[lane] = x + width / 2
                lanes.append(lane)
                break
        else:
            ends.append(x + width / 2)
            lanes.append(len(ends) - 1)
    return lanes


def timeline_svg(marks: list[Mark], width: int = 1000) -> str:
    """A horizontal timeline: one dot per event on the axis, labels stacked in lanes above
    it so that none overlaps; year ticks under the axis."""
    if not marks:
        return ""
    marks = sorted(marks, key=lambda m: m.on)
    start, end = marks[0].on, marks[-1].on
    span = max((end - start).days, 1)
    left, right, lane_h = 90, width - 90, 34
    xs = [left + (right - left) * (m.on - start).days / span for m in marks]
    lanes = _lanes(xs, LABEL_CHARS * CHAR_PX)
    axis = 20 + lane_h * (max(lanes) + 1) + 10
    parts = [f'<svg class="chart timeline" viewBox="0 0 {width} {axis + 30}" role="img" '
             f'xmlns="http://www.w3.org/2000/svg">',
             f'<line x1="{left - 20}" y1="{axis}" x2="{right + 20}" y2="{axis}" class="axis"/>']
    for year in range(start.year + 1, end.year + 1):
        x = left + (right - left) * (date(year, 1, 1) - start).days / span
        parts.append(f'<text class="small" x="{x:.1f}" y="{axis + 20}" '
                     f'text-anchor="middle">{year}</text>'
                     f'<line class="tick" x1="{x:.1f}" y1="{axis - 4}" x2="{x:.1f}" '
                     f'y2="{axis + 4}"/>')
    for mark, x, lane in zip(marks, xs, lanes, strict=True):
        y = 20 + lane * lane_h
        title = escape(f"{mark.on.isoformat()} — {mark.label}")
        label = mark.label if len(mark.label) <= LABEL_CHARS else mark.label[:LABEL_CHARS - 1] + "…"
        parts.append(
            f'<g class="mark {escape(mark.kind)}"><title>{title}</title>'
            f'<line x1="{x:.1f}" y1="{y + 16}" x2="{x:.1f}" y2="{axis}"/>'
            f'<circle cx="{x:.1f}" cy="{axis}" r="5"/>'
            f'<text x="{x:.1f}" y="{y}" text-anchor="middle" class="date">'
            f'{escape(mark.on.isoformat())}</text>'
            f'<text x="{x:.1f}" y="{y + 13}" text-anchor="middle" class="small">'
            f'{escape(label)}</text></g>')
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


def _scale(r: Interval) -> tuple[float, float]:
    values = [v for v in (r.lower, r.upper, r.estimate, r.threshold) if v is not None]
    low, high = min(values), max(values)
    pad = (high - low) * 0.25 or abs(high) * 0.1 or 0.05
    return low - pad, high + pad


def intervals_svg(rows: list[Interval], width: int = 760) -> str:
    """Each result on its own scale: interval, estimate and the contractual threshold
    (metrics differ in units — a ratio and a latency cannot share an axis)."""
    if not rows:
        return ""
    left, right, row_h = 190, width - 90, 30
    height = row_h * len(rows) + 12
    parts = [f'<svg class="chart intervals" viewBox="0 0 {width} {height}" role="img" '
             f'xmlns="http://www.w3.org/2000/svg">']
    for i, r in enumerate(rows):
        low, high = _scale(r)

        def x(v: float, low: float = low, high: float = high) -> float:
            return left + (right - left) * (v - low) / (high - low)

        y = 18 + i * row_h
        parts.append(f'<g class="row {escape(r.verdict)}"><text x="4" y="{y + 4}">'
                     f'{escape(r.label[:30])}</text>'
                     f'<line class="track" x1="{left}" y1="{y}" x2="{right}" y2="{y}"/>'
                     f'<line class="threshold" x1="{x(r.threshold):.1f}" y1="{y - 10}" '
                     f'x2="{x(r.threshold):.1f}" y2="{y + 10}"/>'
                     f'<text class="small" x="{right + 8}" y="{y + 4}">{r.threshold:g}</text>')
        if r.lower is not None and r.upper is not None:
            parts.append(f'<line class="ci" x1="{x(r.lower):.1f}" y1="{y}" '
                         f'x2="{x(r.upper):.1f}" y2="{y}"/>')
        if r.estimate is not None:
            parts.append(f'<circle class="estimate" cx="{x(r.estimate):.1f}" cy="{y}" r="4">'
                         f'<title>{r.estimate:.4g} [{r.lower}, {r.upper}]</title></circle>')
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)
