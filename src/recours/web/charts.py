"""Small server-side SVG charts (no JavaScript library): timeline and evidence intervals."""

from __future__ import annotations

import math
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
    metric: str = ""


def _values(r: Interval) -> list[float]:
    return [v for v in (r.lower, r.upper, r.estimate, r.threshold) if v is not None]


def _unit(r: Interval) -> str:
    """The scale a result is drawn on: every proportion (rates, AUC, availability, gaps —
    values between 0 and 1) shares one, any other metric has its own (a latency in ms)."""
    if all(0.0 <= v <= 1.0 for v in _values(r)):
        return "ratio"
    return r.metric or r.label


def _nice_step(span: float) -> float:
    raw = span / 5
    magnitude = 10.0 ** math.floor(math.log10(raw))
    return float(next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw))


def _axis(rows: list[Interval], unit: str) -> tuple[float, float, list[float]]:
    """The scale's bounds and its ticks: 0 to 1 for proportions; else from 0 (or below)
    to a round value above the largest."""
    if unit == "ratio":
        return 0.0, 1.0, [i / 5 for i in range(6)]
    values = [v for r in rows for v in _values(r)]
    low, high = min(min(values), 0.0), max(values)
    step = _nice_step((high - low) or abs(high) or 1.0)
    low, high = math.floor(low / step) * step, math.ceil(high / step) * step
    if high <= max(values):
        high += step
    ticks = [low + i * step for i in range(round((high - low) / step) + 1)]
    return low, high, ticks


def _number(v: float, lang: str) -> str:
    text = f"{v:g}"
    return text.replace(".", ",") if lang == "fr" else text


def _ms(metric: str) -> str:
    return " ms" if metric.startswith("latency") else ""


def intervals_svg(rows: list[Interval], width: int = 760, lang: str = "fr") -> str:
    """Interval, estimate and contractual threshold of each result on one labelled scale per
    unit: all proportions on the same 0–1 axis (so a narrow interval looks narrow), a latency
    on its own axis in ms — a ratio and a latency cannot share one."""
    if not rows:
        return ""
    left, right, row_h, axis_h = 190, width - 90, 30, 34
    groups: dict[str, list[Interval]] = {}
    for r in rows:
        groups.setdefault(_unit(r), []).append(r)
    height = sum(row_h * len(g) + axis_h for g in groups.values()) + 12
    parts = [f'<svg class="chart intervals" viewBox="0 0 {width} {height}" role="img" '
             f'xmlns="http://www.w3.org/2000/svg">']
    top = 18
    for unit, members in groups.items():
        low, high, ticks = _axis(members, unit)

        def x(v: float, low: float = low, high: float = high) -> float:
            return left + (right - left) * (min(max(v, low), high) - low) / (high - low)

        suffix = _ms(members[0].metric) if unit != "ratio" else ""
        for i, r in enumerate(members):
            y = top + i * row_h
            parts.append(f'<g class="row {escape(r.verdict)}"><text x="4" y="{y + 4}">'
                         f'{escape(r.label[:30])}</text>'
                         f'<line class="track" x1="{left}" y1="{y}" x2="{right}" y2="{y}"/>'
                         f'<line class="threshold" x1="{x(r.threshold):.1f}" y1="{y - 10}" '
                         f'x2="{x(r.threshold):.1f}" y2="{y + 10}"/>'
                         f'<text class="small" x="{right + 8}" y="{y + 4}">'
                         f'{_number(r.threshold, lang)}{suffix}</text>')
            if r.lower is not None and r.upper is not None:
                parts.append(f'<line class="ci" x1="{x(r.lower):.1f}" y1="{y}" '
                             f'x2="{x(r.upper):.1f}" y2="{y}"/>')
            if r.estimate is not None:
                parts.append(f'<circle class="estimate" cx="{x(r.estimate):.1f}" cy="{y}" '
                             f'r="4"><title>{_number(float(f"{r.estimate:.4g}"), lang)} '
                             f'[{r.lower}, {r.upper}]</title></circle>')
            parts.append("</g>")
        base = top + len(members) * row_h - 12
        parts.append(f'<g class="scale" data-unit="{escape(unit)}">'
                     f'<line class="axis" x1="{left}" y1="{base}" x2="{right}" y2="{base}"/>')
        for t in ticks:
            parts.append(f'<line class="tick" x1="{x(t):.1f}" y1="{base}" x2="{x(t):.1f}" '
                         f'y2="{base + 4}"/><text class="small tick-label" x="{x(t):.1f}" '
                         f'y="{base + 16}" text-anchor="middle">{_number(round(t, 6), lang)}'
                         f'{suffix}</text>')
        parts.append("</g>")
        top += len(members) * row_h + axis_h
    parts.append("</svg>")
    return "".join(parts)
