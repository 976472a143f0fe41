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
    written: dict[str, bytes] = {}
    for case in cases():  # compute everything first: a failure leaves the goldens untouched
        try:
            outputs = case.outputs()
        except DocumentRefused as refused:
            written[f"{case.stem}.refused.txt"] = (refused.render("en") + "\n").encode("utf-8")
            print(f"refused  {case.stem}")
            continue
        for ext, data in outputs.items():
            written[f"{case.stem}.{ext}"] = data
        print(f"built    {case.stem}")
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for old in GOLDEN.glob("*"):
        if old.name not in written:
            old.unlink()
    for name, data in written.items():
        (GOLDEN / name).write_bytes(data)
    print(f"{len(written)} golden files in {GOLDEN}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
