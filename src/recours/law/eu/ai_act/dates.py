"""When the AI Act provisions behind a tier apply, as dated parameters decide it.

The evaluation date selects the version of art. 113 in force (original text, or as amended
by the Digital Omnibus, reported in force on 27 July 2026), and that version gives the date
of application. Each answer carries the parameter's reference and certainty, so that a
user sees that the Omnibus dates rest on a third-party consolidation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from recours.law.eu.ai_act.tier import Tier
from recours.law.parameters import Parameters, ParamValue

ENTRY_INTO_FORCE = "eu.ai_act.entry_into_force"
CHAPTERS_I_II = "eu.ai_act.application.chapters_i_ii"
NEW_PROHIBITIONS = "eu.ai_act.application.omnibus_new_prohibitions"
GPAI_GOVERNANCE = "eu.ai_act.application.gpai_governance_penalties"
GENERAL = "eu.ai_act.application.general"
ANNEX_III = "eu.ai_act.application.high_risk_annex_iii"
ANNEX_I = "eu.ai_act.application.high_risk_annex_i"
OMNIBUS = "eu.ai_act.omnibus.entry_into_force"


@dataclass(frozen=True, slots=True)
class Application:
    """A provision's date of application as read on the evaluation date ``on``."""

    parameter: ParamValue
    on: date

    @property
    def applies(self) -> bool:
        return bool(self.on >= self.parameter.value)

    @property
    def date(self) -> date:
        value: date = self.parameter.value
        return value


def parameter_for(tier: Tier, point: str | None = None) -> str:
    """The application-date parameter governing the obligations of a tier."""
    if tier == Tier.PROHIBITED:
        return NEW_PROHIBITIONS if point in ("ba", "bb") else CHAPTERS_I_II
    if tier == Tier.HIGH_RISK_ANNEX_III:
        return ANNEX_III
    if tier == Tier.HIGH_RISK_ANNEX_I:
        return ANNEX_I
    if tier == Tier.GPAI:
        return GPAI_GOVERNANCE
    return GENERAL


def first_day(params: Parameters, key: str) -> date:
    """The first date a parameter covers (the day its legal text came into force)."""
    return params[key].versions[0].start


def in_force(params: Parameters, on: date) -> bool:
    """Whether Regulation (EU) 2024/1689 is in force on ``on``."""
    return on >= first_day(params, ENTRY_INTO_FORCE)


def entry_into_force(params: Parameters) -> ParamValue:
    return params.at(ENTRY_INTO_FORCE, first_day(params, ENTRY_INTO_FORCE))


def application(params: Parameters, tier: Tier, point: str | None, on: date) -> Application | None:
    """Whether the provisions of ``tier`` apply on ``on``; None when the text did not yet
    provide for them on that date (before the Act, or an Omnibus point before the Omnibus)."""
    key = parameter_for(tier, point)
    if on < first_day(params, key):
        return None
    return Application(params.at(key, on), on)


def omnibus_in_force(params: Parameters, on: date) -> bool:
    """Whether the evaluation date falls after the (reported) entry into force of the Omnibus."""
    return on >= first_day(params, OMNIBUS)
