"""Shared fixtures: paths to the repository's examples and test data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests import postgres_server

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@pytest.fixture
def minimal_dossier_path() -> Path:
    return ROOT / "tests" / "dossier" / "fixtures" / "minimal.yaml"


def example_dossiers() -> list[Path]:
    return sorted(EXAMPLES.glob("*/dossier.yaml"))


# A real PostgreSQL server for the run (see tests/postgres_server.py). Started when this
# conftest is imported, before the other conftests and test modules read
# RECOURS_TEST_POSTGRES_URL at import time; idempotent if this module is imported twice.
postgres_server.ensure_started()


def pytest_unconfigure(config: pytest.Config) -> None:
    postgres_server.stop_started()


def pytest_report_header(config: pytest.Config) -> str:
    url = os.environ.get("RECOURS_TEST_POSTGRES_URL")
    return f"PostgreSQL for tests: {url}" if url else "PostgreSQL for tests: none (SQLite only)"


@pytest.fixture(autouse=True)
def _cli_language_is_french_again() -> object:
    """The CLI keeps its language in process state: every test starts in French."""
    from recours.cli.common import state

    saved = state.lang
    state.lang = "fr"
    yield
    state.lang = saved


@pytest.fixture(autouse=True)
def _signing_key_per_test(tmp_path_factory: pytest.TempPathFactory,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test seals with a key of its own, never one in the user's configuration folder."""
    if "RECOURS_SIGNING_KEY" not in os.environ:
        keys = tmp_path_factory.mktemp("keys")
        keys.chmod(0o700)
        monkeypatch.setenv("RECOURS_SIGNING_KEY", str(keys / "ed25519.pem"))
