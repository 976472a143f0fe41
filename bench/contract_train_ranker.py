"""Train the passage model (src/recours/contract/kinds/passage_model.py) on the dev split of the
real corpus and write src/recours/contract/data/passage_model.json.

Usage: python bench/contract_train_ranker.py [--check] [--extra DIR]

Every positive detection the rules make on a dev document is one example, labelled by the
document's labels (the kind is present in the document or not: the corpus labels documents,
not passages, so a present kind's passages are all positive examples — multiple-instance
learning at its simplest). The model is a logistic regression (scikit-learn, liblinear, fixed
seed) over the hashed features of passage_model.features. Its regularisation C and the presence
threshold are chosen by leave-one-document-out cross-validation on dev only, maximising the
macro-F1 of kind presence; threshold 0 means the rules alone. The held-out split is never read.
The JSON records the seed, C, threshold, the cross-validated figures and the SHA-256 of the
training data (the dev documents' hashes and labels), so a run can be reproduced and checked:
``--check`` retrains and fails when the weights differ from the shipped ones. ``--extra DIR``
adds the dev documents that are not stored (fetched with their manifest recipes; hashes checked).

Proposals (contract8): whether the model should also PROPOSE a kind the rules missed is measured
here, not assumed. For each kind, a logistic regression over the words of every passage
(positives: the passages the rules found for the kind in documents that hold it; negatives:
every passage of documents that do not) is cross-validated by grouped 5-fold on dev documents;
a kind the rules did not find in a held-out fold's document is proposed when its best passage
scores at or above a threshold. The JSON records, per threshold, the dev macro-F1 and micro
precision of rules + proposals against rules alone, and the decision: proposals are kept only
when the macro-F1 gains at least PROPOSAL_MIN_GAIN and micro precision loses at most
PROPOSAL_MAX_PRECISION_LOSS.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "contract" / "real"
OUT = ROOT / "src" / "recours" / "contract" / "data" / "passage_model.json"
SEED = 20261207
EXTRA: Path | None = None
PROPOSAL_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99)
PROPOSAL_MIN_GAIN = 0.005
PROPOSAL_MAX_PRECISION_LOSS = 0.01
PROPOSAL_FOLDS = 5
C_GRID = (1.0, 10.0)
THRESHOLDS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)


def dev_documents() -> list[dict[str, Any]]:
    manifest = YAML(typ="safe").load((REAL / "manifest.yaml").read_text(encoding="utf-8"))
    out = []
    for doc in manifest["documents"]:
        if doc["split"] != "dev":
            continue
        if doc["stored"]:
            out.append(doc)
            continue
        path = (EXTRA or REAL) / doc["file"]
        if EXTRA is not None and path.is_file():
            if hashlib.sha256(path.read_bytes()).hexdigest() != doc["sha256"]:
                raise SystemExit(f"{path}: SHA-256 differs from the manifest's")
            out.append(doc)
    return out


def document_path(doc: dict[str, Any]) -> Path:
    return REAL / doc["file"] if doc["stored"] else (EXTRA or REAL) / doc["file"]


def training_hash(documents: list[dict[str, Any]]) -> str:
    digest = hashlib.sha256()
    for doc in sorted(documents, key=lambda d: d["id"]):
        digest.update(f"{doc['id']}|{doc['sha256']}|{','.join(sorted(doc['present']))}\n".encode())
    return digest.hexdigest()


def candidates(documents: list[dict[str, Any]]) -> list[tuple[str, str, list[str], int]]:
    """(document id, kind, features, label) for every positive rule detection on dev."""
    from recours.contract.kinds import detect_kinds
    from recours.contract.kinds.passage_model import features, titles_by_passage
    from recours.contract.reading import read_contract
    from recours.contract.structure import build_structure

    rows = []
    for doc in documents:
        structure = build_structure(read_contract(document_path(doc)))
        titles = titles_by_passage(structure)
        for detection in detect_kinds(structure):
            if detection.negated:
                continue
            names = features(detection, titles.get(id(detection.passage)))
            rows.append((doc["id"], detection.kind, names, int(detection.kind in doc["present"])))
    return rows


def _matrix(rows: list[tuple[str, str, list[str], int]]) -> Any:
    from scipy.sparse import csr_matrix

    from recours.contract.kinds.passage_model import DIMENSION, vector

    data, indices, indptr = [], [], [0]
    for _, _, names, _ in rows:
        for slot, value in sorted(vector(names).items()):
            indices.append(slot)
            data.append(value)
        indptr.append(len(indices))
    return csr_matrix((data, indices, indptr), shape=(len(rows), DIMENSION))


def _fit(x: Any, y: list[int], c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(
        C=c, solver="liblinear", random_state=SEED, max_iter=1000, class_weight="balanced"
    )
    return model.fit(x, y)


def presence_f1(
    rows: list[tuple[str, str, list[str], int]], probabilities: list[float], threshold: float,
    documents: list[dict[str, Any]],
) -> float:
    """Macro-F1 over kinds of document-level presence after the threshold (rules' misses kept)."""
    best: dict[tuple[str, str], float] = {}
    for (doc, kind, _, _), p in zip(rows, probabilities, strict=True):
        best[(doc, kind)] = max(best.get((doc, kind), 0.0), p)
    counts: dict[str, list[int]] = {}
    for doc in documents:
        kinds = {k for (d, k) in best if d == doc["id"]} | set(doc["present"])
        for kind in kinds:
            c = counts.setdefault(kind, [0, 0, 0])
            predicted = best.get((doc["id"], kind), -1.0) >= threshold
            expected = kind in doc["present"]
            c[0] += predicted and expected
            c[1] += predicted and not expected
            c[2] += expected and not predicted
    f1s = []
    for tp, fp, fn in counts.values():
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    return sum(f1s) / max(len(f1s), 1)


def cross_validate(
    rows: list[tuple[str, str, list[str], int]], documents: list[dict[str, Any]]
) -> dict[str, Any]:
    x = _matrix(rows)
    y = [r[3] for r in rows]
    groups = [r[0] for r in rows]
    results = []
    for c in C_GRID:
        out_of_fold = [0.0] * len(rows)
        for held in sorted(set(groups)):
            train = [i for i, g in enumerate(groups) if g != held]
            test = [i for i, g in enumerate(groups) if g == held]
            if len({y[i] for i in train}) < 2:
                continue
            model = _fit(x[train], [y[i] for i in train], c)
            for i, p in zip(test, model.predict_proba(x[test])[:, 1], strict=True):
                out_of_fold[i] = float(p)
        for t in THRESHOLDS:
            results.append((presence_f1(rows, out_of_fold, t, documents), -t, c, t))
    rules_alone = presence_f1(rows, [1.0] * len(rows), 0.0, documents)
    f1, _, c, t = max(results)  # best macro-F1; among equals the lowest threshold, then C
    return {"C": c, "threshold": t, "cv_macro_f1": round(f1, 4),
            "cv_rules_alone_macro_f1": round(rules_alone, 4)}


def _passage_words(text: str, title: str | None) -> list[str]:
    from recours.contract.kinds.passage_model import _words

    words = _words(text)
    names = [f"w|{w}" for w in set(words)]
    names += [f"t|{w}" for w in set(_words(title or "", 12))]
    return names


def proposal_cv(documents: list[dict[str, Any]]) -> dict[str, Any]:
    """Grouped k-fold on dev: does proposing kinds the rules missed raise the macro-F1?"""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    from recours.contract.kinds import KINDS, detect_kinds
    from recours.contract.kinds.passage_model import _slot
    from recours.contract.reading import read_contract
    from recours.contract.structure import build_structure

    passages: list[tuple[int, list[str]]] = []  # (document index, features)
    found: list[dict[str, set[int]]] = []  # per document: kind -> passage rows the rules found
    for index, doc in enumerate(documents):
        structure = build_structure(read_contract(document_path(doc)))
        rows_of: dict[int, int] = {}
        for section in structure.sections:
            for passage in section.passages:
                if passage.style in ("header", "footer") or len(passage.text) < 20:
                    continue
                rows_of[id(passage)] = len(passages)
                passages.append((index, _passage_words(passage.text, section.title)))
        kinds: dict[str, set[int]] = {}
        for detection in detect_kinds(structure):
            row = rows_of.get(id(detection.passage))
            if not detection.negated and row is not None:
                kinds.setdefault(detection.kind, set()).add(row)
        found.append(kinds)
    data, indices, indptr = [], [], [0]
    for _, names in passages:
        slots = sorted({_slot(n) for n in names})
        indices += slots
        data += [1.0 / max(len(slots), 1) ** 0.5] * len(slots)
        indptr.append(len(indices))
    x = csr_matrix((data, indices, indptr), shape=(len(passages), 1 << 18))
    doc_of = [d for d, _ in passages]
    folds = [i % PROPOSAL_FOLDS for i in range(len(documents))]
    # best out-of-fold passage score per (document, kind) the rules did not find
    best: dict[tuple[int, str], float] = {}
    for kind in KINDS:
        labels = []
        for row, (d, _) in enumerate(passages):
            present = kind in documents[d]["present"]
            labels.append(1 if present and row in found[d].get(kind, set()) else 0 if not
                          present else -1)  # -1: a passage of a holding document, unlabelled
        for fold in range(PROPOSAL_FOLDS):
            train = [r for r, lab in enumerate(labels) if lab >= 0 and folds[doc_of[r]] != fold]
            if len({labels[r] for r in train}) < 2:
                continue
            model = LogisticRegression(
                C=1.0, solver="liblinear", random_state=SEED, max_iter=1000,
                class_weight="balanced",
            ).fit(x[train], [labels[r] for r in train])
            test = [r for r in range(len(passages)) if folds[doc_of[r]] == fold
                    and kind not in found[doc_of[r]]]
            if not test:
                continue
            for r, p in zip(test, model.predict_proba(x[test])[:, 1], strict=True):
                key = (doc_of[r], kind)
                best[key] = max(best.get(key, 0.0), float(p))

    def figures(threshold: float | None) -> tuple[float, float, int]:
        counts = {k: [0, 0, 0] for k in KINDS}
        proposed = 0
        for d, doc in enumerate(documents):
            for kind in KINDS:
                by_rules = kind in found[d]
                by_model = (not by_rules and threshold is not None
                            and best.get((d, kind), 0.0) >= threshold)
                proposed += by_model
                predicted, expected = by_rules or by_model, kind in doc["present"]
                c = counts[kind]
                c[0] += predicted and expected
                c[1] += predicted and not expected
                c[2] += expected and not predicted
        f1s, tp, fp = [], 0, 0
        for a, b, m in counts.values():
            tp, fp = tp + a, fp + b
            if a + b + m == 0:
                continue
            p = a / (a + b) if a + b else 1.0
            r = a / (a + m) if a + m else 1.0
            f1s.append(2 * p * r / (p + r) if p + r else 0.0)
        return sum(f1s) / max(len(f1s), 1), tp / max(tp + fp, 1), proposed

    base_f1, base_p, _ = figures(None)
    grid = {}
    for t in PROPOSAL_THRESHOLDS:
        f1, precision, proposed = figures(t)
        grid[str(t)] = {"macro_f1": round(f1, 4), "micro_precision": round(precision, 4),
                        "proposed": proposed}
    kept = [
        (v["macro_f1"], -float(t), float(t)) for t, v in grid.items()
        if v["macro_f1"] - base_f1 >= PROPOSAL_MIN_GAIN
        and base_p - v["micro_precision"] <= PROPOSAL_MAX_PRECISION_LOSS
    ]
    return {
        "folds": PROPOSAL_FOLDS,
        "rules_alone": {"macro_f1": round(base_f1, 4), "micro_precision": round(base_p, 4)},
        "with_proposals": grid,
        "min_gain": PROPOSAL_MIN_GAIN,
        "max_precision_loss": PROPOSAL_MAX_PRECISION_LOSS,
        "chosen_threshold": max(kept)[2] if kept else None,
    }


def train() -> dict[str, Any]:
    documents = dev_documents()
    rows = candidates(documents)
    chosen = cross_validate(rows, documents)
    model = _fit(_matrix(rows), [r[3] for r in rows], chosen["C"])
    weights = {
        str(i): round(float(w), 5) for i, w in enumerate(model.coef_[0]) if abs(w) >= 1e-5
    }
    return {
        "model": "logistic regression over hashed kind-crossed passage features (liblinear)",
        "seed": SEED,
        "training_documents": len(documents),
        "training_examples": len(rows),
        "training_positive": sum(r[3] for r in rows),
        "training_sha256": training_hash(documents),
        **chosen,
        "intercept": round(float(model.intercept_[0]), 5),
        "weights": weights,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the shipped model differs")
    parser.add_argument("--extra", type=Path, help="folder of the fetched, not stored documents")
    parser.add_argument(
        "--proposals", action="store_true", help="measure model proposals by grouped k-fold"
    )
    args = parser.parse_args()
    global EXTRA
    EXTRA = args.extra
    import os

    os.environ["RECOURS_CONTRACT_RANKER"] = "0"
    if args.proposals:
        print(json.dumps(proposal_cv(dev_documents()), indent=2))
        return 0
    result = train()
    text = json.dumps(result, indent=0, sort_keys=True) + "\n"
    summary = {k: v for k, v in result.items() if k != "weights"}
    print(json.dumps(summary, indent=2))
    if args.check:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == text
        print("shipped model reproduced" if same else "shipped model DIFFERS")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"written {OUT.relative_to(ROOT)} ({len(result['weights'])} weights)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
