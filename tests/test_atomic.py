"""Atomic writes keep a file's permissions (a dossier rewritten by `contract import` or
`evidence run` stays readable by the team) and give a new file the user's usual ones."""

from __future__ import annotations

import os
from pathlib import Path

from recours.atomic import write_bytes_atomic, write_text_atomic


def test_an_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "dossier.yaml"
    target.write_text("a: 1\n")
    target.chmod(0o664)
    write_text_atomic(target, "a: 2\n")
    assert target.read_text() == "a: 2\n"
    assert target.stat().st_mode & 0o777 == 0o664


def test_a_new_file_follows_the_umask_or_the_mode_asked(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        write_bytes_atomic(tmp_path / "new.txt", b"x")
        write_bytes_atomic(tmp_path / "blob", b"x", mode=0o600)
    finally:
        os.umask(old)
    assert (tmp_path / "new.txt").stat().st_mode & 0o777 == 0o640
    assert (tmp_path / "blob").stat().st_mode & 0o777 == 0o600
    assert not list(tmp_path.glob(".*.tmp"))
