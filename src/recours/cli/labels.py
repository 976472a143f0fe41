"""Short user-facing words for the CLI, in its language (the tables live with the model)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from recours.cli.common import lang
from recours.documents.typography import format_amount, format_date
from recours.dossier import EventType, Money, PartyRole
from recours.dossier.labels import label


def role_label(role: PartyRole) -> str:
    return label(role, lang())


def event_label(kind: EventType) -> str:
    return label(kind, lang())


def money(value: Money | Decimal | int, currency: str = "EUR") -> str:
    if isinstance(value, Money):
        return format_amount(value.amount, value.currency, lang())
    return format_amount(value, currency, lang())


def day(value: date) -> str:
    """« 1er novembre 2026 » / « 1 November 2026 »."""
    return format_date(value, lang())
