"""/api/docs works offline: every asset from this server, no CSP violation, operations shown."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser
LOOPBACK = {"127.0.0.1", "localhost", "[::1]", "::1"}
REPORT_CSP = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__csp.push(e.violatedDirective + " " + e.blockedURI);
});
"""


def _leaves_loopback(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme not in ("data", "blob") and parts.hostname not in LOOPBACK


def test_api_docs_render_offline(server: str, browser: Any) -> None:
    context = browser.new_context(locale="fr-FR")
    blocked: list[str] = []
    requested: list[str] = []
    console: list[str] = []

    def guard(route: Any) -> None:
        if _leaves_loopback(route.request.url):
            blocked.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    context.route("**/*", guard)
    context.add_init_script(REPORT_CSP)
    page = context.new_page()
    page.on("request", lambda request: requested.append(request.url))
    page.on("console", lambda message: console.append(message.text))
    page.goto(f"{server}/api/docs")
    page.wait_for_selector(".opblock", timeout=30_000)
    page.wait_for_load_state("networkidle")

    summaries = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/v1/dossiers" in path for path in summaries), summaries
    assert page.locator(".opblock").count() >= 10
    assert blocked == [], f"requests that left loopback: {blocked}"
    assert not [url for url in requested if _leaves_loopback(url)]
    assert any(url.endswith("/static/api-docs.js") for url in requested)
    assert any(url.endswith("/static/favicon.svg") for url in requested)
    assert page.evaluate("window.__csp") == []
    assert not [text for text in console if "Content Security Policy" in text], console
    context.close()
