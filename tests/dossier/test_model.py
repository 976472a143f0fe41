"""The dossier model: loading, accessors, dumping, and safe in-place updates."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from recours.dossier import (
    CommitmentResult,
    Comparator,
    Dossier,
    EventType,
    EvidenceRun,
    Metric,
    Verdict,
    dump_dossier,
    load_dossier,
    save_dossier,
    update_dossier_file,
)
from recours.errors import DossierError


def test_minimal_loads(minimal_dossier_path: Path) -> None:
    d = load_dossier(minimal_dossier_path)
    assert d.client is not None and d.client.id == "banque"
    assert d.vendor is not None and d.vendor.it_professional is True
    assert d.contract.price is not None
    assert d.contract.price.amount.amount == Decimal("480000")
    assert d.losses[0].amount.amount == Decimal("125000.50")
    assert [e.type for e in d.events()][:2] == [EventType.SIGNATURE, EventType.DELIVERY]
    assert d.first_event(EventType.ACCEPTANCE) is not None
    assert d.commitments[0].comparator.holds(0.71, 0.7)
    assert not Comparator.LT.holds(0.7, 0.7)


def test_dump_round_trip(minimal_dossier_path: Path, tmp_path: Path) -> None:
    d = load_dossier(minimal_dossier_path)
    out = tmp_path / "copy.yaml"
    save_dossier(d, out)
    assert load_dossier(out) == d
    assert "125000.5" in dump_dossier(d)


def _run() -> EvidenceRun:
    result = CommitmentResult(
        commitment_id="C1",
        metric=Metric.RECALL,
        comparator=Comparator.GE,
        threshold=0.7,
        estimate=0.61,
        lower=0.58,
        upper=0.64,
        level=0.95,
        method="clopper-pearson",
        n=1000,
        verdict=Verdict.BREACH,
    )
    return EvidenceRun(
        id="run-1",
        run_at=datetime(2026, 11, 26, tzinfo=UTC),
        spec_sha256="0" * 64,
        results=[result],
    )


def test_update_keeps_comments_and_adds_run(minimal_dossier_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "d.yaml"
    shutil.copy(minimal_dossier_path, path)

    def add_run(d: Dossier) -> Dossier:
        d.evidence_runs.append(_run())
        return d

    updated = update_dossier_file(path, add_run)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# A minimal but complete dossier")
    assert "breach_established" in text
    assert load_dossier(path) == updated
    assert updated.latest_run is not None and updated.latest_run.id == "run-1"


def test_failed_update_leaves_file_intact(minimal_dossier_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "d.yaml"
    shutil.copy(minimal_dossier_path, path)
    before = path.read_bytes()

    def break_it(d: Dossier) -> Dossier:
        d.commitments[0].dataset = "nowhere"
        return d

    with pytest.raises(DossierError, match="nowhere"):
        update_dossier_file(path, break_it)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["d.yaml"]


def test_assignment_is_validated(minimal_dossier_path: Path) -> None:
    d = load_dossier(minimal_dossier_path)
    with pytest.raises(ValueError):
        d.commitments[0].level = 1.5
