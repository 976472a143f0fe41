"""Service levels: availability and its window, response and resolution times, credit cap."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from recours.contract.values.base import Sentence
from recours.contract.values.numbers import COUNT, QUALIFIER, UNIT, as_hours, count_value, percent

_AVAILABILITY = re.compile(
    r"(?:disponib\w*|availab\w*|uptime|accessib\w*)[^%]{0,160}?(\d{2}(?:[.,]\d+)?)\s?%", re.I
)
_WINDOWS = (
    ("monthly", r"\bmois\b|mensuel|month"),
    ("quarterly", r"trimest|quarter"),
    ("annual", r"\bannuel|\bannée|\byear"),
    ("weekly", r"semaine|hebdo|week"),
)
_DURATION = rf"({COUNT})\s*\)?\s*{QUALIFIER}({UNIT})"
_RESPONSE = re.compile(
    rf"(?:respon\w*|répon\w*|acknowledg\w*|intervention\w*|intervien\w*|pren\w* en compte|"
    rf"prise en compte|pris\w* en charge|pren\w* en charge|\bGTI\b|"
    rf"temps d'intervention)(?:[^.;]{{0,90}}?|"
    # "respond to a Priority 1 incident (…) within two (2) hours"
    rf"(?<=respond) to (?:a|an|any|each|every) (?:[\w-]+ ){{0,3}}(?:incidents?|requests?|tickets?|"
    rf"calls?|faults?)\b[^.;]{{0,130}}?\bwithin ){_DURATION}",
    re.I,
)
_RESOLUTION = re.compile(
    rf"(?:résolution|résolu\w*|resol\w*|corrig\w*|rétabli\w*|\bGTR\b|restor\w*|workaround|\bfix\b|"
    rf"remis\w* en (?:état|service)|"
    rf"solution de contournement|correctif)[^.;]{{0,70}}?{_DURATION}",
    re.I,
)
_CREDIT_CAP = re.compile(
    r"(?:dans la limite de|plafonn\w+ à|ne (?:pourra|peut|pourront|doit|saurait|sauraient|pouvant|"
    r"devant) (?:en aucun cas )?(?:pas )?(?:excéder|dépasser)|shall not exceed|"
    # round 10: "shall not in any month exceed", « sans que le total … puisse dépasser »
    r"(?:shall|will|may) not in any \w+ exceed|puisse (?:excéder|dépasser)|"
    # "Service Credits will not accumulate … in an amount more than 8% of Cloud Service Fees"
    r"(?:not|never) (?:accumulate|accrue)\b[^.;%]{0,80}?\bmore than|"
    r"(?:shall|will|may) (?:in no event|"
    r"never|not) exceed|never exceed|not exceeding|not (?:to )?exceed|n'excédant pas|sans excéder|capped at|"
    r"maximum of|up to)\s+(?:[\w-]+ ){0,5}?(?:per ?cent |pour ?cent )?\(?(\d+(?:[.,]\d+)?)\s?%",
    re.I,
)


# the period over which availability is measured, stated apart from any figure (a standard
# form whose Target Uptime is a cover-page variable: "make the Cloud Service available for at
# least the Target Uptime as calculated each calendar month", « la disponibilité est calculée
# sur le mois civil »)
_MEASURED_OVER = re.compile(
    r"(?:disponib\w*|availab\w*|uptime|accessib\w*)[^.;]{0,200}?\b(?:calculated|measured|"
    r"assessed|computed|calculée?s?|mesurée?s?|évaluée?s?|appréciée?s?)\s+(?:on an? |over (?:a |an |"
    r"each |every |any )?|(?:in|during|for) (?:a |an |each |every |any )?|each |every |per |sur "
    r"(?:le |la |l'|un |une |chaque )?|par |pour (?:le |la |chaque )?|au cours (?:du |de la |d'un |"
    r"d'une |de chaque )?|chaque )?(?:calendar |civil\w* )?(\w+)",
    re.I,
)


def service_levels(items: list[Sentence]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for item in items:
        text = item.text
        found = _AVAILABILITY.search(text)
        if found and "availability" not in values:
            values["availability"] = round(percent(found.group(1)), 6)
            values["availability_quote"] = text
            window = _window(text[found.start() :])
            if window:
                values["sla_window"] = window
        _hours(values, "response_hours", _RESPONSE, text)
        _hours(values, "resolution_hours", _RESOLUTION, text)
    if "sla_window" not in values:
        for item in items:
            measured = _MEASURED_OVER.search(item.text)
            window = _window(measured.group(1)) if measured else None
            if window:
                values["sla_window"] = window
                break
    return values


_RESPONSE_COLUMN = re.compile(
    r"respon|réponse|prise en compte|intervention|\bGTI\b|acknowledg", re.I
)
_RESOLUTION_COLUMN = re.compile(r"résolution|resol|rétablissement|correction|\bGTR\b|restor", re.I)
_CELL_DURATION = re.compile(rf"^\s*{_DURATION}\s*$", re.I)


def table_times(rows: list[str]) -> dict[str, Any]:
    """Response and resolution times from a priority table (header row, then the most urgent
    priority first): « Priorité | Délai de prise en compte | Délai de résolution »."""
    values: dict[str, Any] = {}
    for header, first in pairwise(rows):
        cells = [c.strip() for c in header.split("|")]
        data = [c.strip() for c in first.split("|")]
        if len(cells) != len(data):
            continue
        for key, column in (
            ("response_hours", _RESPONSE_COLUMN),
            ("resolution_hours", _RESOLUTION_COLUMN),
        ):
            index = next((i for i, c in enumerate(cells) if column.search(c)), None)
            if index is not None and _CELL_DURATION.match(data[index]):
                _hours(values, key, _CELL_DURATION, data[index])
        if values:
            return values
    return values


def _window(text: str) -> str | None:
    for name, pattern in _WINDOWS:
        if re.search(pattern, text, re.I):
            return name
    return None


# « pris en compte dans l'heure », "acknowledged within the hour": one hour, no figure written
_WITHIN_HOUR = re.compile(
    r"(?:respon\w*|répon\w*|acknowledg\w*|intervien\w*|pri(?:s|se)\w* en (?:compte|charge)|"
    r"pren\w* en (?:compte|charge))[^.;]{0,40}?(?:dans l'heure|within the (?:same )?hour)",
    re.I,
)


def _hours(values: dict[str, Any], key: str, pattern: re.Pattern[str], text: str) -> None:
    if key in values:
        return
    hour = _WITHIN_HOUR.search(text) if key == "response_hours" else None
    found = pattern.search(text)
    if hour and (found is None or hour.start() <= found.start()):
        values[key] = 1.0
        return
    if not found:
        return
    value = count_value(found.group(1))
    unit = found.group(2).lower()
    code = (
        "min"
        if unit.startswith("minute")
        else "d"
        if unit.startswith(("jour", "day"))
        else ("h" if unit.startswith(("h", "heure", "hour")) else "")
    )
    hours = as_hours(value, code) if value is not None else None
    if hours is not None:
        values[key] = hours


def credit_cap(items: list[Sentence]) -> float | None:
    for item in items:
        if not re.search(r"crédit|credit|avoir|pénalit|penalt", item.text, re.I):
            continue
        found = _CREDIT_CAP.search(item.text)
        if found:
            return round(percent(found.group(1)), 6)
    return None
