"""Evidence: prove or disprove the non-conformity of an AI system, and seal the proof.

``evaluate(spec, data) -> Results`` computes every commitment of a conformity specification in
one streaming pass with an estimate, an interval, one-sided tests and a three-valued verdict
(Holm-corrected across the spec).

The names are loaded on first use: importing a submodule (``recours.evidence.bundle.trust``)
does not pull numpy and pyarrow in.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from recours.evidence.evaluate import Results, evaluate
    from recours.evidence.spec import Spec, SpecDataset, load_spec, spec_from_dossier

__all__ = ["Results", "Spec", "SpecDataset", "evaluate", "load_spec", "spec_from_dossier"]
_HOME = {"Results": "evaluate", "evaluate": "evaluate", "Spec": "spec", "SpecDataset": "spec",
         "load_spec": "spec", "spec_from_dossier": "spec"}


class _Package(types.ModuleType):
    """``recours.evidence.evaluate`` names the function, as it did when this package imported
    it eagerly: loading the submodule of the same name must not rebind it to the module."""

    def __getattr__(self, name: str) -> Any:
        if name in _HOME:
            value = getattr(importlib.import_module(f"recours.evidence.{_HOME[name]}"), name)
            super().__setattr__(name, value)
            return value
        raise AttributeError(f"module 'recours.evidence' has no attribute {name!r}")

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "evaluate" and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
