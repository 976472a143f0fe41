"""Computing time limits: CPC 640–642, suspension (art. 2238–2239), interruption (art.
2240–2241), the twenty-year long-stop (art. 2232), status on the analysis date, iCalendar.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from recours.i18n import Lang, T
from recours.law import dates

if TYPE_CHECKING:
    import holidays

DUE_SOON_DAYS = 30


class DeadlineStatus(StrEnum):
    OPEN = "open"
    DUE_SOON = "due_soon"  # ends within DUE_SOON_DAYS of the analysis date
    EXPIRED = "expired"
    SUSPENDED = "suspended"  # suspension still running: no end date yet
    INTERRUPTED = "interrupted"  # proceedings pending (art. 2241–2242)


class DeadlineKind(StrEnum):
    PRESCRIPTION = "prescription"
    CONTRACTUAL = "contractual"
    PROCEDURAL = "procedural"


def add_months(start: date, months: int) -> date:
    """CPC 641 al. 2: same day of the month, or the last day of the month when it has none."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def add_years(start: date, years: int) -> date:
    return add_months(start, 12 * years)


def add_days(start: date, days: int) -> date:
    """CPC 641 al. 1: the day of the event does not count."""
    return start + timedelta(days=days)


@lru_cache(maxsize=64)
def _holidays(year: int) -> holidays.HolidayBase:
    # loaded where a date calculation first needs it, and France alone (issue 16, start-up:
    # the library's own import loads every country, ≈ 0.15 s): recours.law.public_holidays
    from recours.law.public_holidays import france

    return france()(years=year)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _holidays(day.year)


def extend_to_working_day(day: date) -> date:
    """CPC 642 al. 2: a period ending on a Saturday, Sunday or public holiday is extended."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def holiday_name(day: date) -> str | None:
    return _holidays(day.year).get(day)


def status_on(end: date | None, on: date, pending: DeadlineStatus | None = None) -> DeadlineStatus:
    if end is None:
        return pending or DeadlineStatus.SUSPENDED
    if on > end:
        return DeadlineStatus.EXPIRED
    if (end - on).days <= DUE_SOON_DAYS:
        return DeadlineStatus.DUE_SOON
    return DeadlineStatus.OPEN


class EventKind(StrEnum):
    SUSPENSION = "suspension"  # art. 2238 (mediation), art. 2239 (expert measure)
    INTERRUPTION = "interruption"  # art. 2240 (acknowledgement)
    ACTION = "action"  # art. 2241 (legal action, even summary)


@dataclass(frozen=True, slots=True)
class PeriodEvent:
    kind: EventKind
    start: date
    end: date | None
    label: T
    minimum_restart_months: int = 6


@dataclass(slots=True)
class PeriodRun:
    """The result of running a limitation period through its events."""

    nominal_end: date
    end: date | None
    steps: list[T] = field(default_factory=list)
    pending: DeadlineStatus | None = None
    capped: bool = False


def run_period(start: date, months: int, events: Sequence[PeriodEvent], cap: date | None) -> PeriodRun:
    """Run a period of ``months`` from ``start`` through suspensions and interruptions.

    The cap (art. 2232) bounds the result except after a legal action (art. 2232 al. 2,
    which excludes the first alinéa of art. 2241).
    """
    nominal = add_months(start, months)
    end: date | None = nominal
    run = PeriodRun(nominal_end=nominal, end=end)
    for event in sorted(events, key=lambda e: e.start):
        if end is None or event.start > end or event.start < start:
            continue
        end = _apply(event, end, months, run)
    if end is not None and cap is not None and run.pending is None and end > cap:
        run.steps.append(T(f"plafonné par le délai butoir au {dates.fr(cap)} (art. 2232)",
                           f"capped by the long-stop at {dates.en(cap)} (art. 2232)"))
        end, run.capped = cap, True
    run.end = end
    return run


def _apply(event: PeriodEvent, end: date, months: int, run: PeriodRun) -> date | None:
    if event.kind is EventKind.INTERRUPTION:
        new_end = add_months(event.start, months)
        run.steps.append(event.label + T(f" : interruption, nouveau délai jusqu'au "
                                         f"{dates.fr(new_end)}",
                                         f": interruption, new period until {dates.en(new_end)}"))
        return new_end
    if event.kind is EventKind.ACTION:
        run.pending = DeadlineStatus.INTERRUPTED
        run.steps.append(event.label + T(" : interruption jusqu'à l'extinction de l'instance "
                                         "(art. 2242)",
                                         ": interrupted until the proceedings end (art. 2242)"))
        return None
    if event.end is None:
        run.pending = DeadlineStatus.SUSPENDED
        run.steps.append(event.label + T(" : suspension en cours", ": suspension still running"))
        return None
    remaining = (end - event.start).days
    new_end = max(event.end + timedelta(days=remaining),
                  add_months(event.end, event.minimum_restart_months))
    run.steps.append(event.label + T(
        f" : suspension du {dates.fr(event.start)} au {dates.fr(event.end)}, reprise jusqu'au "
        f"{dates.fr(new_end)}",
        f": suspended from {dates.en(event.start)} to {dates.en(event.end)}, runs again until "
        f"{dates.en(new_end)}"))
    return new_end


@dataclass(frozen=True, slots=True)
class Deadline:
    """A time limit the dossier triggers, with how it was computed."""

    id: str
    label: T
    kind: DeadlineKind
    start_event: T
    start: date
    nominal_end: date
    end: date | None
    status: DeadlineStatus
    rule: str
    steps: tuple[T, ...] = ()
    extended_end: date | None = None
    days_left: int | None = None

    def to_dict(self, lang: str = "fr") -> dict[str, Any]:
        lg: Lang = "en" if lang == "en" else "fr"
        return {
            "id": self.id, "label": self.label.render(lg), "kind": str(self.kind),
            "rule": self.rule, "start_event": self.start_event.render(lg),
            "start": self.start.isoformat(), "nominal_end": self.nominal_end.isoformat(),
            "end": self.end.isoformat() if self.end else None,
            "extended_end": self.extended_end.isoformat() if self.extended_end else None,
            "status": str(self.status), "days_left": self.days_left,
            "steps": [s.render(lg) for s in self.steps],
        }


# Periods the client waits out before acting (it may terminate only once the debtor's cure
# period has run): the later, extended date is the prudent one.
WAIT_FOR = frozenset({"fr.civil.1226.cure_period"})


def make_deadline(*, id: str, label: T, kind: DeadlineKind, start_event: T, start: date,
                  run: PeriodRun, on: date, rule: str) -> Deadline:
    """Finish a deadline: the date to act by, and its status on the analysis date.

    One prudent rule: a time limit the client must act within ends on its unextended date,
    except procedural time limits, which CPC art. 642 al. 2 extends to the next working day; a
    period the client must wait out (the debtor's cure period, :data:`WAIT_FOR`) ends on the
    extended date. For prescription the Code civil computes under its own articles 2228–2229
    (not stored), and for a contractual period (a notice of non-renewal) the courts have not
    settled that CPC 642 applies: the extension is then shown as a step, never used.
    """
    steps = list(run.steps)
    extended = extend_to_working_day(run.end) if run.end else None
    procedural = kind is DeadlineKind.PROCEDURAL or id in WAIT_FOR
    if extended and run.end and extended != run.end:
        why = holiday_name(run.end) or ("samedi" if run.end.weekday() == 5 else "dimanche")
        if procedural:
            steps.append(T(f"le {dates.fr(run.end)} n'est pas un jour ouvrable ({why}) : prorogé "
                           f"au {dates.fr(extended)} (CPC art. 642)",
                           f"{dates.en(run.end)} is not a working day ({why}): extended to "
                           f"{dates.en(extended)} (CPC art. 642)"))
        else:
            steps.append(T(f"le {dates.fr(run.end)} n'est pas un jour ouvrable ({why}) ; la "
                           f"prorogation au {dates.fr(extended)} (CPC art. 642) n'est pas "
                           "assurée hors procédure : date retenue par prudence, le "
                           f"{dates.fr(run.end)}",
                           f"{dates.en(run.end)} is not a working day ({why}); the extension to "
                           f"{dates.en(extended)} (CPC art. 642) is not certain outside "
                           f"proceedings: prudent date kept, {dates.en(run.end)}"))
    end = extended if procedural else run.end
    days_left = (end - on).days if end else None
    return Deadline(id=id, label=label, kind=kind, start_event=start_event, start=start,
                    nominal_end=run.nominal_end, end=end, status=status_on(end, on, run.pending),
                    rule=rule, steps=tuple(steps), extended_end=extended, days_left=days_left)


REMINDER_DAYS = (30, 7, 1)


def to_ics(deadlines: Iterable[Deadline | Mapping[str, Any]], reference: str,
           lang: str = "fr") -> bytes:
    """An iCalendar file: one all-day event per dated deadline, on the date to act by, with
    reminders 30, 7 and 1 days before. Takes deadlines or their saved form (``to_dict``), so
    the CLI and the web application write the same file."""
    from icalendar import Alarm, Calendar, Event

    lg: Lang = "en" if lang == "en" else "fr"
    cal = Calendar()
    cal.add("prodid", "-//Recours//law deadlines//FR")
    cal.add("version", "2.0")
    for item in deadlines:
        dl = item.to_dict(lg) if isinstance(item, Deadline) else item
        if not dl.get("end"):
            continue
        end = date.fromisoformat(str(dl["end"]))
        event = Event()
        event.add("uid", f"{reference}-{dl['id']}@recours")
        event.add("summary", f"[{reference}] {dl['label']}")
        event.add("dtstart", end)
        event.add("dtend", end + timedelta(days=1))
        event.add("dtstamp", _stamp(date.fromisoformat(str(dl.get("start") or dl["end"]))))
        event.add("description", "\n".join([str(dl.get("rule") or ""),
                                            str(dl.get("start_event") or ""),
                                            *(str(s) for s in dl.get("steps") or ())]))
        for days in REMINDER_DAYS:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", ("Échéance dans {n} jour(s) : " if lg == "fr" else
                                      "Deadline in {n} day(s): ").format(n=days) + dl["label"])
            alarm.add("trigger", timedelta(days=-days))
            event.add_component(alarm)
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data


def _stamp(day: date) -> Any:
    from datetime import datetime

    return datetime(day.year, day.month, day.day, tzinfo=UTC)
