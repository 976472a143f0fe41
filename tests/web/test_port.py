"""`recours serve` and `recours demo` say at once, in French, that the port is taken — before
the demo runs its pipeline and prints a password for another server."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from recours.cli.main import app

runner = CliRunner()


@pytest.fixture
def taken_port() -> object:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        yield holder.getsockname()[1]


@pytest.mark.parametrize("command", [["serve"], ["demo"]])
def test_a_taken_port_is_refused_before_anything_runs(command: list[str], taken_port: int,
                                                      tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECOURS_DATA_DIR", str(tmp_path / "data"))
    result = runner.invoke(app, [*command, "--port", str(taken_port)])
    assert result.exit_code == 2, result.output
    assert f"le port {taken_port} est déjà utilisé" in result.output
    assert f"--port {taken_port + 1}" in result.output
    assert "Compte de démonstration" not in result.output
    assert not (tmp_path / "data" / "documents").exists()
