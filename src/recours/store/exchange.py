"""Dossier export and import as a zip: ``dossier.yaml``, ``files/…``, ``documents/…`` and a
``manifest.json`` of SHA-256 hashes. Import checks every hash and size before writing, and
writes everything in one transaction."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from recours.dossier import Dossier, dump_dossier
from recours.dossier.yamlio import loads_dossier
from recours.store.blobs import DOCUMENT_MEDIA, safe_filename
from recours.store.core import Store
from recours.store.models import DocumentRow, DossierRow, FileRow
from recours.store.repo import Scope, children, create_dossier, dossier_model
from recours.store.zip_reading import (
    MAX_YAML_BYTES,
    bad,
    manifest_entries,
    open_archive,
    read_manifest,
    read_member,
    shown,
)

FORMAT = 1


def export_zip(store: Store, session: Session, row: DossierRow) -> bytes:
    buffer = io.BytesIO()
    manifest: dict[str, Any] = {"format": FORMAT, "reference": row.reference, "files": []}
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("dossier.yaml", dump_dossier(dossier_model(row)))
        used: set[str] = set()
        for folder, items in (("files", children(session, FileRow, row)),
                              ("documents", children(session, DocumentRow, row))):
            for item in items:
                name = _unique(f"{folder}/{safe_filename(item.filename)}", used)
                archive.writestr(name, store.blobs.read(item.sha256))
                manifest["files"].append({"path": name, "sha256": item.sha256,
                                          "size": item.size,
                                          "kind": getattr(item, "kind", folder)})
        archive.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))
    return buffer.getvalue()


def _unique(name: str, used: set[str]) -> str:
    candidate, n = name, 1
    while candidate in used:
        stem, suffix = Path(name).stem, Path(name).suffix
        candidate = f"{Path(name).parent}/{stem}-{n}{suffix}"
        n += 1
    used.add(candidate)
    return candidate


def import_zip(store: Store, session: Session, scope: Scope, data: bytes) -> DossierRow:
    """Create a dossier (and its files) from an exported zip, in the caller's transaction.

    Every bound (members, sizes, ratio, manifest shape, names, duplicates) is checked by
    :mod:`recours.store.zip_reading` before any member is decompressed."""
    scope.require_write()
    max_bytes = store.settings.max_upload_mb * 1024 * 1024
    archive = open_archive(data, max_bytes)
    names = set(archive.namelist())
    for required in ("dossier.yaml", "manifest.json"):
        if required not in names:
            raise bad(f"« {required} » absent de l'archive", f"'{required}' missing", required)
    entries = manifest_entries(archive, read_manifest(archive), max_bytes)
    dossier = parse_dossier_yaml(read_member(archive, "dossier.yaml", MAX_YAML_BYTES))
    row = create_dossier(session, scope, dossier)
    for entry in entries:
        content = read_member(archive, entry.info.filename, max_bytes)
        if hashlib.sha256(content).hexdigest() != entry.sha256:
            raise bad("empreinte SHA-256 différente : fichier altéré",
                      "SHA-256 mismatch: file altered", shown(entry.info.filename))
        if entry.folder == "files":
            store.add_file(session, scope, row, entry.kind, entry.name, content)
        else:
            _import_document(store, session, scope, row, entry.name, content)
    scope.log(session, "dossier.import", row.public_id, files=len(entries))
    return row


def _import_document(store: Store, session: Session, scope: Scope, row: DossierRow, name: str,
                     content: bytes) -> None:
    fmt = Path(name).suffix.lstrip(".").lower()
    media = DOCUMENT_MEDIA.get(fmt, "application/octet-stream")
    kind = next((k for k in ("mise-en-demeure", "note", "rapport") if k in name), "autre")
    store.add_document(session, scope, row, kind, fmt, name, media, content)


def parse_dossier_yaml(content: bytes, name: str = "dossier.yaml") -> Dossier:
    """Validate uploaded YAML with the dossier model's own precise errors (line numbers)."""
    return loads_dossier(content, name)
