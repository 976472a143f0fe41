"""Numbers, amounts, percentages and durations written in French or English contracts."""

from __future__ import annotations

import re

_WORDS = {
    "un": 1,
    "une": 1,
    "one": 1,
    "a": 1,
    "deux": 2,
    "two": 2,
    "trois": 3,
    "three": 3,
    "quatre": 4,
    "four": 4,
    "cinq": 5,
    "five": 5,
    "six": 6,
    "sept": 7,
    "seven": 7,
    "huit": 8,
    "eight": 8,
    "neuf": 9,
    "nine": 9,
    "dix": 10,
    "ten": 10,
    "onze": 11,
    "eleven": 11,
    "douze": 12,
    "twelve": 12,
    "quinze": 15,
    "fifteen": 15,
    "dix-huit": 18,
    "eighteen": 18,
    "vingt et un": 21,
    "twenty-one": 21,
    "vingt-cinq": 25,
    "twenty-five": 25,
    "trente et un": 31,
    "thirty-one": 31,
    "vingt": 20,
    "twenty": 20,
    "vingt-quatre": 24,
    "twenty-four": 24,
    "trente": 30,
    "thirty": 30,
    "trente-six": 36,
    "thirty-six": 36,
    "quarante-cinq": 45,
    "forty-five": 45,
    "quarante-huit": 48,
    "forty-eight": 48,
    "soixante": 60,
    "sixty": 60,
    "quatre-vingt-dix": 90,
    "ninety": 90,
    "cent": 100,
    "hundred": 100,
    "cent-vingt": 120,
    "cent vingt": 120,
    "cinquante": 50,
    "fifty": 50,
    "mille": 1000,
}
WORD_NUMBER = "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True))
# a count: « 12 », « douze (12) », « twelve »
COUNT = rf"(?:(?:{WORD_NUMBER})\s*\(\s*\d+\s*\)|\d+(?:[.,]\d+)?|(?:{WORD_NUMBER})\b)"
_DIGITS_IN_PARENS = re.compile(r"\((\d+)\)")

_UNITS = {
    "mois": "m",
    "month": "m",
    "months": "m",
    "an": "y",
    "ans": "y",
    "année": "y",
    "années": "y",
    "year": "y",
    "years": "y",
    "jour": "d",
    "jours": "d",
    "day": "d",
    "days": "d",
    "semaine": "w",
    "semaines": "w",
    "week": "w",
    "weeks": "w",
    "heure": "h",
    "heures": "h",
    "hour": "h",
    "hours": "h",
    "h": "h",
    "minute": "min",
    "minutes": "min",
}
UNIT = r"(?:mois|months?|ans?|années?|years?|jours?|days?|semaines?|weeks?|heures?|hours?|minutes?|h)\b"
QUALIFIER = (
    r"(?:(?:calendar|business|working|full|consecutive|derniers|premiers|pleins|civils|"
    r"ouvrés|ouvrables|calendaires)\s)?"
)
DURATION = re.compile(
    rf"(?<![\w-])({COUNT})\s*(?:\)\s*)?{QUALIFIER}({UNIT})(?:'s?)?(?:\s+(ouvrés|ouvrables|"
    rf"business|working|calendaires|calendar))?",
    re.IGNORECASE,
)


def count_value(text: str) -> float | None:
    """The number in « douze (12) », « 12 », « twelve », « 0,5 »."""
    text = text.strip().lower()
    inner = _DIGITS_IN_PARENS.search(text)
    if inner:
        return float(inner.group(1))
    if text in _WORDS:
        return float(_WORDS[text])
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def find_durations(text: str) -> list[tuple[float, str, int]]:
    """(value, unit code, position) for every duration in the text."""
    found: list[tuple[float, str, int]] = []
    for match in DURATION.finditer(text):
        value = count_value(match.group(1))
        unit = _UNITS.get(match.group(2).lower().rstrip("'"))
        if value is not None and unit is not None:
            found.append((value, unit, match.start()))
    return found


def as_period(value: float, unit: str) -> str | None:
    """« 36m », « 90d »: months and days kept as written, years made months."""
    if unit == "y":
        return f"{round(value * 12)}m"
    if unit in ("m", "d", "w"):
        return f"{round(value)}{unit}"
    return None


def as_hours(value: float, unit: str) -> float | None:
    if unit == "h":
        return value
    if unit == "min":
        return round(value / 60, 4)
    if unit == "d":
        return value * 24
    return None


_CURRENCY = (
    r"(?:€|euros?|EUR|GBP|£|USD|\$|AUD|CHF|CAD|SGD|NZD|HKD|JPY|SEK|NOK|DKK|INR|₹|Rs\.?(?= ?\d))"
)
# round 10: Indian grouping (lakh and crore: « 4,50,00,000 ») before the usual thousands
_INDIAN = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?"
_AMOUNT_NUMBER = _INDIAN + r"|\d{1,3}(?:[  \u202f.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
AMOUNT = re.compile(
    rf"(?:{_CURRENCY}\s?({_AMOUNT_NUMBER})(?:\s?(millions?|million|m)\b)?)|"
    rf"(?:({_AMOUNT_NUMBER})(?:\s?(millions?|million))?\s?(?:d')?\s?{_CURRENCY})",
    re.IGNORECASE,
)


def parse_amount(number: str) -> float | None:
    """« 480 000 », « 750,000 », « 4 500,50 », « 1.200.000 » → float."""
    digits = number.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if re.fullmatch(_INDIAN, digits):
        return float(digits.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits):
        return float(re.sub(r"[.,]", "", digits))
    match = re.fullmatch(r"(\d{1,3}(?:[.,]\d{3})*)([.,]\d{1,2})?", digits)
    if match:
        whole = re.sub(r"[.,]", "", match.group(1))
        return float(whole + (("." + match.group(2)[1:]) if match.group(2) else ""))
    try:
        return float(digits.replace(",", "."))
    except ValueError:
        return None


def find_amounts(text: str) -> list[tuple[float, int]]:
    """(amount, position) of every sum of money in the text."""
    found: list[tuple[float, int]] = []
    for match in AMOUNT.finditer(text):
        number = match.group(1) or match.group(3)
        scale = match.group(2) or match.group(4)
        value = parse_amount(number)
        if value is None:
            continue
        if scale:
            value *= 1_000_000
        found.append((value, match.start()))
    return found


PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s?%")


def percent(text: str) -> float:
    return float(text.replace(",", ".")) / 100
