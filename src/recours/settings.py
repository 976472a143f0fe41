"""One typed settings object, read from ``RECOURS_*`` environment variables (and CLI flags).

| variable | meaning | default |
|---|---|---|
| RECOURS_DATA_DIR | data folder (database, uploaded files) | per-user data folder |
| RECOURS_DATABASE_URL | SQLAlchemy URL (SQLite or PostgreSQL) | SQLite file in the data folder |
| RECOURS_LANG | language of messages: fr or en | fr |
| RECOURS_SECRET_KEY | secret for session cookies and CSRF tokens | generated once, kept in the data folder |
| RECOURS_SIGNING_KEY | Ed25519 private key (PEM) sealing evidence bundles; must not be inside the data folder, mode 600 | generated once in the per-user configuration folder (`…/recours/keys/ed25519.pem`) |
| RECOURS_TSA_URL | RFC 3161 timestamp authority address | none (no timestamp) |
| RECOURS_MAX_UPLOAD_MB | largest accepted upload | 50 |
| RECOURS_RESPONSE_CACHE_MB | web: memory for validated page/API responses, per process (0: off) | 32 |
| RECOURS_ENDPOINT_ALLOW | web: non-public hosts or networks evidence runs may call | none |
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

from recours.errors import InputError
from recours.i18n import Lang, T, parse_lang

ENV_VARS = (
    "RECOURS_DATA_DIR",
    "RECOURS_DATABASE_URL",
    "RECOURS_LANG",
    "RECOURS_SECRET_KEY",
    "RECOURS_SIGNING_KEY",
    "RECOURS_TSA_URL",
    "RECOURS_MAX_UPLOAD_MB",
    "RECOURS_RESPONSE_CACHE_MB",
    "RECOURS_ENDPOINT_ALLOW",
)


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    lang: Lang
    secret_key: str | None
    signing_key: Path
    tsa_url: str | None
    max_upload_mb: int
    response_cache_mb: int = 32
    endpoint_allow: tuple[str, ...] = ()

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        data_dir = Path(env.get("RECOURS_DATA_DIR") or user_data_dir("recours", appauthor=False))
        max_mb = _whole_number(env, "RECOURS_MAX_UPLOAD_MB", "50", minimum=1)
        cache_mb = _whole_number(env, "RECOURS_RESPONSE_CACHE_MB", "32", minimum=0)
        return cls(
            data_dir=data_dir,
            database_url=env.get("RECOURS_DATABASE_URL") or f"sqlite:///{data_dir / 'recours.db'}",
            lang=parse_lang(env.get("RECOURS_LANG")),
            secret_key=env.get("RECOURS_SECRET_KEY") or None,
            signing_key=Path(env.get("RECOURS_SIGNING_KEY") or default_signing_key()),
            tsa_url=env.get("RECOURS_TSA_URL") or None,
            max_upload_mb=max_mb,
            response_cache_mb=cache_mb,
            endpoint_allow=_allow_list(env.get("RECOURS_ENDPOINT_ALLOW") or ""),
        )

    def with_data_dir(self, data_dir: Path) -> Settings:
        """The same settings on another data folder (database follows when it was default)."""
        default_db = f"sqlite:///{self.data_dir / 'recours.db'}"
        db = (
            self.database_url
            if self.database_url != default_db
            else (f"sqlite:///{data_dir / 'recours.db'}")
        )
        return replace(self, data_dir=data_dir, database_url=db)

    def ensure_data_dir(self) -> Path:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return self.data_dir

    def resolved_secret_key(self) -> str:
        """The configured secret, or one generated once and kept in the data folder."""
        if self.secret_key:
            return self.secret_key
        path = self.ensure_data_dir() / "secret.key"
        if not path.exists():
            _create_once(path, secrets.token_urlsafe(48))
        secret = path.read_text(encoding="utf-8").strip()
        if len(secret) < 32:
            raise InputError(
                T(f"la clé secrète {path} est vide ou trop courte ({len(secret)} caractères)",
                  f"the secret key {path} is empty or too short ({len(secret)} characters)"),
                where=str(path),
                fix=T("supprimez ce fichier (une clé est créée au prochain démarrage ; les "
                      "sessions ouvertes seront fermées) ou donnez RECOURS_SECRET_KEY",
                      "delete this file (a key is created at the next start; open sessions "
                      "will be closed) or set RECOURS_SECRET_KEY"),
            )
        return secret


def _create_once(path: Path, content: str) -> None:
    """Write ``path`` whole, once, even when several server workers start together: the
    content goes to a private temporary file that is then hard-linked into place (atomic, and
    refused if another worker's file is already there), so no process ever reads a file
    created but not yet written."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        with contextlib.suppress(FileExistsError):  # another worker's key won: all use it
            os.link(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def default_signing_key() -> Path:
    """The signing key's default place: the user's configuration folder, never the data
    folder that holds the clients' files."""
    return Path(user_config_dir("recours", appauthor=False)) / "keys" / "ed25519.pem"


def _whole_number(env: Mapping[str, str], name: str, default: str, minimum: int) -> int:
    raw = env.get(name) or default
    try:
        value = int(raw)
    except ValueError:
        value = minimum - 1
    if value < minimum:
        kind_fr, kind_en = (("entier positif", "positive integer") if minimum
                            else ("entier positif ou nul", "integer, 0 or more"))
        raise InputError(
            T(f"{name} doit être un {kind_fr}, pas « {raw} »",
              f"{name} must be a {kind_en}, not '{raw}'"),
            fix=T(f"par ex. {name}={default}", f"e.g. {name}={default}"),
        )
    return value


_HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$")


def _allow_list(raw: str) -> tuple[str, ...]:
    """Host names or networks (CIDR), comma-separated; each checked."""
    entries = tuple(e.strip() for e in raw.split(",") if e.strip())
    for entry in entries:
        try:
            ipaddress.ip_network(entry, strict=False)
        except ValueError:
            if not _HOST.match(entry):
                raise InputError(
                    T(f"RECOURS_ENDPOINT_ALLOW : « {entry} » n'est ni un nom d'hôte ni un réseau",
                      f"RECOURS_ENDPOINT_ALLOW: '{entry}' is neither a host name nor a network"),
                    fix=T("par ex. RECOURS_ENDPOINT_ALLOW=127.0.0.1,10.0.0.0/8,ia.interne.fr",
                          "e.g. RECOURS_ENDPOINT_ALLOW=127.0.0.1,10.0.0.0/8,ai.internal.example"),
                ) from None
    return entries
