"""Paths read from a dossier or a spec stay inside the folder they belong to.

A dossier names its files relative to itself (``datasets[].path``, ``contract.documents[].path``,
``evidence_runs[].bundle``). A dossier may come from someone else, and in the web application it
is edited by any member of an organisation: a path like ``../../etc/passwd``, an absolute path
or a symbolic link that points out of the folder would make the software open a file of the
machine instead of one of the case. Every such path is resolved here, symbolic links included,
and refused when it leaves its root. The CLI lets a user who means it read outside the dossier's
folder with an explicit option; the web application never does.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath

from recours.errors import PathOutsideError
from recours.i18n import T


def inside(root: Path, name: str | os.PathLike[str], *, where: str | None = None,
           allow_outside: bool = False) -> Path:
    """``root / name`` resolved (symbolic links followed); refused if it leaves ``root``."""
    resolved = (Path(root) / name).resolve()
    return resolved if allow_outside else confined(resolved, root, shown=name, where=where)


def confined(path: Path, root: Path, *, shown: str | os.PathLike[str],
             where: str | None = None) -> Path:
    """``path`` resolved, if it is ``root`` or lies under it; otherwise the error, naming
    the path as the user wrote it (``shown``)."""
    resolved, base = Path(path).resolve(), Path(root).resolve()
    if resolved == base or base in resolved.parents:
        return resolved
    written = PurePath(shown).as_posix()
    raise PathOutsideError(
        T(f"le chemin « {written} » sort du dossier de l'affaire ({base})",
          f"the path '{written}' leads outside the case folder ({base})"),
        where=where,
        fix=T("placez le fichier dans le dossier de l'affaire (ou un sous-dossier) et donnez "
              "son chemin relatif ; en ligne de commande, --allow-outside autorise un chemin "
              "extérieur", "put the file inside the case folder (or a sub-folder) and give its "
              "relative path; on the command line, --allow-outside allows an outside path"),
        details={"path": written},
    )


__all__ = ["confined", "inside"]
