"""Amounts as a lawyer reads them: « 1 952 900,00 € », "€1,952,900.00"."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_currency


def fr(value: Decimal | int | float, currency: str = "EUR") -> str:
    return format_currency(value, currency, locale="fr_FR")


def en(value: Decimal | int | float, currency: str = "EUR") -> str:
    return format_currency(value, currency, locale="en_GB")
