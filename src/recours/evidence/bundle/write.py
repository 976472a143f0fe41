"""Write a sealed evidence bundle: a folder and its zip.

Everything is assembled in memory, hashed, signed (and timestamped), then written to a
temporary folder renamed into place: a bundle on disk is always complete, never half written.
"""

from __future__ import annotations

import json
import platform
import shutil
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recours.errors import BundleError
from recours.evidence.bundle import charts
from recours.evidence.bundle.manifest import (
    MANIFEST,
    SIGNATURE,
    TIMESTAMP,
    TSA_CHAIN,
    build_manifest,
)
from recours.evidence.bundle.report import build_report
from recours.evidence.bundle.sign import load_or_create_key, public_b64, sign
from recours.evidence.bundle.trust import fingerprint
from recours.evidence.evaluate import Results
from recours.evidence.registry import FAMILY, PERCENTILE, Family
from recours.evidence.spec import Spec, dump_spec
from recours.i18n import Lang, T

if TYPE_CHECKING:
    from cryptography import x509

PACKAGES = ("recours", "numpy", "scipy", "pyarrow", "cryptography", "rfc3161-client",
            "httpx", "pydantic")
ZIP_TIME = (2000, 1, 1, 0, 0, 0)


@dataclass
class BundleInfo:
    folder: Path
    zip_path: Path
    merkle_root: str
    signature: str
    public_key: str
    timestamp: datetime | None
    key_fingerprint: str = ""


def environment(argv: list[str] | None = None) -> dict[str, Any]:
    versions: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return {"python": sys.version, "implementation": platform.python_implementation(),
            "platform": platform.platform(), "machine": platform.machine(),
            "packages": versions, "argv": argv if argv is not None else sys.argv}


def _json(data: Any) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True, default=str)
            + "\n").encode()


def _charts(results: Results, lang: Lang) -> dict[str, tuple[bytes, str]]:
    out: dict[str, tuple[bytes, str]] = {
        "report/charts/intervals.svg": (charts.intervals(results.results, lang), T(
            "Estimations et intervalles", "Estimates and intervals").render(lang))}
    by_id: dict[str, list[int]] = {}
    for i, r in enumerate(results.results):
        by_id.setdefault(r.commitment_id, []).append(i)
    for cid, idx in by_id.items():
        first, det = results.results[idx[0]], results.details[idx[0]]
        if first.metric in PERCENTILE and "histogram" in det.extras:
            out[f"report/charts/latency_{cid}.svg"] = (charts.latency(
                det.extras["histogram"], first.threshold, f"{cid} {first.metric.value}", lang),
                T(f"{cid} : distribution des latences", f"{cid}: latency distribution").render(lang))
        if len(idx) > 1:
            out[f"report/charts/windows_{cid}.svg"] = (charts.per_window(
                [results.results[i] for i in idx], lang),
                T(f"{cid} par fenêtre", f"{cid} per window").render(lang))
        if FAMILY[first.metric] is Family.FAIRNESS and "groups" in det.extras:
            out[f"report/charts/groups_{cid}.svg"] = (charts.per_group(
                det.extras["groups"], f"{cid} {first.metric.value}", lang),
                T(f"{cid} par groupe", f"{cid} per group").render(lang))
    return out


def bundle_contents(spec: Spec, results: Results, run_at: datetime, lang: Lang,
                    extra: dict[str, bytes] | None = None,
                    argv: list[str] | None = None) -> dict[str, bytes]:
    """Every file of the bundle except the seals (manifest, signature, timestamp)."""
    inputs = [{"dataset": d.id, "path": d.path, "sha256": d.sha256, "rows": d.rows}
              for d in results.datasets]
    files: dict[str, bytes] = {
        "spec.yaml": dump_spec(spec).encode(),
        "inputs.json": _json(inputs),
        "results.json": (results.model_dump_json(indent=2) + "\n").encode(),
        "environment.json": _json(environment(argv)),
        "seeds.json": _json({"seed": spec.seed, "resamples": spec.resamples,
                             "bit_generator": "numpy PCG64 (numpy.random.default_rng)",
                             "run_at": run_at.isoformat()}),
    }
    drawn = _charts(results, lang)
    report = build_report(spec, results, [(p.removeprefix("report/"), cap)
                                          for p, (_, cap) in drawn.items()], run_at, lang)
    files["report/report.md"] = report.markdown.encode()
    files["report/report.html"] = report.html.encode()
    files.update({p: svg for p, (svg, _) in drawn.items()})
    for name, data in (extra or {}).items():
        files[f"responses/{name}"] = data
    return files


def write_bundle(out: Path, spec: Spec, results: Results, *, run_at: datetime, key_path: Path,
                 lang: Lang = "fr", tsa_url: str | None = None,
                 tsa_roots: list[x509.Certificate] | None = None,
                 extra: dict[str, bytes] | None = None,
                 argv: list[str] | None = None, tsa_policy: Any = None) -> BundleInfo:
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise BundleError(T("le dossier de sortie existe et n'est pas vide",
                            "the output folder exists and is not empty"), where=str(out),
                          fix=T("choisissez un nouveau dossier --out", "choose a new --out folder"))
    files = bundle_contents(spec, results, run_at, lang, extra, argv)
    manifest = build_manifest(files, timestamped=bool(tsa_url))
    key = load_or_create_key(key_path)
    signature = sign(key, manifest)
    seals: dict[str, bytes] = {
        MANIFEST: manifest,
        SIGNATURE: _json({"algorithm": "Ed25519", "signed_file": MANIFEST,
                          "public_key": public_b64(key), "signature": signature}),
    }
    stamp = None
    if tsa_url:  # the timestamp client loads only when a timestamp is asked for
        from cryptography.hazmat.primitives import serialization

        from recours.evidence.bundle.timestamp import gen_time, request_timestamp, tsa_certificates

        tsr = request_timestamp(tsa_url, manifest, roots=tsa_roots, policy=tsa_policy)
        stamp = gen_time(tsr)
        chain = list(tsa_certificates(tsr)) + list(tsa_roots or [])
        seals[TIMESTAMP] = tsr
        seals[TSA_CHAIN] = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in chain)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}."))
    try:
        for name, data in {**files, **seals}.items():
            target = tmp / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        zip_tmp = tmp.with_suffix(".zip.tmp")
        with zipfile.ZipFile(zip_tmp, "w", zipfile.ZIP_DEFLATED) as zf:
            for name in sorted({**files, **seals}):
                info = zipfile.ZipInfo(name, ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, {**files, **seals}[name])
        if out.exists():
            out.rmdir()
        tmp.rename(out)
        zip_path = out.with_name(out.name + ".zip")
        zip_tmp.replace(zip_path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.with_suffix(".zip.tmp").unlink(missing_ok=True)
        raise
    root = json.loads(manifest)["merkle_root"]
    return BundleInfo(out, zip_path, root, signature, public_b64(key), stamp,
                      fingerprint(public_b64(key)))
