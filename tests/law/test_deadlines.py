"""Date arithmetic of time limits (CPC 641–642) and iCalendar export."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar

from recours.i18n import T
from recours.law.deadlines import (
    DeadlineKind,
    DeadlineStatus,
    EventKind,
    PeriodEvent,
    add_months,
    extend_to_working_day,
    is_working_day,
    make_deadline,
    run_period,
    status_on,
    to_ics,
)


def test_same_day_of_month_or_last_day() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2024, 8, 31), -2) == date(2024, 6, 30)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 1, 1)), st.integers(0, 240))
def test_add_months_never_goes_past_the_target_month(start: date, months: int) -> None:
    end = add_months(start, months)
    assert (end.year - start.year) * 12 + end.month - start.month == months
    assert end.day <= start.day


def test_french_public_holidays() -> None:
    assert not is_working_day(date(2026, 5, 1))  # fête du Travail
    assert not is_working_day(date(2026, 7, 14))
    assert extend_to_working_day(date(2026, 12, 25)) == date(2026, 12, 28)
    assert is_working_day(date(2026, 11, 26))


def test_status_thresholds() -> None:
    on = date(2026, 1, 1)
    assert status_on(date(2026, 1, 31), on) is DeadlineStatus.DUE_SOON
    assert status_on(date(2026, 2, 1), on) is DeadlineStatus.OPEN
    assert status_on(date(2025, 12, 31), on) is DeadlineStatus.EXPIRED


def test_suspension_keeps_at_least_six_months() -> None:
    event = PeriodEvent(EventKind.SUSPENSION, date(2026, 8, 1), date(2026, 9, 1), T("m", "m"))
    run = run_period(date(2024, 9, 2), 24, [event], None)
    assert run.end == date(2027, 3, 1)


def test_ics_export() -> None:
    run = run_period(date(2025, 1, 10), 24, [], None)
    dl = make_deadline(id="d1", label=T("Délai", "Deadline"), kind=DeadlineKind.PRESCRIPTION,
                       start_event=T("découverte", "discovery"), start=date(2025, 1, 10),
                       run=run, on=date(2025, 6, 1), rule="fr.civil.1648")
    cal = Calendar.from_ical(to_ics([dl], "REF-1"))
    events = list(cal.walk("VEVENT"))
    assert len(events) == 1 and events[0]["uid"] == "REF-1-d1@recours"
    assert events[0].decoded("dtstart") == date(2027, 1, 10)


def test_ics_has_reminders_and_reads_saved_deadlines_the_same() -> None:
    run = run_period(date(2025, 1, 10), 24, [], None)
    dl = make_deadline(id="d1", label=T("Délai", "Deadline"), kind=DeadlineKind.CONTRACTUAL,
                       start_event=T("notification", "notice"), start=date(2025, 1, 10),
                       run=run, on=date(2025, 6, 1), rule="fr.civil.1103")
    from_object = Calendar.from_ical(to_ics([dl], "REF-1"))
    from_saved = Calendar.from_ical(to_ics([dl.to_dict("fr")], "REF-1"))
    for cal in (from_object, from_saved):
        event = next(iter(cal.walk("VEVENT")))
        assert event.decoded("dtstart") == date(2027, 1, 10)  # a Sunday: not pushed to Monday
        triggers = sorted(a.decoded("trigger").days for a in event.walk("VALARM"))
        assert triggers == [-30, -7, -1]
    assert from_object.to_ical() == from_saved.to_ical()


def test_a_cure_period_is_waited_out_to_the_next_working_day() -> None:
    run = run_period(date(2025, 1, 10), 24, [], None)
    common = {"label": T("x", "x"), "start_event": T("x", "x"), "start": date(2025, 1, 10),
              "run": run, "on": date(2025, 6, 1)}
    act_by = make_deadline(id="fr.civil.1103.renewal_notice", kind=DeadlineKind.CONTRACTUAL,
                           rule="fr.civil.1103", **common)  # type: ignore[arg-type]
    wait = make_deadline(id="fr.civil.1226.cure_period", kind=DeadlineKind.CONTRACTUAL,
                         rule="fr.civil.1226", **common)  # type: ignore[arg-type]
    assert act_by.end == date(2027, 1, 10) and wait.end == date(2027, 1, 11)
