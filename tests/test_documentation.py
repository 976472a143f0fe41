"""Tests that fail when a command, a setting, an error or a public name is undocumented."""

from __future__ import annotations

import inspect
import os
import re
import subprocess
import sys
import types

import recours
import recours.errors
from recours.settings import ENV_VARS
from tests.conftest import ROOT

DOCS = ROOT / "docs"


def test_cli_reference_is_current() -> None:
    code = (
        "import sys; sys.argv=['x'];"
        "from recours.cli.reference import cli_reference_markdown as m;"
        "sys.stdout.write(m())"
    )
    env = {**os.environ, "RECOURS_LANG": "en"}
    generated = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout
    current = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert current == generated, "docs/cli.md is stale: run `python scripts/gen_cli_docs.py`"


def test_every_command_has_help() -> None:
    from recours.cli.reference import command_paths

    paths = command_paths()
    assert "recours dossier validate" in paths
    reference = (DOCS / "cli.md").read_text(encoding="utf-8")
    for path in paths:
        assert f"## `{path}`" in reference


def test_every_setting_is_documented() -> None:
    text = (DOCS / "settings.md").read_text(encoding="utf-8")
    for name in ENV_VARS:
        assert f"`{name}`" in text, name


def test_every_error_is_documented() -> None:
    text = (DOCS / "errors.md").read_text(encoding="utf-8")
    errors = [
        obj
        for _, obj in inspect.getmembers(recours.errors, inspect.isclass)
        if issubclass(obj, recours.errors.RecoursError)
    ]
    assert len(errors) >= 15
    for error in errors:
        assert f"`{error.__name__}`" in text, error.__name__
        assert error.__name__ in (recours.errors.__doc__ or ""), error.__name__


def test_public_api_all_is_complete() -> None:
    public = {
        name
        for name, value in vars(recours).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert public <= set(recours.__all__)
    for name in recours.__all__:
        assert hasattr(recours, name), name


def test_readme_first_screen_has_the_two_commands() -> None:
    head = "\n".join((ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:25])
    assert "recours demo" in head
    assert 'pip install -e ".[dev]" && pytest' in head
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert 'pip install -q -e ".[dev]" && pytest' in ci
    assert "./scripts/install-system-deps.sh" in ci and "./scripts/install-system-deps.sh" in head


def test_every_command_answers_help_and_version() -> None:
    from typer.testing import CliRunner

    from recours import __version__
    from recours.cli.main import app
    from recours.cli.reference import command_paths

    runner = CliRunner()
    for path in command_paths():
        args = path.split()[1:]
        result = runner.invoke(app, [*args, "--help"])
        assert result.exit_code == 0, (path, result.output)
        assert "Usage" in result.output
    version = runner.invoke(app, ["--version"])
    assert version.exit_code == 0 and __version__ in version.output


def test_readme_load_claim_is_what_the_firm_profile_measured() -> None:
    """The README's load sentence names its conditions, and every figure it quotes is one
    of the firm profile's measurements in docs/web.md."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    claim = readme[readme.index("**Load, as measured**"):]
    claim = claim[:claim.index("firm-profile-issue-18")]
    for condition in ("bench/web_load.py", "response cache off", "own session", "two cores",
                      "load average", "back to back", "a second between"):
        assert condition in claim, condition
    web = (ROOT / "docs" / "web.md").read_text(encoding="utf-8")
    measured = web[web.index("### Firm profile (issue 18)"):web.index("## Limits")]
    figures = re.findall(r"\d+(?:[.,]\d+)?(?:–\d+(?:[.,]\d+)?)? (?:ms|s)\b", claim)
    assert len(figures) >= 6, figures
    for figure in figures:
        assert figure in measured, figure
    assert "p95 under 150 ms for 50 concurrent clients on two cores when" not in readme
