"""Regenerate docs/cli.md from the CLI itself (English help texts)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["RECOURS_LANG"] = "en"
sys.argv = [sys.argv[0]]

from recours.cli.reference import cli_reference_markdown  # noqa: E402

TARGET = Path(__file__).resolve().parents[1] / "docs" / "cli.md"

if __name__ == "__main__":
    TARGET.write_text(cli_reference_markdown(), encoding="utf-8")
    print(f"wrote {TARGET}")
