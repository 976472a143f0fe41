"""``recours dossier``: validate, show and publish the schema of case files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from recours.cli import dossier_new
from recours.cli.common import console, h, lang, translate_errors

if TYPE_CHECKING:
    from rich.table import Table

    from recours.dossier import Dossier

# The dossier model (pydantic) and the labels (documents' typography) load with the commands.

app = typer.Typer(
    help=h(
        "Dossier (YAML) : valider, afficher, schéma JSON.",
        "Case file (YAML): validate, show, JSON Schema.",
    ),
    no_args_is_help=True,
)

dossier_new.register(app)

FILE_HELP = h("Fichier YAML du dossier.", "Dossier YAML file.")


@app.command(
    "schema",
    help=h(
        "Publie le schéma JSON du dossier (JSON Schema 2020-12).",
        "Print the dossier JSON Schema (2020-12).",
    ),
)
@translate_errors
def schema(
    output: Path | None = typer.Option(
        None,
        "-o",
        "--output",
        help=h("Écrire le schéma dans ce fichier.", "Write it to this file."),
    ),
) -> None:
    """Publie le schéma JSON du dossier (JSON Schema 2020-12)."""
    from recours.dossier import dossier_schema_json

    text = dossier_schema_json()
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")


@app.command(
    "validate",
    help=h(
        "Valide un dossier : champs, types, références, chronologie.",
        "Validate a dossier: fields, types, references, chronology.",
    ),
)
@translate_errors
def validate(file: Path = typer.Argument(..., help=FILE_HELP)) -> None:
    """Valide un dossier : champs, types, références, chronologie."""
    from recours.dossier import load_dossier

    dossier = load_dossier(file)
    ok = "valide" if lang() == "fr" else "valid"
    console.print(f"[green]✔[/] {file} : {ok} — {dossier.reference}, {dossier.title}")


@app.command(
    "show",
    help=h(
        "Affiche le résumé du dossier et sa chronologie.",
        "Show the dossier summary and its timeline.",
    ),
)
@translate_errors
def show(file: Path = typer.Argument(..., help=FILE_HELP)) -> None:
    """Affiche le résumé du dossier et sa chronologie."""
    from recours.dossier import load_dossier

    dossier = load_dossier(file)
    console.print(_summary(dossier))
    console.print(_timeline(dossier))


def _summary(d: Dossier) -> Table:
    from rich.table import Table

    from recours.cli.labels import day, money, role_label

    fr = lang() == "fr"
    table = Table(title=f"{d.reference} — {d.title}", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column()
    for party in d.parties:
        table.add_row(
            role_label(party.role),
            f"{party.name}" + (f" (SIREN {party.siren})" if party.siren else ""),
        )
    c = d.contract
    table.add_row(
        "Contrat" if fr else "Contract",
        f"{c.title} — {c.kind.value}, "
        + ("conclu le " if fr else "concluded on ")
        + day(c.concluded_on),
    )
    if c.price:
        table.add_row("Prix" if fr else "Price", money(c.price.amount))
    table.add_row(
        "Système d'IA" if fr else "AI system",
        f"{d.ai_system.name} {d.ai_system.version or ''}".strip(),
    )
    table.add_row("Engagements" if fr else "Commitments", str(len(d.commitments)))
    if d.losses:
        total = sum(loss.amount.amount for loss in d.losses)
        currency = d.losses[0].amount.currency
        table.add_row(
            "Préjudices" if fr else "Losses", f"{len(d.losses)} — " + money(total, currency)
        )
    return table


def _timeline(d: Dossier) -> Table:
    from rich.table import Table

    from recours.cli.labels import day, event_label

    fr = lang() == "fr"
    table = Table(title="Chronologie" if fr else "Timeline", title_justify="left")
    table.add_column("Date")
    table.add_column("Événement" if fr else "Event")
    table.add_column("Description")
    for event in d.events():
        label = event_label(event.type)
        if event.reservations:
            label += " (avec réserves)" if fr else " (with reservations)"
        table.add_row(day(event.date), label, event.description)
    return table
