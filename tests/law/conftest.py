"""Collect the law YAML cases (``tests/law/cases/**.yaml``) as ordinary pytest items.

One file holds one case or ``cases: [...]``. Format (shared with law II)::

    name: what the case checks
    reason: "C. civ. art. 1648 …"    # required: the article or decision encoded
    on: 2026-11-26                    # analysis date
    base: sale | saas | works | credit-scoring | logistics-forecast  (fr/bases/*.yml, examples)
    patch: {contract: {kind: licence}}      # deep-merged into the base (lists replace)
    facts: {defect_renders_unfit: true}     # shortcut: merged into ``facts``
    events: [[2025-01-10, defect_discovery], {date: …, type: acceptance, reservations: [x]}]
    evidence: breach | conformity | inconclusive   # shortcut: one evidence run on C1
    error: RuleConflict               # the analysis must raise this error (error_says: text)
    regime: former                    # analysis.regime
    skipped: [fr.civil.1231-1]        # rules not applied (transitional law)
    damages: {low: 1000, high: 2000}  # damages range
    expect:
      - finding: fr.civil.1641        # finding id or rule id; optional checks:
        status: met                   # status, strength, uncertain, overridden (bool),
        strength: established         # cites ⊆ citation ids, missing ⊆ missing paths,
        cites: [fr.civil.1641]        # data ⊆ finding.data, says: substring (French)
      - absent: fr.civil.1642         # no effective finding of that rule
      - deadline: fr.civil.1648       # a deadline: end, nominal_end, status, says (steps)
        end: 2027-01-10
        status: open

Law II's directories are collected by ``test_eu_cases.py`` while that file exists.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from tests.law.case_checks import norm, problems

from recours import errors
from recours.dossier import Dossier
from recours.law import Analysis, analyse

HERE = Path(__file__).parent
CASES = HERE / "cases"
EXAMPLES = HERE.parents[1] / "examples"
LAW2_DIRS = ("eu", "consumer", "product", "strategy")


def load_yaml(path: Path) -> Any:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def _own_dirs() -> tuple[str, ...]:
    return LAW2_DIRS if (HERE / "test_eu_cases.py").exists() else ()


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.suffix != ".yaml" or CASES not in file_path.parents:
        return None
    rel = file_path.relative_to(CASES).parts
    if rel[0] in _own_dirs() or "bases" in rel:
        return None
    return CaseFile.from_parent(parent, path=file_path)


class CaseFile(pytest.File):
    def collect(self) -> Iterator[pytest.Item]:
        data = load_yaml(self.path)
        for i, case in enumerate(data.get("cases", [data])):
            yield CaseItem.from_parent(self, name=f"[{i}] {case.get('name', '')}", case=case)


class CaseItem(pytest.Item):
    def __init__(self, *, case: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.case = case

    def runtest(self) -> None:
        run_case(self.case)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"case: {self.name} — {self.case.get('reason', '')}"


# Building the dossier ---------------------------------------------------------------------
def base_data(name: str) -> dict[str, Any]:
    path = CASES / "fr" / "bases" / f"{name}.yml"
    if not path.exists():
        path = EXAMPLES / name / "dossier.yaml"
    return copy.deepcopy(load_yaml(path))


def merge(base: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    for key, value in patch.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merge(base[key], value)
        else:
            base[key] = value
    return base


VERDICTS = {"breach": "breach_established", "conformity": "conformity_established",
            "inconclusive": "inconclusive"}


def evidence_run(verdict: str, run_at: Any = "2024-09-01T10:00:00") -> dict[str, Any]:
    estimate = {"breach": 0.61, "conformity": 0.78, "inconclusive": 0.69}[verdict]
    return {"id": f"run-{verdict}", "run_at": str(run_at), "spec_sha256": "0" * 64,
            "results": [{"commitment_id": "C1", "metric": "recall", "comparator": ">=",
                         "threshold": 0.7, "estimate": estimate, "lower": estimate - 0.04,
                         "upper": estimate + 0.04, "level": 0.95, "method": "clopper-pearson",
                         "n": 800, "verdict": VERDICTS[verdict]}]}


def build(case: dict[str, Any]) -> Dossier:
    raw = merge(base_data(case.get("base", "sale")), case.get("patch") or {})
    if case.get("facts"):
        raw["facts"] = merge(raw.get("facts") or {}, case["facts"])
    for ev in case.get("events") or []:
        if isinstance(ev, list):
            ev = {"date": ev[0], "type": ev[1], "description": ev[1]}
        raw.setdefault("timeline", []).append({"description": ev["type"], **ev})
    if case.get("evidence"):
        raw["evidence_runs"] = [evidence_run(case["evidence"], case.get("evidence_at",
                                                                       "2024-09-01T10:00:00"))]
    return Dossier.model_validate(raw)


# Checking ---------------------------------------------------------------------------------
def check_finding(analysis: Analysis, exp: dict[str, Any]) -> None:
    findings = list(analysis.findings)
    if "absent" in exp:
        hit = [f.id for f in findings if exp["absent"] in (f.id, f.rule) and f.effective]
        assert not hit, f"expected no effective {exp['absent']}, got {hit}"
        return
    key = exp["finding"]
    cands = [f for f in findings if key in (f.id, f.rule)]
    assert cands, f"no finding {key}; have {[f.id for f in findings]}"
    errs = [f"{f.id}: {p}" for f in cands if (p := problems(f, exp))]
    assert len(errs) < len(cands), "; ".join(errs)


def check_deadline(analysis: Analysis, exp: dict[str, Any]) -> None:
    found = [d for d in analysis.deadlines if d.id == exp["deadline"]]
    assert found, f"no deadline {exp['deadline']}; have {[d.id for d in analysis.deadlines]}"
    d = found[0]
    for attr in ("end", "nominal_end", "status", "start"):
        if attr in exp:
            got = norm(getattr(d, attr))
            assert got == norm(exp[attr]) or str(got) == str(exp[attr]), \
                f"{d.id}.{attr}={got} (want {exp[attr]}); steps={[s.fr for s in d.steps]}"
    if "says" in exp:
        text = " ".join(s.fr for s in d.steps)
        assert exp["says"] in text, f"steps lack {exp['says']!r}: {text}"


def run_case(case: dict[str, Any]) -> None:
    assert case.get("reason"), "every case states its reason (article or decision)"
    dossier = build(case)
    if "error" in case:
        kind = getattr(errors, case["error"])
        with pytest.raises(kind) as info:
            analyse(dossier, case["on"])
        if "error_says" in case:
            assert case["error_says"] in str(info.value)
        return
    analysis = analyse(dossier, case["on"])
    if "regime" in case:
        assert analysis.regime == case["regime"]
    for rule_id in case.get("skipped") or []:
        assert rule_id in {s.rule for s in analysis.skipped}, f"{rule_id} not skipped"
    if "damages" in case:
        dmg = analysis.damages
        assert dmg is not None, "no damages assessment"
        for key, value in case["damages"].items():
            assert norm(getattr(dmg, key)) == norm(value), f"damages.{key}={getattr(dmg, key)}"
    for exp in case.get("expect") or []:
        if "deadline" in exp:
            check_deadline(analysis, exp)
        else:
            check_finding(analysis, exp)
