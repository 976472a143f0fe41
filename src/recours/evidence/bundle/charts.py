"""Report charts (PNG bytes), drawn without global matplotlib state."""

from __future__ import annotations

import io
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from recours.dossier import CommitmentResult, Verdict
from recours.i18n import Lang

COLOURS = {Verdict.BREACH: "#c0392b", Verdict.CONFORMITY: "#27ae60",
           Verdict.INCONCLUSIVE: "#7f8c8d"}


def _png(fig: Figure, tight: bool = True) -> bytes:
    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight" if tight else None,
                metadata={"Software": None})
    return buf.getvalue()


def _label(r: CommitmentResult) -> str:
    return f"{r.commitment_id} {r.metric.value}" + (f" [{r.window}]" if r.window else "")


def intervals(results: Sequence[CommitmentResult], lang: Lang) -> bytes:
    """One panel per commitment (one row per window): estimate, interval, threshold."""
    panels: dict[str, list[CommitmentResult]] = {}
    for r in results:
        if r.estimate is not None:
            panels.setdefault(r.commitment_id, []).append(r)
    items = list(panels.items())[:12]
    heights = [max(1, len(rows)) for _, rows in items] or [1]
    fig = Figure(figsize=(7.5, 0.9 + 0.22 * sum(heights) + 0.5 * len(heights)))
    axes = fig.subplots(len(heights), 1, squeeze=False, gridspec_kw={"height_ratios": heights})
    fig.subplots_adjust(left=0.28, right=0.97, top=0.93, bottom=0.05, hspace=0.45)
    for ax, (cid, rows) in zip(axes[:, 0], items, strict=False):
        ys = list(range(len(rows)))
        est = [r.estimate or 0.0 for r in rows]
        lo = [e - (r.lower if r.lower is not None else e) for e, r in zip(est, rows, strict=True)]
        hi = [(r.upper if r.upper is not None else e) - e for e, r in zip(est, rows, strict=True)]
        ax.errorbar(est, ys, xerr=[lo, hi], fmt="none", ecolor="#555555", capsize=2)
        ax.scatter(est, ys, c=[COLOURS[r.verdict] for r in rows], s=14, zorder=3)
        ax.axvline(rows[0].threshold, color="black", linestyle="--", linewidth=1)
        ax.set_yticks(ys, [r.window or "" for r in rows], fontsize=6)
        ax.invert_yaxis()
        ax.set_title(f"{cid} — {rows[0].metric.value} {rows[0].comparator.value} "
                     f"{rows[0].threshold:g}", fontsize=8, loc="left")
        ax.tick_params(axis="x", labelsize=7)
    title = ("Estimation, intervalle et seuil contractuel (tirets)" if lang == "fr"
             else "Estimate, interval and contractual threshold (dashed)")
    fig.suptitle(title, fontsize=10)
    return _png(fig, tight=False)


def latency(hist: dict[str, Any], threshold: float, label: str, lang: Lang) -> bytes:
    edges, counts = hist["edges"], hist["counts"]
    fig = Figure(figsize=(6.5, 3.2))
    ax = fig.subplots()
    widths = [b - a for a, b in pairwise(edges)]
    ax.bar(edges[:-1], counts, width=widths, align="edge", color="#2980b9")
    ax.axvline(threshold, color="black", linestyle="--", linewidth=1)
    ax.set_xlabel("latence (ms)" if lang == "fr" else "latency (ms)")
    ax.set_ylabel("requêtes" if lang == "fr" else "requests")
    ax.set_title(label, fontsize=10)
    return _png(fig)


def per_window(results: Sequence[CommitmentResult], lang: Lang) -> bytes:
    """Estimate per window with its interval and the threshold (availability, accuracy...)."""
    fig = Figure(figsize=(6.5, 3.2))
    ax = fig.subplots()
    xs = list(range(len(results)))
    est = [r.estimate if r.estimate is not None else float("nan") for r in results]
    lo = [e - (r.lower if r.lower is not None else e) for e, r in zip(est, results, strict=True)]
    hi = [(r.upper if r.upper is not None else e) - e for e, r in zip(est, results, strict=True)]
    ax.bar(xs, est, color=[COLOURS[r.verdict] for r in results], yerr=[lo, hi], capsize=3)
    ax.axhline(results[0].threshold, color="black", linestyle="--", linewidth=1)
    ax.set_xticks(xs, [r.window or "" for r in results], rotation=45, fontsize=7)
    finite = [e for e in est if e == e] + [results[0].threshold]
    ax.set_ylim(min(finite) - 0.1 * (max(finite) - min(finite) or 1), max(finite) * 1.002 + 1e-9)
    ax.set_title(_label(results[0]).split(" [")[0] + (" par fenêtre" if lang == "fr"
                                                      else " per window"), fontsize=10)
    return _png(fig)


def per_group(groups: dict[str, dict[str, Any]], label: str, lang: Lang) -> bytes:
    fig = Figure(figsize=(6.0, 3.0))
    ax = fig.subplots()
    names = list(groups)
    ax.bar(names, [groups[g]["rate"] or 0.0 for g in names], color="#8e44ad")
    for i, g in enumerate(names):
        ax.text(i, (groups[g]["rate"] or 0.0), f"n={groups[g]['n']}", ha="center", va="bottom",
                fontsize=7)
    selection = "selection_rate" in label or "disparate_impact" in label
    ax.set_ylabel(("taux de sélection" if lang == "fr" else "selection rate") if selection else
                  ("taux de vrais positifs (rappel)" if lang == "fr" else "true-positive rate"))
    ax.set_title(label + (" par groupe" if lang == "fr" else " per group"), fontsize=10)
    return _png(fig)
