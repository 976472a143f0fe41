"""Does the consumer conformity law apply, and which regime (digital content/service or goods)?

Pure logic over the dossier. The regimes apply only to a consumer buyer facing a
professional, for contracts concluded from 1 January 2022 (ordonnance n° 2021-1247, art. 21,
a dated parameter). The contract kind decides the regime: SaaS, licence, custom development,
integration and maintenance are digital content or services (L224-25-2); a sale of software
is digital content too, unless the AI comes inside physical goods (L217-3: goods with digital
elements: ``facts.goods_with_digital_elements``, listed as missing while unknown).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from recours.dossier import Dossier
from recours.dossier.contract import ContractKind
from recours.dossier.parties import PartyKind
from recours.dossier.timeline import EventType
from recours.law.parameters import Parameters, ParamValue

REGIME_START = "fr.consommation.conformity_regime_start"
GOODS_FLAG = "facts.goods_with_digital_elements"


class Regime(StrEnum):
    DIGITAL = "digital"  # L224-25-1 to L224-25-31
    GOODS = "goods"  # L217-1 s. (goods, including with digital elements)


@dataclass(frozen=True)
class Scope:
    consumer: bool | None
    regime: Regime | None
    continuous: bool | None
    new_regime: bool  # contract concluded from the regime start date
    start: ParamValue
    facts: dict[str, object] = field(default_factory=dict)
    missing: tuple[str, ...] = ()

    @property
    def applies(self) -> bool:
        return bool(self.consumer) and self.new_regime and self.regime is not None


_DIGITAL_CONTINUOUS = {ContractKind.SAAS: True, ContractKind.MAINTENANCE: True,
                       ContractKind.INTEGRATION: False, ContractKind.CUSTOM_DEVELOPMENT: False}


def is_consumer(d: Dossier) -> bool | None:
    client = d.client
    return None if client is None else client.kind == PartyKind.CONSUMER


def scope(d: Dossier, params: Parameters) -> Scope:
    concluded = d.contract.concluded_on
    start = params.at(REGIME_START, max(concluded, params[REGIME_START].versions[0].start))
    facts: dict[str, object] = {"parties[client].kind": d.client.kind.value if d.client else None,
                                "contract.kind": d.contract.kind.value,
                                "contract.concluded_on": concluded.isoformat()}
    regime, continuous, missing = _regime(d)
    goods = d.facts.goods_with_digital_elements
    if goods is not None and _reads_goods_flag(d.contract.kind):
        facts[GOODS_FLAG] = goods
    return Scope(is_consumer(d), regime, continuous, concluded >= start.value, start, facts, missing)


def _reads_goods_flag(kind: ContractKind) -> bool:
    """SaaS, licence, development, integration, maintenance are digital whatever the flag."""
    return kind not in _DIGITAL_CONTINUOUS and kind != ContractKind.LICENCE


def _regime(d: Dossier) -> tuple[Regime | None, bool | None, tuple[str, ...]]:
    kind = d.contract.kind
    if kind in _DIGITAL_CONTINUOUS:
        return Regime.DIGITAL, _DIGITAL_CONTINUOUS[kind], ()
    if kind == ContractKind.LICENCE:
        return Regime.DIGITAL, d.contract.term_months is not None, ()
    goods = d.facts.goods_with_digital_elements
    if goods:
        # L217-3: a sale of goods with digital elements (the AI inside physical goods).
        return Regime.GOODS, False, ()
    if kind == ContractKind.SALE:
        return Regime.DIGITAL, False, () if goods is False else (GOODS_FLAG,)
    return None, None, ("contract.kind",) if goods is False else (GOODS_FLAG, "contract.kind")


def supplied_on(d: Dossier) -> date | None:
    """Delivery (or go-live) date: the supply from which periods and presumptions run."""
    event = d.first_event(EventType.DELIVERY) or d.first_event(EventType.GO_LIVE)
    return event.date if event else None


def defect_seen_on(d: Dossier) -> date | None:
    event = d.first_event(EventType.DEFECT_DISCOVERY) or d.first_event(EventType.INCIDENT)
    return event.date if event else None
