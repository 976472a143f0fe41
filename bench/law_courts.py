"""Benchmark: agreement of the law engine with real court decisions (tests/law/courts).

Each case encodes a decision's pre-ruling facts as a dossier and what the court decided, key
by key. The engine's answer on each key (``recours.law.outcomes.predict``) is compared with
the court's; printed: agreement per key over the keys the courts decided, agreement on the
winner, and every disagreement. The alternative a user has is a coin toss on the winner
(50 %), printed alongside.

    .venv/bin/python bench/law_courts.py [--split dev|heldout3|heldout6|all] [--verbose]
"""

from __future__ import annotations

import argparse
import copy
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from recours.dossier import Dossier
from recours.law import analyse
from recours.law.outcomes import KEYS, predict

ROOT = Path(__file__).resolve().parents[1]
COURTS = ROOT / "tests" / "law" / "courts"
BASES = ROOT / "tests" / "law" / "cases" / "fr" / "bases"
SECTIONS = ("exhibits", "proof")
#: ``dev``: looked at while rules were changed (since round 5 it holds the former ``heldout``
#: and ``heldout2`` decisions, whose first runs stay in docs/law.md; each file says
#: ``moved_from``); ``heldout3``: decisions of round 4, encoded before any run and scored
#: once; ``heldout6``: decisions of round 7, likewise. ``heldout5`` (round 6) moved to ``dev``
#: in round 7, ``heldout4`` (round 5) in round 6 (their first runs stay in docs/law.md).
SPLITS = ("dev", "heldout3", "heldout6")


@dataclass
class CourtCase:
    path: Path
    raw: dict[str, Any]
    expected: dict[str, Any] = field(default_factory=dict)

    @property
    def split(self) -> str:
        return str(self.raw.get("split", "dev"))

    @property
    def name(self) -> str:
        d = self.raw["decision"]
        return f"{d['court']} {d.get('chamber', '')} {d['date']} n° {d.get('number') or '?'}"


def _yaml(path: Path) -> Any:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def _merge(base: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    for key, value in patch.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = value
    return base


def load_cases(directory: Path = COURTS) -> list[CourtCase]:
    return [CourtCase(p, raw, dict(raw.get("expected") or {}))
            for p in sorted(directory.glob("*.yaml")) for raw in [_yaml(p)]]


def dossier_of(case: CourtCase) -> Dossier:
    raw = case.raw
    data = _merge(copy.deepcopy(_yaml(BASES / f"{raw.get('base', 'sale')}.yml")),
                  copy.deepcopy(raw.get("patch") or {}))
    data["facts"] = _merge(data.get("facts") or {}, dict(raw.get("facts") or {}))
    for section in SECTIONS:
        if raw.get(section):
            data[section] = raw[section]
    for ev in raw.get("events") or []:
        data.setdefault("timeline", []).append(
            {"date": ev[0], "type": ev[1], "description": ev[1]})
    return Dossier.model_validate(data)


def score(cases: list[CourtCase]) -> tuple[dict[str, list[bool]], list[str]]:
    per_key: dict[str, list[bool]] = {k: [] for k in KEYS}
    misses = []
    for case in cases:
        on = case.raw["on"] if isinstance(case.raw["on"], date) else date.fromisoformat(case.raw["on"])
        got = predict(analyse(dossier_of(case), on))
        for key, want in case.expected.items():
            ok = got.get(key) == want
            per_key[key].append(ok)
            if not ok:
                misses.append(f"{case.path.stem}: {key} = {got.get(key)!r}, court: {want!r}")
    return per_key, misses


def figures(cases: list[CourtCase]) -> dict[str, tuple[int, int]]:
    """(agreed, decided) for the points other than the winner, and for the winner."""
    per_key, _ = score(cases)
    points = [ok for key, oks in per_key.items() if key != "winner" for ok in oks]
    won = per_key["winner"]
    return {"points": (sum(points), len(points)), "winner": (sum(won), len(won))}


def _pct(agreed: int, decided: int) -> str:
    return f"{agreed}/{decided} = {100 * agreed / decided:.1f} %" if decided else "—"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all",
                        help="which decisions to detail (the summary shows every split)")
    args = parser.parse_args()
    every = load_cases()
    print("split      decisions  points (winner excluded)   winner")
    for split in (*SPLITS, "all"):
        chosen = [c for c in every if split == "all" or c.split == split]
        fig = figures(chosen)
        print(f"  {split:8} {len(chosen):9}  {_pct(*fig['points']):25}  {_pct(*fig['winner'])}")
    cases = [c for c in every if args.split == "all" or c.split == args.split]
    per_key, misses = score(cases)
    decided = [ok for key, oks in per_key.items() if key != "winner" for ok in oks]
    print(f"\n{args.split}: {len(cases)} decisions, "
          f"{sum(len(v) for v in per_key.values())} points decided")
    for key, oks in per_key.items():
        if oks:
            print(f"  {key:24} {sum(oks)}/{len(oks)}  {100 * sum(oks) / len(oks):5.1f} %")
    if decided:
        print(f"agreement over the keys decided (winner excluded): "
              f"{100 * sum(decided) / len(decided):.1f} %")
    won = per_key["winner"]
    if won:
        rate = sum(won) / len(won)
        print(f"winner: {sum(won)}/{len(won)} = {100 * rate:.1f} % (coin toss: 50 %, "
              f"ratio {rate / 0.5:.2f})")
    for miss in misses if args.verbose or len(misses) <= 20 else misses[:20]:
        print("  disagrees:", miss)


if __name__ == "__main__":
    main()
