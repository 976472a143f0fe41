"""Finding 8: library failures on malformed contracts become ContractReadError naming the file."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from recours.contract.reading import read_contract_bytes
from recours.errors import ContractReadError

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
DOCX = (EXAMPLES / "credit-scoring" / "contrat-credisense.docx").read_bytes()


def _docx_with(part: str, data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(DOCX))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            target.writestr(name, data if name == part else source.read(name))
    return out.getvalue()


@pytest.mark.parametrize("data", [
    _docx_with("word/numbering.xml", source.replace(b'w:ilvl="0"', b'w:ilvl="x"'))
    if (source := zipfile.ZipFile(io.BytesIO(DOCX)).read("word/numbering.xml")) else b"",
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
    b"3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n"
    b"4 0 obj << /Length 5 /Filter /JBIG2Decode >> stream\nxxxxx\nendstream endobj\n"
    b"trailer << /Root 1 0 R >>\n%%EOF",
])
def test_library_failure_becomes_contract_read_error(data: bytes) -> None:
    with pytest.raises(ContractReadError) as caught:
        read_contract_bytes(data, "contrat.docx" if data.startswith(b"PK") else "contrat.pdf")
    assert caught.value.where in ("contrat.docx", "contrat.pdf") or "contrat" in str(
        caught.value.where)
    assert caught.value.fix is not None
