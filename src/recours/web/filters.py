"""Jinja2 filters: French (or English) dates and amounts, percentages, file sizes."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal
from jinja2 import Environment, pass_context
from jinja2.runtime import Context

LOCALES = {"fr": Locale.parse("fr_FR"), "en": Locale.parse("en_GB")}


def _locale(ctx: Context) -> Locale:
    return LOCALES.get(str(ctx.get("lang", "fr")), LOCALES["fr"])


@pass_context
def long_date(ctx: Context, value: date | datetime | str | None) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return str(value)
    if isinstance(value, datetime):
        value = value.date()
    return _long_date(value, _locale(ctx))


# Babel formatting costs a few hundred microseconds per call and a page makes dozens of them
# on the same few values: memoise on (value, locale) — pure functions of immutable inputs.
@lru_cache(maxsize=4096)
def _long_date(value: date, locale: Locale) -> str:
    text = format_date(value, format="long", locale=locale)
    if value.day == 1 and locale.language == "fr":  # « 1er mars », as the documents write it
        text = "1er" + text[1:]
    return text


@lru_cache(maxsize=4096)
def _currency(amount: str, currency: str, locale: Locale) -> str:
    return format_currency(Decimal(amount), currency, locale=locale)


@pass_context
def money(ctx: Context, value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict):
        amount, currency = value.get("amount", 0), value.get("currency", "EUR")
    else:
        amount, currency = getattr(value, "amount", value), getattr(value, "currency", "EUR")
    return _currency(str(amount), str(currency), _locale(ctx))


@lru_cache(maxsize=8192)
def _decimal(value: float, locale: Locale) -> str:
    return format_decimal(value, locale=locale)


@pass_context
def number(ctx: Context, value: Any, digits: int = 3) -> str:
    if value is None:
        return "—"
    return _decimal(round(float(value), digits), _locale(ctx))


def filesize(value: int) -> str:
    size = float(value)
    for unit in ("o", "Ko", "Mo", "Go"):
        if size < 1024 or unit == "Go":
            return f"{size:.0f} {unit}" if unit == "o" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} Go"


@pass_context
def webtext(ctx: Context, value: Any) -> str:
    """A library message as the web user reads it (fields in words, no CLI command)."""
    from recours.web.wording import for_web

    return for_web(str(value or ""), "en" if ctx.get("lang") == "en" else "fr")


@pass_context
def method_name(ctx: Context, value: Any) -> str:
    """A statistical method's readable name, from the one table the reports use."""
    from recours.evidence.stats.validity import label as method_label

    return method_label(str(value or "")).render("en" if ctx.get("lang") == "en" else "fr")


def install(env: Environment) -> None:
    from recours.web.labels import label

    env.filters.update(long_date=long_date, money=money, number=number, filesize=filesize,
                       label=label, webtext=webtext, method_name=method_name)
