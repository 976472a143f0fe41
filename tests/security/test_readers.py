"""Finding 8: library failures on malformed contracts become ContractReadError naming the file.

Each input below is a real file the reading libraries fail on. Before the fix (parent of commit
e132ff4) every one of them escaped as a raw library exception: zipfile's ``ValueError``
(``UnicodeDecodeError`` from a lying local header, « negative seek value » from a lying central
directory), ``NotImplementedError`` (an unknown compression method; pypdf's unsupported
``/Filter``), ``OSError`` (a member that says bzip2 and is not), ``RuntimeError`` (a member
flagged encrypted) and pypdf's ``DependencyError`` (``/JBIG2Decode`` without ``jbig2dec``).
"""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi import FastAPI

from recours.contract.reading import read_contract, read_contract_bytes
from recours.errors import ContractReadError
from tests.web.conftest import Browser, import_minimal

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
DOCX = (EXAMPLES / "credit-scoring" / "contrat-credisense.docx").read_bytes()
MAIN = "word/document.xml"


def _docx_with(part: str, data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(DOCX))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            target.writestr(name, data if name == part else source.read(name))
    return out.getvalue()


def _central_entry(data: bytearray, member: str) -> int:
    """Offset of ``member``'s record in the central directory."""
    eocd = data.rfind(b"PK\x05\x06")
    offset = struct.unpack_from("<I", data, eocd + 16)[0]
    while data[offset:offset + 4] == b"PK\x01\x02":
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, offset + 28)
        if bytes(data[offset + 46:offset + 46 + name_len]).decode() == member:
            return offset
        offset += 46 + name_len + extra_len + comment_len
    raise AssertionError(f"{member} not in the central directory")


def _local_name_lies() -> bytes:
    """The main part's local header says its name is UTF-8 and gives bytes that are not."""
    data = bytearray(DOCX)
    header = zipfile.ZipFile(io.BytesIO(DOCX)).getinfo(MAIN).header_offset
    flags = struct.unpack_from("<H", data, header + 6)[0]
    struct.pack_into("<H", data, header + 6, flags | 0x800)
    data[header + 30] = 0xFF
    return bytes(data)


def _directory_offset_lies() -> bytes:
    """The end record places the central directory 5,000 bytes later than it is."""
    data = bytearray(DOCX)
    eocd = data.rfind(b"PK\x05\x06")
    offset = struct.unpack_from("<I", data, eocd + 16)[0]
    struct.pack_into("<I", data, eocd + 16, offset + 5000)
    return bytes(data)


def _central_field(field: int, value: int) -> Callable[[], bytes]:
    def build() -> bytes:
        data = bytearray(DOCX)
        struct.pack_into("<H", data, _central_entry(data, MAIN) + field, value)
        return bytes(data)
    return build


def _pdf(filters: bytes) -> bytes:
    """A well-formed one-page PDF (exact cross-reference table) whose content stream carries
    ``filters``."""
    content = b"BT /F1 12 Tf 72 720 Td (Contrat de service) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d %s >>\nstream\n%s\nendstream" % (len(content), filters, content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


# name -> (file name, builder); the comment says what escaped before the fix
HOSTILE: dict[str, tuple[str, Callable[[], bytes]]] = {
    # UnicodeDecodeError (a ValueError) from zipfile.ZipFile.open
    "docx-local-header-lies": ("contrat.docx", _local_name_lies),
    # ValueError: negative seek value
    "docx-central-directory-lies": ("contrat.docx", _directory_offset_lies),
    # NotImplementedError: That compression method is not supported
    "docx-unknown-compression": ("contrat.docx", _central_field(10, 99)),
    # OSError: Invalid data stream (says bzip2, holds deflate)
    "docx-compression-lies": ("contrat.docx", _central_field(10, zipfile.ZIP_BZIP2)),
    # RuntimeError: File 'word/document.xml' is encrypted, password required
    "docx-encrypted-member": ("contrat.docx", _central_field(8, 0x1)),
    # NotImplementedError: Unsupported filter /RecoursDecode
    "pdf-unknown-filter": ("contrat.pdf", lambda: _pdf(b"/Filter /RecoursDecode")),
    # NotImplementedError: /Crypt filter with /Name or /Type not supported yet
    "pdf-crypt-filter": ("contrat.pdf",
                         lambda: _pdf(b"/Filter /Crypt /DecodeParms << /Name /Secret >>")),
    # pypdf.errors.DependencyError: jbig2dec binary is not available
    "pdf-jbig2-content": ("contrat.pdf", lambda: _pdf(b"/Filter /JBIG2Decode")),
    # (was already translated) a numbering level that is not a number
    "docx-bad-numbering-level": ("contrat.docx", lambda: _docx_with(
        "word/numbering.xml",
        zipfile.ZipFile(io.BytesIO(DOCX)).read("word/numbering.xml")
        .replace(b'w:ilvl="0"', b'w:ilvl="x"'))),
}


def _assert_clear(error: ContractReadError, name: str) -> None:
    assert error.where is not None and name in error.where
    assert error.fix is not None
    french = error.render("fr")
    assert name in french and "Correction" in french
    assert "Traceback" not in french
    english = error.render("en")
    assert english != french and "Fix" in english


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_library_failure_becomes_contract_read_error(case: str) -> None:
    name, build = HOSTILE[case]
    with pytest.raises(ContractReadError) as caught:
        read_contract_bytes(build(), name)
    _assert_clear(caught.value, name)


def test_contract_file_on_disk_is_named(tmp_path: Path) -> None:
    path = tmp_path / "contrat-signé.docx"
    path.write_bytes(_local_name_lies())
    with pytest.raises(ContractReadError) as caught:
        read_contract(path)
    _assert_clear(caught.value, str(path))


def test_encrypted_member_says_password(tmp_path: Path) -> None:
    with pytest.raises(ContractReadError) as caught:
        read_contract_bytes(_central_field(8, 0x1)(), "contrat.docx")
    assert "mot de passe" in caught.value.render("fr")


@pytest.mark.parametrize("case", ["docx-local-header-lies", "pdf-unknown-filter",
                                  "pdf-jbig2-content", "docx-encrypted-member"])
def test_web_upload_of_hostile_contract_is_422(app: FastAPI, alpha: Browser, case: str) -> None:
    name, build = HOSTILE[case]
    pid = import_minimal(alpha)
    response = alpha.post(f"/dossiers/{pid}/contract",
                          files={"contract": (name, build(), "application/octet-stream")})
    assert response.status_code == 422, response.text[:300]
    assert name in response.text and "Traceback" not in response.text
    assert "Aucun fichier" in alpha.client.get(f"/dossiers/{pid}").text
