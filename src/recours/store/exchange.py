"""Dossier export and import as a zip: ``dossier.yaml``, ``files/…``, ``documents/…`` and a
``manifest.json`` of SHA-256 hashes. Import checks every hash and size before writing, and
writes everything in one transaction."""

from __future__ import annotations

import hashlib
import io
import json
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from recours.dossier import Dossier, dump_dossier, load_dossier
from recours.errors import InputError
from recours.i18n import T
from recours.store.blobs import DOCUMENT_MEDIA
from recours.store.core import Store
from recours.store.models import DocumentRow, DossierRow, FileRow
from recours.store.repo import Scope, children, create_dossier, dossier_model

MAX_ENTRIES = 500
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
                name = _unique(f"{folder}/{item.filename}", used)
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


def _bad(fr: str, en: str, where: str = "zip") -> InputError:
    return InputError(T(fr, en), where=where,
                      fix=T("exportez à nouveau le dossier depuis Recours",
                            "export the dossier again from Recours"))


def _read_archive(data: bytes, max_bytes: int) -> tuple[zipfile.ZipFile, dict[str, Any]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise _bad("archive zip illisible", "unreadable zip archive") from None
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES or sum(i.file_size for i in infos) > max_bytes:
        raise _bad("archive trop volumineuse", "archive too large")
    names = {i.filename for i in infos}
    for required in ("dossier.yaml", "manifest.json"):
        if required not in names:
            raise _bad(f"« {required} » absent de l'archive", f"'{required}' missing", required)
    try:
        manifest = json.loads(archive.read("manifest.json"))
    except ValueError:
        raise _bad("manifest.json illisible", "unreadable manifest.json", "manifest.json") from None
    return archive, manifest


def import_zip(store: Store, session: Session, scope: Scope, data: bytes) -> DossierRow:
    """Create a dossier (and its files) from an exported zip, in the caller's transaction."""
    scope.require_write()
    archive, manifest = _read_archive(data, store.settings.max_upload_mb * 1024 * 1024)
    dossier = parse_dossier_yaml(archive.read("dossier.yaml"))
    row = create_dossier(session, scope, dossier)
    for entry in manifest.get("files", []):
        path = str(entry.get("path", ""))
        try:
            content = archive.read(path)
        except KeyError:
            raise _bad("fichier annoncé mais absent", "listed file missing", path) from None
        if hashlib.sha256(content).hexdigest() != entry.get("sha256"):
            raise _bad("empreinte SHA-256 différente : fichier altéré",
                       "SHA-256 mismatch: file altered", path)
        if path.startswith("files/"):
            store.add_file(session, scope, row, str(entry.get("kind", "other")),
                           path.split("/", 1)[1], content)
        else:
            _import_document(store, session, scope, row, path, content)
    scope.log(session, "dossier.import", row.public_id, files=len(manifest.get("files", [])))
    return row


def _import_document(store: Store, session: Session, scope: Scope, row: DossierRow, path: str,
                     content: bytes) -> None:
    name = path.split("/", 1)[1]
    fmt = Path(name).suffix.lstrip(".").lower()
    media = DOCUMENT_MEDIA.get(fmt, "application/octet-stream")
    kind = next((k for k in ("mise-en-demeure", "note", "rapport") if k in name), "autre")
    store.add_document(session, scope, row, kind, fmt, name, media, content)


def parse_dossier_yaml(content: bytes, name: str = "dossier.yaml") -> Dossier:
    """Validate uploaded YAML with the dossier model's own precise errors (line numbers)."""
    with tempfile.TemporaryDirectory(prefix="recours-import-") as folder:
        path = Path(folder) / name
        path.write_bytes(content)
        try:
            return load_dossier(path)
        except InputError as error:
            for item in (error, *getattr(error, "problems", [])):
                if item.where:
                    item.where = item.where.replace(str(path), name)
            raise
