"""Short user-facing labels for enum values, in the CLI's language."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.numbers import format_currency

from recours.cli.common import lang
from recours.documents.typography import format_date
from recours.dossier import EventType, Money, PartyRole

_ROLES = {
    PartyRole.CLIENT: ("Client", "Client"),
    PartyRole.VENDOR: ("Fournisseur", "Vendor"),
    PartyRole.INTEGRATOR: ("Intégrateur", "Integrator"),
    PartyRole.FINANCIER: ("Financeur", "Financier"),
    PartyRole.INSURER: ("Assureur", "Insurer"),
}

_EVENTS = {
    EventType.SIGNATURE: ("Signature", "Signature"),
    EventType.DELIVERY: ("Livraison", "Delivery"),
    EventType.ACCEPTANCE: ("Recette", "Acceptance"),
    EventType.GO_LIVE: ("Mise en production", "Go-live"),
    EventType.INCIDENT: ("Incident", "Incident"),
    EventType.DEFECT_DISCOVERY: ("Découverte du défaut", "Discovery of the defect"),
    EventType.COMPLAINT: ("Réclamation", "Complaint"),
    EventType.FORMAL_NOTICE_SENT: ("Mise en demeure envoyée", "Formal notice sent"),
    EventType.FORMAL_NOTICE_RECEIVED: ("Mise en demeure reçue", "Formal notice received"),
    EventType.PAYMENT: ("Paiement", "Payment"),
    EventType.EXPERT_MEASURE_ORDERED: ("Expertise ordonnée", "Expert measure ordered"),
    EventType.EXPERT_REPORT: ("Rapport d'expertise", "Expert report"),
    EventType.MEDIATION_START: ("Début de médiation", "Mediation start"),
    EventType.MEDIATION_END: ("Fin de médiation", "Mediation end"),
    EventType.ACKNOWLEDGEMENT: ("Reconnaissance du droit", "Acknowledgement"),
    EventType.LEGAL_ACTION: ("Action en justice", "Legal action"),
    EventType.JUDGMENT: ("Jugement", "Judgment"),
    EventType.TERMINATION: ("Résiliation / résolution", "Termination"),
    EventType.OTHER: ("Autre", "Other"),
}


def _pick(pair: tuple[str, str]) -> str:
    return pair[1] if lang() == "en" else pair[0]


def role_label(role: PartyRole) -> str:
    return _pick(_ROLES[role])


def event_label(kind: EventType) -> str:
    return _pick(_EVENTS[kind])


def money(value: Money | Decimal, currency: str = "EUR") -> str:
    if isinstance(value, Money):
        value, currency = value.amount, value.currency
    locale = "en_GB" if lang() == "en" else "fr_FR"
    return format_currency(value, currency, locale=locale)


def day(value: date) -> str:
    """« 1er novembre 2026 » / « 1 November 2026 »."""
    return format_date(value, lang())
