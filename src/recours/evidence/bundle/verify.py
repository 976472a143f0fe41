"""Verify a bundle (folder or zip): hashes, Merkle root, signature, timestamp; name every file
altered, added or removed."""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
from recours.evidence.bundle.sign import check
from recours.evidence.bundle.timestamp import gen_time, verify_timestamp
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
    timestamp_ok: bool | None = None      # None: no timestamp in the bundle
    timestamp: str | None = None
    timestamp_detail: str | None = None
    problems: list[str] = field(default_factory=list)


def _read(path: Path) -> dict[str, bytes]:
    if path.is_dir():
        return {p.relative_to(path).as_posix(): p.read_bytes()
                for p in sorted(path.rglob("*")) if p.is_file()}
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            return {n: zf.read(n) for n in zf.namelist() if not n.endswith("/")}
    raise BundleError(T("ni dossier ni archive zip de preuve", "neither a bundle folder nor a zip"),
                      where=str(path), fix=T("indiquez le dossier ou le .zip produit par "
                                             "« recours evidence run »", "give the folder or .zip "
                                             "written by 'recours evidence run'"))


def verify_bundle(path: Path, tsa_roots: list[x509.Certificate] | None = None,
                  public_key: str | None = None) -> VerifyReport:
    """Check the bundle. ``public_key`` (base64) pins the expected signer; ``tsa_roots`` are
    trusted TSA roots (default: the chain stored in the bundle, which proves integrity of the
    token but not the TSA's identity)."""
    files = _read(path)
    rep = VerifyReport(ok=False)
    if MANIFEST not in files:
        raise BundleError(T("manifeste absent : ce n'est pas une archive de preuve scellée",
                            "manifest missing: not a sealed bundle"), where=str(path))
    manifest_bytes = files[MANIFEST]
    try:
        manifest: dict[str, Any] = json.loads(manifest_bytes)
        listed: dict[str, dict[str, Any]] = manifest["files"]
    except (ValueError, KeyError) as exc:
        raise BundleError(T("manifeste illisible", "unreadable manifest"),
                          where=f"{path}/{MANIFEST}") from exc
    present = {p: b for p, b in files.items() if p not in SEALS}
    rep.removed = sorted(set(listed) - set(present))
    rep.added = sorted(set(present) - set(listed))
    rep.altered = sorted(p for p in set(listed) & set(present)
                         if sha256(present[p]) != listed[p]["sha256"])
    root = merkle_root({p: f["sha256"] for p, f in listed.items()})
    rep.merkle_root = root
    if root != manifest.get("merkle_root"):
        rep.problems.append("merkle root does not match the listed hashes")
    try:
        sig = json.loads(files[SIGNATURE])
        rep.public_key = sig["public_key"]
        rep.signature_ok = check(sig["public_key"], sig["signature"], manifest_bytes)
    except (KeyError, ValueError):
        rep.problems.append("signature missing or unreadable")
    if public_key and rep.public_key != public_key:
        rep.signature_ok = False
        rep.problems.append("signed by another key than the expected one")
    if TIMESTAMP in files:
        roots = tsa_roots
        if roots is None and TSA_CHAIN in files:
            chain = x509.load_pem_x509_certificates(files[TSA_CHAIN])
            roots = [c for c in chain if c.issuer == c.subject]
        rep.timestamp_ok, rep.timestamp_detail = verify_timestamp(files[TIMESTAMP],
                                                                  manifest_bytes, roots or [])
        if rep.timestamp_ok:
            rep.timestamp = gen_time(files[TIMESTAMP]).isoformat()
    rep.ok = (not rep.altered and not rep.added and not rep.removed and not rep.problems
              and rep.signature_ok and rep.timestamp_ok is not False)
    return rep
