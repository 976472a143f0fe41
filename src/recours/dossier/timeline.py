"""The dated, typed events of the case."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import Field

from recours.dossier.base import DocumentRef, Identifier, Strict


class EventType(StrEnum):
    SIGNATURE = "signature"
    DELIVERY = "delivery"
    ACCEPTANCE = "acceptance"  # recette; see ``reservations`` and ``refused``
    GO_LIVE = "go_live"
    INCIDENT = "incident"
    DEFECT_DISCOVERY = "defect_discovery"
    COMPLAINT = "complaint"
    FORMAL_NOTICE_SENT = "formal_notice_sent"
    FORMAL_NOTICE_RECEIVED = "formal_notice_received"
    PAYMENT = "payment"
    EXPERT_MEASURE_ORDERED = "expert_measure_ordered"  # CPC 145 (art. 2239 C. civ.)
    EXPERT_REPORT = "expert_report"
    MEDIATION_START = "mediation_start"
    MEDIATION_END = "mediation_end"
    ACKNOWLEDGEMENT = "acknowledgement"  # debtor acknowledges the right (art. 2240)
    LEGAL_ACTION = "legal_action"
    JUDGMENT = "judgment"
    TERMINATION = "termination"
    OTHER = "other"


class Event(Strict):
    """One event. Acceptance: ``reservations`` lists them (empty: without reservation)."""

    date: date
    type: EventType
    description: str
    by: Identifier | None = Field(default=None, description="Party id that acted.")
    to: Identifier | None = Field(default=None, description="Party id addressed.")
    reservations: list[str] = Field(default_factory=list)
    refused: bool = False
    documents: list[DocumentRef] = Field(default_factory=list)
