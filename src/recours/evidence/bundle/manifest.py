"""Manifest of SHA-256 hashes and its Merkle root.

Leaves are the files in path order: ``leaf = SHA256(0x00 || path || 0x00 || file hash)``;
inner nodes ``SHA256(0x01 || left || right)``; an odd last node is carried up unchanged.
The manifest itself, the signature and the timestamp are outside the manifest (they seal it).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

MANIFEST = "manifest.json"
SIGNATURE = "signature.json"
TIMESTAMP = "timestamp.tsr"
TSA_CHAIN = "timestamp-chain.pem"
SEALS = frozenset({MANIFEST, SIGNATURE, TIMESTAMP, TSA_CHAIN})


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def merkle_root(files: Mapping[str, str]) -> str:
    """Merkle root over (path, hex hash) pairs sorted by path."""
    level = [hashlib.sha256(b"\x00" + p.encode() + b"\x00" + bytes.fromhex(h)).digest()
             for p, h in sorted(files.items())]
    if not level:
        return sha256(b"")
    while len(level) > 1:
        nxt = [hashlib.sha256(b"\x01" + level[i] + level[i + 1]).digest()
               for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            nxt.append(level[-1])
        level = nxt
    return level[0].hex()


def build_manifest(contents: Mapping[str, bytes], timestamped: bool = False) -> bytes:
    """The manifest's bytes (canonical JSON) for the given files. ``timestamped`` records,
    under the signature, that an RFC 3161 timestamp seals the manifest: stripping it shows."""
    hashes = {p: sha256(b) for p, b in sorted(contents.items())}
    files = {p: {"sha256": hashes[p], "size": len(b)} for p, b in sorted(contents.items())}
    doc: dict[str, Any] = {
        "recours_bundle": 1,
        "algorithm": "sha256",
        "files": files,
        "merkle_root": merkle_root(hashes),
        "timestamped": timestamped,
    }
    return (json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()
