"""The golden cases of the documents tests: every kind × language × dossier.

Dossiers: the fixture dossier of these tests (with its saved analysis, so its goldens do not
move with the law engine), every example dossier under ``examples/`` and the six varied
dossiers of ``fixtures/cases/``, analysed by the law engine; an example without an evidence run gets one computed here by the evidence engine
(``evaluate`` on its data, unsealed: no bundle, Merkle root or signature).
Regenerate with ``python tests/documents/regenerate_golden.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from recours.documents import Document, NoticeOptions, build_document, render
from recours.dossier import Dossier, EvidenceRun, load_dossier

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
GOLDEN = HERE / "golden"
FIXTURE = HERE / "fixtures" / "dossier.yaml"
VARIED = HERE / "fixtures" / "cases"  # six dossiers built as a lawyer would
ON = date(2026, 11, 26)
RUN_AT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
KINDS = ("mise-en-demeure", "note", "rapport")
#: The delay counsel grants where the contract states none (an online consumer sale).
DELAYS = {"consumer": 15}
LANGS = ("fr", "en")


@dataclass(frozen=True)
class Case:
    name: str  # dossier short name
    path: Path
    kind: str
    lang: str

    @property
    def stem(self) -> str:
        return f"{self.name}-{self.kind}-{self.lang}"

    @property
    def refused(self) -> bool:
        """The engine refuses this document (its golden is a ``.refused.txt``), e.g. a notice
        missing a mandatory element."""
        return (GOLDEN / f"{self.stem}.refused.txt").exists()

    def dossier(self) -> Dossier:
        dossier = load_dossier(self.path)
        if self.path.parent.parent.name == "examples" and not dossier.evidence_runs \
                and dossier.commitments:
            dossier.evidence_runs = [evaluated_run(self.path)]
        return dossier

    def build(self) -> Document:
        dossier = self.dossier()
        saved: Any = None
        if self.path == FIXTURE and dossier.analysis is not None:
            saved = dossier.analysis.data
        return build_document(
            dossier,
            self.kind,
            notice=NoticeOptions(delay_days=DELAYS.get(self.name)),
            on=ON,
            lang=self.lang,  # type: ignore[arg-type]
            analysis=saved,
            base_dir=self.path.parent,
        )

    def outputs(self) -> dict[str, bytes]:
        doc = self.build()
        return {"json": render(doc, "json"), "md": render(doc, "md")}


@lru_cache(maxsize=8)
def evaluated_run(path: Path) -> EvidenceRun:
    """An evidence run of an example, computed by the evidence engine (not sealed)."""
    from recours.evidence import evaluate, spec_from_dossier

    results = evaluate(spec_from_dossier(load_dossier(path), path, path.parent))
    return EvidenceRun(
        id=f"golden-{results.spec_sha256[:8]}",
        run_at=RUN_AT,
        spec_sha256=results.spec_sha256,
        results=results.results,
    )


def dossiers() -> list[tuple[str, Path]]:
    found = [("fixture", FIXTURE)]
    for path in sorted((ROOT / "examples").glob("*/dossier.yaml")):
        found.append((path.parent.name, path))
    for path in sorted(VARIED.glob("*.yaml")):
        found.append((path.stem, path))
    return found


def cases() -> list[Case]:
    return [
        Case(name, path, kind, lang)
        for name, path in dossiers()
        for kind in KINDS
        for lang in LANGS
    ]
