"""Shared fixtures: paths to the repository's examples and test data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@pytest.fixture
def minimal_dossier_path() -> Path:
    return ROOT / "tests" / "dossier" / "fixtures" / "minimal.yaml"


def example_dossiers() -> list[Path]:
    return sorted(EXAMPLES.glob("*/dossier.yaml"))
