"""The plan's dates against law I's deadlines: every step between the analysis date and the
deadline it protects; the court step protects the earliest limitation period."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from recours.dossier import load_dossier
from recours.i18n import T
from recours.law import DeadlineKind, DeadlineStatus, analyse
from recours.law.deadlines import Deadline, status_on
from recours.law.strategy.steps import Inputs, build_plan

EXAMPLE = Path(__file__).parents[2] / "examples" / "credit-scoring" / "dossier.yaml"
ON = date(2026, 11, 26)
DOSSIER = load_dossier(EXAMPLE)


def _deadline(id_: str, end: date, on: date, kind: DeadlineKind = DeadlineKind.PRESCRIPTION) -> Deadline:
    return Deadline(id=id_, label=T(id_, id_), kind=kind, start_event=T("x", "x"), start=end - timedelta(days=700),
                    nominal_end=end, end=end, status=status_on(end, on), rule=id_)


def test_example_plan_is_consistent_with_law_one_deadlines() -> None:
    analysis = analyse(load_dossier(EXAMPLE), ON)
    deadlines = {d.id: d for d in analysis.deadlines}
    steps = [f for f in analysis.effective if f.rule == "strategy.plan"]
    assert len(steps) >= 5
    prescriptions = sorted((d for d in deadlines.values() if d.kind is DeadlineKind.PRESCRIPTION
                            and d.status in (DeadlineStatus.OPEN, DeadlineStatus.DUE_SOON)),
                           key=lambda d: d.end or date.max)
    for f in steps:
        due = f.data["due"]
        assert due >= ON, f.id
        if f.data["protects"]:
            protected = deadlines[f.data["protects"]]
            assert protected.end is not None and due <= protected.end, f.id
    action = next(f for f in steps if f.data["key"] == "legal_action")
    assert prescriptions and action.data["protects"] == prescriptions[0].id
    orders = [f.data["order"] for f in sorted(steps, key=lambda f: f.data["due"])]
    assert orders == sorted(orders)


def test_expired_deadlines_are_not_protected() -> None:
    gone = _deadline("gone", ON - timedelta(days=1), ON)
    steps = build_plan(DOSSIER, Inputs(ON, [gone]))
    assert all(s.protects is None for s in steps)


def test_urgent_deadline_pulls_every_step_before_it() -> None:
    soon = _deadline("soon", ON + timedelta(days=10), ON)
    steps = build_plan(DOSSIER, Inputs(ON, [soon]))
    for s in steps:
        assert ON <= s.due <= soon.end, s.key


@settings(max_examples=40, deadline=None, derandomize=True)
@given(days=st.integers(min_value=0, max_value=2000), extra=st.integers(min_value=0, max_value=400))
def test_steps_fall_between_today_and_their_deadline(days: int, extra: int) -> None:
    dossier = DOSSIER
    a = _deadline("a", ON + timedelta(days=days), ON)
    b = _deadline("b", ON + timedelta(days=days + extra), ON, DeadlineKind.CONTRACTUAL)
    for s in build_plan(dossier, Inputs(ON, [a, b])):
        assert s.due >= ON
        if s.protects is not None and s.protects.end is not None:
            assert s.due <= s.protects.end
