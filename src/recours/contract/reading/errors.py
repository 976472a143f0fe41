"""Bilingual ContractReadError builders (what, where, fix) for every way a file can be bad."""

from __future__ import annotations

import struct
import sys
import zipfile
import zlib

from recours.errors import ContractReadError
from recours.i18n import T

# What the reading libraries raise on a malformed file: zipfile and zlib (DOCX container),
# python-docx and lxml (its XML), pypdf and its filters (PDF). Translated once, in
# ``read_contract_bytes``; anything else is a bug of Recours and stays visible. The libraries'
# own base classes are added by :func:`reader_failures` once the reader of the format used has
# imported them: reading a PDF loads neither python-docx nor lxml, reading a DOCX not pypdf.
READER_FAILURES: tuple[type[BaseException], ...] = (
    ValueError, KeyError, IndexError, TypeError, AttributeError, LookupError, ArithmeticError,
    NotImplementedError, RecursionError, AssertionError, EOFError, OSError, struct.error,
    zlib.error, zipfile.BadZipFile, zipfile.LargeZipFile,
)
# (module, class) of each reading library's failure, looked up only where the module is loaded
_LIBRARY_FAILURES = (("lxml.etree", "LxmlError"), ("pypdf.errors", "PyPdfError"),
                     ("pypdf.errors", "DependencyError"))


def reader_failures() -> tuple[type[BaseException], ...]:
    """READER_FAILURES and the failure classes of the reading libraries already imported (a
    library not imported raised nothing)."""
    found = [getattr(sys.modules[module], name) for module, name in _LIBRARY_FAILURES
             if module in sys.modules]
    return (*READER_FAILURES, *found)


def needs_a_decoder(exc: BaseException) -> bool:
    """pypdf lacks an optional decoder (jbig2dec, Pillow) for a stream of the file."""
    errors = sys.modules.get("pypdf.errors")
    return errors is not None and isinstance(exc, errors.DependencyError)


def read_error(what: T, where: str, fix: T) -> ContractReadError:
    return ContractReadError(what, where=where, fix=fix)


def corrupt(where: str, kind: str, detail: str) -> ContractReadError:
    return read_error(
        T(
            fr=f"le fichier {kind} est illisible ou endommagé ({detail})",
            en=f"the {kind} file is unreadable or damaged ({detail})",
        ),
        where,
        T(
            fr=f"ouvrez-le dans son logiciel d'origine et enregistrez-le de nouveau en {kind}, "
            "ou fournissez une copie intacte",
            en=f"open it in the software that made it and save it again as {kind}, "
            "or provide an intact copy",
        ),
    )


def empty(where: str) -> ContractReadError:
    return read_error(
        T(fr="le document ne contient aucun texte", en="the document contains no text"),
        where,
        T(
            fr="vérifiez que c'est le bon fichier ; s'il s'agit d'une image, fournissez un PDF "
            "avec couche texte",
            en="check this is the right file; if it is an image, provide a PDF with a text layer",
        ),
    )


def too_large(where: str, what_fr: str, what_en: str) -> ContractReadError:
    return read_error(
        T(fr=f"fichier refusé : {what_fr}", en=f"file refused: {what_en}"),
        where,
        T(
            fr="fournissez le contrat seul (sans pièces jointes volumineuses), ou un PDF",
            en="provide the contract alone (without large attachments), or a PDF",
        ),
    )


def needs_decoder(where: str, detail: str) -> ContractReadError:
    """A PDF whose text is encoded with a filter this installation cannot decode (JBIG2…)."""
    return read_error(
        T(
            fr="le PDF utilise un encodage (une image JBIG2, par exemple) que Recours ne sait pas "
            "décoder sur cet ordinateur",
            en=f"the PDF uses an encoding Recours cannot decode here ({detail})",
        ),
        where,
        T(
            fr="imprimez-le en PDF depuis votre lecteur (« Imprimer » puis « Enregistrer au "
            "format PDF ») et fournissez cette copie, ou un .docx",
            en="print it to PDF from your viewer (“Print”, then “Save as PDF”) and provide that "
            "copy, or a .docx",
        ),
    )
