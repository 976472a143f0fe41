"""The labelled corpus is well formed and the analyser scores well on it."""

from __future__ import annotations

import sys
from pathlib import Path

from ruamel.yaml import YAML

from recours.contract.kinds import KINDS

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).parent / "corpus"


def test_labels_are_well_formed() -> None:
    yaml = YAML(typ="safe")
    labels = sorted(CORPUS.glob("*.yaml"))
    assert len(labels) >= 24
    languages = set()
    for label in labels:
        data = yaml.load(label.read_text(encoding="utf-8"))
        assert data["split"] in ("train", "dev", "heldout")
        assert set(data["present"]) <= set(KINDS), label.name
        languages.add(data["language"])
        assert [p for p in CORPUS.glob(label.stem + ".*") if p.suffix != ".yaml"], label.name
    assert languages == {"fr", "en"}


def test_quality_on_the_whole_corpus() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import contract_quality
    finally:
        sys.path.pop(0)
    result = contract_quality.score("all", verbose=False)
    for kind, metrics in result["per_kind"].items():
        assert metrics["precision"] >= 0.85 and metrics["recall"] >= 0.85, kind
    assert result["values_exact"] >= 0.95
