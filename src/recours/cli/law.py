"""``recours law``: analyse a dossier, explain a finding, list deadlines, print an article."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from recours.cli.common import console, h, lang, parse_on, translate_errors
from recours.errors import InputError
from recours.i18n import T

if TYPE_CHECKING:
    from recours.law import Analysis

# The dossier models, the law engine and Rich's Markdown load with the commands that use them
# (issue 16, start-up): ``recours law --help`` needs none of them.

app = typer.Typer(
    help=h("Analyse juridique : fondements, délais, sanctions, préjudice, textes.",
           "Legal analysis: grounds, deadlines, remedies, damages, texts."),
    no_args_is_help=True,
)

FILE_HELP = h("Fichier YAML du dossier.", "Dossier YAML file.")
ON_HELP = h("Date d'analyse AAAA-MM-JJ (défaut : aujourd'hui).",
            "Analysis date YYYY-MM-DD (default: today).")


@app.command("analyse", help=h(
    "Analyse un dossier à une date : fondements, clauses, sanctions, délais, préjudice.",
    "Analyse a dossier on a date: grounds, clauses, remedies, deadlines, damages."))
@translate_errors
def analyse_cmd(
    file: Path = typer.Argument(..., help=FILE_HELP),
    on: str | None = typer.Option(None, "--on", help=ON_HELP),
    fmt: str = typer.Option("text", "--format", "-f", help=h(
        "Format : text (défaut), md ou json.", "Format: text (default), md or json.")),
    save: bool = typer.Option(False, "--save", help=h(
        "Enregistrer l'analyse dans le dossier (section « analysis »).",
        "Save the analysis into the dossier (section 'analysis').")),
) -> None:
    """Analyse un dossier à une date."""
    from recours.dossier import load_dossier
    from recours.law import analyse
    from recours.law.render import to_markdown

    if fmt not in ("text", "md", "json"):
        raise InputError(T(f"format inconnu : {fmt}", f"unknown format: {fmt}"),
                         fix=T("choisissez text, md ou json", "choose text, md or json"))
    analysis = analyse(load_dossier(file), parse_on(on))
    if save:
        _save(file, analysis)
    if fmt == "json":
        typer.echo(json.dumps(analysis.to_dict(lang()), ensure_ascii=False, indent=2))
    elif fmt == "md":
        typer.echo(to_markdown(analysis, lang()))
    else:
        from recours.cli.markdown_text import print_markdown

        print_markdown(console, to_markdown(analysis, lang()))


def _save(file: Path, analysis: Analysis) -> None:
    from datetime import UTC, datetime

    from recours.dossier import AnalysisRecord, Dossier, update_dossier_file

    record = AnalysisRecord(on=analysis.on, generated_at=datetime.now(UTC),
                            data=analysis.to_dict(lang()))

    def change(d: Dossier) -> Dossier:
        d.analysis = record
        return d

    update_dossier_file(file, change)


@app.command("explain", help=h(
    "Explique un constat : faits, règle, paramètres, textes (le « pourquoi »).",
    "Explain a finding: facts, rule, parameters, texts (the 'why')."))
@translate_errors
def explain(
    file: Path = typer.Argument(..., help=FILE_HELP),
    finding: str = typer.Argument(..., help=h("Identifiant du constat (ex. fr.civil.1641).",
                                              "Finding id (e.g. fr.civil.1641).")),
    on: str | None = typer.Option(None, "--on", help=ON_HELP),
) -> None:
    """Explique un constat."""
    from recours.dossier import load_dossier
    from recours.law import analyse
    from recours.law.render import finding_lines

    analysis = analyse(load_dossier(file), parse_on(on))
    found = analysis.finding(finding)
    typer.echo("\n".join(finding_lines(found, lang(), trace=True)))


@app.command("deadlines", help=h(
    "Échéancier : chaque délai, son point de départ, sa fin et son état ; export iCalendar.",
    "Deadlines: each time limit, its start, its end and status; iCalendar export."))
@translate_errors
def deadlines(
    file: Path = typer.Argument(..., help=FILE_HELP),
    on: str | None = typer.Option(None, "--on", help=ON_HELP),
    ics: Path | None = typer.Option(None, "--ics", help=h(
        "Écrire les échéances dans ce fichier .ics.", "Write the deadlines to this .ics file.")),
) -> None:
    """Échéancier des délais."""
    from recours.dossier import load_dossier
    from recours.law import analyse, to_ics
    from recours.law.calendar import calendar_entries, calendar_lines

    dossier = load_dossier(file)
    analysis = analyse(dossier, parse_on(on))
    # the deadlines and the plan's windows (notice to send, its cure period), as the web shows
    entries = calendar_entries(analysis.to_dict(lang()), dossier, lang())
    lines = calendar_lines(entries, lang())
    typer.echo("\n".join(lines) if lines else h("Aucun délai déclenché.", "No deadline."))
    if ics is not None:
        ics.write_bytes(to_ics(entries, analysis.reference, lang()))


@app.command("article", help=h(
    "Affiche le texte enregistré d'un article (ex. 1231-1, L110-4, fr.cpc.642).",
    "Print the stored text of an article (e.g. 1231-1, L110-4, fr.cpc.642)."))
@translate_errors
def article(
    ref: str = typer.Argument("", help=h("Référence de l'article.", "Article reference.")),
    list_all: bool = typer.Option(False, "--list", help=h("Liste les articles enregistrés.",
                                                          "List the stored articles.")),
) -> None:
    """Affiche le texte d'un article."""
    from recours.law import load_articles

    store = load_articles()
    if list_all or not ref:
        for art_id in sorted(store):
            typer.echo(f"{art_id}\t{store[art_id].ref}")
        return
    art = store.get_ref(ref)
    fr = lang() == "fr"
    typer.echo(f"{art.ref} — {art.title}")
    typer.echo(f"{'Identifiant' if fr else 'Identifier'} : {art.identifier or '—'}")
    typer.echo(f"Version : {art.version or '—'}")
    typer.echo(f"{'Adresse' if fr else 'Address'} : {art.address or '—'}")
    typer.echo(f"{'Fiabilité' if fr else 'Certainty'} : {art.certainty} ({art.status})")
    typer.echo(f"Source : {art.source or '—'}\n")
    typer.echo(art.text or h("(texte non trouvé)", "(text not found)"))


@app.command("catalogue", help=h(
    "Catalogue des règles (Markdown) : identifiant, titre, textes, exceptions.",
    "Rule catalogue (Markdown): id, title, texts, exceptions."))
@translate_errors
def catalogue(output: Path | None = typer.Option(None, "-o", "--output", help=h(
        "Écrire dans ce fichier.", "Write to this file."))) -> None:
    """Catalogue des règles."""
    from recours.law.catalogue import catalogue_markdown

    text = catalogue_markdown()
    if output is None:
        typer.echo(text)
    else:
        output.write_text(text, encoding="utf-8")


try:
    from recours.cli import law_eu
except ModuleNotFoundError:  # law II's commands are optional
    law_eu = None  # type: ignore[assignment]
if law_eu is not None:
    law_eu.register(app)
