"""Reading PDF, DOCX, text and Markdown, and refusing bad files with a clear message."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from making import make_docx, make_image_pdf, make_pdf

from recours.contract.reading import guard, read_contract, read_contract_bytes
from recours.contract.reading.ocr import tesseract_languages
from recours.errors import ContractReadError

PARAGRAPHS = [
    "Article 1 – Objet",
    "Le présent contrat a pour objet la fourniture d'une solution de tri automatique des "
    "courriers entrants par le Prestataire au Client, selon les conditions ci-après.",
    "Article 2 – Responsabilité",
    "2.1 La responsabilité du Prestataire est plafonnée au montant des sommes versées au cours "
    "des douze derniers mois.",
]


def _offsets_hold(contract) -> None:
    for passage in contract.passages:
        assert contract.text[passage.start : passage.end] == passage.text


def test_pdf_keeps_pages_and_offsets(tmp_path: Path) -> None:
    pdf = make_pdf(PARAGRAPHS * 30, tmp_path / "c.pdf", footer="Contrat ACME")
    contract = read_contract(pdf)
    assert contract.format == "pdf" and contract.pages > 2
    _offsets_hold(contract)
    assert {p.page for p in contract.passages} == set(range(1, contract.pages + 1))
    assert any(p.style == "footer" for p in contract.passages)
    assert any(p.text.startswith("2.1 La responsabilité") for p in contract.passages)


def test_docx_numbering_tables_headers_pages(tmp_path: Path) -> None:
    blocks = [
        ("Heading 1", "Article 1 – Objet"),
        ("List Number", "Premier point"),
        ("List Number", "Second point"),
        ("table", "Indicateur | Seuil;Disponibilité | 99,5 %"),
        ("pagebreak", ""),
        ("Heading 1", "Article 2 – Prix"),
    ]
    contract = read_contract(make_docx(blocks, tmp_path / "c.docx", header="Confidentiel"))
    texts = [p.text for p in contract.passages]
    assert "1. Premier point" in texts and "2. Second point" in texts
    assert "Disponibilité | 99,5 %" in texts
    assert next(p for p in contract.passages if p.text == "Confidentiel").style == "header"
    assert next(p for p in contract.passages if p.text.startswith("Article 2")).page == 2
    _offsets_hold(contract)


def test_markdown_headings_and_tables(tmp_path: Path) -> None:
    md = tmp_path / "c.md"
    md.write_text(
        "# Contrat\n\n**Article 1 – Objet**\n\nLigne un\nligne deux.\n\n"
        "| A | B |\n|---|---|\n| x | y |\n\fArticle 2\n",
        encoding="utf-8",
    )
    contract = read_contract(md)
    assert [p.text for p in contract.passages] == [
        "Contrat",
        "Article 1 – Objet",
        "Ligne un ligne deux.",
        "A | B",
        "x | y",
        "Article 2",
    ]
    assert contract.passages[0].style == "heading" and contract.passages[-1].page == 2
    _offsets_hold(contract)


def _message(exc: pytest.ExceptionInfo[ContractReadError]) -> str:
    return exc.value.render("fr") + exc.value.render("en")


def test_encrypted_pdf(tmp_path: Path) -> None:
    pdf = make_pdf(PARAGRAPHS, tmp_path / "secret.pdf", password="s3cret")
    with pytest.raises(ContractReadError) as exc:
        read_contract(pdf)
    assert "chiffré" in _message(exc) and "secret.pdf" in _message(exc)
    assert exc.value.fix is not None


def test_corrupt_pdf(tmp_path: Path) -> None:
    good = make_pdf(PARAGRAPHS, tmp_path / "good.pdf").read_bytes()
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(good[:200] + b"\x00garbage" * 50)
    with pytest.raises(ContractReadError) as exc:
        read_contract(bad)
    assert "bad.pdf" in _message(exc)


SCAN = (
    "Article 9 - Responsabilite",
    "La responsabilite du Prestataire est limitee",
    "a la somme de cinquante mille euros.",
)


def test_scanned_pdf_without_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract on this PATH
    with pytest.raises(ContractReadError) as exc:
        read_contract(make_image_pdf(tmp_path / "scan.pdf", SCAN))
    assert "Tesseract" in _message(exc) and "numérisé" in _message(exc)


@pytest.mark.slow
def test_scanned_pdf_read_by_ocr(tmp_path: Path) -> None:
    if "fra" not in tesseract_languages():
        pytest.skip("Tesseract with French data is not installed")
    contract = read_contract(make_image_pdf(tmp_path / "scan.pdf", SCAN))
    assert contract.ocr and contract.pages == 1
    assert "cinquante mille euros" in contract.text.lower()


def test_corrupt_docx(tmp_path: Path) -> None:
    good = make_docx([("Normal", "Texte")], tmp_path / "good.docx").read_bytes()
    bad = tmp_path / "bad.docx"
    bad.write_bytes(good[: len(good) // 2])
    with pytest.raises(ContractReadError) as exc:
        read_contract(bad)
    assert "DOCX" in _message(exc)


def test_zip_that_is_not_word(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "bonjour")
    path = tmp_path / "other.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ContractReadError) as exc:
        read_contract(path)
    assert "word/document.xml" in _message(exc)


def _bomb(path: Path, size: int) -> Path:
    source = make_docx([("Normal", "Texte")], path.with_suffix(".src.docx")).read_bytes()
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(source)) as src,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for info in src.infolist():
            out.writestr(info, src.read(info))
        out.writestr("word/media/bomb.bin", b"\0" * size)
    path.write_bytes(buffer.getvalue())
    return path


def test_zip_bomb_docx(tmp_path: Path) -> None:
    bomb = _bomb(tmp_path / "bomb.docx", 20 * 1024 * 1024)
    assert bomb.stat().st_size < 200_000
    with pytest.raises(ContractReadError) as exc:
        read_contract(bomb)
    assert "bombe zip" in _message(exc) and "bomb.bin" in _message(exc)


def test_oversize_docx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(guard, "MAX_UNCOMPRESSED", 1024 * 1024)
    big = _bomb(tmp_path / "big.docx", 2 * 1024 * 1024)
    with pytest.raises(ContractReadError) as exc:
        read_contract(big)
    assert "décompressé" in _message(exc)


@pytest.mark.parametrize("name", ["empty.txt", "empty.md"])
def test_empty_text(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("  \n\n \f \n", encoding="utf-8")
    with pytest.raises(ContractReadError) as exc:
        read_contract(path)
    assert "aucun texte" in _message(exc)


def test_empty_docx(tmp_path: Path) -> None:
    with pytest.raises(ContractReadError) as exc:
        read_contract(make_docx([], tmp_path / "empty.docx", header="En-tête seul"))
    assert "aucun texte" in _message(exc)


def test_binary_and_missing_and_doc(tmp_path: Path) -> None:
    with pytest.raises(ContractReadError, match="binary"):
        read_contract_bytes(b"abc\x00\x01\x02" * 10, "x.txt")
    with pytest.raises(ContractReadError, match="not found"):
        read_contract(tmp_path / "nope.pdf")
    with pytest.raises(ContractReadError, match=r"\.doc"):
        read_contract_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100, "old.doc")
