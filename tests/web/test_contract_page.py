"""The contract page: clauses grouped by kind under a legend, the values read from the text in
words, the commitments in words, and the text itself full width with anchors."""

from __future__ import annotations

import html
import re
from pathlib import Path

from recours.web.contract_view import duration, value_rows
from tests.web.conftest import Browser, import_minimal

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _analysed(browser: Browser, contract: Path) -> str:
    pid = import_minimal(browser)
    response = browser.post(f"/dossiers/{pid}/contract",
                            files={"contract": (contract.name, contract.read_bytes(),
                                                "application/pdf")})
    assert response.status_code == 303, response.text
    return html.unescape(browser.client.get(f"/dossiers/{pid}/contract").text)


def _section(page: str, element_id: str) -> str:
    start = page.index(f'id="{element_id}"')
    return page[start:page.index("</section>", start)]


def test_clauses_are_grouped_by_kind_with_a_legend(alpha: Browser) -> None:
    page = _analysed(alpha, EXAMPLES / "credit-scoring" / "contrat-credisense.pdf")
    legend = page[page.index('id="contract-legend"'):]
    legend = legend[:legend.index("</p>")]
    for family in ("Responsabilité et garanties", "Performance, niveaux de service, recette",
                   "IA, données et contrôle", "Droit applicable, fin du contrat",
                   "engagement mesurable"):
        assert family in legend, family
    kinds = _section(page, "contract-kinds")
    liability = kinds[kinds.index('id="family-liability"'):kinds.index('id="family-performance"')]
    assert "Plafond de responsabilité" in liability
    assert "12.3 Plafond" in liability  # the passage itself
    assert 'href="#at-' in liability   # linked to its place in the text
    anchor = re.search(r'href="#at-(\d+)"', liability)
    assert anchor and f'id="at-{anchor[1]}"' in page
    # each passage is coloured by its family in the text
    assert re.search(r'<mark id="at-\d+" class="liability_cap fam-liability"', page)


def test_values_and_commitments_are_given_in_words(alpha: Browser) -> None:
    page = _analysed(alpha, EXAMPLES / "credit-scoring" / "contrat-credisense.pdf")
    values = page[page.index('id="contract-values"'):]
    values = re.sub(r"\s+", " ", values[:values.index("</dl>")]).replace("\u202f", " ")
    for label, words in (("Plafond de responsabilité", "2 × le prix payé"),
                         ("Hors plafond", "faute lourde"),
                         ("Durée", "36 mois"),
                         ("Préavis de non-reconduction", "6 mois"),
                         ("Délai pour remédier après mise en demeure", "30 jours"),
                         ("Délai de recette", "30 jours"),
                         ("Disponibilité garantie", "99,50 % par mois")):
        assert re.search(re.escape(label) + r"</dt><dd>[^<]*" + re.escape(words), values), \
            (label, values)
    commitments = page[page.index('id="contract-commitments"'):]
    commitments = commitments[:commitments.index("</ul>")]
    assert "au moins 70,0" in commitments.replace("\xa0", " ")
    assert ">=" not in commitments and "recall" not in commitments
    assert "Annexe 3, art. 3.3 b)" in commitments


def test_the_text_is_shown_whole_and_not_in_a_side_box(alpha: Browser) -> None:
    page = _analysed(alpha, EXAMPLES / "logistics-forecast" / "cga-previsia-demand.pdf")
    text = _section(page, "contract-text")
    assert "<aside" not in page.split('id="contract-summary"')[1]
    assert len(re.sub(r"<[^>]+>", "", text)) > 10_000  # the whole contract is there
    values = page[page.index('id="contract-values"'):]
    assert "12 mois de redevances" in values[:values.index("</dl>")]


def test_durations_and_rows_in_english() -> None:
    assert duration("6m", "en") == "6 months" and duration("30d", "fr") == "30\u00a0jours"
    assert duration("1y", "fr") == "1\u00a0an"
    rows = dict(value_rows({"liability_cap": {"amount": 100000.0, "currency": "EUR"},
                            "tacit_renewal": False, "notices": {"renewal": "3m"}}, "en"))
    assert rows["Liability cap"].startswith("€100,000")
    assert rows["Tacit renewal"] == "no" and rows["Non-renewal notice"] == "3 months"
