"""Seals that bind: each tampering case of issue 16 fails ``recours evidence verify`` by
default, named. A real local TSA (OpenSSL ``ts``) stamps the bundles; the attacker has a TSA
of their own, and Ed25519 keys of their own."""

from __future__ import annotations

import json
import shutil
import threading
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from typer.testing import CliRunner

from recours.cli.main import app
from recours.dossier import load_dossier, save_dossier
from recours.dossier.evidence import EvidenceRun
from recours.errors import BundleError
from recours.evidence import evaluate
from recours.evidence.bundle import BundleInfo, verify_bundle, write_bundle
from recours.evidence.bundle.manifest import build_manifest
from recours.evidence.bundle.sign import public_b64, sign
from recours.evidence.bundle.timestamp import StampStatus, request_timestamp, tsa_certificates
from tests.evidence.helpers import c, credit_spec, credit_table
from tests.evidence.tsa import local_tsa

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl")
runner = CliRunner()
RUN_AT = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def sealed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[BundleInfo, Path, str]]:
    """(bundle, the firm's TSA root PEM, the attacker's TSA URL), TSAs running."""
    tmp = tmp_path_factory.mktemp("seals")
    spec = credit_spec(tmp, [c("C1", "recall", ">=", 0.7, cutoff=0.5)])
    with local_tsa() as (url, ca), local_tsa() as (evil_url, _evil_ca):
        root = x509.load_pem_x509_certificate(ca.read_bytes())
        info = write_bundle(tmp / "bundle", spec, evaluate(spec, credit_table(400)),
                            run_at=RUN_AT, key_path=tmp / "data" / "keys" / "ed25519.pem",
                            tsa_url=url, tsa_roots=[root])
        shutil.copy(ca, tmp / "root.pem")
        yield info, tmp / "root.pem", evil_url


@pytest.fixture
def env(sealed: tuple[BundleInfo, Path, str], monkeypatch: pytest.MonkeyPatch) -> Path:
    """The firm's machine: its signing key is the local key."""
    monkeypatch.setenv("RECOURS_DATA_DIR", str(sealed[0].folder.parent / "data"))
    monkeypatch.setenv("RECOURS_SIGNING_KEY",
                       str(sealed[0].folder.parent / "data" / "keys" / "ed25519.pem"))
    monkeypatch.setenv("COLUMNS", "250")
    return sealed[0].folder


def _copy(folder: Path, tmp: Path) -> Path:
    return Path(shutil.copytree(folder, tmp / "copy"))


def _verify(*args: str) -> tuple[int, str]:
    res = runner.invoke(app, ["evidence", "verify", *args])
    assert res.exception is None or isinstance(res.exception, SystemExit), res.output
    return res.exit_code, " ".join(res.output.split())


def _reseal(folder: Path, key: Ed25519PrivateKey) -> None:
    """What an attacker does after editing files: a new manifest signed with their key."""
    files = {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*")
             if p.is_file() and p.name not in {"manifest.json", "signature.json",
                                               "timestamp.tsr", "timestamp-chain.pem"}}
    manifest = build_manifest(files)
    (folder / "manifest.json").write_bytes(manifest)
    (folder / "signature.json").write_text(json.dumps({
        "algorithm": "Ed25519", "signed_file": "manifest.json", "public_key": public_b64(key),
        "signature": sign(key, manifest)}))
    for seal in ("timestamp.tsr", "timestamp-chain.pem"):
        (folder / seal).unlink(missing_ok=True)


def test_genuine_bundle_verifies_naming_key_and_root(env: Path,
                                                     sealed: tuple[BundleInfo, Path, str]) -> None:
    code, out = _verify(str(env), "--tsa-cert", str(sealed[1]))
    assert code == 0, out
    assert sealed[0].key_fingerprint in out and "RECOURS_SIGNING_KEY" in out
    assert "racine de confiance" in out and "Recours Test Root" in out
    assert "archive intègre" in out


def test_results_edited_and_resigned_with_another_key_fail(env: Path, tmp_path: Path,
                                                           sealed: tuple[BundleInfo, Path, str]
                                                           ) -> None:
    dst = _copy(env, tmp_path)
    doc = json.loads((dst / "results.json").read_text())
    doc["results"][0]["verdict"] = "conformity_established"
    (dst / "results.json").write_text(json.dumps(doc))
    attacker = Ed25519PrivateKey.generate()
    _reseal(dst, attacker)
    code, out = _verify(str(dst), "--tsa-cert", str(sealed[1]))
    assert code == 1 and "clé inconnue" in out, out
    rep = verify_bundle(dst, public_key=sealed[0].public_key)
    assert not rep.ok and rep.signature_ok and rep.key_trusted_as is None
    lenient = verify_bundle(dst, allow_unknown_key=True)
    assert lenient.ok and "allow-unknown-key" in lenient.warnings[0].render("fr")


def test_token_from_attackers_tsa_with_its_root_in_the_bundle_fails(
        env: Path, tmp_path: Path, sealed: tuple[BundleInfo, Path, str]) -> None:
    dst = _copy(env, tmp_path)
    token = request_timestamp(sealed[2], (dst / "manifest.json").read_bytes())
    (dst / "timestamp.tsr").write_bytes(token)
    chain = b"".join(cert.public_bytes(serialization.Encoding.PEM)
                     for cert in tsa_certificates(token))
    (dst / "timestamp-chain.pem").write_bytes(chain)
    code, out = _verify(str(dst))
    assert code == 1 and "aucune racine de confiance" in out, out
    code, out = _verify(str(dst), "--tsa-cert", str(sealed[1]))
    assert code == 1 and "aucune racine de confiance fournie" in out, out


def test_attackers_root_shipped_in_the_bundle_is_not_trusted(
        env: Path, tmp_path: Path, sealed: tuple[BundleInfo, Path, str]) -> None:
    with local_tsa() as (url, ca):
        dst = _copy(env, tmp_path)
        token = request_timestamp(url, (dst / "manifest.json").read_bytes())
        (dst / "timestamp.tsr").write_bytes(token)
        (dst / "timestamp-chain.pem").write_bytes(ca.read_bytes())
    rep = verify_bundle(dst, trusted_keys={sealed[0].key_fingerprint: "firm"})
    assert not rep.ok and rep.timestamp_status is StampStatus.UNTRUSTED_ROOT
    assert rep.timestamp_root and "Recours Test Root" in rep.timestamp_root
    code, out = _verify(str(dst))
    assert code == 1 and "identité de l'autorité d'horodatage n'est pas prouvée" in out, out
    code, out = _verify(str(dst), "--trust-bundle-root")
    assert code == 0 and "approuvée sur demande" in out, out


def test_stripped_timestamp_is_named(env: Path, tmp_path: Path,
                                     sealed: tuple[BundleInfo, Path, str]) -> None:
    dst = _copy(env, tmp_path)
    (dst / "timestamp.tsr").unlink()
    (dst / "timestamp-chain.pem").unlink()
    code, out = _verify(str(dst), "--tsa-cert", str(sealed[1]))
    assert code == 1 and "horodatage supprimé" in out, out


def test_corrupted_tsa_signature_fails_without_any_root(env: Path, tmp_path: Path) -> None:
    dst = _copy(env, tmp_path)
    token = bytearray((dst / "timestamp.tsr").read_bytes())
    token[-1] ^= 0x01                       # last byte: inside the ECDSA signature
    (dst / "timestamp.tsr").write_bytes(bytes(token))
    code, out = _verify(str(dst))
    assert code == 1 and "signature de l'autorité d'horodatage invalide" in out, out


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_duplicate_zip_member_is_refused(env: Path, tmp_path: Path) -> None:
    src, out_zip = env.with_name("bundle.zip"), tmp_path / "dup.zip"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out_zip, "w") as zout:
        zout.writestr("results.json", b'{"forged": true}')
        for name in zin.namelist():
            zout.writestr(name, zin.read(name))
    code, out = _verify(str(out_zip))
    assert code == 1 and "plusieurs entrées du même nom : results.json" in out, out


@pytest.mark.parametrize(("file", "content", "expected"), [
    ("signature.json", "[]", "doit être un objet JSON"),
    ("signature.json", '{"public_key": 12, "signature": "AA=="}', "« public_key » absent"),
    ("signature.json", "{not json", "signature illisible"),
    ("manifest.json", '{"files": {"spec.yaml": {"sha256": "zz"}}}', "non hexadécimale"),
    ("manifest.json", '{"files": []}', "sans liste de fichiers"),
    ("manifest.json", "\xff", "manifeste illisible"),
])
def test_malformed_seals_give_french_errors(env: Path, tmp_path: Path, file: str, content: str,
                                            expected: str) -> None:
    dst = _copy(env, tmp_path)
    (dst / file).write_text(content, encoding="latin-1")
    code, out = _verify(str(dst))
    assert code == 1 and "Erreur" in out and expected in out, out
    with pytest.raises(BundleError):
        verify_bundle(dst, allow_unknown_key=True)


def test_key_pinned_by_the_dossier_or_a_trusted_keys_file(
        env: Path, tmp_path: Path, sealed: tuple[BundleInfo, Path, str],
        minimal_dossier_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECOURS_DATA_DIR", str(tmp_path / "elsewhere"))    # the expert's machine
    monkeypatch.setenv("RECOURS_SIGNING_KEY", str(tmp_path / "elsewhere-keys" / "ed25519.pem"))
    code, out = _verify(str(env), "--tsa-cert", str(sealed[1]))
    assert code == 1 and "clé inconnue" in out, out
    dossier = tmp_path / "dossier.yaml"
    d = load_dossier(minimal_dossier_path)
    d.evidence_runs = [EvidenceRun(id="run-1", run_at=RUN_AT, spec_sha256="0" * 64,
                                   key_fingerprint=sealed[0].key_fingerprint)]
    save_dossier(d, dossier)
    code, out = _verify(str(env), "--tsa-cert", str(sealed[1]), "--dossier", str(dossier))
    assert code == 0 and "dossier.yaml (run-1)" in out, out
    keys = tmp_path / "keys.txt"
    keys.write_text(f"# the firm\n{sealed[0].public_key} cabinet\n")
    code, out = _verify(str(env), "--tsa-cert", str(sealed[1]), "--trusted-keys", str(keys))
    assert code == 0 and "cabinet" in out, out
    keys.write_text("not-a-key\n")
    code, out = _verify(str(env), "--trusted-keys", str(keys))
    assert code == 2 and "clé publique ou empreinte illisible" in out, out


class _Corrupting(BaseHTTPRequestHandler):
    """A TSA proxy on loopback that flips the last byte (the signature) of every reply."""
    upstream = ""

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        reply = httpx.post(self.upstream, content=body,
                           headers={"Content-Type": "application/timestamp-query"}).content
        reply = reply[:-1] + bytes([reply[-1] ^ 0x01])
        self.send_response(200)
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, *args: object) -> None:
        pass


def test_request_timestamp_checks_the_tsa_signature() -> None:
    with local_tsa() as (url, ca):
        _Corrupting.upstream = url
        server = ThreadingHTTPServer(("127.0.0.1", 0), _Corrupting)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            with pytest.raises(BundleError, match="signature invalid"):
                request_timestamp(f"http://127.0.0.1:{server.server_address[1]}/", b"manifest")
        finally:
            server.shutdown()
            server.server_close()
        with local_tsa() as (_other, other_ca):
            wrong = x509.load_pem_x509_certificate(other_ca.read_bytes())
        with pytest.raises(BundleError, match="does not chain"):
            request_timestamp(url, b"manifest", roots=[wrong])
        good = x509.load_pem_x509_certificate(ca.read_bytes())
        assert request_timestamp(url, b"manifest", roots=[good])
