"""A minimal SVG canvas for the bundle's charts: plain text, deterministic, no plotting
library (drawing a report must not cost more than measuring the data)."""

from __future__ import annotations

import math
from html import escape

FONT = "DejaVu Sans, Arial, sans-serif"


def _n(x: float) -> str:
    """A coordinate with two decimals at most (stable text, small files)."""
    return f"{x:.2f}".rstrip("0").rstrip(".")


def ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round tick values covering [lo, hi] (about ``count`` of them)."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        return [lo] if math.isfinite(lo) else []
    raw = (hi - lo) / max(count, 1)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    first = math.ceil(lo / step - 1e-9) * step
    out = []
    v = first
    while v <= hi + step * 1e-9:
        out.append(round(v, 12))
        v += step
    return out


def tick_label(v: float) -> str:
    return f"{v:.6g}"


class Scale:
    """Maps data values in [lo, hi] onto pixels [a, b]."""

    def __init__(self, lo: float, hi: float, a: float, b: float) -> None:
        if not hi > lo:
            pad = abs(lo) * 0.05 or 1.0
            lo, hi = lo - pad, hi + pad
        self.lo, self.hi, self.a, self.b = lo, hi, a, b

    def __call__(self, v: float) -> float:
        return self.a + (v - self.lo) / (self.hi - self.lo) * (self.b - self.a)


def padded(values: list[float], share: float = 0.08) -> tuple[float, float]:
    """The range of ``values`` widened by ``share`` on each side."""
    finite = [v for v in values if math.isfinite(v)]
    if not finite:
        return 0.0, 1.0
    lo, hi = min(finite), max(finite)
    pad = (hi - lo) * share or (abs(hi) * 0.05 or 0.5)
    return lo - pad, hi + pad


class Canvas:
    def __init__(self, width: float, height: float, title: str) -> None:
        self.width, self.height = width, height
        self.parts: list[str] = [f"<title>{escape(title)}</title>",
                                 f'<rect width="{_n(width)}" height="{_n(height)}" fill="white"/>']

    def line(self, x1: float, y1: float, x2: float, y2: float, colour: str = "#555555",
             width: float = 1.0, dashed: bool = False) -> None:
        dash = ' stroke-dasharray="5 3"' if dashed else ""
        self.parts.append(f'<line x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}" '
                          f'stroke="{colour}" stroke-width="{_n(width)}"{dash}/>')

    def rect(self, x: float, y: float, w: float, h: float, colour: str) -> None:
        if h < 0:
            y, h = y + h, -h
        self.parts.append(f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(max(w, 0))}" '
                          f'height="{_n(h)}" fill="{colour}"/>')

    def dot(self, x: float, y: float, colour: str, r: float = 3.5) -> None:
        self.parts.append(f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(r)}" fill="{colour}"/>')

    def text(self, x: float, y: float, text: str, size: float = 10, anchor: str = "start",
             rotate: float | None = None, bold: bool = False) -> None:
        turn = f' transform="rotate({_n(rotate)} {_n(x)} {_n(y)})"' if rotate else ""
        weight = ' font-weight="bold"' if bold else ""
        self.parts.append(f'<text x="{_n(x)}" y="{_n(y)}" font-size="{_n(size)}" '
                          f'text-anchor="{anchor}"{weight}{turn}>{escape(text)}</text>')

    def error_bar(self, x: float, y: float, lo: float, hi: float, vertical: bool,
                  cap: float = 3.0) -> None:
        if vertical:
            self.line(x, lo, x, hi)
            self.line(x - cap, lo, x + cap, lo)
            self.line(x - cap, hi, x + cap, hi)
        else:
            self.line(lo, y, hi, y)
            self.line(lo, y - cap, lo, y + cap)
            self.line(hi, y - cap, hi, y + cap)

    def x_axis(self, scale: Scale, y: float, label: str = "", size: float = 8) -> None:
        self.line(scale.a, y, scale.b, y, "#333333")
        for v in ticks(scale.lo, scale.hi):
            x = scale(v)
            self.line(x, y, x, y + 3, "#333333")
            self.text(x, y + 12, tick_label(v), size, "middle")
        if label:
            self.text((scale.a + scale.b) / 2, y + 25, label, size + 1, "middle")

    def y_axis(self, scale: Scale, x: float, label: str = "", size: float = 8) -> None:
        self.line(x, scale.a, x, scale.b, "#333333")
        for v in ticks(min(scale.lo, scale.hi), max(scale.lo, scale.hi)):
            y = scale(v)
            self.line(x - 3, y, x, y, "#333333")
            self.text(x - 5, y + 3, tick_label(v), size, "end")
        if label:
            mid = (scale.a + scale.b) / 2
            self.text(x - 42, mid, label, size + 1, "middle", rotate=-90)

    def svg(self) -> bytes:
        head = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{_n(self.width)}" '
                f'height="{_n(self.height)}" viewBox="0 0 {_n(self.width)} {_n(self.height)}" '
                f'font-family="{FONT}">')
        return ("\n".join([head, *self.parts, "</svg>"]) + "\n").encode()
