"""The reader's words for the dossier's enum values, in French and English.

One table for the CLI, the documents and the web pages (docs/glossary.md gives the same pairs).
"""

from __future__ import annotations

from enum import StrEnum

from recours.dossier.commitments import DatasetKind, Window
from recours.dossier.contract import (
    CapExclusion,
    CapScope,
    ContractKind,
    ObligationLevel,
    PriceBasis,
)
from recours.dossier.evidence import Verdict
from recours.dossier.losses import LossCategory
from recours.dossier.parties import PartyKind, PartyRole
from recours.dossier.timeline import EventType
from recours.i18n import Lang

LABELS: dict[StrEnum, tuple[str, str]] = {
    PartyRole.CLIENT: ("Client", "Client"),
    PartyRole.VENDOR: ("Fournisseur", "Vendor"),
    PartyRole.INTEGRATOR: ("Intégrateur", "Integrator"),
    PartyRole.FINANCIER: ("Financeur", "Financier"),
    PartyRole.INSURER: ("Assureur", "Insurer"),
    PartyKind.COMPANY: ("Entreprise", "Company"),
    PartyKind.PUBLIC_BODY: ("Personne publique", "Public body"),
    PartyKind.CONSUMER: ("Consommateur", "Consumer"),
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
    EventType.TERMINATION: ("Résiliation ou résolution", "Termination"),
    EventType.OTHER: ("Autre", "Other"),
    ContractKind.SALE: ("vente de logiciel", "sale of software"),
    ContractKind.LICENCE: ("licence", "licence"),
    ContractKind.SAAS: ("abonnement SaaS (prestation de services)", "SaaS subscription (services)"),
    ContractKind.CUSTOM_DEVELOPMENT: (
        "développement spécifique (contrat d'entreprise)",
        "custom development",
    ),
    ContractKind.INTEGRATION: ("intégration", "integration"),
    ContractKind.MAINTENANCE: ("maintenance", "maintenance"),
    ContractKind.MIXED: (
        "contrat mixte ou ensemble contractuel",
        "mixed or interdependent contracts",
    ),
    ObligationLevel.RESULT: ("obligation de résultat", "obligation of result"),
    ObligationLevel.MEANS: ("obligation de moyens", "obligation of means"),
    ObligationLevel.UNSPECIFIED: ("non précisée par le contrat", "not specified by the contract"),
    PriceBasis.ONE_OFF: ("prix forfaitaire", "one-off price"),
    PriceBasis.MONTHLY: ("mensuel", "monthly"),
    PriceBasis.QUARTERLY: ("trimestriel", "quarterly"),
    PriceBasis.ANNUAL: ("annuel", "annual"),
    DatasetKind.PREDICTIONS: ("prédictions", "predictions"),
    DatasetKind.REQUESTS: ("journal de requêtes", "request log"),
    DatasetKind.PROBES: ("sondes de disponibilité", "availability probes"),
    DatasetKind.INCIDENTS: ("journal d'incidents", "incident log"),
    Window.WHOLE: ("ensemble", "whole"),
    Window.MONTHLY: ("par mois", "monthly"),
    Window.WEEKLY: ("par semaine", "weekly"),
    Window.DAILY: ("par jour", "daily"),
    LossCategory.LOSS_SUFFERED: ("Perte subie", "Loss suffered"),
    LossCategory.LOST_PROFIT: ("Gain manqué", "Lost profit"),
    LossCategory.EXTRA_COSTS: ("Frais supplémentaires", "Extra costs"),
    LossCategory.THIRD_PARTY_CLAIMS: ("Réclamations de tiers", "Third-party claims"),
    LossCategory.REPUTATIONAL: ("Préjudice d'image", "Reputational harm"),
    CapExclusion.INDIRECT: ("préjudice indirect", "indirect loss"),
    CapExclusion.LOST_PROFIT: ("gain manqué", "lost profit"),
    CapExclusion.DATA_LOSS: ("perte de données", "data loss"),
    CapExclusion.BUSINESS_INTERRUPTION: ("interruption d'activité", "business interruption"),
    CapExclusion.REPUTATIONAL: ("préjudice d'image", "reputational harm"),
    CapExclusion.THIRD_PARTY_CLAIMS: ("réclamations de tiers", "third-party claims"),
    CapScope.ALL: ("tout manquement", "any breach"),
    CapScope.DEFECTIVE_PERFORMANCE: ("exécution défectueuse", "defective performance"),
    CapScope.DELAY: ("retard", "delay"),
    CapScope.NON_DELIVERY: ("défaut de livraison", "non-delivery"),
    CapScope.DUTY_OF_ADVICE: ("devoir de conseil", "duty of advice"),
    Verdict.BREACH: ("Manquement établi", "Breach established"),
    Verdict.CONFORMITY: ("Conformité établie", "Conformity established"),
    Verdict.INCONCLUSIVE: ("Non concluant", "Inconclusive"),
}


_BY_VALUE: dict[str, tuple[str, str]] = {}
for _member, _pair in LABELS.items():
    _BY_VALUE.setdefault(_member.value, _pair)


def label_of_value(value: str, lang: Lang) -> str | None:
    """The reader's word for a raw enum value met as text (« breach_established »), or None
    when the text is no enum value of the dossier."""
    pair = _BY_VALUE.get(value)
    if pair is None:
        return None
    return pair[1] if lang == "en" else pair[0]


def label(value: StrEnum, lang: Lang) -> str:
    """The reader's word for an enum value (the raw value when none is known)."""
    fr, en = LABELS.get(value, (str(value), str(value)))
    return en if lang == "en" else fr
