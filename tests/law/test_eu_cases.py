"""Law II YAML cases (AI Act, consumers, product liability, strategy), one pytest item each.

Case format (one mapping, or ``cases: [...]`` in a file)::

    name: ...                 # what the case checks
    reason: "..."             # the article or decision it encodes (required)
    on: 2026-11-26            # analysis date
    base: b2b | consumer | credit-scoring     # base dossier (cases/eu/bases/, or the example)
    patch: {...}              # deep-merged into the base (lists replace)
    expect:
      - finding: eu.ai_act.art6-2   # finding id, or rule id (any of its findings)
        status: met                 # optional checks: status, strength, uncertain,
        cites: [eu.ai_act.annex-iii]  # cites ⊆ citations, missing ⊆ missing paths,
        data: {applies: false}      # data ⊆ finding.data (dates as ISO strings),
        says: "5(b)"                # says: substring of the French conclusion (NBSP = space)
      - absent: eu.ai_act.art16     # no effective finding of that rule
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from tests.law.case_checks import problems as case_problems

from recours.dossier import Dossier
from recours.law import Finding, analyse

HERE = Path(__file__).parent
CASES = HERE / "cases"
DIRS = ("eu", "consumer", "product", "strategy")
BASES = CASES / "eu" / "bases"
EXAMPLE = HERE.parents[1] / "examples" / "credit-scoring" / "dossier.yaml"


def _load(path: Path) -> Any:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def _base(name: str) -> dict[str, Any]:
    path = EXAMPLE if name == "credit-scoring" else BASES / f"{name}.yml"
    return copy.deepcopy(_load(path))


def _merge(base: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    for key, value in patch.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = value
    return base


def collect() -> list[Any]:
    found = []
    for sub in DIRS:
        for path in sorted((CASES / sub).glob("*.yaml")):
            data = _load(path)
            for i, case in enumerate(data.get("cases", [data])):
                found.append(pytest.param(case, id=f"{sub}/{path.stem}[{i}] {case.get('name', '')}"))
    return found


ALL = collect()


def _matches(f: Finding, key: str) -> bool:
    return f.id == key or f.rule == key


def _check(findings: list[Finding], exp: dict[str, Any]) -> None:
    if "absent" in exp:
        hit = [f.id for f in findings if _matches(f, exp["absent"]) and f.effective]
        assert not hit, f"expected no effective {exp['absent']}, got {hit}"
        return
    key = exp["finding"]
    cands = [f for f in findings if _matches(f, key)]
    assert cands, f"no finding {key}; have {[f.id for f in findings]}"
    errors = []
    for f in cands:
        problems = case_problems(f, exp, says_in_caveats=False)
        if not problems:
            return
        errors.append(f"{f.id}: {problems}")
    raise AssertionError("; ".join(errors))


@pytest.mark.parametrize("case", ALL)
def test_case(case: dict[str, Any]) -> None:
    assert case.get("reason"), "every case states its reason (article or decision)"
    raw = _merge(_base(case.get("base", "b2b")), case.get("patch") or {})
    dossier = Dossier.model_validate(raw)
    analysis = analyse(dossier, case["on"])
    for exp in case["expect"]:
        _check(list(analysis.findings), exp)


def test_enough_cases() -> None:
    assert len(ALL) >= 80
