"""French and English typography of documents."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from recours.documents.typography import (
    NBSP,
    NNBSP,
    format_amount,
    format_date,
    format_datetime_utc,
    format_integer,
    format_number,
    format_pct,
    french_spacing,
    guillemets,
    join_words,
    typeset,
)


def test_dates_in_french_and_english() -> None:
    assert format_date(date(2026, 11, 26), "fr") == "26 novembre 2026"
    assert format_date(date(2026, 11, 26), "en") == "26 November 2026"


def test_first_of_the_month_is_premier_in_french_only() -> None:
    assert format_date(date(2026, 11, 1), "fr") == "1er novembre 2026"
    assert format_date(date(2026, 11, 1), "en") == "1 November 2026"


def test_amounts_as_babel_gives_them() -> None:
    assert format_amount(480000, "EUR", "fr") == f"480{NNBSP}000,00{NBSP}€"
    assert format_amount(Decimal("480000"), "EUR", "en") == "€480,000.00"
    assert format_amount(125000.5, "EUR", "fr") == f"125{NNBSP}000,50{NBSP}€"


def test_numbers_percentages_integers() -> None:
    assert format_number(1234.5, "fr") == f"1{NNBSP}234,50"
    assert format_number(1234.5, "en") == "1,234.50"
    assert format_pct(0.8123, "fr") == f"81,2{NBSP}%"
    assert format_pct(0.8123, "en") == "81.2%"
    assert format_integer(48210, "fr") == f"48{NNBSP}210"


def test_timestamp_in_utc() -> None:
    stamp = datetime(2026, 11, 20, 9, 31, 12, tzinfo=UTC)
    assert format_datetime_utc(stamp, "fr") == "20 novembre 2026 à 09:31:12 UTC"
    assert format_datetime_utc(stamp, "en") == "20 November 2026 at 09:31:12 UTC"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Objet : mise en demeure", f"Objet{NBSP}: mise en demeure"),
        ("Objet: test", f"Objet{NBSP}: test"),
        ("Vraiment ?", f"Vraiment{NNBSP}?"),
        ("oui ; non !", f"oui{NNBSP}; non{NNBSP}!"),
        ('le "contrat" dit', f"le «{NBSP}contrat{NBSP}» dit"),
        ("« texte »", f"«{NBSP}texte{NBSP}»"),
    ],
)
def test_french_spacing(raw: str, expected: str) -> None:
    assert french_spacing(raw) == expected


@pytest.mark.parametrize(
    "untouched", ["https://www.legifrance.gouv.fr/x?a=1", "à 10:05", "ed25519:MEUC"]
)
def test_french_spacing_leaves_addresses_times_and_keys_alone(untouched: str) -> None:
    assert french_spacing(untouched) == untouched


def test_french_spacing_is_idempotent() -> None:
    once = french_spacing('Objet : le "contrat" ; oui ?')
    assert french_spacing(once) == once


def test_english_typesetting_uses_curly_quotes_and_no_spaces() -> None:
    assert typeset('the "contract": yes', "en") == "the \u201ccontract\u201d: yes"
    assert guillemets("texte", "fr") == f"«{NBSP}texte{NBSP}»"
    assert guillemets("text", "en") == "\u201ctext\u201d"


def test_join_words() -> None:
    assert join_words(["C1", "C2", "C3"], "fr") == "C1, C2 et C3"
    assert join_words(["C1", "C2"], "en") == "C1 and C2"
    assert join_words(["C1"], "fr") == "C1"
    assert join_words([], "fr") == ""
