"""Train the passage model (src/recours/contract/kinds/passage_model.py) on the dev split of the
real corpus and write src/recours/contract/data/passage_model.json.

Usage: python bench/contract_train_ranker.py [--check]

Every positive detection the rules make on a dev document is one example, labelled by the
document's labels (the kind is present in the document or not: the corpus labels documents,
not passages, so a present kind's passages are all positive examples — multiple-instance
learning at its simplest). The model is a logistic regression (scikit-learn, liblinear, fixed
seed) over the hashed features of passage_model.features. Its regularisation C and the presence
threshold are chosen by leave-one-document-out cross-validation on dev only, maximising the
macro-F1 of kind presence; threshold 0 means the rules alone. The held-out split is never read.
The JSON records the seed, C, threshold, the cross-validated figures and the SHA-256 of the
training data (the dev documents' hashes and labels), so a run can be reproduced and checked:
``--check`` retrains and fails when the weights differ from the shipped ones.
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
C_GRID = (1.0, 10.0)
THRESHOLDS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)


def dev_documents() -> list[dict[str, Any]]:
    manifest = YAML(typ="safe").load((REAL / "manifest.yaml").read_text(encoding="utf-8"))
    return [d for d in manifest["documents"] if d["split"] == "dev" and d["stored"]]


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
        structure = build_structure(read_contract(REAL / doc["file"]))
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
    args = parser.parse_args()
    import os

    os.environ["RECOURS_CONTRACT_RANKER"] = "0"
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
