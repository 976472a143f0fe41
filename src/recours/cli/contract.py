"""``recours contract``: analyse a contract, review it, import it into a dossier."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from recours.cli.common import console, h, lang, translate_errors
from recours.errors import InputError
from recours.i18n import T

if TYPE_CHECKING:
    from recours.contract.analysis import ContractAnalysis
    from recours.contract.review import ContractReview

# The contract package compiles its detection rules on import: loaded by the commands only,
# so that ``recours contract --help`` stays fast.

app = typer.Typer(
    help=h(
        "Contrat : lire un contrat d'IA, trouver ses clauses et engagements, signaler les "
        "manques et les risques, alimenter le dossier.",
        "Contract: read an AI contract, find its clauses and commitments, flag gaps and risks, "
        "feed the dossier.",
    ),
    no_args_is_help=True,
)

FILE_HELP = h("Contrat : PDF, DOCX, texte ou Markdown.", "Contract: PDF, DOCX, text or Markdown.")
FORMATS = ("text", "json", "md", "html")


@app.command(
    "analyse",
    help=h(
        "Analyse un contrat : structure, clauses (avec passage, page, position et motif), valeurs, "
        "engagements mesurables, revue MCC-AI et droit français, risques, clauses proposées.",
        "Analyse a contract: structure, clauses (with passage, page, offsets and reason), values, "
        "measurable commitments, MCC-AI and French-law review, risks, proposed clauses.",
    ),
)
@translate_errors
def analyse(
    file: Path = typer.Argument(..., help=FILE_HELP),
    fmt: str = typer.Option(
        "text",
        "--format",
        "-f",
        help=h("Format : text, json, md ou html.", "Format: text, json, md or html."),
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help=h("Écrire dans ce fichier.", "Write to this file.")
    ),
) -> None:
    """Analyse un contrat."""
    if fmt not in FORMATS:
        raise InputError(
            T(f"format inconnu « {fmt} »", f"unknown format '{fmt}'"),
            where="--format",
            fix=T("choisissez text, json, md ou html", "choose text, json, md or html"),
        )
    from recours.contract.analysis import analyse_file
    from recours.contract.render import to_html, to_json, to_markdown
    from recours.contract.review import review

    analysis = analyse_file(file)
    result = review(analysis)
    if fmt == "text" and output is None:
        _print_text(analysis, result)
        return
    render = {"json": to_json, "md": to_markdown, "html": to_html, "text": to_markdown}[fmt]
    text = render(analysis, result, lang())
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")


def _print_text(analysis: ContractAnalysis, result: ContractReview) -> None:
    from rich.table import Table

    from recours.contract.kinds import KINDS
    from recours.contract.render import KIND_LABELS, STATUS

    language = lang()
    fr = language == "fr"
    console.print(
        f"[bold]{analysis.contract.source}[/] — {analysis.contract.pages} page(s), "
        f"{analysis.contract.format}{' (OCR)' if analysis.contract.ocr else ''}"
    )
    table = Table(title="Clauses", show_lines=False)
    table.add_column("Type" if fr else "Kind")
    table.add_column("")
    table.add_column("Passage")
    present = analysis.present
    for kind in KINDS:
        first = analysis.best(kind)
        where = (
            f"p. {first.passage.page} · {first.section} — {first.passage.text[:90]}"
            if first
            else ""
        )
        table.add_row(KIND_LABELS[kind].render(language), "✔" if present[kind] else "—", where)
    console.print(table)
    _print_values(analysis, fr)
    console.print(f"[bold]{'Engagements mesurables' if fr else 'Measurable commitments'}[/]")
    for c in analysis.values.commitments:
        console.print(
            f"  {c.metric} {c.comparator} {c.threshold:g} ({c.window}) — {c.section}, p. {c.page}"
        )
    review_table = Table(title="Revue" if fr else "Review")
    for column in (
        "Point" if fr else "Item",
        "État" if fr else "Status",
        "Motif" if fr else "Reason",
    ):
        review_table.add_column(column)
    for item in result.checklist:
        review_table.add_row(
            item.item.title.render(language),
            STATUS[item.status].render(language),
            item.reason.render(language) if item.reason else "",
        )
    console.print(review_table)
    for risk in result.risks:
        console.print(
            f"[bold red]{risk.severity}[/] {risk.title.render(language)} "
            f"({', '.join(risk.citations)})"
        )
    console.print(
        f"{len(result.proposals)} "
        + (
            "clause(s) proposée(s) : recours contract analyse --format md"
            if fr
            else "proposed clause(s): recours contract analyse --format md"
        )
    )


_VALUE_LABELS = (
    ("liability_cap", "Plafond de responsabilité", "Liability cap"),
    ("liability_exclusions", "Préjudices exclus", "Excluded losses"),
    ("carve_outs", "Hors plafond", "Carve-outs"),
    ("warranty", "Garantie", "Warranty"),
    ("acceptance_days", "Délai de recette (jours)", "Acceptance period (days)"),
    ("availability", "Disponibilité", "Availability"),
    ("response_hours", "Délai d'intervention (h)", "Response time (h)"),
    ("resolution_hours", "Délai de résolution (h)", "Resolution time (h)"),
    ("credit_cap", "Plafond des pénalités", "Credit cap"),
    ("price_amount", "Prix", "Price"),
    ("payment_days", "Paiement (jours)", "Payment (days)"),
    ("term", "Durée", "Term"),
    ("tacit_renewal", "Tacite reconduction", "Automatic renewal"),
    ("notice", "Préavis", "Notice"),
    ("governing_law", "Droit applicable", "Governing law"),
    ("jurisdiction", "Juridiction", "Court"),
    ("ai_act_roles", "Rôles AI Act", "AI Act roles"),
)


def _print_values(analysis: ContractAnalysis, fr: bool) -> None:
    from rich.table import Table

    values = analysis.values.to_dict()
    table = Table(title="Valeurs" if fr else "Values")
    table.add_column("")
    table.add_column("")
    for key, label_fr, label_en in _VALUE_LABELS:
        value = values.get(key)
        if value in (None, [], {}):
            continue
        if key == "liability_cap":
            value = {k: v for k, v in value.items() if k != "formula"}
        table.add_row(label_fr if fr else label_en, str(value))
    console.print(table)


@app.command(
    "import",
    help=h(
        "Analyse le contrat et écrit dans le dossier ses clauses, ses engagements, les champs du "
        "contrat encore vides (garantie, délai de paiement, plafond, préavis, droit applicable, "
        "adhésion) et le fichier comme pièce avec son SHA-256 ; ce que vous avez saisi est "
        "conservé, commentaires compris (écriture atomique : en cas d'erreur, le dossier reste "
        "intact).",
        "Analyse the contract and write into the dossier its clauses, commitments, the contract "
        "fields still empty (warranty, payment term, cap, notices, governing law, adhesion) and "
        "the file as an exhibit with its SHA-256; what you entered is kept, comments included "
        "(atomic write: on error the dossier is left intact).",
    ),
)
@translate_errors
def import_(
    file: Path = typer.Argument(..., help=FILE_HELP),
    into: Path = typer.Option(
        ..., "--into", help=h("Fichier YAML du dossier.", "Dossier YAML file.")
    ),
) -> None:
    """Importe le contrat dans le dossier."""
    from recours.contract.analysis import analyse_file
    from recours.contract.dossier_import import describe, import_analysis

    analysis = analyse_file(file)
    report = import_analysis(analysis, into, file)
    for line in describe(report, str(into), lang()):
        console.print(line, markup=False, highlight=False, soft_wrap=True)


@app.command(
    "clauses",
    help=h(
        "Liste les clauses types proposées (FR et EN).",
        "List the model clauses (French and English).",
    ),
)
@translate_errors
def clauses(
    clause_id: str | None = typer.Argument(
        None, help=h("Identifiant d'une clause.", "A clause id.")
    ),
) -> None:
    """Liste les clauses types."""
    from recours.contract.review.data import model_clauses

    library = model_clauses()
    for ident, clause in library.items():
        if clause_id and ident != clause_id:
            continue
        console.print(f"[bold]{ident}[/] — {clause.title.render(lang())}")
        if clause_id:
            console.print(clause.text.render(lang()))
