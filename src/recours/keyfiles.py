"""Where the secret files live, and the checks that they are the owner's alone.

The Ed25519 key that seals evidence bundles is kept outside the data folder (which holds the
tenants' files): by default in the user's configuration folder (``…/recours/keys``), or where
``RECOURS_SIGNING_KEY`` says. A key left by an earlier version in ``<data>/keys`` is moved
there once. Before a key or the session secret is used, its permissions are checked: a file
that another user can read, or a folder that another user can write, is refused with the
command that fixes it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
from pathlib import Path

from recours.elision import de
from recours.errors import InputError
from recours.i18n import T

LEGACY_KEY = Path("keys") / "ed25519.pem"


def check_private_file(path: Path, what: T) -> None:
    """Refuse ``path`` if someone other than its owner may read it or replace it."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise InputError(
            T(f"{what.fr} appartient à un autre utilisateur (uid {info.st_uid})",
              f"{what.en} belongs to another user (uid {info.st_uid})"), where=str(path),
            fix=T(f"donnez-la à l'utilisateur du serveur : chown $(id -u) {path}",
                  f"give it to the server's user: chown $(id -u) {path}"))
    if info.st_mode & 0o077:
        raise InputError(
            T(f"{what.fr} est accessible à d'autres utilisateurs (mode "
              f"{stat.S_IMODE(info.st_mode):04o})", f"{what.en} is open to other users (mode "
              f"{stat.S_IMODE(info.st_mode):04o})"), where=str(path),
            fix=T(f"chmod 600 {path}", f"chmod 600 {path}"))
    folder = path.parent.stat()
    if folder.st_mode & 0o022 and not folder.st_mode & stat.S_ISVTX:
        raise InputError(
            T(f"le dossier {de(what.fr)} est modifiable par d'autres utilisateurs",
              f"the folder of {what.en} can be changed by other users"), where=str(path.parent),
            fix=T(f"chmod 700 {path.parent}", f"chmod 700 {path.parent}"))


def signing_key_label() -> T:
    return T("la clé de signature des preuves", "the evidence signing key")


def relocate_legacy_key(data_dir: Path, key_path: Path) -> Path | None:
    """Move a key left in ``<data>/keys`` by an earlier version to ``key_path`` (when nothing
    is there yet); return the old place, or None when nothing was moved."""
    old = data_dir / LEGACY_KEY
    if not old.is_file() or key_path.exists() or old.resolve() == key_path.resolve():
        return None
    key_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    shutil.move(str(old), str(key_path))
    key_path.chmod(0o600)
    with contextlib.suppress(OSError):
        old.parent.rmdir()
    return old


def check_secrets(data_dir: Path, key_path: Path) -> None:
    """Start-up check: the signing key outside the data folder, both secrets private."""
    resolved = key_path.resolve()
    if data_dir.resolve() in resolved.parents:
        raise InputError(
            T("la clé de signature des preuves est dans le dossier de données, où sont les "
              "fichiers des clients", "the evidence signing key is inside the data folder, "
              "with the clients' files"), where=str(key_path),
            fix=T("placez-la ailleurs et indiquez-la par RECOURS_SIGNING_KEY (par ex. "
                  "/etc/recours/ed25519.pem, mode 600)", "keep it elsewhere and point "
                  "RECOURS_SIGNING_KEY at it (e.g. /etc/recours/ed25519.pem, mode 600)"))
    left = data_dir / LEGACY_KEY
    if left.is_file():
        raise InputError(
            T("une clé de signature est restée dans le dossier de données, où sont les fichiers "
              "des clients", "a signing key was left in the data folder, with the clients' "
              "files"), where=str(left),
            fix=T(f"déplacez-la hors du dossier de données (mv {left} {key_path}.ancienne) ; "
                  "gardez-la tant que des archives scellées par elle doivent être vérifiées",
                  f"move it out of the data folder (mv {left} {key_path}.old); keep it while "
                  "bundles it sealed must be verified"))
    check_private_file(key_path, signing_key_label())
    check_private_file(data_dir / "secret.key", T("le secret des sessions",
                                                  "the session secret"))


__all__ = ["check_private_file", "check_secrets", "relocate_legacy_key", "signing_key_label"]
