"""The compliance report explains the level in an expert's words — α, the Holm family, the
adjusted p-value — from the evidence results, and says why each « non concluant » is so."""

from __future__ import annotations

import re

from recours.documents import report_method
from recours.dossier import CommitmentResult, Dossier
from tests.documents.conftest import build
from tests.documents.golden_cases import cases

NB = str.maketrans({"\u202f": " ", "\u00a0": " "})


def _text(dossier: Dossier, lang: str = "fr") -> str:
    return build(dossier, "rapport", lang).plain_text().translate(NB)


def _result(dossier: Dossier, cid: str) -> CommitmentResult:
    run = dossier.evidence_runs[0]
    return next(r for r in run.results if r.commitment_id == cid and r.window is None)


def test_the_level_is_explained_with_alpha_and_the_family(dossier: Dossier) -> None:
    text = _text(dossier)
    n = len(dossier.evidence_runs[0].results)
    assert "test unilatéral au risque α = 2,5 %" in text
    assert f"La campagne compte {n} mesures" in text
    assert "p-valeur ajustée est au plus égale à α" in text
    en = _text(dossier, "en")
    assert "one-sided test at risk α = 2.5%" in en


def test_a_holm_inconclusive_says_so_with_both_p_values(dossier: Dossier) -> None:
    r = _result(dossier, "C3")  # availability ≥ 99.5 %: make the raw interval lie below
    r.estimate, r.lower, r.upper = 0.9930, 0.9905, 0.9948
    r.p_value, r.p_adjusted = 0.012, 0.036
    text = _text(dossier)
    assert "C3 — non concluant" in text
    assert "la p-valeur brute 0,0120 est au plus α = 2,5 %" in text
    assert "ajustée par Holm, 0,0360, le dépasse" in text
    assert "« correction de Holm » lorsque la p-valeur brute est au plus α" in text


def test_an_interval_holding_the_threshold_is_the_reason(dossier: Dossier) -> None:
    text = _text(dossier)
    assert re.search(r"C3 — non concluant : méthode : .*motif : l'intervalle \[99,40 % ; "
                     r"99,77 %\] contient le seuil de 99,50 %", text)
    assert "davantage de cas de test sont nécessaires" not in text


def test_every_measured_row_names_its_method_and_conditions(dossier: Dossier) -> None:
    text = _text(dossier)
    assert re.search(r"C1 — manquement établi : méthode : test binomial exact \(intervalle de "
                     r"Clopper–Pearson\) ; conditions de validité : cas indépendants", text)
    assert re.search(r"C2 — manquement établi : méthode : statistiques d'ordre", text)


def test_a_one_sided_interval_is_its_single_bound(dossier: Dossier) -> None:
    run = dossier.evidence_runs[0]
    r = next(r for r in run.results if r.window == "2026-01")
    r.lower = None
    text = _text(dossier)
    assert "≤ 64,4 %" in text
    assert "Un intervalle unilatéral n'a qu'une borne" in text


def test_the_logistics_windows_say_why_they_are_inconclusive() -> None:
    case = next(c for c in cases() if c.stem == "logistics-forecast-rapport-fr")
    text = case.build().plain_text().translate(NB)
    assert "non concluant (seuil dans l'intervalle)" in text
    assert "non concluant (niveau de la méthode non atteint)" in text


def test_why_reads_the_results_only() -> None:
    base = dict(commitment_id="X", metric="recall", comparator=">=", threshold=0.7, level=0.95,
                method="clopper_pearson", n=100, verdict="inconclusive")
    r = CommitmentResult(**base, estimate=0.6, lower=0.5, upper=0.69, p_value=0.01,  # type: ignore[arg-type]
                         p_adjusted=0.04)
    assert report_method.why(r) is report_method.Why.HOLM
    r = CommitmentResult(**base, estimate=0.7, lower=0.6, upper=0.8, p_value=0.4,  # type: ignore[arg-type]
                         p_adjusted=0.4)
    assert report_method.why(r) is report_method.Why.STRADDLES
    r = CommitmentResult(**base, estimate=None, lower=None, upper=None)  # type: ignore[arg-type]
    assert report_method.why(r) is report_method.Why.NO_MEASURE


def test_the_english_report_quotes_in_english() -> None:
    for stem in ("logistics-forecast-rapport-en", "saas-outage-rapport-en"):
        case = next(c for c in cases() if c.stem == stem)
        text = case.build().plain_text()
        # French guillemets only around the dossier's own French words (Context.source);
        # the English prose itself quotes in English.
        source = case.dossier().model_dump_json()
        for quoted in re.findall(r"«\s*(.*?)\s*»", text, re.S):
            assert quoted in source, (stem, quoted)
        outside = re.sub(r"«.*?»", "", text, flags=re.S)
        assert "«" not in outside and "»" not in outside, stem
        assert "“" in text


def test_student_t_keeps_its_lower_case_letter() -> None:
    case = next(c for c in cases() if c.stem == "logistics-forecast-rapport-fr")
    text = case.build().plain_text()
    assert "T de Student" not in text and "t de Student, bootstrap-t" in text
