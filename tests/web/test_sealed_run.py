"""A web evidence run is sealed as the CLI's: the bundle is kept, shown and downloadable, and
the real ``recours evidence verify`` accepts the downloaded zip (and refuses it altered)."""

from __future__ import annotations

import html
import io
import os
import re
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import yaml

from tests.web.conftest import Browser, import_minimal
from tests.web.test_evidence_demo import predictions_csv, wait_done

SRC = Path(__file__).resolve().parents[2] / "src"


def _sealed_run(alpha: Browser) -> tuple[str, str]:
    pid = import_minimal(alpha)
    response = alpha.post(f"/dossiers/{pid}/evidence",
                          files={"dataset_tests": ("predictions.csv", predictions_csv(),
                                                   "text/csv")})
    assert response.status_code == 303, response.text
    fragment = wait_done(alpha, response.headers["location"])
    assert 'id="run-done"' in fragment, fragment
    return pid, fragment


def _verify(bundle: Path, tmp_path: Path, *keys: str) -> subprocess.CompletedProcess[str]:
    """The real CLI in its own process; the server's key is not this machine's key: the
    signer is trusted only through ``--public-key``."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "RECOURS_LANG": "fr",
           "RECOURS_SIGNING_KEY": str(tmp_path / "no-local-key.pem")}
    args = [sys.executable, "-m", "recours", "evidence", "verify", str(bundle)]
    for key in keys:
        args += ["--public-key", key]
    return subprocess.run(args, capture_output=True, text=True, env=env, timeout=120,
                          check=False)


def test_web_run_is_sealed_and_the_download_verifies(alpha: Browser, tmp_path: Path) -> None:
    pid, fragment = _sealed_run(alpha)
    root = re.search(r"Racine de Merkle</dt><dd><code>([0-9a-f]{64})</code>", fragment)
    key = re.search(r"clé du serveur <code>([0-9a-f]{64})</code>", fragment)
    link = re.search(r'id="run-bundle" href="(/files/[^"]+)"', fragment)
    assert root and key and link, fragment
    download = alpha.client.get(link[1])
    assert download.status_code == 200
    assert download.content.startswith(b"PK")
    bundle = tmp_path / "preuve.zip"
    bundle.write_bytes(download.content)
    done = _verify(bundle, tmp_path, key[1])
    assert done.returncode == 0, done.stdout + done.stderr
    assert "archive intègre" in done.stdout and root[1] in done.stdout
    # without the server's key the signer is unknown: the seal names who signed
    assert _verify(bundle, tmp_path).returncode != 0

    # the dossier's run carries the seals, as the CLI writes them
    dossier = yaml.safe_load(_dossier_yaml(alpha, pid))
    run = dossier["evidence_runs"][-1]
    assert run["merkle_root"] == root[1] and run["key_fingerprint"] == key[1]
    assert run["signature"] and run["bundle"].endswith(".zip")
    measured = {d["id"]: d.get("sha256") for d in dossier["datasets"]}
    assert re.fullmatch(r"[0-9a-f]{64}", measured["tests"] or "")


def test_altered_download_is_refused(alpha: Browser, tmp_path: Path) -> None:
    _, fragment = _sealed_run(alpha)
    key = re.search(r"clé du serveur <code>([0-9a-f]{64})</code>", fragment)
    link = re.search(r'id="run-bundle" href="(/files/[^"]+)"', fragment)
    assert key and link
    original = zipfile.ZipFile(io.BytesIO(alpha.client.get(link[1]).content))
    altered = io.BytesIO()
    with zipfile.ZipFile(altered, "w") as out:
        for info in original.infolist():
            data = original.read(info)
            if info.filename == "results.json":
                data = data.replace(b"breach_established", b"conformity_established", 1)
            out.writestr(info, data)
    bundle = tmp_path / "altered.zip"
    bundle.write_bytes(altered.getvalue())
    done = _verify(bundle, tmp_path, key[1])
    assert done.returncode != 0
    assert "results.json" in done.stdout + done.stderr


def test_web_documents_carry_the_seals(alpha: Browser) -> None:
    pid, fragment = _sealed_run(alpha)
    root = re.search(r"Racine de Merkle</dt><dd><code>([0-9a-f]{64})</code>", fragment)
    assert root
    response = alpha.post(f"/dossiers/{pid}/documents",
                          {"kind": "rapport", "fmt": "md",
                           # the run's day: a report dated before its run cannot read it
                           "on": date.today().isoformat()})
    assert response.status_code == 303, response.text
    report = _latest_document(alpha, pid)
    assert root[1] in report
    assert "Racine de Merkle du paquet | —" not in report
    assert "non signée" not in report
    assert "SHA-256 : —" not in report


def _dossier_yaml(browser: Browser, pid: str) -> str:
    page = browser.client.get(f"/dossiers/{pid}/yaml").text
    found = re.search(r"<textarea[^>]*>(.*?)</textarea>", page, re.S)
    assert found, page
    return html.unescape(found[1])


def _latest_document(browser: Browser, pid: str) -> str:
    page = browser.client.get(f"/dossiers/{pid}/documents").text
    links = re.findall(r'href="(/documents/[^"]+)"', page)
    assert links, page
    return browser.client.get(links[0]).text


def test_the_run_page_names_its_methods_in_words(alpha: Browser) -> None:
    _, fragment = _sealed_run(alpha)
    methods = re.findall(r'<tr class="method"><td colspan="8"><small>([^<]+)</small>', fragment)
    assert methods, fragment
    for shown in methods:
        assert not re.search(r"clopper|wilson|bootstrap\b|[a-z]+_[a-z]+|\[", shown), shown
        assert "non répertoriée" not in shown, shown
