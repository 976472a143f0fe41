"""The case's calendar: the analysis's deadlines and the windows the plan opens — the date by
which the formal notice should go out (the notice's own deadline), and, until it is sent, the
end of the cure period it will open. One list for the CLI (``recours law deadlines``), the web
page and the ``.ics`` file, so all three give the same dates.

Entries have the saved form of a deadline (:meth:`Deadline.to_dict`), so :func:`to_ics` writes
them unchanged. The projected cure period is computed by the same rule as the cure period of
a sent notice (:func:`make_deadline`, the debtor's period waited out to a working day).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from recours.dossier import Dossier
from recours.i18n import Lang, T
from recours.law import dates
from recours.law.deadlines import DeadlineKind, PeriodRun, add_days, make_deadline

CURE_ID = "fr.civil.1226.cure_period"
NOTICE_ID = "strategy.formal_notice"


def _notice_step(analysis: Mapping[str, Any]) -> dict[str, Any] | None:
    """The plan's formal-notice step, if it is still to be done and dated."""
    for finding in analysis.get("findings") or ():
        data = finding.get("data") or {}
        if data.get("key") == "formal_notice" and data.get("due") and not data.get("done_on"):
            return dict(data)
    return None


def calendar_entries(analysis: Mapping[str, Any], dossier: Dossier | None,
                     lang: Lang = "fr") -> list[dict[str, Any]]:
    """The analysis's deadlines (saved form, ``lang``), the notice's own deadline and the
    projected cure period, in date order."""
    entries = [dict(d) for d in analysis.get("deadlines") or ()]
    on = date.fromisoformat(str(analysis.get("on"))[:10]) if analysis.get("on") else None
    step = _notice_step(analysis)
    if step is not None and on is not None:
        due = date.fromisoformat(str(step["due"])[:10])
        entries.append(_notice_entry(due, on, lang))
        cure = dossier.contract.cure_period_days if dossier is not None else None
        if cure and not any(e.get("id") == CURE_ID for e in entries):
            entries.append(_projected_cure(due, cure, on, lang))
    return sorted(entries, key=lambda e: e.get("end") or e.get("extended_end") or "9999")


def _notice_entry(due: date, on: date, lang: Lang) -> dict[str, Any]:
    deadline = make_deadline(
        id=NOTICE_ID, label=T("Envoyer la mise en demeure (date conseillée)",
                              "Send the formal notice (advised date)"),
        kind=DeadlineKind.CONTRACTUAL,
        start_event=T(f"plan d'action du {dates.fr(on)}", f"plan of action of {dates.en(on)}"),
        start=on, run=PeriodRun(due, due), on=on, rule="strategy.plan")
    entry = deadline.to_dict(lang)
    entry["kind"] = "plan"
    return entry


def _projected_cure(sent: date, days: int, on: date, lang: Lang) -> dict[str, Any]:
    end = add_days(sent, days)
    deadline = make_deadline(
        id=CURE_ID, label=T(f"Fin du délai pour remédier ({days} jours), si la mise en demeure "
                            f"part le {dates.fr(sent)}", f"End of the {days}-day cure period, if "
                            f"the formal notice goes out on {dates.en(sent)}"),
        kind=DeadlineKind.CONTRACTUAL,
        start_event=T(f"mise en demeure prévue le {dates.fr(sent)}",
                      f"formal notice planned on {dates.en(sent)}"),
        start=sent, run=PeriodRun(end, end), on=on, rule=CURE_ID)
    entry = deadline.to_dict(lang)
    entry["projected"] = True
    return entry


STATUS = {"open": ("ouvert", "open"), "due_soon": ("échéance < 30 jours", "due within 30 days"),
          "expired": ("EXPIRÉ", "EXPIRED"), "suspended": ("suspendu", "suspended"),
          "interrupted": ("interrompu", "interrupted")}


def calendar_lines(entries: list[dict[str, Any]], lang: Lang) -> list[str]:
    """The calendar as Markdown lines (what ``recours law deadlines`` prints)."""
    if not entries:
        return []
    fr = lang == "fr"
    out = [f"## {'Échéancier' if fr else 'Deadlines'}", ""]
    for e in entries:
        end = e.get("end")
        when = (dates.fr(date.fromisoformat(end)) if fr else dates.en(date.fromisoformat(end))
                ) if end else "—"
        pair = STATUS.get(str(e.get("status")), (str(e.get("status")), str(e.get("status"))))
        semi = "\u00a0;" if fr else ";"
        out.append(f"- {when} — {e['label']} ({pair[1] if not fr else pair[0]}){semi} "
                   f"{e.get('start_event') or ''} [{e.get('rule')}]")
        out += [f"  - {s}" for s in e.get("steps") or ()]
    return [*out, ""]
