"""Every broken dossier in tests/dossier/broken is rejected with its expected message,
line and fix — through the library and through the CLI (exit status 2)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from recours.cli.main import app
from recours.dossier import load_dossier
from recours.errors import DossierError

BROKEN = sorted((Path(__file__).parent / "broken").glob("*.yaml"))


def _expectations(path: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"# (expect(?:-fix|-line)?): (.*)", line)
        if match:
            found[match.group(1)] = match.group(2)
    return found


def test_there_are_at_least_twelve_broken_dossiers() -> None:
    assert len(BROKEN) >= 12


@pytest.mark.parametrize("path", BROKEN, ids=lambda p: p.stem)
def test_broken_dossier_is_rejected_with_message(path: Path) -> None:
    expected = _expectations(path)
    with pytest.raises(DossierError) as caught:
        load_dossier(path)
    text = caught.value.render("fr")
    assert expected["expect"] in text
    assert expected["expect-fix"] in text
    if "expect-line" in expected:
        assert f"{path}:{expected['expect-line']}" in text
    assert str(path) in text


@pytest.mark.parametrize("path", BROKEN[:4], ids=lambda p: p.stem)
def test_cli_exits_2_and_prints_in_french(path: Path) -> None:
    result = CliRunner().invoke(app, ["dossier", "validate", str(path)])
    assert result.exit_code == 2
    assert "Erreur" in result.output
    assert "Correction" in result.output


def test_cli_english_messages() -> None:
    path = next(p for p in BROKEN if p.stem.startswith("07"))
    result = CliRunner().invoke(app, ["--lang", "en", "dossier", "validate", str(path)])
    assert result.exit_code == 2
    assert "unknown currency 'EUROS'" in result.output
    assert "Fix" in result.output


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["dossier", "validate", str(tmp_path / "absent.yaml")])
    assert result.exit_code == 2
    assert "fichier introuvable" in result.output


def test_non_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("reference: é\n".encode("latin-1"))
    with pytest.raises(DossierError, match="UTF-8"):
        load_dossier(path)
