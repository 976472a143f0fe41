"""``recours documents``: generate the mise en demeure, the note d'analyse, the rapport."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from recours.cli.common import console, h, lang, parse_on, set_lang, translate_errors
from recours.errors import InputError
from recours.i18n import T

app = typer.Typer(
    help=h(
        "Documents : mise en demeure, note d'analyse, rapport de conformité (DOCX, PDF, MD, HTML).",
        "Documents: formal notice, case memo, compliance report (DOCX, PDF, MD, HTML).",
    ),
    no_args_is_help=True,
)


def _choice(value: str, allowed: tuple[str, ...], option: str) -> str:
    if value not in allowed:
        raise InputError(
            T("valeur invalide pour {o} : « {v} »", "invalid value for {o}: '{v}'").format(
                o=option, v=value
            ),
            fix=T("choisir parmi : {c}", "choose among: {c}").format(c=", ".join(allowed)),
        )
    return value


def _format_of(fmt: str | None, output: Path | None, formats: tuple[str, ...]) -> str:
    """The format asked, else the output file's extension (« -o rapport.pdf » writes a PDF),
    else DOCX; a format that contradicts the file's extension is refused, never written under
    a misleading name."""
    ext = output.suffix.lstrip(".").lower() if output is not None else ""
    if fmt is None:
        return ext if ext in formats else "docx"
    if ext in formats and ext != fmt:
        raise InputError(
            T("le format « {f} » ne correspond pas à l'extension du fichier « {o} »",
              "format '{f}' does not match the extension of file '{o}'").format(f=fmt, o=output),
            fix=T("donner -f {e} ou un fichier en .{f}", "give -f {e} or a .{f} file").format(
                e=ext, f=fmt),
        )
    return fmt


@app.command(
    "generate",
    help=h(
        "Produit un document à partir du dossier, de son analyse juridique et de ses preuves.",
        "Produce a document from the dossier, its legal analysis and its evidence.",
    ),
)
@translate_errors
def generate(
    dossier: Path = typer.Argument(..., help=h("Fichier YAML du dossier.", "Dossier YAML file.")),
    kind: str = typer.Option(
        ...,
        "--kind",
        "-k",
        help=h("mise-en-demeure, note ou rapport.", "mise-en-demeure, note or rapport."),
    ),
    fmt: str | None = typer.Option(
        None,
        "--format",
        "-f",
        help=h("docx, pdf, md, html ou json (défaut : l'extension du fichier de sortie, "
               "sinon docx).", "docx, pdf, md, html or json (default: the output file's "
               "extension, else docx)."),
    ),
    doc_lang: str | None = typer.Option(
        None,
        "--lang",
        help=h("Langue du document : fr (défaut) ou en.", "Document language: fr (default) or en."),
    ),
    on: str | None = typer.Option(
        None,
        "--on",
        help=h(
            "Date du document (AAAA-MM-JJ), aujourd'hui par défaut.",
            "Document date (YYYY-MM-DD), today by default.",
        ),
    ),
    output: Path | None = typer.Option(
        None,
        "-o",
        "--output",
        help=h(
            "Fichier de sortie (« - » : sortie standard pour md, html, json).",
            "Output file ('-': standard output for md, html, json).",
        ),
    ),
    delay: int | None = typer.Option(
        None,
        "--delay",
        "--delai",
        help=h(
            "Mise en demeure : délai accordé, en jours (défaut : délai du contrat).",
            "Formal notice: delay granted, in days (default: the contract's).",
        ),
    ),
    to: str | None = typer.Option(
        None,
        "--to",
        help=h(
            "Mise en demeure : identifiant de la partie destinataire (fournisseur ou intégrateur ; "
            "défaut : le fournisseur).",
            "Formal notice: party id of the addressee (vendor or integrator; default: the vendor).",
        ),
    ),
    terminate: bool | None = typer.Option(
        None,
        "--terminate/--no-terminate",
        help=h(
            "Mise en demeure : annoncer ou non la résolution à défaut d'exécution.",
            "Formal notice: announce termination failing performance, or not.",
        ),
    ),
) -> None:
    """Produit un document à partir du dossier, de son analyse juridique et de ses preuves."""
    set_lang(doc_lang)
    from recours.documents import FORMATS, KINDS, NoticeOptions, build_document, render
    from recours.dossier import load_dossier

    kind = _choice(kind, KINDS, "--kind")
    fmt = _choice(_format_of(fmt, output, FORMATS), FORMATS, "--format")
    when = parse_on(on)
    case = load_dossier(dossier)
    doc = build_document(
        case,
        kind,
        on=when,
        lang=lang(),
        notice=NoticeOptions(delay_days=delay, terminate=terminate, to=to),
        base_dir=dossier.parent,
    )
    data = render(doc, fmt)
    if output is not None and str(output) == "-":
        if fmt in ("pdf", "docx"):
            raise InputError(
                T(
                    "un fichier {f} ne s'écrit pas sur la sortie standard",
                    "a {f} file is not written to standard output",
                ).format(f=fmt),
                fix=T("donner un fichier avec -o", "give a file with -o"),
            )
        sys.stdout.write(data.decode("utf-8"))
        return
    suffix = f"-{to}" if to and kind == "mise-en-demeure" else ""
    target = output or Path(f"{case.reference}-{kind}{suffix}-{lang()}.{fmt}")
    target.write_bytes(data)
    done = "Document écrit" if lang() == "fr" else "Document written"
    console.print(f"{done} : {target}" if lang() == "fr" else f"{done}: {target}")
