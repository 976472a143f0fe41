"""Ed25519 signing key (generated once in the data folder, or given by path) and signatures."""

from __future__ import annotations

import base64
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from recours.errors import BundleError
from recours.i18n import T


def load_or_create_key(path: Path) -> Ed25519PrivateKey:
    """The private key at ``path`` (PEM, PKCS#8); created with mode 0600 if absent."""
    if path.is_file():
        try:
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except (ValueError, TypeError) as exc:
            raise BundleError(T("clé de signature illisible", "unreadable signing key"),
                              where=str(path), fix=T("fournissez une clé Ed25519 PEM non chiffrée",
                                                     "provide an unencrypted Ed25519 PEM key"),
                              ) from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise BundleError(T("la clé de signature n'est pas une clé Ed25519",
                                "the signing key is not an Ed25519 key"), where=str(path))
        return key
    path.parent.mkdir(parents=True, exist_ok=True)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    return key


def public_b64(key: Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def sign(key: Ed25519PrivateKey, data: bytes) -> str:
    return base64.b64encode(key.sign(data)).decode()


def check(public_key_b64: str, signature_b64: str, data: bytes) -> bool:
    try:
        pub = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key_b64))
        pub.verify(base64.b64decode(signature_b64), data)
    except (InvalidSignature, ValueError):
        return False
    return True
