"""Both example contracts analyse into the commitments of their dossiers; import is atomic."""

from __future__ import annotations

import shutil
from functools import cache
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from recours.contract.analysis import ContractAnalysis, analyse_file
from recours.contract.dossier_import import import_analysis
from recours.dossier import load_dossier
from recours.errors import DossierError

ROOT = Path(__file__).resolve().parents[2] / "examples"
EXAMPLES = [("credit-scoring", "contrat-credisense"), ("logistics-forecast", "cga-previsia-demand")]


def _key(
    metric: str, comparator: str, threshold: float, window: str
) -> tuple[str, str, float, str]:
    return metric, comparator, round(threshold, 6), window


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
@pytest.mark.parametrize(("folder", "stem"), EXAMPLES)
def test_example_commitments_match_dossier(folder: str, stem: str, suffix: str) -> None:
    source = ROOT / folder / f"{stem}.{suffix}"
    if not source.exists():
        pytest.skip(f"{source} not generated")
    dossier = load_dossier(ROOT / folder / "dossier.yaml")
    analysis = _analysis(folder, stem, suffix)
    expected = {
        _key(c.metric.value, c.comparator.value, c.threshold, c.window.value): c.source.clause
        if c.source
        else None
        for c in dossier.commitments
    }
    found = {
        _key(c.metric, c.comparator, c.threshold, c.window): c.section
        for c in analysis.values.commitments
    }
    assert found == expected


@pytest.mark.parametrize(("folder", "stem"), EXAMPLES)
def test_import_into_copy_of_example(tmp_path: Path, folder: str, stem: str) -> None:
    target = tmp_path / "dossier.yaml"
    shutil.copy(ROOT / folder / "dossier.yaml", target)
    before = load_dossier(target)
    report = import_analysis(_analysis(folder, stem, "pdf"), target)
    after = load_dossier(target)
    assert report.added == [] and sorted(report.matched) == sorted(c.id for c in before.commitments)
    assert after.contract.clauses and all(c.kinds and c.page for c in after.contract.clauses)
    assert [c.id for c in after.commitments] == [c.id for c in before.commitments]


def _blank_dossier(tmp_path: Path) -> Path:
    """A copy of the credit-scoring dossier without its commitments."""
    yaml = YAML()
    data = yaml.load((ROOT / "credit-scoring" / "dossier.yaml").read_text(encoding="utf-8"))
    data["commitments"] = []
    path = tmp_path / "dossier.yaml"
    with path.open("w", encoding="utf-8") as handle:
        yaml.dump(data, handle)
    assert load_dossier(path).commitments == []
    return path


@cache
def _analysis(folder: str, stem: str, suffix: str) -> ContractAnalysis:
    return analyse_file(ROOT / folder / f"{stem}.{suffix}")


def test_import_adds_commitments_with_sources(tmp_path: Path) -> None:
    path = _blank_dossier(tmp_path)
    report = import_analysis(_analysis("credit-scoring", "contrat-credisense", "pdf"), path)
    dossier = load_dossier(path)
    assert len(report.added) == 6
    metrics = {c.metric.value for c in dossier.commitments}
    assert {
        "auc",
        "recall",
        "fpr",
        "equal_opportunity_gap",
        "latency_p95",
        "availability",
    } == metrics
    auc = next(c for c in dossier.commitments if c.metric.value == "auc")
    assert auc.source is not None and auc.source.clause == "Annexe 3, art. 3.3 a)"
    assert auc.source.page == 11 and "0,80" in (auc.source.quote or "")


def test_import_failure_leaves_dossier_intact(tmp_path: Path) -> None:
    path = tmp_path / "dossier.yaml"
    path.write_text("reference: X\ntitle: broken\nparties: []\n", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(DossierError):
        import_analysis(_analysis("credit-scoring", "contrat-credisense", "pdf"), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["dossier.yaml"]


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
@pytest.mark.parametrize(
    ("folder", "stem", "kind", "section", "words"),
    [
        # « toute autre garantie, expresse ou implicite, est exclue »
        ("credit-scoring", "contrat-credisense", "warranty_exclusion", "art. 8.4", "est exclue"),
        # « Le Client fait contrôler les Prévisions par un approvisionneur qualifié »
        ("logistics-forecast", "cga-previsia-demand", "human_oversight", "art. 13.1", "qualifié"),
    ],
)
def test_example_clauses_detected(
    folder: str, stem: str, kind: str, section: str, words: str, suffix: str
) -> None:
    source = ROOT / folder / f"{stem}.{suffix}"
    if not source.exists():
        pytest.skip(f"{source} not generated")
    analysis = _analysis(folder, stem, suffix)
    hits = [
        d for d in analysis.passages(kind) if (d.section or "").endswith(section) and not d.negated
    ]
    assert analysis.present[kind]
    assert hits and words in hits[0].reason
