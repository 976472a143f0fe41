"""What every CLI command shares: language, console, error translation, help texts.

The help texts are chosen at import time from ``--lang`` on the command line or
``RECOURS_LANG`` (French by default), so that ``recours --lang en X --help`` is English.
"""

from __future__ import annotations

import functools
import gc
import os
import sys
from collections.abc import Callable
from datetime import date
from typing import ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from recours.errors import RecoursError
from recours.i18n import Lang, T, parse_lang

P = ParamSpec("P")
R = TypeVar("R")


def _lang_from_argv(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def short_lived() -> None:
    """A command is a short-lived process: the cyclic garbage collector is off (objects are
    still freed as their last reference goes; only reference cycles wait for the exit). Its
    passes over the tens of thousands of objects that start-up creates (Typer, pydantic's
    models, NumPy, PyArrow) cost about 0.06 s of each command. :func:`long_lived` turns it
    back on for the commands that serve or query for as long as it takes."""
    gc.disable()


def long_lived() -> None:
    """The cyclic garbage collector back on: servers, runs that query a system."""
    gc.enable()


class _State:
    lang: Lang = parse_lang(_lang_from_argv(sys.argv) or os.environ.get("RECOURS_LANG"))


state = _State()
console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)


def lang() -> Lang:
    return state.lang


def set_lang(value: str | None) -> None:
    if value:
        state.lang = parse_lang(value)


def h(fr: str, en: str) -> str:
    """A help text in the language chosen on the command line."""
    return en if state.lang == "en" else fr


def say(text: T, **params: object) -> str:
    """Render a bilingual text in the current language."""
    return text.render(state.lang, **params)


def fail(error: RecoursError) -> typer.Exit:
    """Print an error once, in the user's language, and give the exit to raise."""
    title = "Erreur" if state.lang == "fr" else "Error"
    # the message may hold brackets (``datasets[tests].path``, a user's text): never markup
    err_console.print(f"[bold red]{title}[/] — {escape(error.render(state.lang))}",
                      soft_wrap=True)
    return typer.Exit(error.exit_code)


def translate_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Decorator for commands: turn a :class:`RecoursError` into a message and exit code."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except RecoursError as error:
            raise fail(error) from None

    return wrapper


def parse_on(value: str | None) -> date:
    """The ``--on`` analysis date: ISO date, today by default (the CLI's choice, not the law's)."""
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise fail(
            RecoursError(
                T(f"date invalide pour --on : « {value} »", f"invalid date for --on: '{value}'"),
                fix=T(
                    "écrivez AAAA-MM-JJ, par ex. 2026-11-26", "write YYYY-MM-DD, e.g. 2026-11-26"
                ),
            )
        ) from None


LANG_OPTION_HELP = (
    "Langue des messages : fr (défaut) ou en.",
    "Message language: fr (default) or en.",
)
