"""Read a contract file (PDF, DOCX, text, Markdown) into passages with pages and offsets."""

from __future__ import annotations

from pathlib import Path

from recours.contract.model import ContractText
from recours.contract.reading.errors import (
    corrupt,
    empty,
    needs_a_decoder,
    needs_decoder,
    read_error,
    reader_failures,
    too_large,
)
from recours.errors import ContractReadError
from recours.i18n import T

MAX_FILE_BYTES = 50 * 1024 * 1024
_TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown"}

__all__ = ["MAX_FILE_BYTES", "read_contract", "read_contract_bytes"]


def read_contract(path: str | Path) -> ContractText:
    """Read a contract file; raise ContractReadError (what, where, fix) if it cannot be read."""
    file = Path(path)
    where = str(file)
    if not file.is_file():
        raise read_error(
            T(fr="fichier introuvable", en="file not found"),
            where,
            T(fr="vérifiez le chemin du contrat", en="check the contract's path"),
        )
    size = file.stat().st_size
    if size > MAX_FILE_BYTES:
        mb = size // (1024 * 1024)
        raise too_large(where, f"{mb} Mo (limite 50 Mo)", f"{mb} MB (limit 50 MB)")
    return read_contract_bytes(file.read_bytes(), file.name, where=where)


def read_contract_bytes(data: bytes, name: str, *, where: str | None = None) -> ContractText:
    """Read a contract from bytes; ``name`` gives the suffix when the content is ambiguous."""
    where = where or name
    if len(data) > MAX_FILE_BYTES:
        raise too_large(where, "plus de 50 Mo", "over 50 MB")
    if not data.strip():
        raise empty(where)
    suffix = Path(name).suffix.lower()
    kind = "PDF" if data.startswith(b"%PDF") or suffix == ".pdf" else "DOCX"
    try:
        result = _read_by_kind(data, suffix, where)
    except Exception as exc:
        if needs_a_decoder(exc):
            # pypdf lacks an optional decoder (jbig2dec, Pillow) for a stream of the file
            raise needs_decoder(where, str(exc)[:120]) from exc
        if isinstance(exc, ContractReadError) or not isinstance(exc, reader_failures()):
            raise  # already ours, or a bug of Recours: stays visible
        # a library failing on a malformed file (zipfile, python-docx, lxml, pypdf):
        # the user gets the file named and a fix, never the library's traceback
        if not data.startswith((b"%PDF", b"PK")) and suffix not in (".pdf", ".docx"):
            kind = "texte"
        raise corrupt(where, kind, type(exc).__name__) from exc
    body = [p for p in result.passages if p.style not in ("header", "footer")]
    if not body:
        raise empty(where)
    return result


def _read_by_kind(data: bytes, suffix: str, where: str) -> ContractText:
    # each reader imported for the format it reads (pypdf, python-docx and lxml are slow to load)
    if data.startswith(b"%PDF") or suffix == ".pdf":
        from recours.contract.reading.pdf import read_pdf

        return read_pdf(data, where)
    if suffix == ".doc" or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise read_error(
            T(
                fr="ancien format Word (.doc) non pris en charge",
                en="old Word format (.doc) not supported",
            ),
            where,
            T(
                fr="enregistrez le document au format .docx ou PDF",
                en="save the document as .docx or PDF",
            ),
        )
    if data.startswith(b"PK") or suffix == ".docx":
        from recours.contract.reading.docx import read_docx

        return read_docx(data, where)
    from recours.contract.reading.text import read_text

    fmt = _TEXT_SUFFIXES.get(suffix, "text")
    return read_text(data, where, "markdown" if fmt == "markdown" else "text")
