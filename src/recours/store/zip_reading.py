"""Bounded reading of an imported dossier zip: every limit is checked from the archive's
directory and the manifest before a single member is decompressed.

Order of the checks (each one refuses with a French/English :class:`InputError`):

1. the end-of-central-directory record, read by hand: declared member count and directory
   size, before :mod:`zipfile` builds one object per member;
2. the directory itself: member count, duplicate names, encryption, compression method,
   per-member size, total size, compression ratio;
3. the manifest (size-bounded): a JSON object whose ``files`` is a list of at most
   ``MAX_ENTRIES`` objects, each a clean ``files/<name>`` or ``documents/<name>`` path listed
   once, a SHA-256 and, when given, the member's exact size;
4. reading a member: never more than its declared size; a CRC or size lie is refused.
"""

from __future__ import annotations

import io
import json
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from typing import Any

from recours.errors import InputError
from recours.i18n import T
from recours.store.blobs import safe_filename

MAX_ENTRIES = 500
MAX_DIRECTORY_BYTES = MAX_ENTRIES * 1024  # central directory: names of about 1 KB at most
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_YAML_BYTES = 5 * 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed, for a member over 1 MiB
RATIO_FLOOR = 1024 * 1024
_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"
_PATH = re.compile(r"^(files|documents)/([^/\\]+)$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_MEMBER_FAILURES = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
                    NotImplementedError, RuntimeError, struct.error)


@dataclass(frozen=True)
class Entry:
    """One manifest line, checked: where it goes, its clean name, its expected content."""

    folder: str
    name: str
    sha256: str
    kind: str
    info: zipfile.ZipInfo


def bad(fr: str, en: str, where: str = "zip") -> InputError:
    return InputError(T(fr, en), where=where,
                      fix=T("exportez à nouveau le dossier depuis Recours",
                            "export the dossier again from Recours"))


def shown(name: object) -> str:
    """A name from the archive as it may appear in a message: printable, short."""
    text = "".join(c if c.isprintable() else "?" for c in str(name))
    return text if len(text) <= 120 else text[:117] + "…"


def _too_large(fr: str, en: str, where: str = "zip") -> InputError:
    return InputError(T(f"archive refusée : {fr}", f"archive refused: {en}"), where=where,
                      fix=T("importez un dossier exporté par Recours, sans fichiers ajoutés",
                            "import a dossier exported by Recours, with no added files"))


def declared_directory(data: bytes) -> tuple[int, int]:
    """(member count, central directory size) from the end record, before zipfile reads it."""
    position = len(data) - 22
    if position < 0:
        raise bad("archive zip illisible", "unreadable zip archive")
    if data[position:position + 4] != _EOCD:
        position = data.rfind(_EOCD, max(0, len(data) - 22 - 65535))
        if position < 0 or len(data) - position < 22:
            raise bad("archive zip illisible", "unreadable zip archive")
    count, size = struct.unpack("<HI", data[position + 10:position + 16])
    if count == 0xFFFF or size == 0xFFFFFFFF:
        count, size = _zip64_directory(data, position)
    return count, size


def _zip64_directory(data: bytes, eocd: int) -> tuple[int, int]:
    locator = eocd - 20
    if locator < 0 or data[locator:locator + 4] != _ZIP64_LOCATOR:
        raise bad("archive zip illisible (fin de répertoire ZIP64 absente)",
                  "unreadable zip archive (ZIP64 end record missing)")
    (offset,) = struct.unpack("<Q", data[locator + 8:locator + 16])
    record = data[offset:offset + 56] if offset < len(data) else b""
    if len(record) < 56 or record[:4] != _ZIP64_EOCD:
        raise bad("archive zip illisible (fin de répertoire ZIP64 invalide)",
                  "unreadable zip archive (invalid ZIP64 end record)")
    count, size = struct.unpack("<QQ", record[32:48])
    return int(count), int(size)


def open_archive(data: bytes, max_bytes: int) -> zipfile.ZipFile:
    """Open the zip once its declared directory is known to be small; check every member."""
    count, size = declared_directory(data)
    if count > MAX_ENTRIES or size > MAX_DIRECTORY_BYTES:
        raise _too_large(f"{count} éléments (limite {MAX_ENTRIES})",
                         f"{count} members (limit {MAX_ENTRIES})")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (*_MEMBER_FAILURES, zipfile.LargeZipFile):
        raise bad("archive zip illisible", "unreadable zip archive") from None
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise _too_large(f"{len(infos)} éléments (limite {MAX_ENTRIES})",
                         f"{len(infos)} members (limit {MAX_ENTRIES})")
    _check_members(infos, max_bytes)
    return archive


def _check_members(infos: list[zipfile.ZipInfo], max_bytes: int) -> None:
    seen: set[str] = set()
    total = 0
    for info in infos:
        where = shown(info.filename)
        if info.filename in seen:
            raise bad("élément présent deux fois dans l'archive", "member present twice", where)
        seen.add(info.filename)
        if info.flag_bits & 0x1:
            raise bad("élément chiffré : non pris en charge", "encrypted member: not supported",
                      where)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise bad("méthode de compression non prise en charge",
                      "unsupported compression method", where)
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise _too_large(f"taux de compression anormal ({ratio:.0f}:1), signe d'une "
                             "« bombe zip »",
                             f"abnormal compression ratio ({ratio:.0f}:1), a zip bomb", where)
        if info.file_size > max_bytes or total > max_bytes:
            mb = max_bytes // (1024 * 1024)
            raise _too_large(f"plus de {mb} Mo une fois décompressée",
                             f"over {mb} MB once uncompressed", where)


def read_member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """A member's bytes, never more than its declared size (and ``limit``); lies refused."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise bad("fichier annoncé mais absent", "listed file missing", shown(name)) from None
    if info.file_size > limit:
        raise _too_large(f"« {shown(name)} » dépasse {limit // (1024 * 1024)} Mo",
                         f"'{shown(name)}' exceeds {limit // (1024 * 1024)} MB", shown(name))
    try:
        with archive.open(info) as member:
            content = member.read(info.file_size + 1)
    except _MEMBER_FAILURES:
        content = None
    if content is None or len(content) != info.file_size:
        raise bad("élément endommagé ou falsifié (somme CRC ou taille fausse)",
                  "damaged or forged member (wrong CRC or size)", shown(name))
    return content


def read_manifest(archive: zipfile.ZipFile) -> dict[str, Any]:
    raw = read_member(archive, "manifest.json", MAX_MANIFEST_BYTES)
    try:
        manifest = json.loads(raw)
    except (ValueError, RecursionError):
        raise bad("manifest.json illisible", "unreadable manifest.json", "manifest.json") from None
    if not isinstance(manifest, dict):
        raise bad("manifest.json doit être un objet JSON", "manifest.json must be a JSON object",
                  "manifest.json")
    return manifest


def manifest_entries(archive: zipfile.ZipFile, manifest: dict[str, Any],
                     max_bytes: int) -> list[Entry]:
    """Every manifest line checked (shape, path, duplicates, sizes) before anything is read."""
    files = manifest.get("files", [])
    if not isinstance(files, list):
        raise bad("manifest.json : « files » doit être une liste",
                  "manifest.json: 'files' must be a list", "manifest.json")
    if len(files) > MAX_ENTRIES:
        raise _too_large(f"{len(files)} fichiers dans le manifeste (limite {MAX_ENTRIES})",
                         f"{len(files)} files in the manifest (limit {MAX_ENTRIES})",
                         "manifest.json")
    entries: list[Entry] = []
    paths: set[str] = set()
    total = 0
    for index, item in enumerate(files):
        entry = _entry(archive, item, index)
        if f"{entry.folder}/{entry.name}" in paths:
            raise bad("fichier listé deux fois dans le manifeste", "file listed twice",
                      f"manifest.json: files[{index}]")
        paths.add(f"{entry.folder}/{entry.name}")
        total += entry.info.file_size
        if total > max_bytes:
            mb = max_bytes // (1024 * 1024)
            raise _too_large(f"fichiers listés de plus de {mb} Mo au total",
                             f"listed files over {mb} MB in total", "manifest.json")
        entries.append(entry)
    return entries


def _entry(archive: zipfile.ZipFile, item: object, index: int) -> Entry:
    where = f"manifest.json: files[{index}]"
    if not isinstance(item, dict):
        raise bad("chaque fichier du manifeste doit être un objet {path, sha256}",
                  "each manifest file must be an object {path, sha256}", where)
    path, sha, kind = item.get("path"), item.get("sha256"), item.get("kind", "other")
    if not isinstance(path, str) or not isinstance(sha, str) or not isinstance(kind, str):
        raise bad("« path », « sha256 » et « kind » doivent être du texte",
                  "'path', 'sha256' and 'kind' must be text", where)
    match = _PATH.match(path)
    if match is None or match[2] in (".", "..") or safe_filename(match[2]) != match[2]:
        raise bad(f"chemin refusé « {shown(path)} » : seuls « files/nom » et "
                  "« documents/nom » (sans « .. » ni sous-dossier) sont admis",
                  f"path refused '{shown(path)}': only 'files/name' and 'documents/name' "
                  "(no '..', no sub-folder) are accepted", where)
    if not _SHA256.match(sha):
        raise bad("empreinte SHA-256 invalide (64 chiffres hexadécimaux attendus)",
                  "invalid SHA-256 (64 hexadecimal digits expected)", where)
    try:
        info = archive.getinfo(path)
    except KeyError:
        raise bad("fichier annoncé mais absent", "listed file missing", shown(path)) from None
    size = item.get("size", info.file_size)
    if isinstance(size, bool) or not isinstance(size, int) or size != info.file_size:
        raise bad("taille annoncée différente de celle de l'archive",
                  "declared size differs from the archive's", where)
    return Entry(match[1], match[2], sha, kind, info)
