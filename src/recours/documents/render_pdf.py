"""PDF rendering: the print HTML laid out by WeasyPrint (A4, header, footnotes, page numbers)."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time

from recours.documents.model import Document
from recours.documents.render_html import render_html


def render_pdf(doc: Document) -> bytes:
    """The document as PDF bytes. Metadata dates are the document's own date (reproducible)."""
    from weasyprint import HTML  # imported here: WeasyPrint is slow to import

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    html = HTML(string=render_html(doc, for_print=True))
    document = html.render()
    stamp = datetime.combine(date.fromisoformat(doc.metadata.date), time(), tzinfo=UTC)
    document.metadata.created = stamp.isoformat()
    document.metadata.modified = stamp.isoformat()
    document.metadata.title = doc.metadata.title
    document.metadata.authors = [doc.metadata.author]
    document.metadata.description = doc.metadata.subject
    document.metadata.generator = "Recours"
    pdf: bytes = document.write_pdf()
    return pdf
