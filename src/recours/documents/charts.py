"""Charts of the compliance report: the bundle's own charts, or drawn from the results.

When the evidence bundle holds charts (``<bundle>/report/charts/*.png``) the report shows them as
sealed; otherwise one chart per commitment is drawn from the results: each estimate with its
confidence interval (whole data, then each window or group) against the contractual threshold.
"""

from __future__ import annotations

from functools import lru_cache
from io import BytesIO
from pathlib import Path

from recours.documents import figures
from recours.dossier import Commitment, CommitmentResult, Verdict
from recours.i18n import Lang

_COLOURS = {
    Verdict.BREACH: "#b22222",
    Verdict.CONFORMITY: "#2e7d32",
    Verdict.INCONCLUSIVE: "#7a7a7a",
}


def bundle_charts(bundle_dir: Path | None) -> list[tuple[str, bytes]]:
    """The PNG charts sealed in a bundle (``report/charts/*.png``), in name order."""
    if bundle_dir is None:
        return []
    for folder in (bundle_dir / "report" / "charts", bundle_dir / "charts"):
        if folder.is_dir():
            return [(p.stem, p.read_bytes()) for p in sorted(folder.glob("*.png"))]
    return []


def _scale(c: Commitment) -> tuple[float, str]:
    """Multiplier and axis unit for display (ratios drawn as percentages)."""
    sample = figures.value(c.metric, 0.5, "en", c.unit)
    return (100.0, "%") if sample.endswith("%") else (1.0, "ms" if "ms" in sample else "")


def result_chart(c: Commitment, results: list[CommitmentResult], lang: Lang) -> bytes:
    """Estimates and intervals of one commitment against its threshold, as PNG bytes."""
    key = (c.model_dump_json(), tuple(r.model_dump_json() for r in results), lang)
    return _cached_chart(key)


@lru_cache(maxsize=64)
def _cached_chart(key: tuple[str, tuple[str, ...], Lang]) -> bytes:
    commitment, results, lang = key
    return _draw(
        Commitment.model_validate_json(commitment),
        [CommitmentResult.model_validate_json(r) for r in results],
        lang,
    )


#: The tallest chart, in inches: with its caption it fits an A4 page under its heading.
MAX_HEIGHT_IN = 8.5


def tick(value: float, lang: Lang) -> str:
    """An axis graduation as the document's language writes it (« 0,80 », not « 0.80 »)."""
    text = f"{value:.6g}"
    return text.replace(".", ",") if lang == "fr" else text


def _draw(c: Commitment, results: list[CommitmentResult], lang: Lang) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt
    from matplotlib.ticker import FuncFormatter

    factor, unit = _scale(c)
    labels = [figures.scope(r, lang) for r in results]
    # one line per scope, the whole chart kept within a page (38 weeks fit in 9 inches)
    fig, ax = plt.subplots(figsize=(6.4, min(0.55 * len(results) + 1.4, MAX_HEIGHT_IN)),
                           dpi=150)
    for i, r in enumerate(results):
        if r.estimate is None:
            continue
        lo = (r.estimate - r.lower) * factor if r.lower is not None else 0.0
        hi = (r.upper - r.estimate) * factor if r.upper is not None else 0.0
        ax.errorbar(
            r.estimate * factor,
            i,
            xerr=[[lo], [hi]],
            fmt="o",
            capsize=4,
            color=_COLOURS[r.verdict],
            markersize=5,
        )
    ax.axvline(c.threshold * factor, color="#1f3a5f", linestyle="--", linewidth=1.2)
    ax.set_yticks(range(len(results)), labels, fontsize=10 if len(results) <= 12 else 7)
    ax.invert_yaxis()
    ax.set_xlabel(f"{figures.metric_name(c.metric, lang)}" + (f" ({unit})" if unit else ""))
    sign = figures.threshold_sign(c, lang, c.unit)
    title = ("Engagement" if lang == "fr" else "Commitment") + f" {c.id} : {sign}"
    ax.set_title(title if lang == "fr" else title.replace(" :", ":"), fontsize=10)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: tick(v, lang)))
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    out = BytesIO()
    fig.savefig(out, format="png", metadata={"Software": None})
    plt.close(fig)
    return out.getvalue()
