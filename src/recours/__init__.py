"""Recours: prove, qualify and act on the non-conformity of an AI system.

The public API is listed in ``__all__`` (kept complete by a test). Names load on first use,
so that ``recours --help`` does not import the dossier model.
"""

import importlib as _importlib
import typing as _typing

from recours.errors import RecoursError
from recours.i18n import T

if _typing.TYPE_CHECKING:
    from recours.dossier import Dossier, dump_dossier, load_dossier, save_dossier

__version__ = "0.1.0"

__all__ = [
    "Dossier",
    "RecoursError",
    "T",
    "__version__",
    "dump_dossier",
    "load_dossier",
    "save_dossier",
]
_DOSSIER = frozenset({"Dossier", "dump_dossier", "load_dossier", "save_dossier"})


def __getattr__(name: str) -> _typing.Any:
    if name in _DOSSIER:
        return getattr(_importlib.import_module("recours.dossier"), name)
    raise AttributeError(f"module 'recours' has no attribute {name!r}")
