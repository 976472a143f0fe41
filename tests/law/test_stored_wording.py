"""Findings say a text is not stored only when it is not, and quote the AI Act only in the
wording the project holds (the English OJ text: the French version is not in the verified
sources), never in a translation presented as a quotation."""

from __future__ import annotations

import re
from datetime import date

from tests.law.conftest import build

from recours.law import analyse
from recours.law.articles import load_articles
from recours.law.fr.procedure.prescription import _FORMER_CAVEAT


def test_the_former_limitation_caveat_knows_2262_is_stored() -> None:
    assert load_articles().get_ref("fr.civil_anc.2262").text
    fr = _FORMER_CAVEAT.render("fr")
    assert "art. 2262 anc., texte enregistré" in fr
    assert "2262 anc. ; dix ans" not in fr  # the old wording lumped it with the unstored ones


def test_ai_act_quotations_in_french_come_from_the_stored_text() -> None:
    case = {"patch": {"ai_system": {"ai_act": {
        "annex_iii_area": "4(a)", "profiling_of_natural_persons": True,
        "client_changed_intended_purpose": True, "initial_provider_opted_out": True}}}}
    analysis = analyse(build(case), date(2026, 9, 1))
    stored = load_articles().get_ref("eu.ai_act.art25").text
    quoted = [q for f in analysis.findings if f.rule.startswith("eu.ai_act.art25")
              for c in f.counter for q in re.findall(r"« ([^»]+?)(?:…)? »", c.render("fr"))]
    assert quoted, "the art. 25(2) counter-argument quotes the regulation"
    for q in quoted:
        assert q.rstrip("… ") in stored, f"« {q} » is not the stored wording"
