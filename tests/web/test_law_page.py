"""The legal-analysis page opens on a synthesis (grounds to plead with their tier, next
deadline, amounts, proof to supply), then shows the findings grouped by area, filterable and
sortable; strength reads from the client's side (established in green)."""

from __future__ import annotations

import re

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
