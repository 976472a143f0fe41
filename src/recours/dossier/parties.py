"""Parties to the dispute: who they are, and the facts about them the law depends on."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from recours.dossier.base import Identifier, Strict


class PartyRole(StrEnum):
    CLIENT = "client"  # buyer / deployer of the AI system
    VENDOR = "vendor"  # seller, licensor, SaaS provider, AI Act provider
    INTEGRATOR = "integrator"
    FINANCIER = "financier"  # lessor / financial lease company
    INSURER = "insurer"


class PartyKind(StrEnum):
    COMPANY = "company"
    PUBLIC_BODY = "public_body"
    CONSUMER = "consumer"


class Person(Strict):
    name: str
    title: str | None = None
    email: str | None = None


class Counsel(Strict):
    name: str
    firm: str | None = None
    address: str | None = None
    email: str | None = None
    bar: str | None = Field(default=None, description="Barreau, e.g. « Paris ».")


class Party(Strict):
    """A party. ``it_professional`` and ``same_specialty_as_vendor`` drive the validity of
    warranty exclusions and the intensity of the vendor's duty of advice."""

    id: Identifier
    name: str
    role: PartyRole
    kind: PartyKind = PartyKind.COMPANY
    it_professional: bool | None = Field(
        default=None, description="Is the party a professional of information technology?"
    )
    same_specialty_as_vendor: bool | None = Field(
        default=None, description="Is the party of the same specialty as the vendor?"
    )
    siren: str | None = Field(default=None, pattern=r"^\d{9}$")
    legal_form: str | None = None
    address: str | None = None
    representative: Person | None = None
    counsel: Counsel | None = None
