from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))


@pytest.fixture(autouse=True)
def _restore_cli_language() -> Iterator[None]:
    """`recours --lang en …` sets a process-wide language: put it back after each test."""
    from recours.cli import common

    before = common.state.lang
    yield
    common.state.lang = before
