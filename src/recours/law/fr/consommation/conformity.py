"""Conformity of digital content/services and goods for a consumer: periods, presumption,
remedies. Pure functions over a :class:`~recours.law.fr.consommation.scope.Scope`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from recours.dossier import Dossier
from recours.dossier.timeline import EventType
from recours.law.deadlines import add_months
from recours.law.fr.consommation.scope import Regime, Scope, defect_seen_on, supplied_on
from recours.law.parameters import Parameters, ParamValue


@dataclass(frozen=True)
class Presumption:
    """Whether the defect is presumed to have existed at supply (burden on the professional)."""

    presumed: bool | None
    until: date | None  # end of the presumption window (one-off supply)
    continuous: bool
    parameter: ParamValue | None
    citations: tuple[str, ...]
    facts: dict[str, object]
    missing: tuple[str, ...]


def presumption(d: Dossier, s: Scope, params: Parameters) -> Presumption:
    supplied, seen = supplied_on(d), defect_seen_on(d)
    facts: dict[str, object] = {"timeline.delivery": supplied and supplied.isoformat(),
                                "timeline.defect_discovery": seen and seen.isoformat()}
    missing = tuple(k for k, v in facts.items() if v is None)
    if s.regime == Regime.DIGITAL and s.continuous:
        return Presumption(True if seen else None, None, True, None, ("fr.consommation.L224-25-16",),
                           facts, missing)
    key = ("fr.consommation.digital_presumption_months" if s.regime == Regime.DIGITAL
           else "fr.consommation.goods_presumption_months")
    cite = "fr.consommation.L224-25-16" if s.regime == Regime.DIGITAL else "fr.consommation.L217-7"
    if supplied is None or seen is None:
        return Presumption(None, None, False, None, (cite,), facts, missing)
    param = params.at(key, max(supplied, params[key].versions[0].start))
    until = add_months(supplied, int(param.value))
    return Presumption(seen <= until, until, False, param, (cite,), facts, missing)


def liability_end(d: Dossier, s: Scope, params: Parameters) -> tuple[date | None, ParamValue | None]:
    """End of the period during which the professional answers for defects that appear."""
    supplied = supplied_on(d)
    if s.regime == Regime.DIGITAL and s.continuous:
        c = d.contract
        start = c.start_on or supplied
        return (add_months(start, c.term_months) if start and c.term_months else None), None
    if supplied is None:
        return None, None
    key = ("fr.consommation.digital_liability_years" if s.regime == Regime.DIGITAL
           else "fr.consommation.goods_liability_years")
    param = params.at(key, max(supplied, params[key].versions[0].start))
    return add_months(supplied, 12 * int(param.value)), param


@dataclass(frozen=True)
class Remedies:
    """What the consumer may claim now, and what it must do first."""

    bring_into_conformity: bool
    reduction_or_termination: bool | None
    termination_barred_if_minor: bool
    asked_for_conformity: bool
    citations: tuple[str, ...]
    facts: dict[str, object]
    missing: tuple[str, ...]


def remedies(d: Dossier, s: Scope) -> Remedies:
    asked = d.first_event(EventType.COMPLAINT, EventType.FORMAL_NOTICE_SENT)
    facts: dict[str, object] = {"timeline.complaint_or_formal_notice": asked and asked.date.isoformat()}
    serious = d.facts.defect_renders_unfit
    facts["facts.defect_renders_unfit"] = serious
    if s.regime == Regime.DIGITAL:
        cites: tuple[str, ...] = ("fr.consommation.L224-25-12", "fr.consommation.L224-25-20")
    else:
        cites = ("fr.consommation.L217-9", "fr.consommation.L217-10", "fr.consommation.L217-14")
    # Immediate reduction/termination when the defect is so serious (L217-14 / L224-25-20, al. 2);
    # otherwise only after a request to bring into conformity that failed, was refused or delayed.
    if serious:
        open_now: bool | None = True
    elif asked is None:
        open_now = False
    else:
        open_now = None  # depends on the answer: refusal, delay, failed attempt (not in the dossier)
    missing: tuple[str, ...] = ("facts.conformity_request_outcome",) if open_now is None else ()
    if serious is None:
        missing += ("facts.defect_renders_unfit",)
    return Remedies(True, open_now, True, asked is not None, cites, facts, missing)
