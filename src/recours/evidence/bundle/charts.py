"""Report charts as SVG text (no plotting library: a few hundred lines of text per chart,
drawn in milliseconds, identical for identical results)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from recours.dossier import CommitmentResult, Verdict
from recours.evidence.bundle.svg import Canvas, Scale, padded
from recours.i18n import Lang

COLOURS = {Verdict.BREACH: "#c0392b", Verdict.CONFORMITY: "#27ae60",
           Verdict.INCONCLUSIVE: "#7f8c8d"}
SYMBOL = {">=": "≥", ">": ">", "<=": "≤", "<": "<"}
WIDTH = 720.0


def _label(r: CommitmentResult) -> str:
    return f"{r.commitment_id} {r.metric.value}"


def _span(rows: Sequence[CommitmentResult]) -> list[float]:
    """Every value a panel must show: estimates, interval ends, the threshold."""
    vals = [rows[0].threshold]
    for r in rows:
        vals += [v for v in (r.estimate, r.lower, r.upper) if v is not None]
    return vals


def _ends(r: CommitmentResult) -> tuple[float, float]:
    e = r.estimate if r.estimate is not None else math.nan
    return (r.lower if r.lower is not None else e), (r.upper if r.upper is not None else e)


def intervals(results: Sequence[CommitmentResult], lang: Lang) -> bytes:
    """One panel per commitment (one row per window): estimate, interval, threshold."""
    panels: dict[str, list[CommitmentResult]] = {}
    for r in results:
        if r.estimate is not None:
            panels.setdefault(r.commitment_id, []).append(r)
    items = list(panels.items())[:12]
    row_h, head_h, axis_h = 16.0, 22.0, 22.0
    height = 40 + sum(head_h + row_h * len(rows) + axis_h for _, rows in items)
    title = ("Estimation, intervalle et seuil contractuel (tirets)" if lang == "fr"
             else "Estimate, interval and contractual threshold (dashed)")
    cv = Canvas(WIDTH, max(height, 80.0), title)
    cv.text(WIDTH / 2, 20, title, 12, "middle", bold=True)
    y = 36.0
    for cid, rows in items:
        first = rows[0]
        cv.text(12, y + 14, f"{cid} — {first.metric.value} {SYMBOL[first.comparator.value]} "
                f"{first.threshold:g}", 10)
        y += head_h
        xs = Scale(*padded(_span(rows)), 190.0, WIDTH - 20)
        cv.line(xs(first.threshold), y, xs(first.threshold), y + row_h * len(rows), "black",
                dashed=True)
        for i, r in enumerate(rows):
            cy = y + row_h * (i + 0.5)
            lo, hi = _ends(r)
            cv.text(182, cy + 3, r.window or "", 8, "end")
            cv.error_bar(0, cy, xs(lo), xs(hi), vertical=False)
            cv.dot(xs(r.estimate or 0.0), cy, COLOURS[r.verdict])
        y += row_h * len(rows)
        cv.x_axis(xs, y + 2)
        y += axis_h
    return cv.svg()


def latency(hist: dict[str, Any], threshold: float, label: str, lang: Lang) -> bytes:
    edges, counts = list(hist["edges"]), list(hist["counts"])
    cv = Canvas(650, 330, label)
    cv.text(325, 20, label, 12, "middle", bold=True)
    xs = Scale(*padded([edges[0], edges[-1], threshold], 0.02), 70, 630)
    ys = Scale(0, max(max(counts, default=0), 1) * 1.05, 280, 35)
    for (a, b), n in zip(pairwise(edges), counts, strict=False):
        cv.rect(xs(a), ys(n), xs(b) - xs(a), ys(0) - ys(n), "#2980b9")
    cv.line(xs(threshold), 35, xs(threshold), 280, "black", dashed=True)
    cv.x_axis(xs, 280, "latence (ms)" if lang == "fr" else "latency (ms)")
    cv.y_axis(ys, 70, "requêtes" if lang == "fr" else "requests")
    return cv.svg()


def per_window(results: Sequence[CommitmentResult], lang: Lang) -> bytes:
    """Estimate per window with its interval and the threshold (availability, accuracy...)."""
    title = _label(results[0]) + (" par fenêtre" if lang == "fr" else " per window")
    cv = Canvas(650, 340, title)
    cv.text(325, 20, title, 12, "middle", bold=True)
    lo, hi = padded(_span(results), 0.1)
    ys = Scale(lo, hi, 270, 35)
    width = 560 / max(len(results), 1)
    for i, r in enumerate(results):
        x = 70 + width * i
        est = r.estimate
        if est is not None:
            cv.rect(x + width * 0.15, ys(est), width * 0.7, ys(lo) - ys(est), COLOURS[r.verdict])
            a, b = _ends(r)
            cv.error_bar(x + width / 2, 0, ys(a), ys(b), vertical=True)
        cv.text(x + width / 2, 282, r.window or "", 7, "end", rotate=-45)
    cv.line(70, ys(results[0].threshold), 630, ys(results[0].threshold), "black", dashed=True)
    cv.y_axis(ys, 70)
    cv.line(70, 270, 630, 270, "#333333")
    return cv.svg()


def per_group(groups: dict[str, dict[str, Any]], label: str, lang: Lang) -> bytes:
    title = label + (" par groupe" if lang == "fr" else " per group")
    cv = Canvas(600, 310, title)
    cv.text(300, 20, title, 12, "middle", bold=True)
    names = list(groups)
    rates = [float(groups[g]["rate"] or 0.0) for g in names]
    ys = Scale(0, max(max(rates, default=0.0), 1e-9) * 1.15, 260, 40)
    width = 510 / max(len(names), 1)
    for i, g in enumerate(names):
        x = 70 + width * i
        cv.rect(x + width * 0.15, ys(rates[i]), width * 0.7, ys(0) - ys(rates[i]), "#8e44ad")
        cv.text(x + width / 2, ys(rates[i]) - 4, f"n={groups[g]['n']}", 8, "middle")
        cv.text(x + width / 2, 274, str(g), 9, "middle")
    selection = "selection_rate" in label or "disparate_impact" in label
    cv.y_axis(ys, 70, ("taux de sélection" if lang == "fr" else "selection rate") if selection
              else ("taux de vrais positifs (rappel)" if lang == "fr" else "true-positive rate"))
    cv.line(70, 260, 580, 260, "#333333")
    return cv.svg()
