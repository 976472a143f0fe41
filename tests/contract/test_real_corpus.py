"""The corpus of real public contracts is well formed (sources, licences, hashes) and no real
contract is refused; the dev split is a regression gate, the held-out split only a measure."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from recours.contract.kinds import KINDS

ROOT = Path(__file__).resolve().parents[2]
REAL = Path(__file__).parent / "real"
# the shared list of sources kept for independent evaluation, as it stood when this corpus was
# gathered (the project never reads ../shared): no document may come from one of them
EXCLUDED_REPOSITORIES = {
    "bonterms/cloud-terms",
    "cloud-temple/docs",
    "nakamoto-labs/allsquared",
    "basecamp/policies",
    "betagouv/anssi-recommandations-cyber",
    "dokos-io/website",
    "etalab/lois-non-codifiees-et-reglements-francais",
    "github/site-policy",
    "hadrienblanc/marche_public_010_aquarel",
    "maastrichtlawtech/law3027-advanced-legal-analytics",
}


def _documents() -> list[dict[str, Any]]:
    manifest = YAML(typ="safe").load((REAL / "manifest.yaml").read_text(encoding="utf-8"))
    documents: list[dict[str, Any]] = manifest["documents"]
    return documents


def _bench() -> Any:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import contract_real
    finally:
        sys.path.pop(0)
    return contract_real


def test_manifest_records_source_commit_licence_and_hash() -> None:
    documents = _documents()
    # contract7: the 43 held-out documents of batches 1-7 moved to dev (their first runs are
    # recorded); contract8: batch 8 (9 documents) moved to dev in turn; contract9: batch 9
    # moved to dev, batch 10 (11 documents, 6 English) is the held-out split
    assert len(documents) >= 112
    assert sum(d["split"] == "dev" for d in documents) >= 101
    assert sum(d["split"] == "heldout" for d in documents) >= 11
    assert all(d.get("batch") == 10 for d in documents if d["split"] == "heldout")
    assert sum(d["language"] == "en" for d in documents if d["split"] == "heldout") >= 6
    assert all(d.get("moved_to_dev") is None or d["split"] == "dev" for d in documents)
    assert {d["language"] for d in documents} == {"fr", "en"}
    assert sum(d["language"] == "fr" for d in documents) >= 61
    assert len({d["id"] for d in documents}) == len(documents)
    assert len({d["file"] for d in documents}) == len(documents)
    for doc in documents:
        assert doc["repository"].lower() not in EXCLUDED_REPOSITORIES, doc["id"]
        assert len(doc["commit"]) == 40 and doc["licence"] and doc["path"], doc["id"]
        assert doc["split"] in ("dev", "heldout"), doc["id"]
        assert set(doc["present"]) <= set(KINDS), doc["id"]
        path = REAL / doc["file"]
        if doc["stored"]:
            assert hashlib.sha256(path.read_bytes()).hexdigest() == doc["sha256"], doc["id"]
        else:
            assert not path.exists(), f"{doc['id']}: its licence does not allow storing it"
            assert doc["commit"] in doc["fetch"], doc["id"]


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_no_real_contract_is_refused(split: str) -> None:
    result = _bench().score(split)
    # most of batches 9 and 10 are not stored (no licence): skipped without `--extra`
    assert result["documents"] >= 1
    assert result["documents"] + len(result["skipped"]) >= 8
    assert result["refused"] == []


def test_dev_split_quality_gate() -> None:
    # what the rules were fixed on (docs/contract.md): a regression gate, not a measure of
    # generalisation; the held-out split is never a gate
    result = _bench().score("dev")
    assert result["macro_f1"] >= 0.9
    assert result["values_exact"] >= 0.95
    for kind, metrics in result["per_kind"].items():
        if metrics["support"]:
            assert metrics["recall"] >= 0.8, kind
