"""Dated parameters cover real past dates: prescription since 2008, legal interest since 2011,
analysis dates before the 2016 reform and before the 2018 ratification law."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from tests.conftest import EXAMPLES

from recours.dossier import Dossier, load_dossier
from recours.errors import ParameterError
from recours.law import analyse, load_parameters


@pytest.mark.parametrize(("on", "pro", "consumer"), [
    (date(2011, 6, 1), 0.38, 0.38), (date(2012, 12, 31), 0.71, 0.71),
    (date(2014, 1, 1), 0.04, 0.04), (date(2015, 3, 1), 0.93, 4.06),
    (date(2016, 10, 1), 0.93, 4.35), (date(2018, 2, 1), 0.89, 3.73),
    (date(2019, 1, 1), 0.86, 3.40), (date(2020, 8, 1), 0.84, 3.11),
    (date(2022, 7, 1), 0.77, 3.15), (date(2023, 12, 31), 4.22, 6.82),
])
def test_legal_interest_rates_since_2011(on: date, pro: float, consumer: float) -> None:
    params = load_parameters()
    assert params.at("fr.legal_interest_rate.professional", on).value == pro
    assert params.at("fr.legal_interest_rate.consumer", on).value == consumer


def test_every_half_year_from_2011_is_covered_until_the_known_gap() -> None:
    params = load_parameters()
    for year in range(2011, 2027):
        for month in (1, 7):
            on = date(year, month, 1)
            if on >= date(2026, 7, 1):
                with pytest.raises(ParameterError, match="NOT FOUND"):
                    params.at("fr.legal_interest_rate.professional", on)
            else:
                assert params.at("fr.legal_interest_rate.professional", on).reference


@pytest.mark.parametrize(("key", "on"), [
    ("fr.civil.2232.cap_years", date(2008, 6, 19)), ("fr.civil.2232.cap_years", date(2012, 5, 1)),
    ("fr.civil.2238.restart_minimum_months", date(2008, 6, 19)),
    ("fr.civil.2238.restart_minimum_months", date(2015, 1, 1)),
])
def test_prescription_values_since_the_2008_law(key: str, on: date) -> None:
    value = load_parameters().at(key, on)
    assert value.value in (20, 6)
    assert "2008-561" in value.reference


@pytest.mark.parametrize("key", ["fr.civil.2232.cap_years", "fr.civil.2238.restart_minimum_months"])
def test_before_the_2008_law_is_still_refused(key: str) -> None:
    with pytest.raises(ParameterError):
        load_parameters().at(key, date(2008, 6, 18))


def _aged(dossier: Dossier, years: int) -> Dossier:
    """The same dossier with every date moved ``years`` earlier."""
    def move(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: move(v) for k, v in value.items()}
        if isinstance(value, list):
            return [move(v) for v in value]
        if isinstance(value, date | datetime):
            return value.replace(year=value.year - years, day=min(value.day, 28))
        return value
    return Dossier.model_validate(move(dossier.model_dump()))


@pytest.mark.parametrize(("years", "on", "regime"), [
    (14, date(2011, 9, 1), "former"), (10, date(2015, 6, 1), "former"),
    (9, date(2016, 1, 15), "former"), (7, date(2018, 1, 10), "reformed"),
])
def test_analysis_dates_before_the_reform_and_the_ratification_law(
        years: int, on: date, regime: str) -> None:
    dossier = _aged(load_dossier(EXAMPLES / "credit-scoring" / "dossier.yaml"), years)
    result = analyse(dossier, on).to_dict()
    assert result["regime"] == regime
    assert result["on"] == on.isoformat()
    assert result["findings"]
