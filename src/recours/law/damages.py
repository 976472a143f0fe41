"""Damages: legal interest per half-year (art. 1231-6, 1231-7) and the assessment of the
losses into recoverable heads, as a range with its assumptions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from recours.errors import ParameterError
from recours.i18n import Lang, T
from recours.law.parameters import Parameters, ParamValue

CENT = Decimal("0.01")


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class InterestPeriod:
    start: date
    end: date  # inclusive
    days: int
    rate: Decimal
    amount: Decimal
    reference: str


@dataclass(frozen=True)
class Interest:
    principal: Decimal
    start: date
    end: date
    creditor: str  # professional | consumer
    periods: tuple[InterestPeriod, ...]
    total: Decimal
    uncovered_from: date | None = None
    uncovered_note: str | None = None
    params: tuple[ParamValue, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "principal": float(self.principal), "start": self.start.isoformat(),
            "end": self.end.isoformat(), "creditor": self.creditor, "total": float(self.total),
            "periods": [{"start": p.start.isoformat(), "end": p.end.isoformat(), "days": p.days,
                         "rate": float(p.rate), "amount": float(p.amount),
                         "reference": p.reference} for p in self.periods],
            "uncovered_from": self.uncovered_from.isoformat() if self.uncovered_from else None,
            "uncovered_note": self.uncovered_note,
        }


def _half_year_end(day: date) -> date:
    return date(day.year, 6, 30) if day.month <= 6 else date(day.year, 12, 31)


def _year_days(year: int) -> int:
    return (date(year + 1, 1, 1) - date(year, 1, 1)).days


def legal_interest(principal: Decimal, start: date, end: date, creditor: str,
                   params: Parameters) -> Interest:
    """Simple interest at the legal rate, half-year by half-year, from ``start`` (exclusive:
    the day of the formal notice does not bear interest) to ``end`` (inclusive).

    Stops at the first half-year whose rate is not covered and reports it.
    """
    key = f"fr.legal_interest_rate.{creditor}"
    periods: list[InterestPeriod] = []
    used: list[ParamValue] = []
    day = start + timedelta(days=1)
    uncovered: tuple[date | None, str | None] = (None, None)
    while day <= end:
        stop = min(_half_year_end(day), end)
        try:
            rate = params.at(key, day)
        except ParameterError as error:
            uncovered = (day, error.message.fr)
            break
        days = (stop - day).days + 1
        value = Decimal(str(rate.value))
        amount = principal * value / Decimal(100) * Decimal(days) / Decimal(_year_days(day.year))
        periods.append(InterestPeriod(day, stop, days, value, money(amount), rate.reference))
        used.append(rate)
        day = stop + timedelta(days=1)
    total = money(sum((p.amount for p in periods), Decimal(0)))
    return Interest(principal, start, end, creditor, tuple(periods), total, uncovered[0],
                    uncovered[1], tuple(used))


@dataclass(frozen=True)
class Head:
    """One loss sorted into a head of damage, with its recoverability."""

    loss_id: str
    category: str
    description: str
    amount: Decimal
    low: Decimal
    high: Decimal
    recoverable: str  # yes | arguable | no
    reason: T
    excluded: bool = False  # head excluded by the contract (liability_cap.excludes)
    breach: str | None = None  # the breach the loss results from (CapScope value)
    capped: bool = True  # False: the breach lies outside what the cap covers

    def to_dict(self, lang: Lang) -> dict[str, Any]:
        return {"loss": self.loss_id, "category": self.category, "description": self.description,
                "amount": float(self.amount), "low": float(self.low), "high": float(self.high),
                "recoverable": self.recoverable, "reason": self.reason.render(lang),
                "excluded_by_contract": self.excluded, "breach": self.breach,
                "capped": self.capped}


@dataclass(frozen=True)
class Assessment:
    currency: str
    heads: tuple[Head, ...]
    low: Decimal
    high: Decimal
    cap: Decimal | None
    clause_applies_low: bool  # cap and exclusions applied in the low estimate
    clause_applies_high: bool
    interest: Interest | None
    assumptions: tuple[T, ...] = field(default=())

    def to_dict(self, lang: Lang = "fr") -> dict[str, Any]:
        return {
            "currency": self.currency, "low": float(self.low), "high": float(self.high),
            "heads": [h.to_dict(lang) for h in self.heads],
            "cap": float(self.cap) if self.cap is not None else None,
            "clause_applies_low": self.clause_applies_low,
            "clause_applies_high": self.clause_applies_high,
            "interest": self.interest.to_dict() if self.interest else None,
            "assumptions": [a.render(lang) for a in self.assumptions],
        }


def bound(total: Decimal, cap: Decimal | None, applies: bool) -> Decimal:
    return min(total, cap) if cap is not None and applies else total


def bound_heads(heads: list[Head], amount_of: str, cap: Decimal | None,
                applies: bool) -> Decimal:
    """The cap bounds the heads it covers; heads from a breach outside it add in full."""
    def total(chosen: list[Head]) -> Decimal:
        return sum((getattr(h, amount_of) for h in chosen), Decimal(0))
    capped = [h for h in heads if h.capped]
    return bound(total(capped), cap, applies) + total([h for h in heads if not h.capped])
