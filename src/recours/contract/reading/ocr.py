"""OCR of scanned PDFs with Tesseract (French data), when it is installed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from recours.contract.reading.errors import read_error
from recours.i18n import T


def tesseract_languages() -> set[str]:
    """Languages of the installed Tesseract, or an empty set when it is missing."""
    exe = shutil.which("tesseract")
    if exe is None:
        return set()
    try:
        done = subprocess.run(
            [exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return set()
    lines = (done.stdout + done.stderr).splitlines()
    return {line.strip() for line in lines if line.strip() and " " not in line.strip()}


def ocr_pdf(data: bytes, where: str, pages: int) -> list[str]:
    """Render each page and read it with Tesseract (fra+eng)."""
    langs = tesseract_languages()
    if "fra" not in langs:
        raise read_error(
            T(
                fr=f"le PDF ({pages} page(s)) n'a pas de couche texte : c'est un document "
                "numérisé, et Tesseract avec les données françaises n'est pas installé",
                en=f"the PDF ({pages} page(s)) has no text layer: it is a scanned document, "
                "and Tesseract with French data is not installed",
            ),
            where,
            T(
                fr="installez la reconnaissance de caractères (apt-get install tesseract-ocr "
                "tesseract-ocr-fra) ou fournissez un PDF avec texte (version Word, PDF natif)",
                en="install OCR (apt-get install tesseract-ocr tesseract-ocr-fra) or provide a "
                "PDF with a text layer (the Word version, a native PDF)",
            ),
        )
    import pypdfium2

    lang = "fra+eng" if "eng" in langs else "fra"
    texts: list[str] = []
    pdf = pypdfium2.PdfDocument(data)
    with tempfile.TemporaryDirectory() as tmp:
        for index in range(len(pdf)):
            image = pdf[index].render(scale=300 / 72).to_pil()
            png = Path(tmp) / f"p{index}.png"
            image.save(png)
            done = subprocess.run(
                ["tesseract", str(png), "stdout", "-l", lang],
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            texts.append(done.stdout)
    pdf.close()
    return texts
