"""French and English typography for documents (dates, amounts, figures, punctuation).

Formatting of numbers, amounts and dates comes from Babel (CLDR): in French the thousands
separator is a narrow no-break space (U+202F) and the currency sign follows the amount after
a no-break space (U+00A0) — « 480 000,00 € »; in English « €480,000.00 ». French punctuation
rules (Imprimerie nationale): a no-break space before « : », a narrow no-break space before
« ; ! ? », no-break spaces inside « guillemets »; the first day of a month is « 1er ».
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from babel.dates import format_date as _babel_date
from babel.numbers import format_currency, format_decimal, format_percent

from recours.i18n import Lang

NBSP = "\u00a0"  # no-break space (espace insécable)
NNBSP = "\u202f"  # narrow no-break space (espace fine insécable)

LOCALES: dict[str, str] = {"fr": "fr_FR", "en": "en_GB"}

Number = int | float | Decimal


def locale_of(lang: Lang) -> str:
    """The Babel locale of a language (« fr_FR », « en_GB »)."""
    return LOCALES.get(lang, "fr_FR")


def format_date(value: date, lang: Lang = "fr") -> str:
    """« 26 novembre 2026 », « 1er novembre 2026 »; « 26 November 2026 » in English."""
    text = _babel_date(value, format="long", locale=locale_of(lang))
    if lang == "fr" and value.day == 1:
        text = "1er" + text[1:]
    return text


def format_datetime_utc(value: datetime, lang: Lang = "fr") -> str:
    """A timestamp in UTC, to the second: « 26 novembre 2026 à 10:05:00 UTC »."""
    day = format_date(value.date(), lang)
    clock = value.strftime("%H:%M:%S")
    return f"{day} à {clock} UTC" if lang == "fr" else f"{day} at {clock} UTC"


def format_amount(amount: Number, currency: str = "EUR", lang: Lang = "fr") -> str:
    """« 480 000,00 € » (fr), « €480,000.00 » (en), always with two decimals."""
    return format_currency(Decimal(str(amount)), currency, locale=locale_of(lang))


def format_number(value: Number, lang: Lang = "fr", digits: int = 2) -> str:
    """A decimal number with exactly ``digits`` decimals: « 1 234,57 »."""
    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
    return format_decimal(value, format=pattern, locale=locale_of(lang))


def format_integer(value: int, lang: Lang = "fr") -> str:
    """« 12 500 » (fr), « 12,500 » (en)."""
    return format_decimal(value, format="#,##0", locale=locale_of(lang))


def format_pct(ratio: Number, lang: Lang = "fr", digits: int = 1) -> str:
    """A ratio as a percentage: 0.8123 -> « 81,2 % » (fr), « 81.2% » (en)."""
    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "") + "%"
    if lang == "fr":
        pattern = pattern[:-1] + NBSP + "%"
    return format_percent(ratio, format=pattern, locale=locale_of(lang))


_SPACE_BEFORE_HIGH = re.compile(r"[ \u00a0\u202f]*([;!?])(?=\s|$|[»)\]])")
_SPACE_BEFORE_COLON = re.compile(r"(?<=\S)[ \u00a0\u202f]*:(?=\s|$)")
_OPEN_GUILLEMET = re.compile(r"«[ \u00a0\u202f]*")
_CLOSE_GUILLEMET = re.compile(r"[ \u00a0\u202f]*»")
_STRAIGHT_QUOTES = re.compile(r'"([^"\n]+)"')


def french_spacing(text: str) -> str:
    """Apply French punctuation spacing to a text.

    « Objet : » gets a no-break space before the colon; « ; ! ? » a narrow no-break space;
    straight double quotes become « guillemets » with no-break spaces inside. Colons inside
    words, times and addresses (« 10:05 », « https:// ») are left alone.
    """
    text = _STRAIGHT_QUOTES.sub(r"«\1»", text)
    text = _SPACE_BEFORE_COLON.sub(NBSP + ":", text)
    text = _SPACE_BEFORE_HIGH.sub(lambda m: NNBSP + m.group(1), text)
    text = _OPEN_GUILLEMET.sub("«" + NBSP, text)
    return _CLOSE_GUILLEMET.sub(NBSP + "»", text)


def english_quotes(text: str) -> str:
    """Straight double quotes become curly quotes; French guillemets are kept as written."""
    return _STRAIGHT_QUOTES.sub("\u201c\\1\u201d", text)


def typeset(text: str, lang: Lang = "fr") -> str:
    """The typography of ``lang`` applied to a sentence."""
    return french_spacing(text) if lang == "fr" else english_quotes(text)


def guillemets(text: str, lang: Lang = "fr") -> str:
    """Quote a text: « text » in French, “text” in English."""
    if lang == "fr":
        return f"«{NBSP}{text.strip()}{NBSP}»"
    return f"\u201c{text.strip()}\u201d"


def join_words(items: list[str], lang: Lang = "fr") -> str:
    """« a, b et c » / « a, b and c »."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    last = " et " if lang == "fr" else " and "
    return ", ".join(items[:-1]) + last + items[-1]


_MONTH_KEY = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK_KEY = re.compile(r"^(\d{4})-W(\d{2})$")
_DAY_KEY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def format_period(key: str, lang: Lang = "fr") -> str:
    """A measurement window as a reader says it: « 2026-10 » → « octobre 2026 », « 2026-W38 »
    → « semaine 38 de 2026 », « 2026-10-13 » → « 13 octobre 2026 » (en: « October 2026 »,
    « week 38 of 2026 »); any other key is returned as it is."""
    if m := _WEEK_KEY.match(key):
        week = int(m[2])
        return f"semaine {week} de {m[1]}" if lang == "fr" else f"week {week} of {m[1]}"
    if m := _MONTH_KEY.match(key):
        month = _babel_date(date(int(m[1]), int(m[2]), 1), format="LLLL y", locale=locale_of(lang))
        return month
    if _DAY_KEY.match(key):
        return format_date(date.fromisoformat(key), lang)
    return key


def format_periods(keys: list[str], lang: Lang = "fr") -> str:
    """Several windows: consecutive weeks of one year compressed (« semaines 37 à 47 de 2026 »),
    the others listed (« octobre 2026 et novembre 2026 »)."""
    weeks = [_WEEK_KEY.match(k) for k in keys]
    if len(keys) > 2 and all(weeks) and len({m[1] for m in weeks if m}) == 1:
        numbers = sorted(int(m[2]) for m in weeks if m)
        year = weeks[0][1] if weeks[0] else ""
        if numbers == list(range(numbers[0], numbers[-1] + 1)):
            return (f"semaines {numbers[0]} à {numbers[-1]} de {year}" if lang == "fr"
                    else f"weeks {numbers[0]} to {numbers[-1]} of {year}")
    return join_words([format_period(k, lang) for k in keys], lang)


def count_words(n: int, one: str, many: str, lang: Lang = "fr", *,
                none: str | None = None) -> str:
    """« 1 manquement établi », « 3 manquements établis », « aucun … » (``none``): a count and
    its noun agreed, never « manquement(s) »."""
    if n == 0 and none is not None:
        return none
    return f"{format_integer(n, lang)} {one if n == 1 else many}"


_GUILLEMETS = re.compile(r"«[\s\u00a0\u202f]*(.*?)[\s\u00a0\u202f]*»")


def inner_quotes(text: str) -> str:
    """A text about to be put inside « » : its own « … » become “…” (no « « … » »)."""
    return _GUILLEMETS.sub(lambda m: f"\u201c{m[1]}\u201d", text)
