"""Copies of the bundled examples with a shorter test set (its declared hash updated), so
that an endpoint run sends a few hundred real HTTP requests instead of twenty thousand."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from recours.evidence.run import resolve_spec, target_dataset
from recours.examples import example_dossiers

EXAMPLES = {path.parent.name: path for path in example_dossiers()}


def small_copy(name: str, dest: Path, rows: int = 600) -> tuple[Path, str]:
    """The copied dossier and the path (relative to it) of its shortened test set."""
    folder = dest / name
    shutil.copytree(EXAMPLES[name].parent, folder)
    dossier = folder / "dossier.yaml"
    _, spec = resolve_spec(dossier, None)
    ds = target_dataset(spec)
    data = folder / ds.path
    old = hashlib.sha256(data.read_bytes()).hexdigest()
    lines = data.read_text(encoding="utf-8").splitlines(keepends=True)
    data.write_text("".join(lines[: rows + 1]), encoding="utf-8")
    new = hashlib.sha256(data.read_bytes()).hexdigest()
    text = dossier.read_text(encoding="utf-8")
    assert old in text, "the example declares its test set's hash"
    dossier.write_text(text.replace(old, new), encoding="utf-8")
    return dossier, ds.path
