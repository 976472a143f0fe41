"""Bundle: written complete, verified, and any altered/added/removed file is named."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from recours.errors import BundleError
from recours.evidence import evaluate
from recours.evidence.bundle import VerifyReport, verify_bundle, write_bundle
from recours.evidence.bundle.trust import fingerprint
from tests.evidence.helpers import c, credit_spec, credit_table

RUN_AT = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
KEYS: dict[str, str] = {}          # the module bundle's signer, pinned


def verify(path: Path) -> VerifyReport:
    return verify_bundle(path, trusted_keys=KEYS)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("b")
    spec = credit_spec(tmp, [
        c("C1", "recall", ">=", 0.7, cutoff=0.5, source={"clause": "Annexe 2, art. 2.1"}),
        c("C2", "latency_p95", "<=", 250), c("C3", "accuracy", ">=", 0.8, cutoff=0.5,
                                               window="monthly"),
        c("C4", "selection_rate_gap", "<=", 0.1, cutoff=0.5)])
    results = evaluate(spec, credit_table(1500))
    info = write_bundle(tmp / "bundle", spec, results, run_at=RUN_AT, key_path=tmp / "k.pem",
                        extra={"journal.jsonl": b'{"request": 1}\n'})
    assert info.zip_path.is_file() and len(info.merkle_root) == 64
    KEYS[fingerprint(info.public_key)] = "firm"
    return info.folder


def test_bundle_layout_and_report(bundle: Path) -> None:
    names = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()}
    for expected in ("spec.yaml", "inputs.json", "results.json", "environment.json",
                     "seeds.json", "manifest.json", "signature.json", "report/report.md",
                     "report/report.html", "report/charts/intervals.svg",
                     "report/charts/latency_C2.svg", "report/charts/windows_C3.svg",
                     "report/charts/groups_C4.svg", "responses/journal.jsonl"):
        assert expected in names, expected
    md = (bundle / "report" / "report.md").read_text()
    assert "Rapport de preuve" in md and "Annexe 2, art. 2.1" in md
    assert "conformité établie" in md or "manquement établi" in md


def test_verify_accepts_folder_and_zip(bundle: Path) -> None:
    for target in (bundle, bundle.with_name("bundle.zip")):
        rep = verify(target)
        assert rep.ok, rep
        assert rep.signature_ok and rep.timestamp_ok is None
        assert rep.key_trusted_as == "firm" and rep.warnings  # no timestamp: said


def _copy(bundle: Path, tmp: Path) -> Path:
    import shutil
    dst = tmp / "copy"
    shutil.copytree(bundle, dst)
    return dst


def test_one_byte_change_is_named(bundle: Path, tmp_path: Path) -> None:
    dst = _copy(bundle, tmp_path)
    data = bytearray((dst / "results.json").read_bytes())
    data[100] ^= 1
    (dst / "results.json").write_bytes(bytes(data))
    rep = verify(dst)
    assert not rep.ok and rep.altered == ["results.json"]


def test_added_and_removed_files_are_named(bundle: Path, tmp_path: Path) -> None:
    dst = _copy(bundle, tmp_path)
    (dst / "report" / "charts" / "intervals.svg").unlink()
    (dst / "extra.txt").write_text("x")
    rep = verify(dst)
    assert not rep.ok
    assert rep.removed == ["report/charts/intervals.svg"] and rep.added == ["extra.txt"]


def test_forged_manifest_fails_signature(bundle: Path, tmp_path: Path) -> None:
    dst = _copy(bundle, tmp_path)
    m = json.loads((dst / "manifest.json").read_text())
    m["files"]["extra.txt"] = {"sha256": "00" * 32, "size": 1}
    (dst / "manifest.json").write_text(json.dumps(m))
    rep = verify(dst)
    assert not rep.ok and not rep.signature_ok


def test_zip_one_byte_change(bundle: Path, tmp_path: Path) -> None:
    src = bundle.with_name("bundle.zip")
    out = tmp_path / "z.zip"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w") as zout:
        for n in zin.namelist():
            data = zin.read(n)
            if n == "spec.yaml":
                data = data.replace(b"seed: 7", b"seed: 8")
            zout.writestr(n, data)
    rep = verify(out)
    assert rep.altered == ["spec.yaml"] and not rep.ok


def test_refuses_non_empty_output_and_non_bundle(bundle: Path, tmp_path: Path) -> None:
    with pytest.raises(BundleError):
        verify(tmp_path)          # no manifest
    (tmp_path / "f.txt").write_text("x")
    with pytest.raises(BundleError):
        verify(tmp_path / "f.txt")
