"""Uploaded and generated files, stored once by their SHA-256 under the data folder.

A file is written to a temporary name, synced, then renamed into ``blobs/ab/cdef…``: a reader
sees the whole file or nothing. Uploads are checked for size and type before they are kept.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path, PurePath

from recours.atomic import write_bytes_atomic
from recours.errors import InputError, NotFound
from recours.i18n import T

# suffix -> (media type, magic prefixes; empty means a text format checked as UTF-8)
ALLOWED: dict[str, tuple[str, tuple[bytes, ...]]] = {
    ".pdf": ("application/pdf", (b"%PDF-",)),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              (b"PK\x03\x04",)),
    ".txt": ("text/plain; charset=utf-8", ()),
    ".md": ("text/markdown; charset=utf-8", ()),
    ".csv": ("text/csv; charset=utf-8", ()),
    ".jsonl": ("application/jsonl", ()),
    ".json": ("application/json", ()),
    ".yaml": ("application/yaml", ()),
    ".yml": ("application/yaml", ()),
    ".parquet": ("application/vnd.apache.parquet", (b"PAR1",)),
    ".html": ("text/html; charset=utf-8", ()),
    ".zip": ("application/zip", (b"PK\x03\x04",)),
}

DOCUMENT_MEDIA = {
    "docx": ALLOWED[".docx"][0],
    "pdf": "application/pdf",
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
}


@dataclass(frozen=True)
class CheckedFile:
    filename: str
    media_type: str
    size: int
    sha256: str


def safe_filename(name: str) -> str:
    """The last component of an uploaded name, without control or path characters."""
    base = PurePath(name.replace("\\", "/")).name
    cleaned = "".join(c for c in base if c.isprintable() and c not in '<>:"/\\|?*')
    return cleaned.strip(" .")[:200] or "fichier"


def check_upload(filename: str, data: bytes, max_bytes: int,
                 allowed: tuple[str, ...] | None = None) -> CheckedFile:
    """Refuse empty, too large, unknown-type or mislabelled files; return their identity."""
    name = safe_filename(filename)
    suffix = Path(name).suffix.lower()
    kinds = allowed or tuple(ALLOWED)
    if suffix not in kinds:
        raise InputError(
            T(f"type de fichier refusé : « {suffix or name} »",
              f"file type refused: '{suffix or name}'"),
            where=name, fix=T("formats acceptés : " + ", ".join(kinds),
                              "accepted formats: " + ", ".join(kinds)))
    if not data:
        raise InputError(T("fichier vide", "empty file"), where=name,
                         fix=T("choisissez un fichier non vide", "choose a non-empty file"))
    if len(data) > max_bytes:
        mb = max_bytes // (1024 * 1024)
        raise InputError(T(f"fichier trop volumineux (plus de {mb} Mo)",
                           f"file too large (over {mb} MB)"), where=name,
                         fix=T("réduisez le fichier ou augmentez RECOURS_MAX_UPLOAD_MB",
                               "shrink the file or raise RECOURS_MAX_UPLOAD_MB"))
    media_type, magics = ALLOWED[suffix]
    _check_content(name, data, magics)
    return CheckedFile(name, media_type, len(data), hashlib.sha256(data).hexdigest())


def _check_content(name: str, data: bytes, magics: tuple[bytes, ...]) -> None:
    if magics:
        if not any(data.startswith(m) for m in magics):
            raise InputError(T("le contenu ne correspond pas à l'extension du fichier",
                               "the content does not match the file extension"), where=name,
                             fix=T("envoyez le fichier d'origine, sans le renommer",
                                   "upload the original file, not a renamed one"))
        return
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(T("fichier texte qui n'est pas en UTF-8", "text file not in UTF-8"),
                         where=f"{name}: octet {exc.start}",
                         fix=T("enregistrez-le en UTF-8", "save it as UTF-8")) from None


class BlobStore:
    """Content-addressed files under ``root``."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise NotFound(T("fichier introuvable", "file not found"))
        return self.root / sha256[:2] / sha256[2:]

    def put(self, data: bytes, sha256: str | None = None) -> tuple[str, bool]:
        """Store ``data`` (whose hash may be given); return its hash and whether it is new."""
        sha = sha256 or hashlib.sha256(data).hexdigest()
        target = self.path(sha)
        if target.exists():
            return sha, False
        target.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(target, data, mode=0o600)  # clients' files: the server's alone
        return sha, True

    def read(self, sha256: str) -> bytes:
        target = self.path(sha256)
        if not target.is_file():
            raise NotFound(T("fichier introuvable dans le stockage", "file missing from storage"),
                           where=sha256)
        return target.read_bytes()

    def discard(self, sha256: str) -> bool:
        """Remove the blob; whether there was one."""
        target = self.path(sha256)
        try:
            target.unlink()
        except FileNotFoundError:
            return False
        return True

    def partials(self, sha256: str) -> list[Path]:
        """Temporary files of interrupted writes of this blob (see ``write_bytes_atomic``)."""
        target = self.path(sha256)
        if not target.parent.is_dir():
            return []
        return sorted(target.parent.glob(f".{target.name}.*.tmp"))
