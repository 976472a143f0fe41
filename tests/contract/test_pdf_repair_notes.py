"""A damaged PDF gives one French error, without pypdf's English repair notes on stderr."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLE_PDF = Path(__file__).resolve().parents[2] / "examples" / "credit-scoring" / "contrat-credisense.pdf"


def test_a_truncated_pdf_prints_no_english_repair_note(tmp_path: Path) -> None:
    truncated = tmp_path / "contrat.pdf"
    truncated.write_bytes(EXAMPLE_PDF.read_bytes()[:20_000])
    done = subprocess.run(
        [sys.executable, "-m", "recours", "contract", "analyse", str(truncated)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode != 0
    output = done.stdout + done.stderr
    assert "EOF marker" not in output
    assert "incorrect startxref" not in output
    assert "illisible ou endommagé" in output
