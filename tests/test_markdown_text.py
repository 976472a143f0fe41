"""recours.cli.markdown_text draws the analysis's Markdown byte for byte as rich.markdown does
(plain and coloured, several widths), and hands anything else back to rich.markdown."""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console
from rich.markdown import Markdown

from recours.cli.markdown_text import markdown_renderable

ROOT = Path(__file__).resolve().parents[1]


def _drawn(thing: object, width: int, color: str | None) -> str:
    buffer = io.StringIO()
    Console(file=buffer, width=width, color_system=color,  # type: ignore[arg-type]
            force_terminal=color is not None, highlight=False).print(thing)
    return buffer.getvalue()


def _analysis(example: str, lang: str) -> str:
    from recours.dossier import load_dossier
    from recours.law import analyse
    from recours.law.render import to_markdown

    dossier = load_dossier(ROOT / "examples" / example / "dossier.yaml")
    return to_markdown(analyse(dossier, date(2026, 12, 7)), lang)  # type: ignore[arg-type]


@pytest.mark.parametrize("example", ["credit-scoring", "logistics-forecast"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_examples_analyses_are_drawn_as_rich_markdown_draws_them(example: str,
                                                                       lang: str) -> None:
    text = _analysis(example, lang)
    ours = markdown_renderable(text)
    assert ours is not None, "the analysis's Markdown is outside what markdown_text draws"
    for width in (40, 80, 133):
        for color in (None, "truecolor"):
            assert _drawn(ours, width, color) == _drawn(Markdown(text), width, color)


def test_random_markdown_is_drawn_as_rich_draws_it_or_handed_back() -> None:
    """Seeded random documents of headings, paragraphs, bullet and numbered items, strong
    and code spans, and what markdown_text must refuse (emphasis, links, HTML, entities…):
    whatever it accepts it draws as rich does."""
    rng = random.Random(16)
    atoms = ["mot", "**gras**", "`code`", "a_b", "_x_", "[ref]", "2.", "é", "\u00a0", "«",
             "(art. 1)", ":", "—", "x.", "*", "[a](b)", "&amp;", "<b>", "~~s~~", "**« a »**"]
    prefixes = ["", "", "- ", "- ", "  ", "  - ", "  1. ", "  2. ", "# ", "## ", "1. ", "* "]
    accepted = 0
    for _ in range(1500):
        lines = []
        for _ in range(rng.randint(1, 7)):
            if rng.random() < 0.15:
                lines.append("")
                continue
            words = " ".join(rng.choice(atoms) for _ in range(rng.randint(1, 5)))
            lines.append(rng.choice(prefixes) + words)
        text = "\n".join(lines)
        ours = markdown_renderable(text)
        if ours is None:
            continue
        accepted += 1
        assert _drawn(ours, 30, "truecolor") == _drawn(Markdown(text), 30, "truecolor"), text
    assert accepted > 50


@pytest.mark.parametrize("text", ["*one star*", "[lien](https://example.org)", "a &amp; b",
                                  "<b>x</b>", "line  \nbreak", "| a | b |\n|---|---|",
                                  "    code", "- a\nlazy", "2. two"])
def test_markdown_outside_the_drawn_part_is_handed_back(text: str) -> None:
    assert markdown_renderable(text) is None


def test_law_analyse_does_not_import_rich_markdown() -> None:
    probe = ("import json, sys\nsys.argv = ['recours', 'law', 'analyse', sys.argv[1], '--on', "
             "'2026-12-07']\nfrom recours.cli.main import run\ntry:\n    run()\n"
             "except SystemExit as exc:\n    assert not exc.code\n"
             "print(json.dumps([m for m in ('rich.markdown', 'markdown_it') "
             "if m in sys.modules]))\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    out = subprocess.run([sys.executable, "-c", probe,
                          str(ROOT / "examples" / "credit-scoring" / "dossier.yaml")],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Analyse juridique" in out.stdout
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
