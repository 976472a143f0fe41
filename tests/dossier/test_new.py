"""`recours dossier new`: a valid case file from options (or a terminal's answers); missing
facts named by their option; an existing file never replaced."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from typer.testing import CliRunner

from recours.cli.main import app
from recours.dossier import load_dossier

runner = CliRunner()
OPTIONS = ["--reference", "T-1", "--client", "PME Exemple SAS", "--vendor", "Prévisia SAS",
           "--contract-kind", "saas", "--contract-title", "Abonnement Prévisia",
           "--concluded-on", "2025-02-01", "--system", "Prévisia Demand",
           "--purpose", "Prévoir la demande", "--price", "12 000,50", "--price-basis", "monthly",
           "--client-siren", "123 456 789"]


def test_new_from_options_writes_a_valid_dossier(tmp_path: Path) -> None:
    target = tmp_path / "affaire" / "dossier.yaml"
    result = runner.invoke(app, ["dossier", "new", str(target), *OPTIONS])
    assert result.exit_code == 0, result.output
    dossier = load_dossier(target)
    assert dossier.title == "PME Exemple SAS c/ Prévisia SAS"
    assert dossier.contract.price is not None
    assert dossier.contract.price.amount.amount == Decimal("12000.50")
    assert dossier.client is not None and dossier.client.siren == "123456789"
    assert dossier.timeline[0].type.value == "signature"
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Dossier créé par « recours dossier new »") and "&id" not in text


def test_new_asks_at_a_terminal(tmp_path: Path) -> None:
    from recours.cli.dossier_new import new

    answers = iter(["R-2", "Client SA", "Vendeur SAS", "", "licence", "Licence X",
                    "2014-06-30", "Score", "Noter le crédit", ""])
    import typer
    original = typer.prompt
    typer.prompt = lambda *a, **k: next(answers) or k.get("default") or ""  # type: ignore[assignment]
    try:
        written = new(tmp_path / "d.yaml", {}, interactive=True)
    finally:
        typer.prompt = original
    dossier = load_dossier(written)
    assert dossier.title == "Client SA c/ Vendeur SAS"
    assert dossier.contract.concluded_on.year == 2014 and dossier.contract.price is None


def test_missing_facts_are_named_and_nothing_is_written(tmp_path: Path) -> None:
    target = tmp_path / "d.yaml"
    result = runner.invoke(app, ["dossier", "new", str(target), "--client", "X"])
    assert result.exit_code == 2
    assert "faits manquants" in result.output and "--concluded-on" in result.output
    assert not target.exists()


def test_bad_values_are_refused_with_the_option(tmp_path: Path) -> None:
    target = tmp_path / "d.yaml"
    bad_kind = [*OPTIONS]
    bad_kind[bad_kind.index("saas")] = "leasing"
    result = runner.invoke(app, ["dossier", "new", str(target), *bad_kind])
    assert result.exit_code == 2 and "--contract-kind" in result.output
    assert "custom_development" in result.output
    bad_day = [*OPTIONS]
    bad_day[bad_day.index("2025-02-01")] = "01/02/2025"
    result = runner.invoke(app, ["dossier", "new", str(target), *bad_day])
    assert result.exit_code == 2 and "AAAA-MM-JJ" in result.output
    bad_siren = [*OPTIONS]
    bad_siren[bad_siren.index("123 456 789")] = "12345"
    result = runner.invoke(app, ["dossier", "new", str(target), *bad_siren])
    assert result.exit_code == 2 and "siren" in result.output
    assert not target.exists()


def test_an_existing_file_is_never_replaced(tmp_path: Path) -> None:
    target = tmp_path / "d.yaml"
    target.write_text("garde-moi\n")
    result = runner.invoke(app, ["dossier", "new", str(target), *OPTIONS])
    assert result.exit_code == 2 and "existe déjà" in result.output
    assert target.read_text() == "garde-moi\n"


def test_a_bad_answer_at_a_terminal_is_said_at_once_and_asked_again(
        tmp_path: Path, capsys: object) -> None:
    """Issue 15 audit: a bad date typed at the terminal was said only after every question,
    naming « --concluded-on », an option nobody typed; now it is asked again at once."""
    import typer

    from recours.cli.dossier_new import new

    answers = iter(["R-3", "Client SA", "Vendeur SAS", "", "bail", "licence", "Licence X",
                    "2025-02-30", "2025-02-28", "Score", "Noter le crédit", "douze", ""])
    asked: list[str] = []
    said: list[str] = []
    original, echo = typer.prompt, typer.echo

    def prompt(text: str, *a: object, **k: object) -> str:
        asked.append(text)
        return next(answers) or str(k.get("default") or "")

    typer.prompt = prompt  # type: ignore[assignment]
    typer.echo = lambda message="", *a, **k: said.append(str(message))  # type: ignore[assignment]
    try:
        written = new(tmp_path / "d.yaml", {}, interactive=True)
    finally:
        typer.prompt, typer.echo = original, echo
    dossier = load_dossier(written)
    assert dossier.contract.concluded_on.isoformat() == "2025-02-28"
    assert dossier.contract.kind.value == "licence" and dossier.contract.price is None
    assert sum("Date de conclusion" in q for q in asked) == 2
    assert sum("Nature du contrat" in q for q in asked) == 2
    assert any("date invalide « 2025-02-30 »" in s for s in said)
    assert any("montant illisible « douze »" in s for s in said)
    assert not any("--" in s for s in said)
