"""Shared fixtures: the fixture dossier and its documents (built once per session)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from recours.documents import Document, build_document
from recours.dossier import Dossier, load_dossier

FIXTURE = Path(__file__).parent / "fixtures" / "dossier.yaml"
ON = date(2026, 11, 26)


@pytest.fixture
def dossier() -> Dossier:
    return load_dossier(FIXTURE)


def build(dossier: Dossier, kind: str, lang: str = "fr", **kw: object) -> Document:
    analysis = dossier.analysis.data if dossier.analysis else None
    return build_document(
        dossier,
        kind,
        on=ON,
        lang=lang,
        analysis=analysis,
        base_dir=FIXTURE.parent,
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="session")
def notice_fr() -> Document:
    return build(load_dossier(FIXTURE), "mise-en-demeure", "fr")


@pytest.fixture(scope="session")
def report_en() -> Document:
    return build(load_dossier(FIXTURE), "rapport", "en")
