"""The ``recours`` command: one sub-command group per domain."""

from __future__ import annotations

import importlib

import typer

from recours import __version__
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

# (module under recours.cli, command name) — each module exposes ``app``.
_GROUPS = (
    ("dossier", "dossier"),
    ("law", "law"),
    ("contract", "contract"),
    ("evidence", "evidence"),
    ("documents", "documents"),
)
# Modules exposing top-level commands through ``register(app)``.
_TOP_LEVEL = ("web",)


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


def _mount() -> None:
    for module_name, command in _GROUPS:
        try:
            module = importlib.import_module(f"recours.cli.{module_name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"recours.cli.{module_name}":
                raise
            continue
        app.add_typer(module.app, name=command)
    for module_name in _TOP_LEVEL:
        try:
            module = importlib.import_module(f"recours.cli.{module_name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"recours.cli.{module_name}":
                raise
            continue
        module.register(app)


_mount()


def run() -> None:
    """Console-script entry point."""
    app()
