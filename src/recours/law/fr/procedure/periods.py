"""Suspension and interruption events of the timeline (art. 2238–2242)."""

from __future__ import annotations

from datetime import date

from recours.dossier import EventType
from recours.i18n import T
from recours.law import dates
from recours.law.context import Context
from recours.law.deadlines import EventKind, PeriodEvent

C = "fr.civil."


def _end_after(ctx: Context, start: date, end_type: EventType) -> date | None:
    ends = [e.date for e in ctx.events(end_type) if e.date >= start]
    return ends[0] if ends else None


def period_events(ctx: Context) -> tuple[list[PeriodEvent], set[str]]:
    """Events that suspend or interrupt a limitation period, and the articles they use."""
    out: list[PeriodEvent] = []
    used: set[str] = set()
    for ev in ctx.events(EventType.MEDIATION_START):
        minimum_2238 = int(ctx.param("fr.civil.2238.restart_minimum_months", ctx.on).value)
        out.append(PeriodEvent(EventKind.SUSPENSION, ev.date,
                               _end_after(ctx, ev.date, EventType.MEDIATION_END),
                               T(f"médiation/conciliation du {dates.fr(ev.date)} (art. 2238)",
                                 f"mediation/conciliation of {dates.en(ev.date)} (art. 2238)"),
                               minimum_2238))
        used.add(C + "2238")
    for ev in ctx.events(EventType.EXPERT_MEASURE_ORDERED):
        minimum_2239 = int(ctx.param("fr.civil.2239.restart_minimum_months", ctx.on).value)
        out.append(PeriodEvent(EventKind.SUSPENSION, ev.date,
                               _end_after(ctx, ev.date, EventType.EXPERT_REPORT),
                               T(f"mesure d'instruction ordonnée le {dates.fr(ev.date)} "
                                 "(art. 2239)", f"investigation measure ordered on "
                                 f"{dates.en(ev.date)} (art. 2239)"), minimum_2239))
        used.add(C + "2239")
    for ev in ctx.events(EventType.ACKNOWLEDGEMENT):
        out.append(PeriodEvent(EventKind.INTERRUPTION, ev.date, None,
                               T(f"reconnaissance du droit par le débiteur le {dates.fr(ev.date)} "
                                 "(art. 2240)", f"acknowledgement by the debtor on "
                                 f"{dates.en(ev.date)} (art. 2240)")))
        used.add(C + "2240")
    for ev in ctx.events(EventType.LEGAL_ACTION):
        out.append(PeriodEvent(EventKind.ACTION, ev.date, None,
                               T(f"demande en justice du {dates.fr(ev.date)} (art. 2241)",
                                 f"legal action of {dates.en(ev.date)} (art. 2241)")))
        used.update({C + "2241", C + "2242"})
    return out, used
