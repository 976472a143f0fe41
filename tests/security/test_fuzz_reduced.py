"""A reduced, seeded run of bench/fuzz.py: no crash, no hang on a few hundred inputs."""

from __future__ import annotations

from bench.fuzz import campaign


def test_dossier_fuzz_reduced() -> None:
    assert campaign("dossier", 300, start=0, workers=1, timeout=20) == []


def test_contract_fuzz_reduced() -> None:
    assert campaign("contract", 60, start=0, workers=1, timeout=30) == []
