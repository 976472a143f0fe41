"""Former articles of the Code civil (contracts concluded before 1 October 2016) are stored
with their text and source, and resolve under the former numbering."""

from __future__ import annotations

import pytest

from recours.law import load_articles

FORMER = ("1109", "1110", "1116", "1131", "1134", "1147", "1150", "1184")


@pytest.mark.parametrize("number", FORMER)
def test_former_article_has_text_source_and_history(number: str) -> None:
    art = load_articles().get_ref(f"{number} anc.")
    assert art.id == f"fr.civil_anc.{number}"
    assert art.found and art.status == "historical" and art.uncertain
    assert "steeve/france.code-civil" in (art.source or "")
    assert "159d0518486cba8b3777c12380ecf1787887fbfc" in (art.source or "")
    assert art.extra["applies_to_contracts_until"].isoformat() == "2016-09-30"


def test_former_and_reformed_numbers_stay_apart() -> None:
    store = load_articles()
    assert store.get_ref("1131").id == "fr.civil.1131"  # the reformed text keeps the number
    assert store.get_ref("1131 anc.").text.startswith("L'obligation sans cause")
    assert store.get_ref("1134").id == "fr.civil_anc.1134"  # only the former text exists
    assert store.get_ref("1147 anc.").paragraphs[0].endswith("aucune mauvaise foi de sa part.")


def test_former_1134_keeps_its_three_paragraphs() -> None:
    art = load_articles()["fr.civil_anc.1134"]
    assert len(art.paragraphs) == 3 and art.paragraphs[2] == "Elles doivent être exécutées de bonne foi."
