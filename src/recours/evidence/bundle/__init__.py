"""The sealed evidence bundle: files, manifest with Merkle root, signature, timestamp.

Names load on first use, so verifying a bundle does not import the report's charts.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from recours.evidence.bundle.verify import VerifyReport, verify_bundle
    from recours.evidence.bundle.write import BundleInfo, write_bundle

__all__ = ["BundleInfo", "VerifyReport", "verify_bundle", "write_bundle"]
_HOME = {"BundleInfo": "write", "write_bundle": "write", "VerifyReport": "verify",
         "verify_bundle": "verify"}


def __getattr__(name: str) -> Any:
    if name in _HOME:
        return getattr(importlib.import_module(f"recours.evidence.bundle.{_HOME[name]}"), name)
    raise AttributeError(f"module 'recours.evidence.bundle' has no attribute {name!r}")
