"""/api/docs references only this server's own files, and the vendored Swagger UI is intact."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from recours.web import api_docs
from recours.web.middleware import CSP

ROOT = Path(__file__).resolve().parents[2]
URL_ATTRIBUTE = re.compile(r'(?:src|href)="([^"]+)"')


def test_docs_page_references_only_local_urls(app: FastAPI) -> None:
    client = TestClient(app)
    page = client.get("/api/docs")
    assert page.status_code == 200
    assert page.headers["content-security-policy"] == CSP  # the strict policy, unchanged
    assert "<script>" not in page.text and "<style>" not in page.text  # nothing inline
    urls = URL_ATTRIBUTE.findall(page.text)
    assert {"/static/api-docs.js", "/static/favicon.svg"} <= set(urls)
    for url in urls:
        assert url.startswith("/") and not url.startswith("//"), url
        assert client.get(url).status_code == 200, url
    assert "cdn" not in page.text.lower() and "http" not in page.text.replace("http-equiv", "")
    assert "/api/openapi.json" in page.text


def test_docs_page_in_english(app: FastAPI) -> None:
    assert "API documentation" in TestClient(app).get("/api/docs?lang=en").text


def test_vendored_swagger_ui_matches_its_recorded_hashes() -> None:
    record = (api_docs.SWAGGER_DIR / "VERSION").read_text("utf-8")
    hashes = re.findall(r"^([0-9a-f]{64})  (\S+)$", record, re.M)
    assert {name for _, name in hashes} == {"swagger-ui-bundle.js", "swagger-ui.css"}
    for digest, name in hashes:
        assert hashlib.sha256((api_docs.SWAGGER_DIR / name).read_bytes()).hexdigest() == digest
    assert "Apache License" in (api_docs.SWAGGER_DIR / "LICENSE").read_text("utf-8")
    assert re.fullmatch(r"\d+\.\d+\.\d+", api_docs.SWAGGER_VERSION)


@pytest.mark.slow
def test_wheel_ships_the_docs_assets(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("recours-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("swagger-ui/swagger-ui-bundle.js", "swagger-ui/swagger-ui.css",
                 "swagger-ui/LICENSE", "swagger-ui/VERSION", "api-docs.js", "favicon.svg"):
        assert f"recours/web/static/{name}" in names, name
    assert "recours/web/templates/api_docs.html" in names
