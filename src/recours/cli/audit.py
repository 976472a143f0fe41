"""``recours audit``: verify the audit log, sign its head, export it."""

from __future__ import annotations

from pathlib import Path

import typer

from recours.cli.common import console, err_console, h, lang, say, translate_errors
from recours.i18n import T
from recours.settings import Settings
from recours.store import Store

app = typer.Typer(
    help=h("Journal d'audit : vérification de la chaîne et des têtes signées, export.",
           "Audit log: check the chain and the signed heads, export."),
    no_args_is_help=True,
)


@app.command("verify", help=h(
    "Vérifie le journal d'audit : chaîne d'empreintes, numérotation et chaque tête signée "
    "(base, fichier à côté de la clé, fichiers --anchors). Code de sortie 1 si altéré.",
    "Check the audit log: hash chain, numbering and every signed head (database, file "
    "beside the key, --anchors files). Exit status 1 when altered."))
@translate_errors
def verify(
    anchors: list[Path] = typer.Option([], "--anchors", help=h(
        "Fichier d'ancres ou export conservé ailleurs (répétable).",
        "Anchor file or export kept elsewhere (repeatable).")),
) -> None:
    store = Store.open(Settings.from_env())
    try:
        report = store.verify_audit(tuple(anchors))
    finally:
        store.close()
    if not report.ok:
        err_console.print(say(T("[bold red]Journal d'audit altéré[/]",
                                "[bold red]Audit log altered[/]")))
        for line in report.lines(lang()):
            err_console.print(f"  - {line}", soft_wrap=True)
        raise typer.Exit(1)
    console.print(say(T(
        f"Journal d'audit intègre : {report.entries} entrées, {report.anchors} têtes signées "
        f"vérifiées, dernière tête signée à l'entrée {report.anchored_seq}.",
        f"Audit log intact: {report.entries} entries, {report.anchors} signed heads checked, "
        f"last signed head at entry {report.anchored_seq}.")))
    if report.unanchored:
        console.print(say(T(f"{report.unanchored} entrées postérieures à la dernière tête "
                            "signée (signées au prochain ancrage).",
                            f"{report.unanchored} entries after the last signed head (signed "
                            "at the next anchoring).")))


@app.command("anchor", help=h(
    "Signe maintenant la tête du journal (nombre d'entrées et dernière empreinte).",
    "Sign the log's head now (entry count and last hash)."))
@translate_errors
def anchor_cmd() -> None:
    store = Store.open(Settings.from_env())
    try:
        seq = store.anchor_audit("manual")
    finally:
        store.close()
    console.print(say(T(f"Tête signée à l'entrée {seq}.", f"Head signed at entry {seq}.")
                      if seq else T("Journal vide : rien à signer.",
                                    "Empty log: nothing to sign.")))


@app.command("export", help=h(
    "Exporte le journal (JSON Lines) suivi de sa tête signée, à conserver hors du serveur ; "
    "`recours audit verify --anchors FICHIER` le confronte ensuite à la base.",
    "Export the log (JSON Lines) followed by its signed head, to keep off the server; "
    "`recours audit verify --anchors FILE` then checks the database against it."))
@translate_errors
def export_cmd(
    out: Path = typer.Option(..., "--out", "-o", help=h("Fichier à écrire.", "File to write.")),
) -> None:
    import json

    from sqlalchemy import select

    from recours.store.audit import anchor_record, export_lines
    from recours.store.models import AuditAnchor

    store = Store.open(Settings.from_env())
    try:
        seq = store.anchor_audit("export")
        with store.read() as session, out.open("w", encoding="utf-8") as handle:
            for line in export_lines(session):
                handle.write(line)
            last = session.scalars(select(AuditAnchor).order_by(AuditAnchor.id.desc())
                                   .limit(1)).first()
            if last is not None and seq is not None:
                handle.write(json.dumps(anchor_record(last), sort_keys=True) + "\n")
    finally:
        store.close()
    console.print(say(T(f"Journal exporté : {out} ({seq or 0} entrées, tête signée).",
                        f"Log exported: {out} ({seq or 0} entries, signed head).")))
