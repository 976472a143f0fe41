"""The sealed evidence bundle: files, manifest with Merkle root, signature, timestamp."""

from recours.evidence.bundle.verify import VerifyReport, verify_bundle
from recours.evidence.bundle.write import BundleInfo, write_bundle

__all__ = ["BundleInfo", "VerifyReport", "verify_bundle", "write_bundle"]
