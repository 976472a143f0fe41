"""Recours: prove, qualify and act on the non-conformity of an AI system.

The public API is listed in ``__all__`` (kept complete by a test).
"""

from recours.dossier import Dossier, dump_dossier, load_dossier, save_dossier
from recours.errors import RecoursError
from recours.i18n import T

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
