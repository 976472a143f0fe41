"""Public entry points: build a document from a dossier, render it to a format."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any, Literal, get_args

from recours.documents import termination
from recours.documents.citations import Citations, Lookup
from recours.documents.context import Context
from recours.documents.legal_view import LegalView, legal_view
from recours.documents.memo import build_memo
from recours.documents.model import Document, document_to_dict
from recours.documents.notice import NoticeOptions, build_notice
from recours.documents.render_docx import render_docx
from recours.documents.render_html import render_html
from recours.documents.render_markdown import render_markdown
from recours.documents.render_pdf import render_pdf
from recours.documents.report import build_report
from recours.dossier import Dossier
from recours.errors import InputError
from recours.i18n import Lang, T

Kind = Literal["mise-en-demeure", "note", "rapport"]
Format = Literal["md", "html", "pdf", "docx", "json"]
KINDS: tuple[str, ...] = get_args(Kind)
FORMATS: tuple[str, ...] = get_args(Format)


def _analysis_of(dossier: Dossier, on: date) -> Any:
    """The law engine's analysis when it is installed, else the one saved in the dossier."""
    try:
        from recours.law import analyse
    except ImportError:
        return dossier.analysis.data if dossier.analysis is not None else None
    return analyse(dossier, on=on)


def view_of(dossier: Dossier, lang: Lang, on: date, analysis: Any = None) -> LegalView:
    """The legal view a document uses: from ``analysis``, the engine, or the saved analysis."""
    if isinstance(analysis, LegalView):
        return analysis
    source = analysis if analysis is not None else _analysis_of(dossier, on)
    names = {p.id: p.name for p in dossier.parties}
    return legal_view(source, lang, on, names) if source is not None else LegalView(on=on)


def build_document(
    dossier: Dossier,
    kind: str,
    *,
    on: date,
    lang: Lang = "fr",
    analysis: Any = None,
    notice: NoticeOptions | None = None,
    base_dir: Path | None = None,
    lookup: Lookup | None = None,
) -> Document:
    """Build the neutral document ``kind`` (mise-en-demeure, note, rapport) of a dossier."""
    if kind not in KINDS:
        raise InputError(
            T("Type de document inconnu : {k}", "Unknown document kind: {k}").format(k=kind),
            fix=T("Choisir parmi : {c}", "Choose among: {c}").format(c=", ".join(KINDS)),
        )
    view = termination.adapt(view_of(dossier, lang, on, analysis), dossier, lang)
    ctx = Context(dossier, view, lang, on, Citations(lang, lookup))
    if kind == "mise-en-demeure":
        return build_notice(ctx, notice)
    if kind == "note":
        return build_memo(ctx)
    return build_report(ctx, base_dir)


def render(doc: Document, fmt: str) -> bytes:
    """Render a document to ``md``, ``html``, ``pdf``, ``docx`` or ``json`` (neutral form)."""
    if fmt == "md":
        return render_markdown(doc).encode("utf-8")
    if fmt == "html":
        return render_html(doc).encode("utf-8")
    if fmt == "pdf":
        return render_pdf(doc)
    if fmt == "docx":
        return render_docx(doc)
    if fmt == "json":
        text = json.dumps(document_to_dict(doc), ensure_ascii=False, indent=2)
        return (text + "\n").encode("utf-8")
    raise InputError(
        T("Format inconnu : {f}", "Unknown format: {f}").format(f=fmt),
        fix=T("Choisir parmi : {c}", "Choose among: {c}").format(c=", ".join(FORMATS)),
    )
