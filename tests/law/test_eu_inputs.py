"""Bad AI Act inputs fail with a message naming the field and the fix; dated parameters and
article files of law II carry their references and certainty."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from recours.dossier import load_dossier
from recours.errors import LawError
from recours.law import analyse, load_articles, load_parameters
from recours.law.eu.ai_act.annexes import parse_annex_iii, parse_prohibited

EXAMPLE = Path(__file__).parents[2] / "examples" / "credit-scoring" / "dossier.yaml"


@pytest.mark.parametrize("value", ["9(a)", "5(e)", "4", "credit", ""])
def test_bad_annex_iii_points_are_refused(value: str) -> None:
    assert parse_annex_iii(value) is None


@pytest.mark.parametrize(("value", "expected"), [("5(b)", (5, "b")), ("5 B", (5, "b")),
                                                 ("point 2", (2, None)), ("8(a)", (8, "a"))])
def test_annex_iii_points_are_read(value: str, expected: tuple[int, str | None]) -> None:
    assert parse_annex_iii(value) == expected


@pytest.mark.parametrize("value", ["c", "(c)", "5(1)(c)", "art. 5(1)(c)"])
def test_prohibited_points_are_read(value: str) -> None:
    point = parse_prohibited(value)
    assert point is not None and point.code == "c"


@pytest.mark.parametrize(("field", "value"), [("annex_iii_area", "9(z)"), ("prohibited_practice", "zz")])
def test_analysis_names_the_bad_field(field: str, value: str) -> None:
    dossier = load_dossier(EXAMPLE)
    dossier.ai_system.ai_act = dossier.ai_system.ai_act.model_copy(update={field: value})
    with pytest.raises(LawError) as err:
        analyse(dossier, date(2026, 11, 26))
    assert err.value.where == f"ai_system.ai_act.{field}"
    assert err.value.fix is not None and value in err.value.render("fr")


def test_ai_act_parameters_carry_reference_and_certainty() -> None:
    params = load_parameters()
    keys = [k for k in params if k.startswith(("eu.", "fr.consommation."))]
    assert len(keys) >= 15
    for key in keys:
        for version in params[key].versions:
            assert version.reference and version.certainty in ("high", "medium", "low"), key


def test_omnibus_dates_are_low_certainty_and_switch_on_27_july_2026() -> None:
    params = load_parameters()
    before = params.at("eu.ai_act.application.high_risk_annex_iii", date(2026, 7, 26))
    after = params.at("eu.ai_act.application.high_risk_annex_iii", date(2026, 7, 27))
    assert (before.value, before.certainty) == (date(2026, 8, 2), "high")
    assert (after.value, after.certainty) == (date(2027, 12, 2), "low")
    annex_i = params.at("eu.ai_act.application.high_risk_annex_i", date(2026, 11, 26))
    assert annex_i.value == date(2028, 8, 2)


def test_not_found_articles_say_so() -> None:
    store = load_articles()
    for art_id in ("eu.ai_act.art27", "eu.pld.art9", "fr.consommation.L217-8", "fr.consommation.L217-16"):
        art = store[art_id]
        assert not art.found and art.status == "not_found"
    assert store["eu.ai_act.art113-omnibus"].uncertain
    assert "creditworthiness" in store["eu.ai_act.annex-iii"].text


def test_every_law_two_citation_resolves() -> None:
    from recours.law import load_rules

    store = load_articles()
    mine = [r for r in load_rules().values()
            if r.id.startswith(("eu.", "fr.consommation.", "strategy.")) or r.id == "fr.civil.1245"]
    assert len(mine) >= 20
    for rule in mine:
        for cite in rule.cites:
            assert store.get_ref(cite).id == cite, (rule.id, cite)
