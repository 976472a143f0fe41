"""The legal-analysis page opens on a synthesis (grounds to plead with their tier, next
deadline, amounts, proof to supply), then shows the findings grouped by area, filterable and
sortable; strength reads from the client's side (established in green)."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi import FastAPI

from recours.examples import example_dossiers
from tests.web.conftest import Browser


def _analysed(alpha: Browser) -> str:
    example = example_dossiers()[0]
    imported = alpha.post("/dossiers/import", files={
        "archive": ("dossier.yaml", example.read_bytes(), "application/yaml")})
    assert imported.status_code == 303, imported.text
    pid = str(imported.headers["location"]).rsplit("/", 1)[-1]
    assert alpha.post(f"/dossiers/{pid}/law", {"on": "2026-11-26"}).status_code == 303
    return pid


def test_the_page_opens_on_the_synthesis(alpha: Browser) -> None:
    pid = _analysed(alpha)
    page = alpha.client.get(f"/dossiers/{pid}/law").text
    synthesis = page[page.index('id="synthesis"'):page.index('id="finding-filter"')]
    assert page.index('id="synthesis"') < page.index('class="finding')
    assert "À plaider" in synthesis and "Prochaine échéance" in synthesis
    assert "à titre principal" in synthesis
    assert "Montants" in synthesis and "€" in synthesis
    grounds = re.findall(r'<li><a href="#f-([^"]+)">', synthesis)
    assert grounds and all(f'id="f-{g}"' in page for g in grounds)


def test_findings_are_grouped_filtered_and_sorted(alpha: Browser) -> None:
    pid = _analysed(alpha)
    page = alpha.client.get(f"/dossiers/{pid}/law").text
    assert 'id="area-ground"' in page and 'id="area-remedy"' in page
    only = alpha.client.get(f"/dossiers/{pid}/law?area=ground&status=met").text
    assert 'id="area-ground"' in only and 'id="area-remedy"' not in only
    assert all(cls == "met" for cls in re.findall(r'class="finding (\w+)', only))
    by_strength = alpha.client.get(f"/dossiers/{pid}/law?area=ground&sort=strength").text
    order = re.findall(r'<h4>[^<]*<span class="badge (\w+)"', by_strength)
    rank = {"established": 0, "arguable": 1, "weak": 2}
    assert order == sorted(order, key=lambda s: rank.get(s, 9))


def test_another_organisation_sees_nothing(app: FastAPI, alpha: Browser, beta: Browser) -> None:
    pid = _analysed(alpha)
    assert beta.client.get(f"/dossiers/{pid}/law?area=ground").status_code == 404


def _findings(page: str) -> str:
    return page[page.index('id="finding-filter"'):page.index("</section>", page.index(
        'id="finding-filter"'))]


def test_findings_are_rendered_once_per_analysis_and_follow_a_new_one(
        app: FastAPI, alpha: Browser) -> None:
    from recours.web.fragments import FragmentCache

    pid = _analysed(alpha)
    first = _findings(alpha.client.get(f"/dossiers/{pid}/law").text)
    kept = len(app.state.fragments)
    assert kept >= 1 and 'class="finding' in first
    assert _findings(alpha.client.get(f"/dossiers/{pid}/law").text) == first
    assert len(app.state.fragments) == kept  # the second view used the kept findings
    english = _findings(alpha.client.get(f"/dossiers/{pid}/law?lang=en").text)
    assert english != first and "Articles applied" in english
    assert len(app.state.fragments) == kept + 1
    alpha.client.get(f"/dossiers/{pid}/law?area=bogus")  # a filter no form offers: not kept
    assert len(app.state.fragments) == kept + 1
    # a new analysis on another date: its own findings, the same as rendered without cache
    assert alpha.post(f"/dossiers/{pid}/law", {"on": "2031-06-01"}).status_code == 303
    later = _findings(alpha.client.get(f"/dossiers/{pid}/law?lang=fr").text)
    assert later != first
    app.state.fragments = FragmentCache()
    assert _findings(alpha.client.get(f"/dossiers/{pid}/law?lang=fr").text) == later


def test_the_fragment_cache_is_bounded_in_bytes() -> None:
    from recours.web.fragments import FragmentCache

    cache = FragmentCache(max_bytes=1000)
    for k in range(20):
        assert cache.get(k, lambda k=k: f"<p>{k:0>96}</p>").startswith("<p>")
    assert cache.size <= 1000 and len(cache) < 20
    assert str(cache.get(19, lambda: "other")).startswith("<p>")  # the latest is kept
    assert cache.get("big", lambda: "x" * 2000) == "x" * 2000 and "big" not in cache._items
    assert "<b>" in cache.get("markup", lambda: "<b>kept as HTML</b>")


def test_the_server_loads_the_article_texts_before_its_first_request(tmp_path: Path) -> None:
    """Lazily loaded, every page thread of a fresh server loaded them again in parallel."""
    from recours.law import load_articles
    from recours.store import Store
    from recours.web.app import create_app
    from tests.store.helpers import settings_for

    load_articles.cache_clear()
    settings = settings_for(tmp_path, "sqlite")
    store = Store.open(settings)
    try:
        create_app(settings, store)
        assert load_articles.cache_info().currsize == 1
    finally:
        store.close()
