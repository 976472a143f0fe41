"""Render the first page of each document as PNG for docs/documents.md (one command).

    PYTHONPATH=src .venv/bin/python scripts/render_document_pages.py

For both bundled examples (credit-scoring, logistics-forecast): the mise en demeure, the note
d'analyse and the rapport de conformité, in French, dated 26 November 2026. An example ships
without an evidence run; one is computed here by the evidence engine on the example's data
(unsealed), as the documents tests do. Also the notice of the SaaS-outage test dossier, pleaded
from its incident tickets without any statistical run. Each PDF's first page is rasterised by
``pdftoppm`` (poppler-utils) into ``docs/documents/<dossier>-<kind>.png``.

    PYTHONPATH=src .venv/bin/python scripts/render_document_pages.py --all DIR

renders EVERY page of every document, for reading before signing: the three kinds of both
examples in French and English, and of the six varied dossiers of
``tests/documents/fixtures/cases/`` in French (the integrator's own letter too), as
``DIR/<dossier>-<kind>-<lang>.pdf`` and ``DIR/<dossier>-<kind>-<lang>-<page>.png`` at 60 dpi.
A document Recours refuses is listed as such.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from recours.documents import NoticeOptions, build_document, render
from recours.dossier import Dossier, EvidenceRun, load_dossier
from recours.errors import RecoursError
from recours.i18n import Lang

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "documents"
ON = date(2026, 11, 26)
KINDS = ("mise-en-demeure", "note", "rapport")
EXAMPLES = ("credit-scoring", "logistics-forecast")
CASES = ROOT / "tests" / "documents" / "fixtures" / "cases"
OUTAGE = CASES / "saas-outage.yaml"
VARIED = ("consumer", "former-law", "expired-1648", "adhesion-cap", "saas-outage",
          "two-defendants")
#: The delay counsel grants where the contract states none (an online consumer sale).
DELAYS = {"consumer": 15}


def with_run(path: Path) -> Dossier:
    """The example's dossier with an evidence run computed on its data (not sealed)."""
    from recours.evidence import evaluate, spec_from_dossier

    dossier = load_dossier(path)
    if not dossier.evidence_runs and dossier.commitments:
        results = evaluate(spec_from_dossier(dossier, path, path.parent))
        dossier.evidence_runs = [EvidenceRun(
            id=f"docs-{results.spec_sha256[:8]}", run_at=datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
            spec_sha256=results.spec_sha256, results=results.results)]
    return dossier


def first_page_png(pdf: bytes, target: Path, dpi: int = 70) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "doc.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", str(dpi), "-png",
                        "-singlefile", str(source), str(Path(tmp) / "page")], check=True)
        shutil.copyfile(Path(tmp) / "page.png", target)


def every_page(out: Path) -> int:
    """Every document of the examples and the varied dossiers, every page as PNG."""
    out.mkdir(parents=True, exist_ok=True)
    jobs: list[tuple[str, Path, str, Lang, str | None]] = []
    for name in EXAMPLES:
        path = ROOT / "examples" / name / "dossier.yaml"
        langs: tuple[Lang, ...] = ("fr", "en")
        jobs += [(name, path, kind, lang, None) for kind in KINDS for lang in langs]
    for name in VARIED:
        jobs += [(name, CASES / f"{name}.yaml", kind, "fr", None) for kind in KINDS]
    jobs.append(("two-defendants", CASES / "two-defendants.yaml", "mise-en-demeure", "fr",
                 "integra"))
    pages = 0
    for name, path, kind, lang, to in jobs:
        dossier = with_run(path) if path.parent.parent.name == "examples" else load_dossier(path)
        stem = f"{name}-{kind}-{lang}" + (f"-{to}" if to else "")
        try:
            doc = build_document(dossier, kind, on=ON, lang=lang, base_dir=path.parent,
                                 notice=NoticeOptions(delay_days=DELAYS.get(name), to=to))
        except RecoursError as exc:
            print(f"refused  {stem}: {exc}")
            continue
        pdf = out / f"{stem}.pdf"
        pdf.write_bytes(render(doc, "pdf"))
        for old in out.glob(f"{stem}-[0-9]*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out / stem)], check=True)
        count = len(list(out.glob(f"{stem}-[0-9]*.png")))
        pages += count
        print(f"wrote    {stem}: {count} pages")
    print(f"{pages} pages")
    return 0


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: install poppler-utils", file=sys.stderr)
        return 1
    if len(sys.argv) == 3 and sys.argv[1] == "--all":
        return every_page(Path(sys.argv[2]))
    OUT.mkdir(parents=True, exist_ok=True)
    jobs = [(name, ROOT / "examples" / name / "dossier.yaml", kind)
            for name in EXAMPLES for kind in KINDS]
    jobs.append(("saas-outage", OUTAGE, "mise-en-demeure"))
    for name, path, kind in jobs:
        dossier = with_run(path) if path.parent.parent.name == "examples" else load_dossier(path)
        doc = build_document(dossier, kind, on=ON, lang="fr", base_dir=path.parent)
        target = OUT / f"{name}-{kind}.png"
        first_page_png(render(doc, "pdf"), target)
        print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
