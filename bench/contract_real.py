"""Quality of contract analysis on REAL public contracts: per-kind P/R/F1, macro-F1, values.

Usage: python bench/contract_real.py [--split dev|heldout|all] [--batch N] [--extra DIR]
                                     [--verbose] [--json] [--synthetic] [--no-ranker]

The corpus is tests/contract/real (documents published in public repositories; their
source, commit, licence, SHA-256 and labels are in manifest.yaml). A document whose licence
does not allow redistribution is not stored: fetch it with the recipe of its entry into DIR
and pass ``--extra DIR`` (its SHA-256 is checked; without it the document is skipped and
listed). A document the analyser refuses (« ne ressemble pas à un contrat ») counts as
refused, and every kind it holds as missed. ``--synthetic`` prints, beside, the figures of
the project's own corpus (bench/contract_quality.py). Baseline: the keyword search of
contract_quality.py (does the kind's main word appear?).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

sys.path.insert(0, str(Path(__file__).resolve().parent))

from contract_quality import KEYWORDS, _count, normalise
from contract_quality import score as synthetic_score

from recours.contract.analysis import analyse_text
from recours.contract.kinds import KINDS
from recours.contract.kinds.passage_model import load_model
from recours.contract.reading import read_contract
from recours.errors import RecoursError

REAL = Path(__file__).resolve().parent.parent / "tests" / "contract" / "real"


def load(
    split: str, extra: Path | None, batch: int | None = None
) -> tuple[list[tuple[dict[str, Any], Path]], list[str]]:
    """The documents of the split (and batch: 1 for the first 21, 2 for the next) with their
    file, and the ids skipped (not stored, no file)."""
    manifest = YAML(typ="safe").load((REAL / "manifest.yaml").read_text(encoding="utf-8"))
    found: list[tuple[dict[str, Any], Path]] = []
    skipped: list[str] = []
    for doc in manifest["documents"]:
        if split != "all" and doc["split"] != split:
            continue
        if batch is not None and doc.get("batch", 1) != batch:
            continue
        path = REAL / doc["file"] if doc["stored"] else (extra or REAL) / doc["file"]
        if not path.is_file():
            skipped.append(doc["id"])
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != doc["sha256"]:
            raise SystemExit(f"{path}: SHA-256 {digest} differs from the manifest's")
        found.append((doc, path))
    return found, skipped


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(split: str, extra: Path | None = None, batch: int | None = None) -> dict[str, Any]:
    counts = {k: {"tp": 0, "fp": 0, "fn": 0, "btp": 0, "bfp": 0, "bfn": 0} for k in KINDS}
    exact = total = 0
    errors: list[str] = []
    refused: list[str] = []
    documents, skipped = load(split, extra, batch)
    for doc, path in documents:
        contract = read_contract(path)
        try:
            analysis = analyse_text(contract)
        except RecoursError as exc:
            refused.append(f"{doc['id']}: {exc}")
            analysis = None
        present = analysis.present if analysis else dict.fromkeys(KINDS, False)
        for kind in KINDS:
            expected = kind in doc["present"]
            _count(counts[kind], "", expected, present[kind])
            _count(counts[kind], "b", expected, bool(re.search(KEYWORDS[kind], contract.text, re.I)))
            if expected != present[kind]:
                errors.append(f"{doc['id']}: {kind} expected={expected} got={present[kind]}")
        got = analysis.values.to_dict() if analysis else {}
        for key, want in (doc.get("values") or {}).items():
            total += 1
            have = got.get(key)
            if normalise(key, have) == normalise(key, want):
                exact += 1
            else:
                errors.append(f"{doc['id']}: value {key} expected={want} got={have}")
    per_kind = {k: _metrics(c) for k, c in counts.items()}
    scored = [m for m in per_kind.values() if m["support"] or m["predicted"]]
    micro = _metrics({key: sum(c[key] for c in counts.values()) for key in counts[KINDS[0]]})
    return {
        "split": split if batch is None else f"{split}, batch {batch}",
        "documents": len(documents),
        "skipped": skipped,
        "refused": refused,
        "per_kind": per_kind,
        "micro": micro,
        "macro_f1": sum(m["f1"] for m in scored) / max(len(scored), 1),
        "macro_kinds": len(scored),
        "keyword_macro_f1": sum(m["keyword_f1"] for m in scored) / max(len(scored), 1),
        "values_exact": exact / max(total, 1),
        "values_total": total,
        "errors": errors,
    }


def _metrics(c: dict[str, int]) -> dict[str, Any]:
    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    p, r = ratio(c["tp"], c["tp"] + c["fp"]), ratio(c["tp"], c["tp"] + c["fn"])
    kp, kr = ratio(c["btp"], c["btp"] + c["bfp"]), ratio(c["btp"], c["btp"] + c["bfn"])
    return {
        "precision": p,
        "recall": r,
        "f1": _f1(p, r),
        "keyword_f1": _f1(kp, kr),
        "support": c["tp"] + c["fn"],
        "predicted": c["tp"] + c["fp"],
    }


def _print(result: dict[str, Any], verbose: bool) -> None:
    print(f"\n== real corpus, split: {result['split']} ({result['documents']} documents) ==")
    if result["skipped"]:
        print(f"skipped (not stored, no --extra file): {', '.join(result['skipped'])}")
    print(f"{'kind':24s} {'P':>5s} {'R':>5s} {'F1':>5s}   {'kw F1':>5s}  support")
    for kind, m in result["per_kind"].items():
        if not (m["support"] or m["predicted"]):
            continue
        print(
            f"{kind:24s} {m['precision']:5.2f} {m['recall']:5.2f} {m['f1']:5.2f}   "
            f"{m['keyword_f1']:5.2f}  {m['support']}"
        )
    micro = result["micro"]
    print(
        f"macro-F1 {result['macro_f1']:.3f} over {result['macro_kinds']} kinds (keyword "
        f"baseline {result['keyword_macro_f1']:.3f}); micro P {micro['precision']:.3f} / R "
        f"{micro['recall']:.3f}; values exact {result['values_exact']:.3f} over "
        f"{result['values_total']}; refused {len(result['refused'])}"
    )
    for line in result["refused"]:
        print(f"  refused: {line}")
    if verbose:
        print("\n".join(result["errors"]), file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="all", choices=["dev", "heldout", "all"])
    parser.add_argument(
        "--no-ranker", action="store_true", help="the rules alone (RECOURS_CONTRACT_RANKER=0)"
    )
    parser.add_argument("--batch", type=int, help="only the documents of this batch (1 or 2)")
    parser.add_argument("--extra", type=Path, help="folder of the fetched, not stored documents")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--synthetic", action="store_true", help="also the project's own corpus")
    args = parser.parse_args()
    if args.no_ranker:
        os.environ["RECOURS_CONTRACT_RANKER"] = "0"
        load_model.cache_clear()
    splits = ["dev", "heldout", "all"] if args.split == "all" else [args.split]
    results = [score(s, args.extra, args.batch) for s in splits]
    synthetic = synthetic_score("all", False) if args.synthetic else None
    if args.json:
        print(json.dumps({"real": results, "synthetic": synthetic}, indent=2, ensure_ascii=False))
        return 0
    for result in results:
        _print(result, args.verbose and result is results[-1])
    if synthetic:
        micro = synthetic["micro"]
        print(
            f"\n== synthetic corpus (tests/contract/corpus, all splits) ==\nmicro P "
            f"{micro['precision']:.3f} / R {micro['recall']:.3f}; values exact "
            f"{synthetic['values_exact']:.3f} over {synthetic['values_total']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
