"""Where the bundled example case files are, in a checkout or in an installed wheel."""

from __future__ import annotations

from pathlib import Path

from recours.errors import InputError
from recours.i18n import T

_PACKAGE = Path(__file__).resolve().parent
_CANDIDATES = (_PACKAGE.parents[1] / "examples", _PACKAGE / "examples")


def examples_dir() -> Path:
    """The folder holding one sub-folder per example, each with a ``dossier.yaml``."""
    for candidate in _CANDIDATES:
        if any(candidate.glob("*/dossier.yaml")):
            return candidate
    raise InputError(
        T("exemples introuvables (ni dans le dépôt, ni dans le paquet installé)",
          "examples not found (neither in the checkout nor in the installed package)"),
        fix=T("réinstallez Recours : pip install -e .", "reinstall Recours: pip install -e ."),
    )


def example_dossiers() -> list[Path]:
    """Paths of the example dossiers, sorted by name."""
    return sorted(examples_dir().glob("*/dossier.yaml"))
