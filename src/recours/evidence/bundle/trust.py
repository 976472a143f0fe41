"""Which signing keys a verifier trusts: fingerprints, and where each pinned key comes from.

A key is named by its fingerprint, the SHA-256 of its 32 raw Ed25519 bytes in hex (the
``key_fingerprint`` a dossier records for each run). A trusted-keys file holds one key a line,
base64 public key or fingerprint, optionally followed by a label; ``#`` starts a comment.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from pathlib import Path

from recours.errors import BundleError, InputError
from recours.i18n import T

HEX64 = re.compile(r"[0-9a-f]{64}")


def fingerprint(public_key_b64: str) -> str:
    """SHA-256 (hex) of the raw public key; raises ValueError if it is not a 32-byte key."""
    raw = base64.b64decode(public_key_b64, validate=True)
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key has 32 bytes")
    return hashlib.sha256(raw).hexdigest()


def as_fingerprint(text: str, where: str) -> str:
    """A fingerprint from a base64 public key or a (``SHA256:``-prefixed, colon-separated)
    hex fingerprint."""
    value = text.strip()
    cleaned = value.lower().removeprefix("sha256:").replace(":", "")
    if HEX64.fullmatch(cleaned):
        return cleaned
    try:
        return fingerprint(value)
    except (ValueError, binascii.Error):
        raise InputError(T(f"clé publique ou empreinte illisible : « {value[:80]} »",
                           f"unreadable public key or fingerprint: '{value[:80]}'"), where=where,
                         fix=T("donnez la clé publique Ed25519 en base64 (44 caractères) ou son "
                               "empreinte SHA-256 en hexadécimal (64 caractères)",
                               "give the Ed25519 public key in base64 (44 characters) or its "
                               "SHA-256 fingerprint in hex (64 characters)")) from None


def load_trusted_keys(path: Path) -> dict[str, str]:
    """{fingerprint: label} of a trusted-keys file."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(T("fichier de clés de confiance illisible",
                           "unreadable trusted-keys file"), where=str(path)) from exc
    keys: dict[str, str] = {}
    for number, line in enumerate(lines, 1):
        content = line.split("#", 1)[0].strip()
        if not content:
            continue
        key, _, label = content.partition(" ")
        fp = as_fingerprint(key, f"{path}:{number}")
        keys[fp] = label.strip() or f"{path.name}:{number}"
    if not keys:
        raise InputError(T("le fichier de clés de confiance ne contient aucune clé",
                           "the trusted-keys file holds no key"), where=str(path))
    return keys


def local_key(path: Path) -> dict[str, str]:
    """{fingerprint: label} of this machine's signing key, if it exists (nothing else)."""
    if not path.is_file():
        return {}
    from recours.evidence.bundle.sign import load_or_create_key, public_b64
    try:
        return {fingerprint(public_b64(load_or_create_key(path))): f"RECOURS_SIGNING_KEY ({path})"}
    except BundleError:
        return {}
