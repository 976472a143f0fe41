"""Speed of contract reading and analysis, against the libraries a user would call alone.

Usage: python bench/contract_speed.py [--pages 200] [--repeat 3]

Builds a long PDF and DOCX from the labelled corpus (tests/contract/corpus), then times:
- extraction: Recours' reader (text layer, running headers, paragraphs, offsets) against
  pypdf alone (page.extract_text) and pdfplumber alone; for DOCX against python-docx alone;
- analysis after extraction (structure, clause kinds, values, review), in pages per second.
Prints ratios; best CPU time (time.process_time) of --repeat runs, so that other
processes on a shared machine do not distort the figures.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pdfplumber
from docx import Document
from pypdf import PdfReader

from recours.contract.analysis import analyse_text
from recours.contract.reading import read_contract
from recours.contract.review import review

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "contract"))
from making import make_docx, make_pdf  # noqa: E402

CORPUS = ROOT / "tests" / "contract" / "corpus"


def paragraphs(target_pages: int) -> list[str]:
    base: list[str] = []
    for path in sorted(CORPUS.glob("*.md")) + sorted(CORPUS.glob("*.txt")):
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            text = " ".join(block.replace("#", "").replace("**", "").split())
            if text:
                base.append(text)
    out: list[str] = []
    while len(out) < target_pages * 14:  # about 14 paragraphs a page at 60 lines a page
        out.extend(base)
    return out[: target_pages * 14]


def best(fn: Callable[[], object], repeat: int) -> float:
    """Best CPU time of this process over ``repeat`` runs (robust on a shared machine)."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times)


def pypdf_alone(data: bytes) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)


def pdfplumber_alone(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def docx_alone(path: Path) -> str:
    return "\n".join(p.text for p in Document(str(path)).paragraphs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        texts = paragraphs(args.pages)
        pdf = make_pdf(texts, Path(tmp) / "long.pdf", footer="Contrat de référence")
        docx = make_docx([("Normal", t) for t in texts], Path(tmp) / "long.docx")
        data = pdf.read_bytes()
        contract = read_contract(pdf)
        pages = contract.pages
        print(
            f"PDF: {pages} pages, {len(contract.text):,} characters, "
            f"{len(contract.passages):,} passages"
        )
        ours = best(lambda: read_contract(pdf), args.repeat)
        plain = best(lambda: pypdf_alone(data), args.repeat)
        plumber = best(lambda: pdfplumber_alone(data), 1)
        print(
            f"extraction PDF  recours {ours:6.2f} s ({pages / ours:6.1f} p/s) | pypdf alone "
            f"{plain:6.2f} s (ratio {ours / plain:4.2f}) | pdfplumber alone {plumber:6.2f} s "
            f"(ratio {ours / plumber:4.2f})"
        )
        ours_docx = best(lambda: read_contract(docx), args.repeat)
        plain_docx = best(lambda: docx_alone(docx), args.repeat)
        print(
            f"extraction DOCX recours {ours_docx:6.2f} s | python-docx alone {plain_docx:6.2f} s "
            f"(ratio {ours_docx / plain_docx:4.2f})"
        )
        analysis_time = best(lambda: analyse_text(contract), args.repeat)
        review_time = best(lambda: review(analyse_text(contract)), args.repeat)
        print(
            f"analysis after extraction: {analysis_time:6.2f} s = "
            f"{pages / analysis_time:7.1f} pages/s (target >= 100); with review "
            f"{pages / review_time:7.1f} pages/s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
