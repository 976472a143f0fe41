from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from recours.errors import DossierError, InputError
from recours.store import Scope, Store
from recours.store.exchange import import_zip, parse_dossier_yaml

MINIMAL = Path(__file__).resolve().parents[1] / "dossier" / "fixtures" / "minimal.yaml"


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(("data", "message"), [
    (b"not a zip", "unreadable zip"),
    (_zip({"dossier.yaml": MINIMAL.read_bytes()}), "manifest.json"),
    (_zip({"manifest.json": b"{}"}), "dossier.yaml"),
    (_zip({"dossier.yaml": MINIMAL.read_bytes(), "manifest.json": b"{"}), "manifest"),
    (_zip({"dossier.yaml": MINIMAL.read_bytes(),
           "manifest.json": json.dumps({"files": [{"path": "files/x.txt", "sha256": "0" * 64}]})
           .encode()}), "missing"),
])
def test_bad_archives_are_refused(store: Store, two_orgs: tuple[Scope, Scope], data: bytes,
                                  message: str) -> None:
    with pytest.raises(InputError, match=message), store.write() as session:
        import_zip(store, session, two_orgs[0], data)


def test_yaml_errors_name_the_uploaded_file_and_line() -> None:
    with pytest.raises(DossierError) as caught:
        parse_dossier_yaml(b"reference: X\ntitle: [\n")
    assert caught.value.where is not None and caught.value.where.startswith("dossier.yaml:")
    assert "/tmp" not in caught.value.render("fr")
