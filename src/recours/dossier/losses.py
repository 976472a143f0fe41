"""The buyer's losses, by head of damage."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import Field

from recours.dossier.base import DocumentRef, Identifier, Money, Strict
from recours.dossier.contract import CapScope


class LossCategory(StrEnum):
    LOSS_SUFFERED = "loss_suffered"  # perte subie
    LOST_PROFIT = "lost_profit"  # gain manqué
    EXTRA_COSTS = "extra_costs"  # frais supplémentaires
    THIRD_PARTY_CLAIMS = "third_party_claims"
    REPUTATIONAL = "reputational"  # préjudice d'image


class Loss(Strict):
    id: Identifier
    category: LossCategory
    description: str
    amount: Money
    date: date
    justification: str | None = Field(default=None, description="How the amount is proven.")
    documents: list[DocumentRef] = Field(default_factory=list)
    low: Money | None = Field(default=None, description="Low estimate when uncertain.")
    high: Money | None = Field(default=None, description="High estimate when uncertain.")
    breach: CapScope | None = Field(
        default=None, description="The breach this loss results from (defective performance, "
        "delay, non-delivery, duty of advice): a loss from a breach the liability cap does not "
        "cover is not capped.")
