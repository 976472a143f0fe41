"""Case law as data: the decisions load with their sources, every decision a rule declares
exists, a malformed file is refused with its name, and doubtful decisions carry a caveat."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from recours.errors import LawError
from recours.law import load_rules
from recours.law.case_law import load_case_law, read_case_law_file


def test_decisions_load_with_court_date_number_and_sources() -> None:
    store = load_case_law()
    faurecia = store["cass.com.2010-06-29.09-11841"]
    assert faurecia.date == date(2010, 6, 29) and faurecia.number == "09-11.841"
    assert "comportement du débiteur" in (faurecia.quote or "")
    assert faurecia.reference == "Cass. com., 2010-06-29, n° 09-11.841"
    for decision in store.values():
        assert decision.sources and all(s.startswith("http") for s in decision.sources)
        assert decision.summary.fr and decision.summary.en


def test_decision_without_number_is_doubtful() -> None:
    tacit = load_case_law()["cass.com.1995-01-03"]
    assert tacit.number is None and tacit.doubtful
    assert "non relevé" in tacit.reference


def test_every_declared_decision_exists() -> None:
    store = load_case_law()
    unknown = [(r.id, d) for r in load_rules().values() for d in r.case_law if d not in store]
    assert not unknown


def test_rules_cite_the_decisions_they_rely_on() -> None:
    cited = {d for r in load_rules().values() for d in r.case_law}
    assert {"cass.com.1996-10-22.93-18632", "cass.com.2010-06-29.09-11841",
            "cass.com.2013-11-26.12-25191", "cass.mixte.2023-07-21.21-15809",
            "cass.com.2019-06-05.17-26360"} <= cited


def test_unknown_decision_is_a_clear_error() -> None:
    with pytest.raises(LawError, match="unknown decision"):
        load_case_law()["cass.com.2099-01-01.00-00000"]


@pytest.mark.parametrize(("text", "says"), [
    ("- {id: x, court: C, chamber: c, date: 2010-01-01, name: n, sources: [http://a]}\n",
     "summary"),
    ("- {id: x, court: C, chamber: c, date: 2010-01-01, name: n, summary: {fr: a}, "
     "sources: [http://a]}\n", "'fr' and 'en'"),
    ("x: [\n", "unreadable YAML"),
    ("a: 1\n", "list of decisions"),
])
def test_malformed_case_law_file_names_the_problem(tmp_path: Path, text: str, says: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LawError) as info:
        read_case_law_file(path)
    assert says in info.value.render("en") and "bad.yaml" in info.value.render("en")
