"""Checks shared by the two YAML case collectors (law I in conftest.py, law II in
test_eu_cases.py): value normalisation and the comparison of a finding with its expectation."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from recours.law import Finding


def norm(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: norm(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [norm(v) for v in value]
    if hasattr(value, "is_finite"):  # Decimal
        return float(value)
    return value


def problems(f: Finding, exp: dict[str, Any], *, says_in_caveats: bool = True) -> list[str]:
    """What differs between a finding and the expectation ``exp`` (empty when it matches).

    ``says`` looks in the French conclusion (and its caveats unless ``says_in_caveats`` is
    false), no-break spaces read as spaces."""
    out = []
    for attr in ("status", "strength"):
        if attr in exp and str(getattr(f, attr)) != exp[attr]:
            out.append(f"{attr}={getattr(f, attr)} (want {exp[attr]})")
    if "uncertain" in exp and f.uncertain != exp["uncertain"]:
        out.append(f"uncertain={f.uncertain}")
    if "overridden" in exp and bool(f.overridden_by) != exp["overridden"]:
        out.append(f"overridden_by={f.overridden_by}")
    cites = {c.article for c in f.citations}
    if not set(exp.get("cites", [])) <= cites:
        out.append(f"cites={sorted(cites)}")
    if set(exp.get("not_cites", [])) & cites:
        out.append(f"cites={sorted(cites)} (must not cite {exp['not_cites']})")
    paths = {m.path for m in f.missing}
    if not set(exp.get("missing", [])) <= paths:
        out.append(f"missing={sorted(paths)}")
    data = norm(dict(f.data))
    for k, v in (exp.get("data") or {}).items():
        if data.get(k) != norm(v):
            out.append(f"data.{k}={data.get(k)!r} (want {v!r})")
    if "proof" in exp and (f.proof is None or f.proof.level != exp["proof"]):
        out.append(f"proof={f.proof.level if f.proof else None} (want {exp['proof']})")
    exhibits = set(f.proof.exhibits) if f.proof is not None else set()
    if not set(exp.get("exhibits", [])) <= exhibits:
        out.append(f"exhibits={sorted(exhibits)}")
    decisions = {d.id for d in f.decisions}
    if not set(exp.get("case_law", [])) <= decisions:
        out.append(f"case_law={sorted(decisions)}")
    text = f.conclusion.fr
    if says_in_caveats:
        text += " ".join(c.fr for c in f.caveats)
    if "says" in exp and exp["says"] not in text.replace("\u00a0", " "):
        out.append(f"conclusion lacks {exp['says']!r}: {f.conclusion.fr}")
    caveats = " ".join(c.fr for c in f.caveats).replace("\u00a0", " ")
    if "caveat" in exp and exp["caveat"] not in caveats:
        out.append(f"caveats lack {exp['caveat']!r}: {caveats}")
    every = " ".join([f.conclusion.fr, *(c.fr for c in f.caveats), *(n.fr for n in f.notes)])
    for bad in exp.get("not_says", []):
        if bad in every.replace("\u00a0", " "):
            out.append(f"text says {bad!r}: {every}")
    return out
