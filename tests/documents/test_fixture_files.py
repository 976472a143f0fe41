"""The fixtures' fingerprints are real: every SHA-256 a dossier of ``tests/documents/fixtures``
declares for a contract document, an event's or a loss's document, a dataset or a pièce is the
SHA-256 of the file at its path, next to the dossier — never an invented placeholder."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from recours.dossier import Dossier, load_dossier

HERE = Path(__file__).parent / "fixtures"
DOSSIERS = [HERE / "dossier.yaml", *sorted((HERE / "cases").glob("*.yaml"))]


def _declared(d: Dossier) -> list[tuple[str, str]]:
    found = [(doc.path, doc.sha256) for doc in d.contract.documents]
    found += [(doc.path, doc.sha256) for e in d.timeline for doc in e.documents]
    found += [(doc.path, doc.sha256) for loss in d.losses for doc in loss.documents]
    found += [(ds.path, ds.sha256) for ds in d.datasets]
    found += [(x.file, x.sha256) for x in d.exhibits if x.file]
    return [(path, digest) for path, digest in found if digest]


@pytest.mark.parametrize("path", DOSSIERS, ids=lambda p: p.stem)
def test_every_declared_fingerprint_is_the_file_s(path: Path) -> None:
    for name, digest in _declared(load_dossier(path)):
        file = path.parent / name
        assert file.is_file(), f"{path.name}: « {name} » declares a SHA-256 but does not exist"
        assert hashlib.sha256(file.read_bytes()).hexdigest() == digest, name


def test_the_fixture_declares_its_contract_s_real_fingerprint() -> None:
    d = load_dossier(HERE / "dossier.yaml")
    assert any(doc.sha256 for doc in d.contract.documents)
