"""``recours law ai-act`` and ``recours law plan``: the AI Act view and the plan of action.

Registered on the ``law`` command group by :func:`register` (called from ``cli/law.py``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from recours.cli.common import console, h, lang, parse_on, translate_errors

if TYPE_CHECKING:
    from rich.table import Table

    from recours.law import Analysis, Finding

# The dossier models, the law engine and Rich's tables load with the commands (issue 16).

FILE_HELP = h("Fichier YAML du dossier.", "Dossier YAML file.")
ON_HELP = h("Date d'analyse AAAA-MM-JJ (défaut : aujourd'hui).",
            "Analysis date YYYY-MM-DD (default: today).")
FORMAT_HELP = h("Format de sortie : text (défaut) ou json.", "Output format: text (default) or json.")
AI_ACT_RULES = ("eu.ai_act.contract",)


def ai_act_findings(analysis: Analysis) -> list[Finding]:
    from recours.law import Area

    return [f for f in analysis.effective if f.area is Area.AI_ACT or f.rule in AI_ACT_RULES]


def plan_findings(analysis: Analysis) -> list[Finding]:
    from recours.law import Area

    found = [f for f in analysis.effective if f.area is Area.STRATEGY]
    return sorted(found, key=lambda f: int(f.data.get("order", 0)))


def _run(file: Path, on: str | None) -> Analysis:
    from recours.dossier import load_dossier
    from recours.law import analyse

    return analyse(load_dossier(file), parse_on(on))


def _json(findings: list[Finding], analysis: Analysis) -> None:
    lg = lang()
    typer.echo(json.dumps({"reference": analysis.reference, "on": analysis.on.isoformat(),
                           "findings": [f.to_dict(lg) for f in findings]},
                          ensure_ascii=False, indent=2))


def _table(title: str, findings: list[Finding]) -> Table:
    from rich.table import Table

    lg = lang()
    fr = lg == "fr"
    table = Table(title=title, title_justify="left", show_lines=True)
    table.add_column("Constat" if fr else "Finding", style="bold", max_width=28)
    table.add_column("Statut" if fr else "Status")
    table.add_column("Conclusion")
    for f in findings:
        mark = " ⚠" if f.uncertain else ""
        table.add_row(f.id, f"{f.status} / {f.strength}{mark}", f.conclusion.render(lg))
    return table


def _footer(findings: list[Finding]) -> None:
    lg = lang()
    fr = lg == "fr"
    missing = {m.path: m for f in findings for m in f.missing}
    if missing:
        console.print("[bold]" + ("Faits à compléter" if fr else "Facts to supply") + "[/]")
        for m in missing.values():
            console.print(f"  • {m.question.render(lg)} [dim]({m.path})[/]")
    caveats = dict.fromkeys(c.render(lg) for f in findings for c in f.caveats)
    if caveats:
        console.print("[bold]" + ("À vérifier" if fr else "To check") + "[/]")
        for c in caveats:
            console.print(f"  ⚠ {c}")


def ai_act(
    file: Path = typer.Argument(..., help=FILE_HELP),
    on: str | None = typer.Option(None, "--on", help=ON_HELP),
    fmt: str = typer.Option("text", "--format", help=FORMAT_HELP),
) -> None:
    """Vue AI Act : rôles, palier de risque, dates d'application, obligations, lien avec le contrat."""
    analysis = _run(file, on)
    found = ai_act_findings(analysis)
    if fmt == "json":
        _json(found, analysis)
        return
    fr = lang() == "fr"
    console.print(_table(("AI Act — " + analysis.reference + (" au " if fr else " on ")
                          + analysis.on.isoformat()), found))
    _footer(found)


def plan(
    file: Path = typer.Argument(..., help=FILE_HELP),
    on: str | None = typer.Option(None, "--on", help=ON_HELP),
    fmt: str = typer.Option("text", "--format", help=FORMAT_HELP),
) -> None:
    """Plan d'action daté : preuves, mise en demeure, amiable, expertise, juge."""
    analysis = _run(file, on)
    found = plan_findings(analysis)
    if fmt == "json":
        _json(found, analysis)
        return
    lg = lang()
    fr = lg == "fr"
    console.print(f"[bold]{'Plan d’action' if fr else 'Plan of action'} — {analysis.reference} "
                  f"({'au' if fr else 'on'} {analysis.on.isoformat()})[/]")
    for f in found:
        console.print(f"\n[bold]{f.conclusion.render(lg)}[/]")
        for item in f.data.get("contents" if fr else "contents_en", []):
            console.print(f"   – {item}")
        for c in f.caveats:
            console.print(f"   ⚠ {c.render(lg)}")


def register(app: typer.Typer) -> None:
    """Add ``ai-act`` and ``plan`` to the ``law`` command group."""
    app.command("ai-act", help=h(
        "Vue AI Act : rôles, palier de risque, dates d'application, obligations, lien avec le contrat.",
        "AI Act view: roles, risk tier, dates of application, obligations, link to the contract.",
    ))(translate_errors(ai_act))
    app.command("plan", help=h(
        "Plan d'action daté : preuves, mise en demeure, amiable, expertise, juge.",
        "Dated plan of action: evidence, formal notice, amicable attempt, expert measure, court.",
    ))(translate_errors(plan))
