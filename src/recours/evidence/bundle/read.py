"""Read a bundle (folder or zip) and its seals, refusing every malformed form with a clear
error: duplicate zip members, a manifest or signature that is not the documented JSON."""

from __future__ import annotations

import json
import re
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509

from recours.errors import BundleError
from recours.evidence.bundle.manifest import MANIFEST
from recours.i18n import T

HEX64 = re.compile(r"[0-9a-f]{64}")
B64 = re.compile(r"[A-Za-z0-9+/]+={0,2}")
REWRITE = T("ce sceau n'a pas la forme écrite par « recours evidence run » : l'archive a été "
            "modifiée ou fabriquée ; demandez l'archive d'origine", "this seal does not have the "
            "form 'recours evidence run' writes: the bundle was modified or forged; ask for the "
            "original bundle")


def _zip(path: Path) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist() if not n.endswith("/")]
            twice = sorted(n for n, k in Counter(names).items() if k > 1)
            if twice:
                raise BundleError(T(
                    f"l'archive zip contient plusieurs entrées du même nom : {', '.join(twice)}",
                    f"the zip holds several entries with the same name: {', '.join(twice)}"),
                    where=str(path), fix=T(
                        "une archive scellée n'a qu'une entrée par fichier : selon l'outil, on "
                        "lirait l'une ou l'autre ; demandez l'archive d'origine",
                        "a sealed bundle has one entry per file: tools would read one or the "
                        "other; ask for the original bundle"))
            return {n: zf.read(n) for n in names}
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise BundleError(T(f"archive zip illisible : {exc}", f"unreadable zip: {exc}"),
                          where=str(path)) from exc


def read_files(path: Path) -> dict[str, bytes]:
    """Every file of the bundle by its relative path."""
    if path.is_dir():
        return {p.relative_to(path).as_posix(): p.read_bytes()
                for p in sorted(path.rglob("*")) if p.is_file()}
    if path.is_file() and zipfile.is_zipfile(path):
        return _zip(path)
    raise BundleError(T("ni dossier ni archive zip de preuve", "neither a bundle folder nor a zip"),
                      where=str(path), fix=T("indiquez le dossier ou le .zip produit par "
                                             "« recours evidence run »", "give the folder or .zip "
                                             "written by 'recours evidence run'"))


def _bad(where: str, fr: str, en: str) -> BundleError:
    return BundleError(T(fr, en), where=where, fix=REWRITE)


@dataclass
class Manifest:
    files: dict[str, str]              # path -> SHA-256 hex
    merkle_root: str | None
    timestamped: bool | None           # None: written before the field existed


def parse_manifest(data: bytes, where: str) -> Manifest:
    try:
        doc: Any = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        raise _bad(where, "manifeste illisible (JSON invalide)",
                   "unreadable manifest (invalid JSON)") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("files"), dict):
        raise _bad(where, "manifeste sans liste de fichiers (« files » attendu)",
                   "manifest without a file list ('files' expected)")
    files: dict[str, str] = {}
    for name, entry in doc["files"].items():
        digest = entry.get("sha256") if isinstance(entry, dict) else None
        if not isinstance(digest, str) or not HEX64.fullmatch(digest):
            raise _bad(f"{where} → {name}", f"empreinte SHA-256 absente ou non hexadécimale "
                       f"pour « {name} » (64 chiffres hexadécimaux attendus)",
                       f"SHA-256 missing or not hex for '{name}' (64 hex digits expected)")
        files[name] = digest
    root, stamped = doc.get("merkle_root"), doc.get("timestamped")
    if root is not None and not (isinstance(root, str) and HEX64.fullmatch(root)):
        raise _bad(where, "racine de Merkle non hexadécimale", "Merkle root is not hex")
    if stamped is not None and not isinstance(stamped, bool):
        raise _bad(where, "champ « timestamped » non booléen", "'timestamped' is not a boolean")
    return Manifest(files, root, stamped)


@dataclass
class Signature:
    public_key: str
    signature: str


def parse_signature(data: bytes, where: str) -> Signature:
    try:
        doc: Any = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        raise _bad(where, "signature illisible (JSON invalide)",
                   "unreadable signature (invalid JSON)") from None
    if not isinstance(doc, dict):
        raise _bad(where, "signature.json doit être un objet JSON (clé publique, signature)",
                   "signature.json must be a JSON object (public key, signature)")
    if doc.get("algorithm", "Ed25519") != "Ed25519" or doc.get("signed_file", MANIFEST) != MANIFEST:
        raise _bad(where, "signature d'un autre algorithme ou d'un autre fichier que "
                   "manifest.json (Ed25519 attendu)", "signature of another algorithm or file "
                   "than manifest.json (Ed25519 expected)")
    out = []
    for field in ("public_key", "signature"):
        value = doc.get(field)
        if not isinstance(value, str) or not B64.fullmatch(value):
            raise _bad(f"{where} → {field}", f"« {field} » absent ou n'est pas du base64",
                       f"'{field}' missing or not base64")
        out.append(value)
    return Signature(*out)


def load_chain(data: bytes, where: str) -> list[x509.Certificate]:
    try:
        return x509.load_pem_x509_certificates(data)
    except ValueError:
        raise _bad(where, "chaîne de certificats de l'horodatage illisible",
                   "unreadable timestamp certificate chain") from None

