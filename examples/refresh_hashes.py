"""Rewrite the ``sha256:`` of every file a dossier lists, after regenerating its files.

Usage: python examples/refresh_hashes.py examples/credit-scoring/dossier.yaml [...]
Each ``sha256:`` line takes the hash of the file named by the nearest ``path:`` line above
it (relative to the dossier). Comments and layout of the YAML are kept.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

PATH = re.compile(r"^\s*(?:- )?path:\s*(\S+)\s*$")
SHA = re.compile(r"^(\s*sha256:\s*)([0-9a-f]{64})\s*$")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refresh(dossier: Path) -> int:
    """Update the hashes in place; return how many changed."""
    lines = dossier.read_text(encoding="utf-8").splitlines(keepends=True)
    current: str | None = None
    changed = 0
    for index, line in enumerate(lines):
        if match := PATH.match(line):
            current = match.group(1)
        elif (match := SHA.match(line)) and current is not None:
            digest = sha256(dossier.parent / current)
            if digest != match.group(2):
                lines[index] = f"{match.group(1)}{digest}\n"
                changed += 1
    dossier.write_text("".join(lines), encoding="utf-8")
    return changed


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: {refresh(Path(name))} hash(es) updated")
