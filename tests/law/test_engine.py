"""The engine core: findings refuse to exist without citations or facts, exceptions, traces."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from recours.dossier import load_dossier
from recours.errors import LawError, RuleConflict
from recours.i18n import T
from recours.law import Area, Citation, FactUse, Finding, Status, Strength, analyse
from recours.law.engine import REGISTRY, Rule, resolve_exceptions

ROOT = Path(__file__).resolve().parents[2]
MINIMAL = ROOT / "tests" / "dossier" / "fixtures" / "minimal.yaml"
CITE = Citation("fr.civil.1641", "C. civ. art. 1641")
FACT = FactUse("contract.kind", "sale", T("vente", "sale"))


def _finding(rule: str, status: Status = Status.MET, **kw: object) -> Finding:
    args: dict[str, object] = dict(id=rule, rule=rule, area=Area.GROUND, title=T("t", "t"),
                                   conclusion=T("c", "c"), status=status,
                                   strength=Strength.ARGUABLE, citations=(CITE,), facts=(FACT,))
    args.update(kw)
    return Finding(**args)  # type: ignore[arg-type]


def test_finding_refuses_no_citation() -> None:
    with pytest.raises(LawError, match="without citations"):
        _finding("x", citations=())


def test_finding_refuses_no_fact() -> None:
    with pytest.raises(LawError, match="without triggering facts"):
        _finding("x", facts=())


def _rules(*specs: tuple[str, str | None, str | None]) -> dict[str, Rule]:
    return {rid: Rule(rid, T(rid, rid), Area.GROUND, ("fr.civil.1641",), lambda ctx: None,
                      exception_to=base, effect=effect) for rid, base, effect in specs}


def test_exception_overrides_base() -> None:
    rules = _rules(("base", None, None), ("exc", "base", "e"))
    out = resolve_exceptions([_finding("base"), _finding("exc")], rules)
    assert out[0].overridden_by == ("exc",) and out[1].effective


def test_exception_not_met_does_not_override() -> None:
    rules = _rules(("base", None, None), ("exc", "base", "e"))
    out = resolve_exceptions([_finding("base"), _finding("exc", Status.PARTIAL)], rules)
    assert out[0].effective


def test_nested_exception_restores_base() -> None:
    rules = _rules(("base", None, None), ("e1", "base", "a"), ("e2", "e1", "b"))
    out = resolve_exceptions([_finding("base"), _finding("e1"), _finding("e2")], rules)
    by = {f.rule: f for f in out}
    assert by["base"].effective and not by["e1"].effective and by["e2"].effective


def test_two_discordant_exceptions_conflict_naming_both() -> None:
    rules = _rules(("base", None, None), ("e1", "base", "up"), ("e2", "base", "down"))
    with pytest.raises(RuleConflict) as info:
        resolve_exceptions([_finding("base"), _finding("e1"), _finding("e2")], rules)
    assert "e1" in str(info.value) and "e2" in str(info.value)


def test_concordant_exceptions_do_not_conflict() -> None:
    rules = _rules(("base", None, None), ("e1", "base", "same"), ("e2", "base", "same"))
    out = resolve_exceptions([_finding("base"), _finding("e1"), _finding("e2")], rules)
    assert set(out[0].overridden_by) == {"e1", "e2"}


def test_every_finding_has_a_trace_from_facts_to_citations() -> None:
    analysis = analyse(load_dossier(MINIMAL), date(2026, 11, 26))
    for f in analysis.findings:
        kinds = [s.kind for s in f.trace]
        assert "rule" in kinds and "citation" in kinds, f.id


def test_analysis_date_is_an_argument() -> None:
    with pytest.raises(LawError):
        analyse(load_dossier(MINIMAL), "2026-11-26")  # type: ignore[arg-type]


def test_to_dict_is_json_ready_in_both_languages() -> None:
    import json

    analysis = analyse(load_dossier(MINIMAL), date(2026, 11, 26))
    fr, en = analysis.to_dict("fr"), analysis.to_dict("en")
    json.dumps(fr), json.dumps(en)
    assert fr["format"] == 1 and fr["on"] == "2026-11-26"
    assert {"findings", "deadlines", "remedies", "damages", "regime", "missing_facts"} <= set(fr)
    assert fr["findings"][0]["conclusion"] != en["findings"][0]["conclusion"]


def test_missing_facts_never_crash_an_empty_dossier() -> None:
    from recours.dossier import Dossier

    dossier = Dossier.model_validate({
        "reference": "X", "title": "vide",
        "parties": [{"id": "a", "name": "A", "role": "client"},
                    {"id": "b", "name": "B", "role": "vendor"}],
        "contract": {"kind": "sale", "title": "t", "concluded_on": "2024-01-01"},
        "ai_system": {"name": "s", "intended_purpose": "p"}})
    analysis = analyse(dossier, date(2026, 11, 26))
    assert analysis.missing_facts()
    assert all(f.citations and f.facts for f in analysis.findings)


def test_rule_ids_follow_the_law() -> None:
    for rule_id in REGISTRY:
        if rule_id.startswith("fr."):
            assert rule_id.split(".")[1] in {"civil", "civil_anc", "commerce", "cpc",
                                             "ord_2016_131", "consommation"}, rule_id
