"""Shared building blocks of the dossier model: strict base model, money, references."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PlainSerializer


class Strict(BaseModel):
    """Base of every dossier model: unknown fields are errors, values are validated on edit."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_strip_whitespace=True)


@lru_cache(maxsize=1)
def known_currencies() -> frozenset[str]:
    """ISO 4217 codes known to Babel's CLDR data: what ``babel.numbers.list_currencies()``
    returns, read from ``babel.core`` on first use, without importing ``babel.numbers``
    (whose import compiles its number patterns: ~10 ms of every start)."""
    from babel.core import get_global

    return frozenset(get_global("all_currencies"))


def _check_currency(code: str) -> str:
    code = code.upper()
    if code not in known_currencies():
        raise ValueError(f"unknown_currency:{code}")
    return code


def _serialize_amount(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


Currency = Annotated[str, AfterValidator(_check_currency)]
Amount = Annotated[
    Decimal,
    Field(ge=0, max_digits=18, decimal_places=2),
    PlainSerializer(_serialize_amount, return_type=Any, when_used="json"),
]
Identifier = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$", max_length=64)]


class Money(Strict):
    """An amount in a currency (ISO 4217)."""

    amount: Amount
    currency: Currency = "EUR"


class ClauseRef(Strict):
    """Where a commitment or fact comes from in the contract: the clause and its words."""

    clause: str = Field(description="Clause reference, e.g. « Annexe 2, art. 2.1 ».")
    quote: str | None = Field(default=None, description="The clause's words, quoted.")
    page: int | None = Field(default=None, ge=1)


class DocumentRef(Strict):
    """A file attached to the dossier (contract, report, letter), with its SHA-256."""

    path: str = Field(description="Path relative to the dossier file.")
    title: str | None = None
    sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
