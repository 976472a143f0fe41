"""The README's command-line session gives the same results whatever day it is run: every
command of it that reads the law on a date (it takes ``--on``) is given one."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import typer.main

from recours.cli.main import app
from recours.cli.reference import _walk

ROOT = Path(__file__).resolve().parents[1]


def _session() -> list[list[str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## A session from the command line\s+```bash\n(.*?)```", text, re.S)
    assert block, "the README has no command-line session"
    lines = [line.split("  #")[0].strip() for line in block[1].splitlines()]
    return [shlex.split(line) for line in lines if line.startswith("recours ")]


def _command(words: list[str]) -> tuple[Any, list[str]]:
    """The command a README line runs, and the words that follow it."""
    commands = {tuple(path): cmd for path, cmd in _walk(typer.main.get_command(app), [])}
    for n in range(len(words), 0, -1):
        found = commands.get(tuple(words[1:n]))
        if found is not None and not getattr(found, "commands", None):
            return found, words[n:]
    raise AssertionError(f"no such command: {' '.join(words)}")


def _takes_on(command: Any) -> bool:
    return any("--on" in getattr(p, "opts", ()) for p in command.params)


def test_every_dated_command_of_the_session_is_pinned() -> None:
    session = _session()
    dated = [words for words in session if _takes_on(_command(words)[0])]
    assert len(dated) >= 4  # law analyse, explain, deadlines, documents generate
    days = set()
    for words in dated:
        rest = _command(words)[1]
        assert "--on" in rest, f"README: « {' '.join(words)} » depends on today's date"
        days.add(rest[rest.index("--on") + 1])
    assert len(days) == 1  # one date for the whole session
