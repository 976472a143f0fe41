"""What the documents need from the legal analysis, as plain values in one language.

Builders never reach into the law engine's objects directly: :func:`legal_view` reads an
analysis — the object ``recours.law.analyse`` returns, or the ``data`` dict saved in
``dossier.analysis`` — and keeps only findings, deadlines, remedies, damages and the plan,
with bilingual texts already rendered in the document's language. Tests build a
:class:`LegalView` directly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from recours.i18n import Lang, T


@dataclass(frozen=True, slots=True)
class Finding:
    id: str
    title: str
    conclusion: str
    strength: str  # established | arguable | weak | excluded
    citations: tuple[str, ...]
    facts: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    counter_arguments: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Deadline:
    label: str
    end: date
    status: str  # open | due_soon | expired
    start: date | None = None
    start_event: str | None = None
    citations: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Remedy:
    id: str
    label: str
    available: bool
    conditions: str = ""
    citations: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DamageHead:
    label: str
    amount: Decimal
    recoverable: bool
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Damages:
    low: Decimal
    high: Decimal
    currency: str = "EUR"
    heads: tuple[DamageHead, ...] = ()
    assumptions: tuple[str, ...] = ()
    citations: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PlanStep:
    action: str
    by: date | None = None
    citations: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LegalView:
    on: date
    findings: tuple[Finding, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    remedies: tuple[Remedy, ...] = ()
    damages: Damages | None = None
    plan: tuple[PlanStep, ...] = ()
    regime: str | None = None
    notice_delay_days: int | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def remedy(self, remedy_id: str) -> Remedy | None:
        return next((r for r in self.remedies if r.id == remedy_id), None)

    def grounds(self) -> tuple[Finding, ...]:
        """Findings that support the client (not excluded), strongest first."""
        order = {"established": 0, "arguable": 1, "weak": 2}
        kept = [f for f in self.findings if f.strength in order]
        return tuple(sorted(kept, key=lambda f: order[f.strength]))


# --- reading an analysis object or dict ---------------------------------------------------


def _get(source: Any, name: str, default: Any = None) -> Any:
    if isinstance(source, Mapping):
        return source.get(name, default)
    return getattr(source, name, default)


def _text(value: Any, lang: Lang) -> str:
    if value is None:
        return ""
    if isinstance(value, T):
        return value.render(lang)
    if isinstance(value, Mapping) and ("fr" in value or "en" in value):
        return str(value.get(lang) or value.get("fr") or value.get("en") or "")
    return str(value)


def _texts(values: Any, lang: Lang) -> tuple[str, ...]:
    if not values:
        return ()
    if isinstance(values, str | T) or (isinstance(values, Mapping) and "fr" in values):
        values = [values]
    return tuple(t for t in (_text(v, lang) for v in values) if t)


def _citations(values: Any) -> tuple[str, ...]:
    out: list[str] = []
    for value in values or ():
        ref = _get(value, "id") or _get(value, "ref") or _get(value, "citation") or value
        out.append(str(ref))
    return tuple(out)


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _strength(value: Any) -> str:
    text = str(getattr(value, "value", value) or "weak").lower()
    return text


def _finding(item: Any, lang: Lang) -> Finding:
    return Finding(
        id=str(_get(item, "id") or _get(item, "rule") or ""),
        title=_text(_get(item, "title") or _get(item, "label") or _get(item, "rule"), lang),
        conclusion=_text(_get(item, "conclusion"), lang),
        strength=_strength(_get(item, "strength")),
        citations=_citations(_get(item, "citations")),
        facts=_texts(_get(item, "facts") or _get(item, "triggering_facts"), lang),
        missing=_texts(_get(item, "missing") or _get(item, "missing_facts"), lang),
        counter_arguments=_texts(_get(item, "counter_arguments"), lang),
    )


def _deadline(item: Any, lang: Lang) -> Deadline:
    end = _date(_get(item, "end") or _get(item, "end_date") or _get(item, "due"))
    if end is None:
        raise ValueError("deadline without end date")
    return Deadline(
        label=_text(_get(item, "label") or _get(item, "title"), lang),
        end=end,
        status=str(getattr(_get(item, "status"), "value", _get(item, "status")) or "open"),
        start=_date(_get(item, "start") or _get(item, "start_date")),
        start_event=_text(_get(item, "start_event"), lang) or None,
        citations=_citations(_get(item, "citations")),
    )


def _remedy(item: Any, lang: Lang) -> Remedy:
    return Remedy(
        id=str(_get(item, "id") or ""),
        label=_text(_get(item, "label") or _get(item, "title"), lang),
        available=bool(_get(item, "available", True)),
        conditions=_text(_get(item, "conditions"), lang),
        citations=_citations(_get(item, "citations")),
    )


def _money(value: Any) -> Decimal:
    amount = _get(value, "amount", value) if not isinstance(value, int | float | str) else value
    return Decimal(str(amount or 0))


def _damages(item: Any, lang: Lang) -> Damages | None:
    if item is None:
        return None
    heads = tuple(
        DamageHead(
            label=_text(_get(h, "label") or _get(h, "description"), lang),
            amount=_money(_get(h, "amount")),
            recoverable=bool(_get(h, "recoverable", True)),
            reason=_text(_get(h, "reason"), lang),
        )
        for h in _get(item, "heads") or ()
    )
    return Damages(
        low=_money(_get(item, "low")),
        high=_money(_get(item, "high")),
        currency=str(_get(item, "currency") or "EUR"),
        heads=heads,
        assumptions=_texts(_get(item, "assumptions"), lang),
        citations=_citations(_get(item, "citations")),
    )


def _each(items: Iterable[Any] | None) -> list[Any]:
    return list(items or ())


def legal_view(analysis: Any, lang: Lang, on: date | None = None) -> LegalView:
    """Read an analysis (law-engine object or saved dict) into a :class:`LegalView`."""
    when = on or _date(_get(analysis, "on")) or date(1970, 1, 1)
    return LegalView(
        on=when,
        findings=tuple(_finding(f, lang) for f in _each(_get(analysis, "findings"))),
        deadlines=tuple(_deadline(d, lang) for d in _each(_get(analysis, "deadlines"))),
        remedies=tuple(_remedy(r, lang) for r in _each(_get(analysis, "remedies"))),
        damages=_damages(_get(analysis, "damages"), lang),
        plan=tuple(
            PlanStep(
                action=_text(_get(s, "action") or _get(s, "label"), lang),
                by=_date(_get(s, "by") or _get(s, "date")),
                citations=_citations(_get(s, "citations")),
            )
            for s in _each(_get(analysis, "plan"))
        ),
        regime=_text(_get(analysis, "regime"), lang) or None,
        notice_delay_days=_get(analysis, "notice_delay_days"),
    )
