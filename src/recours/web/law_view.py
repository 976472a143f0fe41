"""What the legal-analysis page shows first: the synthesis (grounds to plead, amounts, next
deadline, proof still needed), then the findings grouped by area, filtered and sorted.

The synthesis reads the same choice of grounds as the notice and the note
(:func:`recours.documents.notice_grounds.pleaded`), so the page, the letter and the memo agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from recours.documents.legal_view import legal_view
from recours.documents.notice_grounds import pleaded
from recours.documents.typography import format_amount
from recours.i18n import Lang

AREAS: dict[str, tuple[str, str]] = {
    "ground": ("Fondements", "Grounds"),
    "evidence": ("Preuve", "Proof"),
    "clause": ("Clauses du contrat", "Contract clauses"),
    "remedy": ("Sanctions et voies d'action", "Remedies"),
    "damages": ("Préjudice", "Damages"),
    "deadline": ("Délais", "Time limits"),
    "consumer": ("Droit de la consommation", "Consumer law"),
    "product": ("Produits défectueux", "Defective products"),
    "ai_act": ("AI Act", "AI Act"),
    "qualification": ("Qualification", "Characterisation"),
    "regime": ("Droit applicable dans le temps", "Law applicable in time"),
    "strategy": ("Plan d'action", "Plan of action"),
}
TIERS = {0: ("à titre principal", "principal"), 1: ("à titre subsidiaire", "in the alternative"),
         2: ("en tout état de cause", "in any event")}
STRENGTH_ORDER = {"established": 0, "arguable": 1, "weak": 2, "excluded": 3}
STATUS_ORDER = {"met": 0, "partial": 1, "info": 2, "not_met": 3}
MAX_ITEMS = 5


def _pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[1] if lang == "en" else pair[0]


def synthesis(data: Mapping[str, Any], lang: Lang, today: date) -> dict[str, Any]:
    """Grounds to plead with their tier and strength, the other side's replies, the damages
    range, the next open deadline and any expired one, the proof still needed."""
    view = legal_view(data, lang)
    chosen = pleaded(view)
    upcoming = sorted((d for d in view.deadlines if d.status != "expired"), key=lambda d: d.end)
    damages = None
    if view.damages is not None:
        dm = view.damages
        damages = {"low": format_amount(dm.low, dm.currency, lang),
                   "high": format_amount(dm.high, dm.currency, lang)}
    return {
        "grounds": [{"id": f.id, "title": f.title, "strength": f.strength,
                     "tier": _pick(TIERS[p.tier], lang)} for f, p in chosen],
        "replies": list(dict.fromkeys(a for f, _ in chosen for a in f.counter_arguments))
        [:MAX_ITEMS],
        "missing": list(dict.fromkeys(m for f, _ in chosen for m in f.missing))[:MAX_ITEMS],
        "damages": damages,
        "next": ({"label": upcoming[0].label, "end": upcoming[0].end.isoformat(),
                  "days": (upcoming[0].end - today).days} if upcoming else None),
        "expired": [{"label": d.label, "end": d.end.isoformat()} for d in view.deadlines
                    if d.status == "expired"],
    }


def grouped(findings: list[dict[str, Any]], lang: Lang, *, area: str = "", status: str = "",
            sort: str = "") -> list[tuple[str, str, list[dict[str, Any]]]]:
    """Findings by area (in the law's order), keeping only ``area`` and ``status`` when given,
    each group sorted by strength or by status when asked (the engine's order otherwise)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for f in findings:
        if (area and f.get("area") != area) or (status and f.get("status") != status):
            continue
        groups.setdefault(str(f.get("area") or "ground"), []).append(f)
    keys = {"strength": lambda f: STRENGTH_ORDER.get(f.get("strength", ""), 9),
            "status": lambda f: STATUS_ORDER.get(f.get("status", ""), 9)}
    if sort in keys:
        for items in groups.values():
            items.sort(key=keys[sort])
    order = list(AREAS)
    return [(key, _pick(AREAS.get(key, (key, key)), lang), items)
            for key, items in sorted(groups.items(),
                                     key=lambda kv: order.index(kv[0]) if kv[0] in order
                                     else len(order))]


def known_filter(area: str = "", status: str = "", sort: str = "") -> bool:
    """Whether the filter is one the page's form offers (others are not worth keeping)."""
    return ((not area or area in AREAS) and (not status or status in STATUS_ORDER)
            and sort in ("", "strength", "status"))


def areas_present(findings: list[dict[str, Any]], lang: Lang) -> list[tuple[str, str]]:
    seen = dict.fromkeys(str(f.get("area") or "ground") for f in findings)
    return [(a, _pick(AREAS.get(a, (a, a)), lang)) for a in AREAS if a in seen]


__all__ = ["AREAS", "areas_present", "grouped", "synthesis"]
