"""The ``recours`` command: one sub-command group per domain."""

from __future__ import annotations

import importlib
import os
from typing import Any

import typer
import typer.main
from typer.core import TyperGroup

from recours.cli import web
from recours.cli.common import LANG_OPTION_HELP, console, h, set_lang, short_lived

# Each sub-command group is imported when it is used, not when ``recours`` starts: the
# domains pull in heavy libraries (PDF and DOCX readers, SQLAlchemy, NumPy, PyArrow…) and
# ``recours --help`` or ``recours dossier validate`` must not pay for all of them.
GROUPS: dict[str, tuple[str, tuple[str, str]]] = {
    "dossier": ("recours.cli.dossier", (
        "Dossier (YAML) : valider, afficher, schéma JSON.",
        "Case file (YAML): validate, show, JSON Schema.")),
    "contract": ("recours.cli.contract", (
        "Contrat : lire un contrat d'IA, trouver ses clauses et engagements, signaler les "
        "manques et les risques, alimenter le dossier.",
        "Contract: read an AI contract, find its clauses and commitments, flag gaps and risks, "
        "feed the dossier.")),
    "evidence": ("recours.cli.evidence", (
        "Preuve : mesurer les engagements, sceller et vérifier les preuves.",
        "Evidence: measure commitments, seal and verify the proof.")),
    "law": ("recours.cli.law", (
        "Analyse juridique : fondements, délais, sanctions, préjudice, textes.",
        "Legal analysis: grounds, deadlines, remedies, damages, texts.")),
    "documents": ("recours.cli.documents", (
        "Documents : mise en demeure, note d'analyse, rapport de conformité (DOCX, PDF, MD, HTML).",
        "Documents: formal notice, case memo, compliance report (DOCX, PDF, MD, HTML).")),
    "admin": ("recours.cli.admin", (
        "Administration : organisations, comptes, invitations, rôles.",
        "Administration: organisations, accounts, invitations, roles.")),
    "audit": ("recours.cli.audit", (
        "Journal d'audit : vérification de la chaîne et des têtes signées, export.",
        "Audit log: check the chain and the signed heads, export.")),
}


class LazyGroup(TyperGroup):
    """A sub-command group listed by name and help, loaded from its module on first use."""

    def __init__(self, name: str, module: str, help_text: str) -> None:
        super().__init__(name=name, help=help_text, no_args_is_help=True)
        self.module = module
        self._real: Any = None

    def real(self) -> Any:
        """The group itself (Typer vendors its own Click: typed loosely)."""
        if self._real is None:
            sub = importlib.import_module(self.module)
            sub.app._add_completion = False     # a sub-group, not a program of its own
            group = typer.main.get_group(sub.app)
            group.name = self.name
            self._real = group
        return self._real

    @property  # type: ignore[override]
    def commands(self) -> dict[str, Any]:  # the docs generator walks this
        return self.real().commands if getattr(self, "module", None) else {}

    @commands.setter
    def commands(self, value: Any) -> None:
        pass

    def list_commands(self, ctx: Any) -> list[str]:
        names: list[str] = self.real().list_commands(ctx)
        return names

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        return self.real().get_command(ctx, cmd_name)

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None,
                     **extra: Any) -> Any:
        return self.real().make_context(info_name, args, parent=parent, **extra)


class RootGroup(TyperGroup):
    """The ``recours`` group: its own commands plus the lazily loaded domain groups."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, (module, (fr, en)) in GROUPS.items():
            self.add_command(LazyGroup(name, module, h(fr, en)), name)


app = typer.Typer(
    cls=RootGroup,
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
        from recours import __version__

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


web.register(app)


def run() -> None:
    """Console-script entry point. Pydantic plugins are not looked for: finding them scans
    the entry points of every installed distribution (≈ 10 ms of each command) for hooks
    into models that are this program's own; ``PYDANTIC_DISABLE_PLUGINS`` set by the user
    is kept."""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    short_lived()
    app(prog_name="recours")
