"""Conformity of digital content/services and goods for a consumer: periods, presumption,
remedies. Pure functions over a :class:`~recours.law.fr.consommation.scope.Scope`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from recours.dossier import Dossier
from recours.dossier.facts import ConformityRequestOutcome as Outcome
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
    outcome: Outcome | None = None
    point: str | None = None  # the point of L217-14 / L224-25-20 that opens the remedies


OUTCOME = "facts.conformity_request_outcome"
# Outcomes that open price reduction or termination (L217-14 1° to 4°; L224-25-20 1° to 3°).
OPENING = {
    Outcome.REFUSED: {Regime.GOODS: "1°", Regime.DIGITAL: "1°"},
    Outcome.DELAYED: {Regime.GOODS: "2°", Regime.DIGITAL: "2°"},
    Outcome.MAJOR_INCONVENIENCE: {Regime.GOODS: "2°", Regime.DIGITAL: "2°"},
    Outcome.CONSUMER_BORE_COSTS: {Regime.GOODS: "3°", Regime.DIGITAL: "2°"},
    Outcome.FAILED: {Regime.GOODS: "4°", Regime.DIGITAL: "3°"},
}


def remedies(d: Dossier, s: Scope) -> Remedies:
    asked = d.first_event(EventType.COMPLAINT, EventType.FORMAL_NOTICE_SENT)
    facts: dict[str, object] = {"timeline.complaint_or_formal_notice": asked and asked.date.isoformat()}
    serious = d.facts.defect_renders_unfit
    outcome = d.facts.conformity_request_outcome
    facts["facts.defect_renders_unfit"] = serious
    if outcome is not None:
        facts[OUTCOME] = outcome.value
    if s.regime == Regime.DIGITAL:
        cites: tuple[str, ...] = ("fr.consommation.L224-25-12", "fr.consommation.L224-25-20")
    else:
        cites = ("fr.consommation.L217-9", "fr.consommation.L217-10", "fr.consommation.L217-14")
    # Immediate reduction/termination when the defect is so serious (L217-14 / L224-25-20, al. 2);
    # otherwise only after a request to bring into conformity that failed, was refused or delayed.
    point = OPENING.get(outcome, {}).get(s.regime or Regime.DIGITAL) if outcome else None
    if serious or point:
        open_now: bool | None = True
    elif outcome is not None or asked is None:
        open_now = False  # pending, brought into conformity, or nothing asked yet
    else:
        open_now = None  # depends on the answer: refusal, delay, failed attempt
    missing: tuple[str, ...] = (OUTCOME,) if open_now is None else ()
    if serious is None and not point:
        missing += ("facts.defect_renders_unfit",)
    return Remedies(True, open_now, True, asked is not None or outcome is not None, cites, facts,
                    missing, outcome, point)
