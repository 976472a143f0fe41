"""Regenerate the golden files of the documents tests (one command).

    .venv/bin/python tests/documents/regenerate_golden.py

Writes ``tests/documents/golden/<dossier>-<kind>-<lang>.{json,md}``; a document the engine
refuses (e.g. a notice missing a mandatory element) is recorded as ``.refused.txt``.
Review the diff with ``git diff tests/documents/golden`` before committing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from recours.errors import DocumentRefused
from tests.documents.golden_cases import GOLDEN, cases


def main() -> int:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for old in GOLDEN.glob("*"):
        old.unlink()
    for case in cases():
        try:
            outputs = case.outputs()
        except DocumentRefused as refused:
            (GOLDEN / f"{case.stem}.refused.txt").write_text(refused.render("en") + "\n", "utf-8")
            print(f"refused  {case.stem}")
            continue
        for ext, data in outputs.items():
            (GOLDEN / f"{case.stem}.{ext}").write_bytes(data)
        print(f"written  {case.stem}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
