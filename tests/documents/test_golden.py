"""Golden files: the neutral (JSON) and Markdown forms of every document kind and language."""

from __future__ import annotations

import pytest

from recours.errors import DocumentRefused
from tests.documents.golden_cases import GOLDEN, Case, cases

REGEN = "run: .venv/bin/python tests/documents/regenerate_golden.py (then review git diff)"


@pytest.mark.parametrize("case", cases(), ids=lambda c: c.stem)
def test_golden(case: Case) -> None:
    refused = GOLDEN / f"{case.stem}.refused.txt"
    if refused.exists():
        with pytest.raises(DocumentRefused) as info:
            case.outputs()
        assert info.value.render("en") + "\n" == refused.read_text("utf-8"), REGEN
        return
    outputs = case.outputs()
    for ext, data in outputs.items():
        golden = GOLDEN / f"{case.stem}.{ext}"
        assert golden.exists(), f"missing golden file {golden.name}; {REGEN}"
        assert data.decode("utf-8") == golden.read_text("utf-8"), f"{golden.name} differs; {REGEN}"


def test_every_golden_file_has_a_case() -> None:
    stems = {c.stem for c in cases()}
    orphans = [p.name for p in GOLDEN.iterdir() if p.name.split(".")[0] not in stems]
    assert not orphans, f"golden files without a case: {orphans}; {REGEN}"
