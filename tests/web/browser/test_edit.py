"""After creation, in a real browser: a section edited through its step form, and a pièce
added with its file, whose SHA-256 (computed by the server) the dossier page shows."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import pytest

from tests.web.browser.test_walk import _login, _shot, fill, walk_interview

pytestmark = pytest.mark.browser


def test_edit_a_section_and_add_an_exhibit(server: str, browser: Any, shots: Path,
                                          tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    page = context.new_page()
    _login(page, server, "a@alpha.fr")
    walk_interview(page, server)
    dossier_url = page.url

    # « Modifier » on the contract section opens the contract step, prefilled
    page.click("#edit-contract")
    page.wait_for_url(re.compile(r"/edit/contract$"))
    assert page.locator("input[name=contract_title]").input_value() == "Licence"
    page.fill("input[name=contract_cure_period_days]", "45")
    page.fill("input[name=contract_title]", "")
    page.click("button[value=save].primary")
    assert "champ obligatoire" in page.locator("#err-contract_title").inner_text()
    assert page.locator("input[name=contract_cure_period_days]").input_value() == "45"
    page.fill("input[name=contract_title]", "Licence modifiée")
    page.fill("input[name=contract_cap_months_of_fees]", "12")
    page.check("input[name=contract_cap_covers_defective_performance]")
    page.click("button[value=save].primary")
    page.wait_for_url(dossier_url)
    assert "Licence modifiée" in page.locator("main").inner_text()
    page.goto(f"{dossier_url}/edit/contract")
    assert page.locator("input[name=contract_cap_months_of_fees]").input_value() == "12"
    assert page.is_checked("input[name=contract_cap_covers_defective_performance]")
    assert not page.is_checked("input[name=contract_cap_covers_delay]")
    page.locator("input[name=contract_cap_covers_delay]").scroll_into_view_if_needed()
    _shot(page, shots, "03c-entretien-plafond")
    page.goto(dossier_url)

    # a pièce with its file: the server computes its SHA-256, the page shows it
    letter = tmp_path / "constat.txt"
    letter.write_text("Constat du 3 février 2026 : le taux de détection est de 50 %.\n",
                      encoding="utf-8")
    page.click("#edit-exhibits")
    page.wait_for_url(re.compile(r"/edit/exhibits$"))
    fill(page, {"exhibit_title_0": "Constat de commissaire de justice",
                "exhibit_date_0": "2026-02-03", "exhibit_author_0": "Me Durand"},
         {"exhibit_kind_0": "constat", "exhibit_supports_0": "non_conformity"})
    page.set_input_files("input[name=exhibit_upload_0]", str(letter))
    page.click("button[value=save].primary")
    page.wait_for_url(dossier_url)
    sha = hashlib.sha256(letter.read_bytes()).hexdigest()
    assert sha in page.locator("#exhibits").inner_text()
    row = page.locator("#proof tr[data-fact=non_conformity]").inner_text()
    assert "Établi" in row and "P1" in row
    page.locator("#exhibits").scroll_into_view_if_needed()
    _shot(page, shots, "04b-pieces-et-preuve")
    page.goto(f"{dossier_url}/edit/exhibits")
    _shot(page, shots, "03b-entretien-pieces")
    context.close()
