"""Which product-liability regime applies, to whom, for what damage.

- Date: Directive (EU) 2024/2853 applies to products placed on the market or put into
  service after 9 December 2026 (art. 2(1) — from memory, unverified: low certainty); before,
  the Code civil articles 1245 s. (transposing the 1985 Directive) govern. No French
  transposition of the 2024 Directive was found.
- Damage: both regimes compensate harm to persons and to property other than the product;
  the 2024 Directive covers natural persons only (art. 6, seen on a secondary site). A
  company's own commercial loss (lost profit, extra costs, third-party claims) caused by an
  AI system that does not perform is not covered: its ground is the contract (law I).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from recours.dossier import Dossier
from recours.dossier.parties import PartyKind
from recours.dossier.timeline import EventType
from recours.law.deadlines import add_years
from recours.law.parameters import Parameters, ParamValue

PLACED_AFTER = "eu.pld.products_placed_after"
PLACED = "ai_system.ai_act.placed_on_market_on"
DAMAGE_FACT = "facts.damage_to_person_or_private_property"


class Regime(StrEnum):
    CODE_CIVIL = "code_civil_1245"
    PLD_2024 = "pld_2024"


@dataclass(frozen=True)
class RegimeChoice:
    regime: Regime | None
    placed_on: date | None
    threshold: ParamValue
    facts: dict[str, object]
    missing: tuple[str, ...]


def placed_on(d: Dossier) -> date | None:
    raw = d.ai_system.ai_act.placed_on_market_on
    if raw:
        return date.fromisoformat(raw)
    event = d.first_event(EventType.DELIVERY)
    return event.date if event else None


def choose(d: Dossier, params: Parameters) -> RegimeChoice:
    placed = placed_on(d)
    first = params[PLACED_AFTER].versions[0].start
    threshold = params.at(PLACED_AFTER, max(placed or first, first))
    facts: dict[str, object] = {PLACED: d.ai_system.ai_act.placed_on_market_on}
    if placed is None:
        return RegimeChoice(None, None, threshold, facts, (PLACED,))
    if not d.ai_system.ai_act.placed_on_market_on:
        facts["timeline.delivery"] = placed.isoformat()
    regime = Regime.PLD_2024 if placed > threshold.value else Regime.CODE_CIVIL
    return RegimeChoice(regime, placed, threshold, facts, ())


@dataclass(frozen=True)
class Victim:
    """Who claims, and whether what it lost is the kind of damage these regimes cover."""

    natural_person: bool | None
    commercial_loss_only: bool
    facts: dict[str, object] = field(default_factory=dict)
    missing: tuple[str, ...] = ()
    damage_covered: bool | None = None  # harm to the person or to private property (or data)

    @property
    def excluded(self) -> bool:
        """No damage these regimes compensate: a company's own loss, or no harm to the person
        or to private property."""
        return self.commercial_loss_only or self.damage_covered is False


def victim(d: Dossier) -> Victim:
    client = d.client
    kind = client.kind if client else None
    facts: dict[str, object] = {"parties[client].kind": kind.value if kind else None,
                                "losses": [loss.category.value for loss in d.losses]}
    if kind == PartyKind.CONSUMER:
        damage = d.facts.damage_to_person_or_private_property
        if damage is None:
            return Victim(True, False, facts, (DAMAGE_FACT,))
        return Victim(True, False, {**facts, DAMAGE_FACT: damage}, (), damage)
    return Victim(False if kind else None, True, facts, () if kind else ("parties[client].kind",))


@dataclass(frozen=True)
class LongStop:
    """Art. 1245-15 (ten years from putting into circulation) and 1245-16 (three years from
    knowledge of damage, defect and producer) as dates."""

    extinction: date | None
    limitation: date | None
    facts: dict[str, object]


def code_civil_periods(d: Dossier) -> LongStop:
    placed = placed_on(d)
    known = d.first_event(EventType.DEFECT_DISCOVERY, EventType.INCIDENT)
    return LongStop(add_years(placed, 10) if placed else None,
                    add_years(known.date, 3) if known else None,
                    {PLACED: placed and placed.isoformat(),
                     "timeline.defect_discovery": known and known.date.isoformat()})
