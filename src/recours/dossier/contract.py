"""The contract: its kind, dates, price, forum, documents and (later) its clauses."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import Field

from recours.dossier.base import DocumentRef, Identifier, Money, Strict


class ContractKind(StrEnum):
    SALE = "sale"  # sale of software (vente)
    LICENCE = "licence"  # licence to use (licence / concession de droits)
    SAAS = "saas"  # SaaS subscription (abonnement / prestation de services)
    CUSTOM_DEVELOPMENT = "custom_development"  # contrat d'entreprise (art. 1787 s.)
    INTEGRATION = "integration"
    MAINTENANCE = "maintenance"
    MIXED = "mixed"  # mixed or interdependent contracts


class ObligationLevel(StrEnum):
    RESULT = "result"  # obligation de résultat
    MEANS = "means"  # obligation de moyens
    UNSPECIFIED = "unspecified"


class PriceBasis(StrEnum):
    ONE_OFF = "one_off"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    ANNUAL = "annual"


class Price(Strict):
    amount: Money
    basis: PriceBasis = PriceBasis.ONE_OFF
    excluding_tax: bool = Field(default=True, description="Hors taxes (HT).")


class Payment(Strict):
    due_on: date
    amount: Money
    label: str | None = None
    paid_on: date | None = None


class Clause(Strict):
    """A clause of the contract, as found by the contract domain or entered by hand."""

    id: str
    number: str | None = Field(default=None, description="« 12.3 », « Annexe 2 – 2.1 ».")
    title: str | None = None
    kinds: list[str] = Field(default_factory=list, description="Clause kinds detected.")
    text: str
    page: int | None = Field(default=None, ge=1)
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)


class CapExclusion(StrEnum):
    """Heads of damage a liability clause excludes (same words as ``LossCategory``)."""

    INDIRECT = "indirect"
    LOST_PROFIT = "lost_profit"
    DATA_LOSS = "data_loss"
    BUSINESS_INTERRUPTION = "business_interruption"
    REPUTATIONAL = "reputational"
    THIRD_PARTY_CLAIMS = "third_party_claims"


class CapCarveOut(StrEnum):
    """Cases a liability cap does not cover, as the clause states them."""

    GROSS_FAULT = "gross_fault"  # faute lourde / gross negligence
    WILFUL_MISCONDUCT = "wilful_misconduct"  # faute dolosive / wilful misconduct
    BODILY_INJURY = "bodily_injury"
    FRAUD = "fraud"
    CONFIDENTIALITY = "confidentiality"
    PERSONAL_DATA = "personal_data"
    IP_INFRINGEMENT = "ip_infringement"
    AI_ACT_COMPLIANCE = "ai_act_compliance"


class CapScope(StrEnum):
    """Breaches a liability clause covers, as the clause states them (a limitation clause is
    read strictly: it covers only the breaches it names)."""

    ALL = "all"  # every breach of the contract
    DEFECTIVE_PERFORMANCE = "defective_performance"  # defects, non-conformity, malfunctions
    DELAY = "delay"  # late performance
    NON_DELIVERY = "non_delivery"  # failure to deliver at all
    DUTY_OF_ADVICE = "duty_of_advice"  # duty of advice and warning


class LiabilityCap(Strict):
    """The contractual cap on the vendor's liability, as stated."""

    amount: Money | None = None
    formula: str | None = Field(default=None, description="E.g. « 12 mois de redevances ».")
    months_of_fees: int | None = Field(default=None, ge=1)
    fees_multiple: float | None = Field(
        default=None, gt=0, description="Cap as a multiple of the fees, e.g. 1.0 or 2.0."
    )
    excludes: list[CapExclusion] = Field(
        default_factory=list, description="Excluded heads: indirect, lost_profit, data_loss…"
    )
    carve_outs: list[CapCarveOut] = Field(
        default_factory=list, description="Cases the cap does not cover: gross_fault, wilful…"
    )
    covers: list[CapScope] = Field(
        default_factory=list,
        description="Breaches the clause covers: all, defective_performance, delay, "
        "non_delivery, duty_of_advice. Empty: not stated (the engine asks).",
    )
    clause: str | None = None


class RelatedContract(Strict):
    title: str
    kind: ContractKind
    parties: list[Identifier] = Field(default_factory=list)
    concluded_on: date | None = None
    interdependent: bool | None = None


class Contract(Strict):
    kind: ContractKind
    title: str
    reference: str | None = None
    concluded_on: date
    start_on: date | None = None
    term_months: int | None = Field(default=None, ge=1)
    tacit_renewal: bool | None = None
    notice_months: int | None = Field(default=None, ge=0)
    price: Price | None = None
    payment_schedule: list[Payment] = Field(default_factory=list)
    governing_law: str | None = Field(default=None, description="« droit français ».")
    jurisdiction: str | None = Field(default=None, description="« Tribunal de commerce de Paris ».")
    adhesion: bool | None = Field(default=None, description="Contrat d'adhésion (art. 1110)?")
    obligation_level: ObligationLevel = ObligationLevel.UNSPECIFIED
    liability_cap: LiabilityCap | None = None
    warranty_exclusion: bool | None = Field(
        default=None, description="Does the contract exclude the hidden-defects warranty?"
    )
    formal_notice_mode: str | None = Field(
        default=None, description="How notices must be sent under the contract."
    )
    cure_period_days: int | None = Field(
        default=None, ge=0, description="Contractual delay to remedy after notice."
    )
    acceptance_period_days: int | None = Field(default=None, ge=0)
    warranty_months: int | None = Field(
        default=None, ge=0, description="Contractual warranty period, in months."
    )
    payment_days: int | None = Field(
        default=None, ge=0, description="Payment term: days to pay an invoice."
    )
    documents: list[DocumentRef] = Field(default_factory=list)
    related_contracts: list[RelatedContract] = Field(default_factory=list)
    clauses: list[Clause] = Field(default_factory=list)
