"""Finding 7 and issue 18 (zip points): malformed or hostile imports are refused with a clear
French error before anything large is read, and names are stored clean."""

from __future__ import annotations

import hashlib
import io
import json
import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from recours.errors import DossierError, InputError
from recours.store import Scope, Store
from recours.store.exchange import import_zip, parse_dossier_yaml
from recours.store.models import FileRow

MINIMAL = (Path(__file__).resolve().parents[1] / "dossier" / "fixtures" / "minimal.yaml").read_bytes()
CONTENT = b"Article 1 - Objet du contrat.\n"
SHA = hashlib.sha256(CONTENT).hexdigest()


def _zip(manifest: object, members: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("dossier.yaml", MINIMAL)
        for name, data in (members or {"files/contrat.txt": CONTENT}).items():
            archive.writestr(name, data)
        archive.writestr("manifest.json", json.dumps(manifest))
    return out.getvalue()


def _import(store: Store, scope: Scope, data: bytes) -> None:
    with store.write() as session:
        import_zip(store, session, scope, data)


@pytest.mark.parametrize(("manifest", "members", "words"), [
    ({"files": [{"path": "contrat.txt", "sha256": SHA}]}, None, "chemin refusé"),
    ({"files": "files/contrat.txt"}, None, "doit être une liste"),
    ({"files": {"path": "files/contrat.txt"}}, None, "doit être une liste"),
    ({"files": [1, 2]}, None, "doit être un objet"),
    ({"files": [{"path": 7, "sha256": SHA}]}, None, "doivent être du texte"),
    ([1, 2], None, "doit être un objet JSON"),
    ({"files": [{"path": "files/../../../tmp/x.txt", "sha256": SHA}]},
     {"files/../../../tmp/x.txt": CONTENT}, "chemin refusé"),
    ({"files": [{"path": "/etc/x.txt", "sha256": SHA}]}, {"/etc/x.txt": CONTENT}, "chemin refusé"),
    ({"files": [{"path": "other/x.txt", "sha256": SHA}]}, {"other/x.txt": CONTENT}, "chemin refusé"),
    ({"files": [{"path": "files/contrat.txt", "sha256": SHA}] * 200}, None, "listé deux fois"),
])
def test_malformed_manifest_is_a_clear_french_refusal(store: Store, two_orgs: tuple[Scope, Scope],
                                                     manifest: object, members: dict[str, bytes] | None,
                                                     words: str) -> None:
    with pytest.raises(InputError) as caught:
        _import(store, two_orgs[0], _zip(manifest, members))
    assert words in caught.value.render("fr")
    with store.read() as session:
        assert session.query(FileRow).count() == 0


def test_crc_lie_is_refused(store: Store, two_orgs: tuple[Scope, Scope]) -> None:
    data = bytearray(_zip({"files": [{"path": "files/contrat.txt", "sha256": SHA}]},
                          {"files/contrat.txt": CONTENT * 50}))
    header = data.find(b"PK\x03\x04", data.find(b"files/contrat.txt") - 60)
    data[header + 14:header + 18] = b"\0\0\0\0"  # local CRC
    central = data.find(b"PK\x01\x02", data.find(b"PK\x01\x02") + 4)
    data[central + 16:central + 20] = b"\0\0\0\0"  # central CRC
    with pytest.raises(InputError, match="CRC"):
        _import(store, two_orgs[0], bytes(data))


def _many_members(count: int) -> bytes:
    """A zip whose end record declares ``count`` members (the directory is not built)."""
    base = bytearray(_zip({"files": []}, {}))
    eocd = base.rfind(b"PK\x05\x06")
    base[eocd + 8:eocd + 12] = struct.pack("<HH", 0xFFFF, 0xFFFF)
    zip64 = struct.pack("<4sQHHIIQQQQ", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count,
                        count * 46, 0)
    locator = struct.pack("<4sIQI", b"PK\x06\x07", 0, eocd, 1)
    return bytes(base[:eocd]) + zip64 + locator + bytes(base[eocd:])


def test_huge_member_count_refused_before_reading(store: Store, two_orgs: tuple[Scope, Scope]) -> None:
    tracemalloc.start()
    with pytest.raises(InputError, match="500000"):
        _import(store, two_orgs[0], _many_members(500_000))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 20 * 2**20


def test_zip_bomb_member_refused(store: Store, two_orgs: tuple[Scope, Scope]) -> None:
    big = b"\0" * (5 * 2**20)
    data = _zip({"files": [{"path": "files/a.txt", "sha256": hashlib.sha256(big).hexdigest()}]},
                {"files/a.txt": big})
    with pytest.raises(InputError, match="compression"):
        _import(store, two_orgs[0], data)


def test_yaml_billion_laughs_refused() -> None:
    lol = "notes: &a [x,x,x,x,x,x,x,x,x,x]\n" + "".join(
        f"l{i}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 10) + "]\n" for i in range(7))
    with pytest.raises(DossierError, match="alias"):
        parse_dossier_yaml(MINIMAL + b"\n" + lol.encode())


def test_yaml_deep_nesting_refused_with_line() -> None:
    with pytest.raises(DossierError) as caught:
        parse_dossier_yaml(b"reference: " + b"[" * 5000 + b"]" * 5000 + b"\n")
    assert caught.value.where is not None and caught.value.where.startswith("dossier.yaml:1:")
    assert "imbrication" in caught.value.render("fr")


@pytest.mark.parametrize("char", [b"\x00", b"\x7f"])
def test_yaml_control_character_named_with_line(char: bytes) -> None:
    with pytest.raises(DossierError) as caught:
        parse_dossier_yaml(MINIMAL.replace(b"\n", b"\n#" + char + b"\n", 1))
    assert caught.value.where == "dossier.yaml:2:2"
