"""Dated parameters: values with references, refusal outside coverage, bad files."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from recours.errors import ParameterError
from recours.law import load_parameters
from recours.law.damages import legal_interest
from recours.law.parameters import read_parameter_file


@pytest.mark.parametrize(("on", "pro", "consumer"), [
    (date(2024, 1, 1), 5.07, 8.01), (date(2024, 6, 30), 5.07, 8.01),
    (date(2024, 7, 1), 4.92, 8.16), (date(2025, 3, 1), 3.71, 7.21),
    (date(2025, 12, 31), 2.76, 6.65), (date(2026, 6, 30), 2.62, 6.67),
])
def test_legal_interest_rates_per_half_year(on: date, pro: float, consumer: float) -> None:
    params = load_parameters()
    assert params.at("fr.legal_interest_rate.professional", on).value == pro
    assert params.at("fr.legal_interest_rate.consumer", on).value == consumer


@pytest.mark.parametrize("on", [date(2010, 12, 31), date(2026, 7, 1), date(2027, 1, 1)])
def test_rates_outside_coverage_are_refused(on: date) -> None:
    with pytest.raises(ParameterError) as info:
        load_parameters().at("fr.legal_interest_rate.professional", on)
    assert info.value.fix is not None


def test_2026_s2_gap_says_not_found() -> None:
    with pytest.raises(ParameterError, match="NOT FOUND"):
        load_parameters().at("fr.legal_interest_rate.consumer", date(2026, 9, 1))


def test_every_dated_value_has_a_reference() -> None:
    for param in load_parameters().values():
        for version in param.versions:
            assert version.reference, param.key


@pytest.mark.parametrize(("key", "value"), [
    ("fr.civil.1648.duration_years", 2), ("fr.civil.2224.duration_years", 5),
    ("fr.commerce.L110-4.duration_years", 5), ("fr.civil.2232.cap_years", 20),
])
def test_durations(key: str, value: int) -> None:
    assert load_parameters().at(key, date(2025, 1, 1)).value == value


def test_unknown_parameter() -> None:
    with pytest.raises(ParameterError, match="unknown parameter"):
        load_parameters()["fr.nope"]


def test_value_without_reference_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("x:\n  versions:\n    - {from: 2020-01-01, value: 1}\n", encoding="utf-8")
    with pytest.raises(ParameterError, match="without a reference"):
        read_parameter_file(path)


def test_broken_yaml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("x: [\n", encoding="utf-8")
    with pytest.raises(ParameterError) as info:
        read_parameter_file(path)
    assert "broken.yaml" in str(info.value)


def test_interest_split_by_half_year() -> None:
    result = legal_interest(Decimal(200000), date(2025, 1, 31), date(2025, 7, 31),
                            "professional", load_parameters())
    assert [p.days for p in result.periods] == [150, 31]
    assert result.total == Decimal("3518.14")


def test_interest_stops_where_rates_are_unknown() -> None:
    result = legal_interest(Decimal(1000), date(2026, 6, 1), date(2026, 8, 1), "professional",
                            load_parameters())
    assert result.uncovered_from == date(2026, 7, 1) and len(result.periods) == 1
