"""Exhibits (pièces) and proof status in the dossier: old dossiers still load, references are
checked, the schema publishes the new sections."""

from __future__ import annotations

from pathlib import Path

import pytest

from recours.dossier import (
    Dossier,
    ExhibitKind,
    ProofStatus,
    check,
    dossier_schema,
    fact_key,
    load_dossier,
)

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_dossier_written_before_exhibits_still_loads() -> None:
    dossier = load_dossier(FIXTURES / "before-exhibits.yaml")
    assert dossier.exhibits == [] and dossier.proof == []
    assert dossier.schema_version == 1


def _with(minimal: Dossier, **extra: object) -> Dossier:
    return Dossier.model_validate({**minimal.model_dump(), **extra})


def test_exhibit_with_file_hash_and_supported_facts(minimal_dossier_path: Path) -> None:
    dossier = _with(load_dossier(minimal_dossier_path), exhibits=[{
        "id": "P3", "kind": "expert_report_judicial", "title": "Rapport d'expertise",
        "date": "2025-11-20", "author": "expert judiciaire", "file": "pieces/P3.pdf",
        "sha256": "a" * 64, "supports": ["non_conformity", "timeline[delivery]"]}])
    piece = dossier.exhibit("P3")
    assert piece is not None and piece.kind is ExhibitKind.EXPERT_REPORT_JUDICIAL
    assert check(dossier) == []


def test_absolute_exhibit_path_is_refused(minimal_dossier_path: Path) -> None:
    with pytest.raises(ValueError, match="absolute_path"):
        _with(load_dossier(minimal_dossier_path), exhibits=[
            {"id": "P1", "kind": "other", "title": "x", "file": "/etc/passwd"}])


@pytest.mark.parametrize(("proof", "where"), [
    ({"fact": "facts.x", "status": "documented"}, "exhibits"),
    ({"fact": "facts.x", "status": "established"}, "basis"),
    ({"fact": "facts.x", "status": "contested", "contested_by": "nobody"}, "contested_by"),
])
def test_inconsistent_proof_statements_are_reported(minimal_dossier_path: Path,
                                                   proof: dict[str, str], where: str) -> None:
    problems = check(_with(load_dossier(minimal_dossier_path), proof=[proof]))
    assert [p.loc[-1] for p in problems] == [where]


def test_unknown_evidence_run_of_a_bundle_is_reported(minimal_dossier_path: Path) -> None:
    problems = check(_with(load_dossier(minimal_dossier_path), exhibits=[
        {"id": "P2", "kind": "evidence_bundle", "title": "Scellé", "evidence_run": "run-x"}]))
    assert [p.loc for p in problems] == [("exhibits", 0, "evidence_run")]


def test_fact_keys_unify_paths() -> None:
    assert fact_key("timeline[delivery]") == fact_key("timeline.delivery") == "timeline.delivery"
    assert fact_key("facts.gross_fault_alleged") == "facts.gross_fault_alleged"
    assert fact_key("non_conformity") == "non_conformity"


def test_schema_publishes_exhibits_and_proof_status() -> None:
    schema = dossier_schema()
    assert {"exhibits", "proof"} <= set(schema["properties"])
    statuses = schema["$defs"]["ProofStatus"]["enum"]
    assert statuses == [s.value for s in ProofStatus]
