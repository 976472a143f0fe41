"""The dossier list finds dossiers by words of their reference or title, in the caller's
organisation only; a search string is escaped (no LIKE wildcard, no markup)."""

from __future__ import annotations

from tests.web.conftest import Browser, import_minimal


def test_search_by_reference_and_title_words(alpha: Browser, beta: Browser) -> None:
    import_minimal(alpha)
    import_minimal(beta)
    found = alpha.client.get("/", params={"q": "scoresoft scoring"}).text
    listing = found[found.index('id="dossier-list"'):]
    assert listing.count("<tr>") == 2  # header + the one dossier of this organisation
    assert "TEST-001" in listing
    none = alpha.client.get("/", params={"q": "introuvable"}).text
    assert 'id="dossier-list"' not in none and "Aucun dossier ne correspond" in none


def test_wildcards_and_markup_in_a_search_are_plain_text(alpha: Browser) -> None:
    import_minimal(alpha)
    assert 'id="dossier-list"' not in alpha.client.get("/", params={"q": "%"}).text
    assert 'id="dossier-list"' not in alpha.client.get("/", params={"q": "T_ST"}).text
    page = alpha.client.get("/", params={"q": "<script>x</script>"}).text
    assert "<script>x</script>" not in page and "&lt;script&gt;" in page
