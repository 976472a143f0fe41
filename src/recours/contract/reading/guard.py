"""Checks made on a DOCX (zip) archive before any XML is parsed: size, ratio, entries."""

from __future__ import annotations

import io
import zipfile

from recours.contract.reading.errors import corrupt, read_error, too_large
from recours.i18n import T

MAX_ENTRIES = 2000
MAX_UNCOMPRESSED = 200 * 1024 * 1024  # all entries together
MAX_XML_ENTRY = 50 * 1024 * 1024  # one XML part
MAX_RATIO = 200  # uncompressed / compressed for a part larger than 1 MiB


def check_docx_archive(data: bytes, where: str) -> None:
    """Refuse a DOCX that is not a zip, lacks its main part, or would expand too much."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise corrupt(where, "DOCX", str(exc)) from exc
    if len(infos) > MAX_ENTRIES:
        raise too_large(
            where, f"{len(infos)} parties dans l'archive", f"{len(infos)} parts in the archive"
        )
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED:
        mb = total // (1024 * 1024)
        raise too_large(where, f"{mb} Mo une fois décompressé", f"{mb} MB once uncompressed")
    for info in infos:
        _check_entry(info, where)
    names = {info.filename for info in infos}
    if "word/document.xml" not in names:
        raise read_error(
            T(
                fr="l'archive n'est pas un document Word (word/document.xml absent)",
                en="the archive is not a Word document (word/document.xml missing)",
            ),
            where,
            T(
                fr="fournissez un fichier .docx enregistré par Word ou LibreOffice",
                en="provide a .docx saved by Word or LibreOffice",
            ),
        )
    bad = archive.testzip()
    if bad is not None:
        raise corrupt(where, "DOCX", f"partie endommagée / damaged part {bad}")


# the compression methods Python's zipfile can read (Word and LibreOffice write 0 and 8)
_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}


def _check_entry(info: zipfile.ZipInfo, where: str) -> None:
    name = info.filename
    if info.flag_bits & 0x1:
        # zipfile would raise RuntimeError ("password required") on reading it
        raise read_error(
            T(
                fr=f"la partie « {name} » du document est chiffrée (protégée par mot de passe)",
                en=f"part “{name}” of the document is encrypted (password-protected)",
            ),
            where,
            T(
                fr="ouvrez le document avec son mot de passe et enregistrez-en une copie sans "
                "mot de passe, en .docx ou en PDF",
                en="open the document with its password and save a copy without password, "
                "as .docx or PDF",
            ),
        )
    if info.compress_type not in _METHODS:
        raise corrupt(
            f"{where} [{name}]", "DOCX",
            f"méthode de compression {info.compress_type} inconnue / "
            f"unknown compression method {info.compress_type}",
        )
    if info.file_size > 1024 * 1024:
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > MAX_RATIO:
            raise too_large(
                f"{where} [{name}]",
                f"taux de compression anormal ({ratio:.0f}:1), signe d'une « bombe zip »",
                f"abnormal compression ratio ({ratio:.0f}:1), the mark of a zip bomb",
            )
    if name.endswith((".xml", ".rels")) and info.file_size > MAX_XML_ENTRY:
        mb = info.file_size // (1024 * 1024)
        raise too_large(f"{where} [{name}]", f"partie XML de {mb} Mo", f"XML part of {mb} MB")
