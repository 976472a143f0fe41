"""What the documents need from the legal analysis, as plain values in one language.

Builders never reach into the law engine's objects directly: :func:`legal_view` reads an
analysis — the object ``recours.law.analyse`` returns, or the ``data`` dict saved in
``dossier.analysis`` — and keeps only findings, deadlines, remedies, damages and the plan,
with bilingual texts already rendered in the document's language. Tests build a
:class:`LegalView` directly.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from recours.documents.typography import format_date
from recours.dossier.labels import label_of_value
from recours.i18n import Lang, T

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STEP_NUMBER = re.compile(r"^\s*\d+\.\s+")
_RAW_IN_PARENS = re.compile(r"\(([a-z]+(?:_[a-z]+)+)\)")


def _words(text: str, lang: Lang) -> str:
    """A raw enum value the engine left in parentheses, as the reader's word (« (defect_discovery) »
    → « (découverte du défaut) »)."""
    def one(m: re.Match[str]) -> str:
        word = label_of_value(m.group(1), lang)
        return f"({word[0].lower()}{word[1:]})" if word else m.group(0)
    return _RAW_IN_PARENS.sub(one, text)


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
    area: str = "ground"
    status: str = "met"  # met | partial | not_met | info
    rule: str = ""
    data: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Deadline:
    label: str
    end: date
    status: str  # open | due_soon | expired
    start: date | None = None
    start_event: str | None = None
    citations: tuple[str, ...] = ()
    rule: str = ""


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
    recoverable: str  # yes | no | uncertain
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

    def termination(self) -> Remedy | None:
        """The termination remedy (art. 1224–1226), when the analysis lists one."""
        return next(
            (r for r in self.remedies if r.id == "termination" or r.id in TERMINATION_RULES), None
        )

    def grounds(self) -> tuple[Finding, ...]:
        """Contract-law grounds open to the client (met or partial), strongest first."""
        order = {"established": 0, "arguable": 1, "weak": 2}
        kept = [
            f
            for f in self.findings
            if f.area == "ground" and f.status in ("met", "partial") and f.strength in order
        ]
        return tuple(sorted(kept, key=lambda f: order[f.strength]))


# --- reading an analysis (law engine object, or its saved ``to_dict`` form, format 1) ------

GROUND_AREAS = frozenset({"ground", "ai_act", "consumer", "product"})
TERMINATION_RULES = frozenset({"fr.civil.1224", "fr.civil.1225", "fr.civil.1226"})
REGIMES = {
    "reformed": T(
        "Code civil issu de l'ordonnance n° 2016-131 (contrat conclu à compter du 1er octobre 2016)",
        "Civil Code as reformed by ordonnance no. 2016-131 (contract concluded on or after 1 October 2016)",
    ),
    "former": T(
        "anciens articles du Code civil (contrat conclu avant le 1er octobre 2016)",
        "former articles of the Civil Code (contract concluded before 1 October 2016)",
    ),
}


def _get(source: Any, name: str, default: Any = None) -> Any:
    if isinstance(source, Mapping):
        return source.get(name, default)
    return getattr(source, name, default)


def _text(value: Any, lang: Lang) -> str:
    return _words(_raw_text(value, lang), lang)


def _raw_text(value: Any, lang: Lang) -> str:
    if value is None:
        return ""
    if isinstance(value, T):
        return value.render(lang)
    if isinstance(value, Mapping):
        if "question" in value:
            return str(value["question"])
        if "label" in value:
            shown = _fact_value(value.get("value"), lang)
            sep = " : " if lang == "fr" else ": "
            return f"{value['label']}{sep}{shown}" if shown else str(value["label"])
        return str(value.get(lang) or value.get("fr") or value.get("en") or "")
    return str(value)


def _fact_value(value: Any, lang: Lang) -> str:
    """A triggering fact's value as words (dates and booleans for a reader, lists dropped)."""
    if value is None or value is True or value == "" or isinstance(value, dict | list):
        return ""
    if value is False:
        return "non" if lang == "fr" else "no"
    text = str(value)
    if _ISO_DATE.match(text):
        return format_date(date.fromisoformat(text), lang)
    return label_of_value(text, lang) or text


def _texts(values: Any, lang: Lang) -> tuple[str, ...]:
    if not values:
        return ()
    if isinstance(values, str | T):
        values = [values]
    return tuple(t for t in (_text(v, lang) for v in values) if t)


def _citations(values: Any) -> tuple[str, ...]:
    out: list[str] = []
    for value in values or ():
        ref = value if isinstance(value, str) else _get(value, "article") or _get(value, "id")
        if ref and str(ref) not in out:
            out.append(str(ref))
    return tuple(out)


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _finding(item: Mapping[str, Any], lang: Lang) -> Finding:
    return Finding(
        id=str(item.get("id") or item.get("rule") or ""),
        title=_text(item.get("title"), lang),
        conclusion=_text(item.get("conclusion"), lang),
        strength=str(item.get("strength") or "weak"),
        citations=_citations(item.get("citations")),
        facts=_texts(item.get("facts"), lang),
        missing=_texts(item.get("missing"), lang),
        counter_arguments=_texts(item.get("counter_arguments"), lang),
        area=str(item.get("area") or "ground"),
        status=str(item.get("status") or "met"),
        rule=str(item.get("rule") or item.get("id") or ""),
        data=dict(item.get("data") or {}),
    )


def _deadline(item: Mapping[str, Any], lang: Lang) -> Deadline | None:
    end = _date(item.get("end") or item.get("extended_end") or item.get("nominal_end"))
    if end is None:
        return None
    return Deadline(
        label=_text(item.get("label"), lang),
        end=end,
        status=str(item.get("status") or "open"),
        start=_date(item.get("start")),
        start_event=_text(item.get("start_event"), lang) or None,
        citations=_citations(item.get("citations")),
        rule=str(item.get("rule") or ""),
    )


def _remedy(item: Any, findings: dict[str, Finding], lang: Lang) -> Remedy | None:
    if isinstance(item, str):  # format 1: the id of a remedy finding
        found = findings.get(item)
        if found is None:
            return None
        return Remedy(
            found.rule,
            found.title,
            found.status in ("met", "partial"),
            found.conclusion,
            found.citations,
        )
    return Remedy(
        id=str(item.get("id") or ""),
        label=_text(item.get("label") or item.get("title"), lang),
        available=bool(item.get("available", True)),
        conditions=_text(item.get("conditions"), lang),
        citations=_citations(item.get("citations")),
    )


def _money(value: Any) -> Decimal:
    if isinstance(value, Mapping):
        value = value.get("amount")
    return Decimal(str(value or 0))


def _yes_no(value: Any) -> str:
    if value is True or value == "yes":
        return "yes"
    if value is False or value == "no":
        return "no"
    return "uncertain"


def _damages(item: Any, lang: Lang) -> Damages | None:
    if not item:
        return None
    heads = tuple(
        DamageHead(
            label=_text(h.get("label") or h.get("description"), lang),
            amount=_money(h.get("amount")),
            recoverable=_yes_no(h.get("recoverable", True)),
            reason=_text(h.get("reason"), lang),
        )
        for h in item.get("heads") or ()
    )
    return Damages(
        low=_money(item.get("low")),
        high=_money(item.get("high")),
        currency=str(item.get("currency") or "EUR"),
        heads=heads,
        assumptions=_texts(item.get("assumptions"), lang),
        citations=_citations(item.get("citations")),
    )


def _plan(
    data: Mapping[str, Any], findings: tuple[Finding, ...], lang: Lang
) -> tuple[PlanStep, ...]:
    steps = [
        PlanStep(
            _text(s.get("action") or s.get("label"), lang),
            _date(s.get("by") or s.get("date")),
            _citations(s.get("citations")),
        )
        for s in data.get("plan") or ()
    ]
    for f in findings:
        if f.area == "strategy" and f.status != "not_met":
            steps.append(
                PlanStep(_STEP_NUMBER.sub("", f.conclusion), _date(f.data.get("due")), f.citations)
            )
    return tuple(steps)


def legal_view(analysis: Any, lang: Lang, on: date | None = None) -> LegalView:
    """Read an analysis — ``recours.law.Analysis`` or its saved ``to_dict`` form — as a view."""
    data: Mapping[str, Any] = analysis.to_dict(lang) if hasattr(analysis, "to_dict") else analysis
    if "findings" not in data and isinstance(data.get(lang, data.get("fr")), Mapping):
        data = data.get(lang, data.get("fr"))  # saved once per language: {"fr": …, "en": …}
    raw = [f for f in data.get("findings") or () if not f.get("overridden_by")]
    findings = tuple(_finding(f, lang) for f in raw)
    by_id = {f.id: f for f in findings}
    remedies = tuple(r for r in (_remedy(x, by_id, lang) for x in data.get("remedies") or ()) if r)
    regime = data.get("regime")
    return LegalView(
        on=on or _date(data.get("on")) or date(1970, 1, 1),
        findings=findings,
        deadlines=tuple(d for d in (_deadline(x, lang) for x in data.get("deadlines") or ()) if d),
        remedies=remedies,
        damages=_damages(data.get("damages"), lang),
        plan=_plan(data, findings, lang),
        regime=REGIMES[regime].render(lang)
        if regime in REGIMES
        else (str(regime) if regime else None),
        notice_delay_days=data.get("notice_delay_days"),
    )
