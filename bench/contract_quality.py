"""Quality of contract analysis on the labelled corpus: per-kind precision/recall, values.

Usage: python bench/contract_quality.py [--split train|dev|heldout|all] [--batch PREFIX] [--verbose]
                                        [--json]

The corpus is tests/contract/corpus (contracts written for Recours, each with a label file).
Splits: `train` (rules written on it), `dev` (written with train before any rule, scored once
untouched, then used to fix generic errors), `heldout` (written after the rules, never used to
write or tune one; it shows how the rules generalise). Baseline: a keyword search (does the
kind's main keyword appear in the text?), the alternative a reader would do with Ctrl-F.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from recours.contract.analysis import analyse_text
from recours.contract.kinds import KINDS
from recours.contract.reading import read_contract

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "contract" / "corpus"
KEYWORDS = {
    "liability_cap": r"plafon|limited to|cap",
    "liability_exclusion": r"indirect",
    "warranty_exclusion": r"garantie|warrant",
    "warranty_conformity": r"garantie|warrant",
    "acceptance_testing": r"recette|acceptance",
    "service_levels": r"disponib|availab",
    "penalties": r"pénalit|penalt|credit",
    "performance_commitment": r"%",
    "data_protection": r"RGPD|GDPR|personnel|personal",
    "audit_rights": r"audit",
    "ip_ownership": r"propriét|property|owner",
    "termination": r"résili|terminat",
    "reversibility": r"réversib|exit|return",
    "governing_law": r"droit|law",
    "jurisdiction": r"tribunal|court",
    "ai_act_roles": r"fournisseur|provider|deployer",
    "human_oversight": r"humain|human",
    "logging": r"journal|log",
    "transparency": r"transparen",
    "force_majeure": r"force majeure",
    "confidentiality": r"confidenti",
    "insurance": r"assuran|insuran",
}


def load(split: str, batch: str = "") -> list[tuple[str, Path, dict[str, Any]]]:
    yaml = YAML(typ="safe")
    out = []
    for label in sorted(CORPUS.glob("*.yaml")):
        data = yaml.load(label.read_text(encoding="utf-8"))
        if split != "all" and data["split"] != split:
            continue
        if batch and not label.stem.startswith(batch):
            continue
        source = next(p for p in CORPUS.glob(label.stem + ".*") if p.suffix != ".yaml")
        out.append((label.stem, source, data))
    return out


def normalise(key: str, value: Any) -> Any:
    if key == "commitments":
        return sorted(
            (c["metric"], c["comparator"], round(float(c["threshold"]), 6)) for c in value or []
        )
    if key == "liability_cap" and value:
        return {k: float(v) for k, v in value.items() if k != "formula"}
    if isinstance(value, list):
        return sorted(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return value.lower()
    return value


def score(split: str, verbose: bool, batch: str = "") -> dict[str, Any]:
    counts = {k: {"tp": 0, "fp": 0, "fn": 0, "btp": 0, "bfp": 0, "bfn": 0} for k in KINDS}
    exact = total = 0
    errors: list[str] = []
    for name, source, label in load(split, batch):
        contract = read_contract(source)
        analysis = analyse_text(contract)
        present = analysis.present
        for kind in KINDS:
            expected = kind in label["present"]
            _count(counts[kind], "", expected, present[kind])
            baseline = bool(re.search(KEYWORDS[kind], contract.text, re.I))
            _count(counts[kind], "b", expected, baseline)
            if expected != present[kind]:
                errors.append(f"{name}: {kind} expected={expected} got={present[kind]}")
        got = analysis.values.to_dict()
        for key, expected_value in (label.get("values") or {}).items():
            total += 1
            got_value = got.get(key)
            if key == "commitments":
                got_value = [
                    {
                        "metric": c["metric"],
                        "comparator": c["comparator"],
                        "threshold": c["threshold"],
                    }
                    for c in got_value
                ]
            if normalise(key, got_value) == normalise(key, expected_value):
                exact += 1
            else:
                errors.append(
                    f"{name}: value {key} expected={normalise(key, expected_value)} "
                    f"got={normalise(key, got_value)}"
                )
    per_kind = {k: _pr(c) for k, c in counts.items()}
    micro = _pr({key: sum(c[key] for c in counts.values()) for key in next(iter(counts.values()))})
    if verbose:
        print("\n".join(errors), file=sys.stderr)
    return {
        "split": split + (f" ({batch}*)" if batch else ""),
        "per_kind": per_kind,
        "micro": micro,
        "values_exact": exact / max(total, 1),
        "values_total": total,
        "errors": errors,
    }


def _count(c: dict[str, int], prefix: str, expected: bool, got: bool) -> None:
    if expected and got:
        c[prefix + "tp"] += 1
    elif got:
        c[prefix + "fp"] += 1
    elif expected:
        c[prefix + "fn"] += 1


def _pr(c: dict[str, int]) -> dict[str, float]:
    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    return {
        "precision": ratio(c["tp"], c["tp"] + c["fp"]),
        "recall": ratio(c["tp"], c["tp"] + c["fn"]),
        "keyword_precision": ratio(c["btp"], c["btp"] + c["bfp"]),
        "keyword_recall": ratio(c["btp"], c["btp"] + c["bfn"]),
        "support": c["tp"] + c["fn"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="all", choices=["train", "dev", "heldout", "all"])
    parser.add_argument("--batch", default="", help="only the contracts whose name starts so")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    splits = ["train", "dev", "heldout", "all"] if args.split == "all" else [args.split]
    results = [score(s, args.verbose and s == splits[-1], args.batch) for s in splits]
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    for result in results:
        print(f"\n== split: {result['split']} ==")
        print(f"{'kind':24s} {'P':>5s} {'R':>5s}   {'kw P':>5s} {'kw R':>5s}  support")
        for kind, m in result["per_kind"].items():
            print(
                f"{kind:24s} {m['precision']:5.2f} {m['recall']:5.2f}   "
                f"{m['keyword_precision']:5.2f} {m['keyword_recall']:5.2f}  {m['support']}"
            )
        worst_p = min(m["precision"] for m in result["per_kind"].values())
        worst_r = min(m["recall"] for m in result["per_kind"].values())
        micro = result["micro"]
        print(
            f"micro precision {micro['precision']:.3f}, micro recall {micro['recall']:.3f} "
            f"(keyword baseline {micro['keyword_precision']:.3f} / {micro['keyword_recall']:.3f})"
        )
        print(
            f"min precision {worst_p:.2f}, min recall {worst_r:.2f}; values exact match "
            f"{result['values_exact']:.3f} over {result['values_total']} values"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
