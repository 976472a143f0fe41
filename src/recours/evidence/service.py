"""One sealed evidence run for every adapter: measure, seal, record.

The CLI (``recours evidence run``) and the web app both call :func:`measure_and_seal`: the
commitments are evaluated, the sealed bundle (manifest with Merkle root, Ed25519 signature,
optional RFC 3161 timestamp) is written, and :func:`run_record` gives the entry the dossier
keeps. A web run and a CLI run on the same data therefore give the same bundle layout, which
``recours evidence verify`` checks the same way.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recours.dossier import EvidenceRun
from recours.evidence.bundle.write import BundleInfo, write_bundle
from recours.evidence.evaluate import Progress, Results, evaluate
from recours.evidence.spec import Spec
from recours.i18n import Lang

if TYPE_CHECKING:  # the timestamp roots' type; cryptography.x509 loads only with a TSA
    from cryptography import x509


@dataclass
class SealedRun:
    results: Results
    bundle: BundleInfo

    def zip_sha256(self) -> str:
        """SHA-256 of the bundle's zip (the file an expert receives)."""
        digest = hashlib.sha256()
        with self.bundle.zip_path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()


def measure_and_seal(out: Path, spec: Spec, *, key_path: Path, run_at: datetime,
                     eval_spec: Spec | None = None, source: dict[str, Any] | None = None,
                     lang: Lang = "fr", tsa_url: str | None = None,
                     tsa_roots: list[x509.Certificate] | None = None,
                     extra: dict[str, bytes] | None = None, argv: list[str] | None = None,
                     progress: Progress | None = None, tsa_policy: Any = None) -> SealedRun:
    """Evaluate ``eval_spec`` (default ``spec``) on ``source`` (default: the files the spec
    names) and write the sealed bundle of ``spec`` and its results to ``out`` (and
    ``out.zip``). ``extra``: raw responses kept under ``responses/`` (journals, failures)."""
    results = evaluate(eval_spec or spec, source, progress)
    info = write_bundle(out, spec, results, run_at=run_at, key_path=key_path, lang=lang,
                        tsa_url=tsa_url, tsa_roots=tsa_roots, extra=extra, argv=argv,
                        tsa_policy=tsa_policy)
    return SealedRun(results, info)


def run_record(sealed: SealedRun, run_id: str, run_at: datetime, bundle: str) -> EvidenceRun:
    """The dossier's entry for a sealed run (``bundle``: where the bundle is kept, as the
    dossier's reader will find it — a path beside the dossier, or the web file's name)."""
    info = sealed.bundle
    return EvidenceRun(id=run_id, run_at=run_at, spec_sha256=sealed.results.spec_sha256,
                       bundle=bundle, merkle_root=info.merkle_root, signature=info.signature,
                       public_key=info.public_key, key_fingerprint=info.key_fingerprint,
                       timestamp=info.timestamp.isoformat() if info.timestamp else None,
                       results=sealed.results.results)


def seal_fields(sealed: SealedRun) -> dict[str, Any]:
    """The seals of a run as JSON-ready data (what the web shows beside the verdicts)."""
    info = sealed.bundle
    return {"merkle_root": info.merkle_root, "signature": info.signature,
            "public_key": info.public_key, "key_fingerprint": info.key_fingerprint,
            "timestamp": info.timestamp.isoformat() if info.timestamp else None,
            "zip_sha256": sealed.zip_sha256(), "zip_name": info.zip_path.name}
