"""Charts of the compliance report: sealed bundle charts first, else drawn from results."""

from __future__ import annotations

import shutil
from pathlib import Path

from recours.documents import build_document
from recours.documents.charts import bundle_charts, result_chart
from recours.documents.model import Image
from recours.dossier import load_dossier
from tests.documents.conftest import FIXTURE, ON


def _png(colour: bytes) -> bytes:
    # a real PNG from the drawing code, made distinct by its commitment id
    dossier = load_dossier(FIXTURE)
    c = dossier.commitments[0].model_copy(update={"id": "K" + colour.hex()})
    return result_chart(c, dossier.evidence_runs[0].results[:1], "fr")


def test_a_drawn_chart_is_a_png_and_depends_on_its_inputs() -> None:
    assert _png(b"a").startswith(b"\x89PNG")
    assert _png(b"a") != _png(b"b")


def test_report_uses_the_charts_sealed_in_the_bundle(tmp_path: Path) -> None:
    folder = tmp_path / "case"
    shutil.copytree(FIXTURE.parent, folder)
    charts = folder / "evidence" / "run-2026-11-20" / "report" / "charts"
    charts.mkdir(parents=True)
    (charts / "intervals.png").write_bytes(_png(b"x"))
    (charts / "windows_C1.png").write_bytes(_png(b"y"))
    assert [name for name, _ in bundle_charts(charts.parent.parent)] == ["intervals", "windows_C1"]
    dossier = load_dossier(folder / "dossier.yaml")
    doc = build_document(dossier, "rapport", on=ON, analysis=dossier.analysis.data, base_dir=folder)  # type: ignore[union-attr]
    keys = [b.key for b in doc.blocks if isinstance(b, Image)]
    assert keys == ["bundle:intervals", "bundle:windows_C1"]


def test_without_a_bundle_folder_one_chart_per_commitment_is_drawn() -> None:
    dossier = load_dossier(FIXTURE)
    doc = build_document(dossier, "rapport", on=ON, analysis=dossier.analysis.data)  # type: ignore[union-attr]
    keys = [b.key for b in doc.blocks if isinstance(b, Image)]
    assert keys == ["chart:C1", "chart:C2", "chart:C3"]
    assert bundle_charts(None) == []
