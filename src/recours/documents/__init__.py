"""Documents: mise en demeure, note d'analyse, rapport de conformité.

A format-neutral :class:`Document` is built once from the dossier, its legal analysis and
its evidence runs, then rendered thinly to Markdown, HTML, PDF (WeasyPrint) and DOCX
(python-docx, real styles and footnotes)::

    from recours.documents import build_document, render
    doc = build_document(dossier, "mise-en-demeure", on=date(2026, 11, 26), lang="fr")
    pdf = render(doc, "pdf")
"""

from recours.documents.api import FORMATS, KINDS, build_document, render, view_of
from recours.documents.legal_view import LegalView, legal_view
from recours.documents.model import Document, Metadata, document_to_dict
from recours.documents.notice import NoticeOptions

__all__ = [
    "FORMATS",
    "KINDS",
    "Document",
    "LegalView",
    "Metadata",
    "NoticeOptions",
    "build_document",
    "document_to_dict",
    "legal_view",
    "render",
    "view_of",
]
