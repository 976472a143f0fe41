"""The ``recours`` command: one sub-command group per domain."""

from __future__ import annotations

import typer

from recours import __version__
from recours.cli import admin, contract, documents, dossier, evidence, law, web
from recours.cli.common import LANG_OPTION_HELP, console, h, set_lang

app = typer.Typer(
    name="recours",
    help=h(
        "Recours : prouver, qualifier et agir contre un système d'IA non conforme à son contrat.",
        "Recours: prove, qualify and act against an AI system that fails its contract.",
    ),
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    add_completion=False,
)

def _version(value: bool) -> None:
    if value:
        console.print(f"recours {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    lang: str = typer.Option("fr", "--lang", help=h(*LANG_OPTION_HELP), envvar="RECOURS_LANG"),
    version: bool = typer.Option(
        False,
        "--version",
        callback=_version,
        is_eager=True,
        help=h("Affiche la version et quitte.", "Show the version and exit."),
    ),
) -> None:
    set_lang(lang)


app.add_typer(dossier.app, name="dossier")
app.add_typer(contract.app, name="contract")
app.add_typer(evidence.app, name="evidence")
app.add_typer(law.app, name="law")
app.add_typer(documents.app, name="documents")
app.add_typer(admin.app, name="admin")
web.register(app)


def run() -> None:
    """Console-script entry point."""
    app()
