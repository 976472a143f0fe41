"""PDF text layer (pypdf), repeated header/footer lines, scanned-PDF detection."""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections import Counter

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError, PyPdfError

from recours.contract.model import ContractText, PassageStyle
from recours.contract.reading import ocr
from recours.contract.reading.builder import TextBuilder, is_block_start, join_lines, normalize
from recours.contract.reading.errors import corrupt, read_error
from recours.i18n import T

_DIGITS = re.compile(r"\d+")
MIN_CHARS_PER_PAGE = 25
_ENDS = (".", ":", ";", "!", "?")


def _open(data: bytes, where: str) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        encrypted = reader.is_encrypted
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise corrupt(where, "PDF", str(exc) or type(exc).__name__) from exc
    if encrypted:
        try:
            opened = reader.decrypt("")
        except (PyPdfError, NotImplementedError, ValueError) as exc:
            raise _encrypted(where) from exc
        if not opened:
            raise _encrypted(where)
    return reader


def _encrypted(where: str) -> Exception:
    return read_error(
        T(fr="le PDF est chiffré par un mot de passe", en="the PDF is password-encrypted"),
        where,
        T(
            fr="demandez une copie sans mot de passe, ou enregistrez-en une copie déchiffrée "
            "(qpdf --decrypt --password=… entree.pdf sortie.pdf)",
            en="ask for a copy without password, or save a decrypted copy "
            "(qpdf --decrypt --password=… in.pdf out.pdf)",
        ),
    )


def page_texts(data: bytes, where: str) -> list[str]:
    """The text layer of each page (may be empty strings for a scanned PDF)."""
    texts: list[str] = []
    logger = logging.getLogger("pypdf")  # its English repair notes are not for the user
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = _open(data, where)
            for number, page in enumerate(reader.pages, start=1):
                try:
                    texts.append(page.extract_text() or "")
                except FileNotDecryptedError as exc:
                    raise _encrypted(where) from exc
                except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
                    raise corrupt(f"{where}, page {number}", "PDF", str(exc)) from exc
    except (PdfReadError, PyPdfError) as exc:
        raise corrupt(where, "PDF", str(exc)) from exc
    finally:
        logger.setLevel(level)
    return texts


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines (digits masked) that open or close most pages: running headers and footers."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        filled = [line.strip() for line in lines if line.strip()]
        edges = {_DIGITS.sub("#", line) for line in filled[:2] + filled[-3:] if len(line) <= 120}
        counts.update(edges)
    return {line for line, n in counts.items() if n >= max(2, len(pages) // 2)}


def _edge_indexes(lines: list[str]) -> set[int]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return {i for i in filled[:2] + filled[-3:] if len(lines[i].strip()) <= 120}


def read_pdf(data: bytes, where: str) -> ContractText:
    texts = page_texts(data, where)
    used_ocr = False
    if texts and sum(len(t.strip()) for t in texts) < MIN_CHARS_PER_PAGE * len(texts):
        texts = ocr.ocr_pdf(data, where, len(texts))
        used_ocr = True
    pages = [t.splitlines() for t in texts]
    running = _running_lines(pages)
    builder = TextBuilder()
    carry: tuple[str, int] | None = None  # a paragraph cut by the page break
    for number, lines in enumerate(pages, start=1):
        body: list[str] = []
        edges = _edge_indexes(lines)
        for index, line in enumerate(lines):
            if index in edges and _DIGITS.sub("#", line.strip()) in running:
                edge: PassageStyle = "header" if index < len(lines) / 2 else "footer"
                builder.add(normalize(line), number, edge)
            else:
                body.append(line)
        paragraphs = join_lines(body, wrapped=True)
        if carry is not None:
            if paragraphs and not is_block_start(paragraphs[0]):
                paragraphs[0] = f"{carry[0]} {paragraphs[0]}"
                number_first = carry[1]
            else:
                builder.add(carry[0], carry[1])
                number_first = number
            carry = None
        else:
            number_first = number
        for position, paragraph in enumerate(paragraphs):
            last = position == len(paragraphs) - 1
            page = number_first if position == 0 else number
            if last and number < len(pages) and not paragraph.rstrip().endswith(_ENDS):
                carry = (paragraph, page)
            else:
                builder.add(paragraph, page)
    if carry is not None:
        builder.add(carry[0], carry[1])
    return builder.build(where, "pdf", max(1, len(pages)), ocr=used_ocr)
