"""Verify a bundle (folder or zip): hashes, Merkle root, signature and signer, timestamp; name
every file altered, added or removed, and every seal that does not bind.

By default nothing is taken on the bundle's word: the signer must be one of the trusted keys
(``trusted_keys``) and the timestamp authority must chain to a trusted root (``tsa_roots``);
``allow_unknown_key`` and ``trust_bundle_root`` relax that, explicitly, and the report says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509

from recours.errors import BundleError
from recours.evidence.bundle.manifest import (
    MANIFEST,
    SEALS,
    SIGNATURE,
    TIMESTAMP,
    TSA_CHAIN,
    merkle_root,
    sha256,
)
from recours.evidence.bundle.read import load_chain, parse_manifest, parse_signature, read_files
from recours.evidence.bundle.sign import check
from recours.evidence.bundle.timestamp import StampCheck, StampStatus, verify_timestamp
from recours.evidence.bundle.trust import fingerprint
from recours.i18n import T


@dataclass
class VerifyReport:
    ok: bool
    altered: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    merkle_root: str | None = None
    signature_ok: bool = False
    public_key: str | None = None
    key_fingerprint: str | None = None
    key_trusted_as: str | None = None     # label of the trusted key that matched, if any
    timestamp_status: StampStatus = StampStatus.ABSENT
    timestamp_ok: bool | None = None      # None: no timestamp made for this bundle
    timestamp: str | None = None
    timestamp_detail: T | None = None
    timestamp_root: str | None = None     # root trusted (valid) or offered (untrusted)
    problems: list[T] = field(default_factory=list)
    warnings: list[T] = field(default_factory=list)


def _signer(rep: VerifyReport, files: dict[str, bytes], manifest: bytes, where: str,
            trusted: Mapping[str, str], allow_unknown: bool) -> None:
    if SIGNATURE not in files:
        rep.problems.append(T("signature absente (signature.json supprimé)",
                              "signature missing (signature.json removed)"))
        return
    sig = parse_signature(files[SIGNATURE], f"{where}/{SIGNATURE}")
    rep.public_key = sig.public_key
    try:
        rep.key_fingerprint = fingerprint(sig.public_key)
    except ValueError:
        rep.problems.append(T("la clé publique de signature.json n'est pas une clé Ed25519",
                              "the public key in signature.json is not an Ed25519 key"))
        return
    rep.signature_ok = check(sig.public_key, sig.signature, manifest)
    if not rep.signature_ok:
        rep.problems.append(T("signature du manifeste invalide", "manifest signature invalid"))
    rep.key_trusted_as = trusted.get(rep.key_fingerprint)
    if rep.key_trusted_as is None:
        unknown = T(f"signé par une clé inconnue (empreinte {rep.key_fingerprint})",
                    f"signed by an unknown key (fingerprint {rep.key_fingerprint})")
        if allow_unknown:
            rep.warnings.append(unknown + T(" — acceptée sur demande (--allow-unknown-key)",
                                            " — accepted on request (--allow-unknown-key)"))
        else:
            rep.problems.append(unknown + T(
                " : ni le dossier, ni les clés de confiance fournies ne la connaissent",
                ": neither the dossier nor the trusted keys given know it"))


def _stamp(files: dict[str, bytes], manifest: bytes, where: str, expected: bool | None,
           roots: list[x509.Certificate], trust_bundle_root: bool) -> StampCheck:
    if TIMESTAMP not in files:
        if expected:
            return StampCheck(StampStatus.STRIPPED, T(
                "horodatage supprimé : le manifeste signé indique qu'un horodatage a été fait, "
                "timestamp.tsr est absent", "timestamp stripped: the signed manifest says one "
                "was made, timestamp.tsr is missing"))
        return StampCheck(StampStatus.ABSENT, T(
            "aucun horodatage : la date de l'archive n'est prouvée que par sa signature",
            "no timestamp: the bundle's date rests on its signature alone"))
    offered = load_chain(files[TSA_CHAIN], f"{where}/{TSA_CHAIN}") if TSA_CHAIN in files else []
    return verify_timestamp(files[TIMESTAMP], manifest, roots, offered, trust_bundle_root)


def verify_bundle(path: Path, tsa_roots: list[x509.Certificate] | None = None,
                  public_key: str | None = None, *,
                  trusted_keys: Mapping[str, str] | None = None,
                  allow_unknown_key: bool = False,
                  trust_bundle_root: bool = False) -> VerifyReport:
    """Check the bundle. ``trusted_keys`` maps fingerprints of trusted signers to a label
    (where the key was pinned); ``public_key`` (base64) adds one. ``tsa_roots`` are the
    trusted TSA roots; the root stored in the bundle is trusted only if ``trust_bundle_root``."""
    files = read_files(path)
    rep = VerifyReport(ok=False)
    if MANIFEST not in files:
        raise BundleError(T("manifeste absent : ce n'est pas une archive de preuve scellée",
                            "manifest missing: not a sealed bundle"), where=str(path))
    manifest_bytes = files[MANIFEST]
    manifest = parse_manifest(manifest_bytes, f"{path}/{MANIFEST}")
    present = {p: b for p, b in files.items() if p not in SEALS}
    rep.removed = sorted(set(manifest.files) - set(present))
    rep.added = sorted(set(present) - set(manifest.files))
    rep.altered = sorted(p for p in set(manifest.files) & set(present)
                         if sha256(present[p]) != manifest.files[p])
    rep.merkle_root = merkle_root(manifest.files)
    if rep.merkle_root != manifest.merkle_root:
        rep.problems.append(T("la racine de Merkle ne correspond pas aux empreintes listées",
                              "merkle root does not match the listed hashes"))
    trusted = dict(trusted_keys or {})
    if public_key:
        try:
            trusted[fingerprint(public_key)] = "--public-key"
        except ValueError:
            raise BundleError(T("clé publique attendue illisible (base64 Ed25519)",
                                "unreadable expected public key (base64 Ed25519)")) from None
    _signer(rep, files, manifest_bytes, str(path), trusted, allow_unknown_key)
    stamp = _stamp(files, manifest_bytes, str(path), manifest.timestamped, tsa_roots or [],
                   trust_bundle_root)
    rep.timestamp_status, rep.timestamp_detail = stamp.status, stamp.detail
    rep.timestamp_root = stamp.root
    rep.timestamp_ok = None if stamp.status is StampStatus.ABSENT else stamp.ok
    if stamp.time is not None and stamp.status is StampStatus.VALID:
        rep.timestamp = stamp.time.isoformat()
    if stamp.status is StampStatus.ABSENT:
        rep.warnings.append(stamp.detail)
    elif not stamp.ok:
        rep.problems.append(T("horodatage : ", "timestamp: ") + stamp.detail)
    rep.ok = not (rep.altered or rep.added or rep.removed or rep.problems) and rep.signature_ok
    return rep
