"""Dates as a lawyer reads them: « 1er mars 2025 », "1 March 2025"."""

from __future__ import annotations

from datetime import date

_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def fr(day: date) -> str:
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first}\u00a0{_MONTHS_FR[day.month - 1]} {day.year}"


def en(day: date) -> str:
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
