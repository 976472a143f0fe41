"""RFC 3161 timestamp against a real local TSA (OpenSSL ``ts``), and its verification."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography import x509

from recours.errors import BundleError
from recours.evidence import evaluate
from recours.evidence.bundle import verify_bundle, write_bundle
from recours.evidence.bundle.timestamp import StampStatus, request_timestamp
from tests.evidence.helpers import c, credit_spec, credit_table
from tests.evidence.tsa import local_tsa

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl")


def test_timestamped_bundle_verifies_against_the_tsa_root(tmp_path: Path) -> None:
    spec = credit_spec(tmp_path, [c("C1", "recall", ">=", 0.7, cutoff=0.5)])
    results = evaluate(spec, credit_table(500))
    with local_tsa() as (url, ca):
        root = x509.load_pem_x509_certificate(ca.read_bytes())
        info = write_bundle(tmp_path / "b", spec, results,
                            run_at=datetime(2026, 11, 26, tzinfo=UTC),
                            key_path=tmp_path / "k.pem", tsa_url=url, tsa_roots=[root])
    assert info.timestamp is not None
    assert abs((info.timestamp - datetime.now(UTC)).total_seconds()) < 3600
    rep = verify_bundle(info.folder, tsa_roots=[root], public_key=info.public_key)
    assert rep.ok and rep.timestamp_ok, rep
    assert rep.timestamp_root and "Recours Test Root" in rep.timestamp_root
    assert rep.timestamp_detail and "racine de confiance" in rep.timestamp_detail.render("fr")
    rep_zip = verify_bundle(info.zip_path, public_key=info.public_key)   # no trusted root
    assert not rep_zip.ok and rep_zip.timestamp_status is StampStatus.UNTRUSTED_ROOT
    trusted = verify_bundle(info.zip_path, public_key=info.public_key, trust_bundle_root=True)
    assert trusted.ok and trusted.timestamp_ok


def test_timestamp_of_another_manifest_is_rejected(tmp_path: Path) -> None:
    spec = credit_spec(tmp_path, [c("C1", "recall", ">=", 0.7, cutoff=0.5)])
    results = evaluate(spec, credit_table(500))
    with local_tsa() as (url, _ca):
        info = write_bundle(tmp_path / "b", spec, results,
                            run_at=datetime(2026, 11, 26, tzinfo=UTC),
                            key_path=tmp_path / "k.pem", tsa_url=url)
        other = request_timestamp(url, b"another manifest")
    (info.folder / "timestamp.tsr").write_bytes(other)
    rep = verify_bundle(info.folder, public_key=info.public_key)
    assert not rep.ok and rep.timestamp_ok is False


def test_wrong_root_is_rejected(tmp_path: Path) -> None:
    spec = credit_spec(tmp_path, [c("C1", "recall", ">=", 0.7, cutoff=0.5)])
    results = evaluate(spec, credit_table(300))
    with local_tsa() as (url, _ca):
        info = write_bundle(tmp_path / "b", spec, results,
                            run_at=datetime(2026, 11, 26, tzinfo=UTC),
                            key_path=tmp_path / "k.pem", tsa_url=url)
    with local_tsa() as (_url2, other_ca):
        wrong = x509.load_pem_x509_certificate(other_ca.read_bytes())
    rep = verify_bundle(info.folder, tsa_roots=[wrong], public_key=info.public_key)
    assert not rep.ok and rep.timestamp_ok is False


def test_unreachable_tsa_is_a_bundle_error_and_writes_nothing(tmp_path: Path) -> None:
    spec = credit_spec(tmp_path, [c("C1", "recall", ">=", 0.7, cutoff=0.5)])
    results = evaluate(spec, credit_table(300))
    with pytest.raises(BundleError):
        write_bundle(tmp_path / "b", spec, results, run_at=datetime(2026, 11, 26, tzinfo=UTC),
                     key_path=tmp_path / "k.pem", tsa_url="http://127.0.0.1:9/tsa")
    assert not (tmp_path / "b").exists()
