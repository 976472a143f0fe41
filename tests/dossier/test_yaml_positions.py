"""Error positions for YAML nodes that carry no marks (found by bench/fuzz.py, seeds 699, 4929, 22918)."""
from __future__ import annotations

from pathlib import Path

import pytest

from recours.dossier.yamlio import loads_dossier
from recours.errors import DossierError

EXAMPLE = Path(__file__).resolve().parents[2] / "examples"


def _example() -> str:
    return next(EXAMPLE.glob("*/dossier.yaml")).read_text(encoding="utf-8")


@pytest.mark.parametrize("tag", ["!!omap [a: 1]", "!!set {a}"])
def test_a_value_without_positions_is_reported_with_the_enclosing_line(tag: str) -> None:
    text = _example()
    lines = text.splitlines()
    index = next(i for i, line in enumerate(lines) if line.strip().startswith("amount:"))
    indent = lines[index][: len(lines[index]) - len(lines[index].lstrip())]
    lines[index] = f"{indent}amount: {tag}"
    with pytest.raises(DossierError) as caught:
        loads_dossier("\n".join(lines).encode("utf-8"))
    message = str(caught.value)
    assert f"dossier.yaml:{index + 1}" in message
    assert "amount" in message
