"""An ordered plan with dates, each step tied to the deadline it protects.

Pure logic: the dossier, the analysis date and law I's deadlines in; :class:`Step` list out.
Dates: a step is due on the analysis date (urgent steps), or a margin before the deadline it
protects, never after it. The margins are prudential choices of this module (constants
below), shown to the user as such — they are not legal periods.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from recours.dossier import Dossier
from recours.dossier.timeline import EventType
from recours.i18n import T
from recours.law.deadlines import Deadline, DeadlineKind, DeadlineStatus

NOTICE_WITHIN_DAYS = 8  # send the formal notice within a week or so
DEFAULT_CURE_DAYS = 15  # « délai raisonnable » (art. 1226) when the contract sets none: assumption
EXPERT_MARGIN_DAYS = 90  # ask for the CPC 145 measure well before the deadline it protects
ACTION_MARGIN_DAYS = 30  # bring the action at least a month before the deadline


@dataclass(frozen=True)
class Step:
    key: str
    title: T
    due: date
    why: T
    citations: tuple[str, ...]
    facts: dict[str, object]
    contents: tuple[T, ...] = ()
    protects: Deadline | None = None
    done_on: date | None = None
    compulsory: bool | None = None
    caveats: tuple[T, ...] = ()
    data: dict[str, object] = field(default_factory=dict)


def live(deadlines: Sequence[Deadline]) -> list[Deadline]:
    """Deadlines still to protect (open or due soon), earliest first."""
    keep = [d for d in deadlines
            if d.end is not None and d.status in (DeadlineStatus.OPEN, DeadlineStatus.DUE_SOON)]
    return sorted(keep, key=lambda d: d.end or date.max)


def earliest(deadlines: Sequence[Deadline], *kinds: DeadlineKind) -> Deadline | None:
    found = [d for d in live(deadlines) if not kinds or d.kind in kinds]
    return found[0] if found else None


def before(deadline: Deadline | None, margin: int, on: date, fallback: date) -> date:
    """``margin`` days before the deadline, but not before ``on`` nor after the deadline."""
    if deadline is None or deadline.end is None:
        return max(fallback, on)
    target = min(deadline.end - timedelta(days=margin), fallback)
    return min(max(target, on), deadline.end)


def notice_sent(d: Dossier) -> date | None:
    event = d.first_event(EventType.FORMAL_NOTICE_SENT)
    return event.date if event else None


def cure_days(d: Dossier) -> int:
    return d.contract.cure_period_days if d.contract.cure_period_days is not None else DEFAULT_CURE_DAYS
