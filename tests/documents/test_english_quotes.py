"""An English document quotes the dossier's French words as French — « … » — never mixed into
an English sentence as if they were English, nor translated; a French document shows them as
written."""

from __future__ import annotations

import re

import pytest

from tests.documents.golden_cases import Case, cases

NOTES = [c for c in cases() if c.kind == "note"]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


def _own_words(case: Case) -> list[str]:
    d = case.dossier()
    words = [d.title, *(e.description for e in d.events()),
             *(c.label for c in d.commitments if c.label and any(
                 r.commitment_id == c.id for run in d.evidence_runs for r in run.results)),
             *(loss.description for loss in d.losses)]
    if d.summary:
        words.append(d.summary)
    if d.contract.jurisdiction:
        words.append(d.contract.jurisdiction)
    return [_flat(w.strip()) for w in words if w and w.strip()]


@pytest.mark.parametrize("case", NOTES, ids=lambda c: c.stem)
def test_the_dossier_s_french_words_are_quoted_in_english(case: Case) -> None:
    text = _flat(case.build().plain_text())
    for words in _own_words(case):
        shown = re.sub(r"« ?(.*?) ?»", r"“\1”", words) if case.lang == "en" else words
        if case.lang == "fr":
            assert words in text and f"« {words} »" not in text, words
        else:
            assert f"« {shown} »" in text, f"not quoted as French: {words[:60]}"


def _note(name: str, lang: str) -> str:
    case = next(c for c in NOTES if c.name == name and c.lang == lang)
    return _flat(case.build().plain_text())


def test_french_article_texts_are_quoted_as_french_in_english() -> None:
    text = _note("credit-scoring", "en")
    assert "French Civil Code, art. 1103: « Les contrats légalement formés" in text
    assert "art. 1103: “" not in text
    # the AI Act's stored text is English: quoted in English
    assert "Regulation (EU) 2024/1689, art. 16: “Providers of high-risk AI systems" in text


def test_ai_act_articles_are_cited_at_the_paragraphs_the_finding_names() -> None:
    """« Deployer obligations (art. 26) … 26(1) … 26(6) keep the logs »: each paragraph cited
    as « art. 26(6) » with its own words (after the two subparagraphs of 26(5)), « art.
    25(4) » for the written agreement — not art. 26's or 25's first paragraph."""
    text = _note("credit-scoring", "en")
    assert "art. 25(4): “4. The provider of a high-risk AI system and the third party" in text
    assert "art. 26(6): “6. Deployers of high-risk AI systems shall keep the logs" in text
    assert "art. 99(4): “4. Non-compliance" in text
    assert "art. 25: “1. Any distributor" not in text
    fr = _note("credit-scoring", "fr")
    assert "art. 26(6) : « 6. Deployers of high-risk AI systems shall keep the logs" in fr


@pytest.mark.parametrize("case", [c for c in cases() if c.kind == "mise-en-demeure"
                                  and c.lang == "en" and not c.refused], ids=lambda c: c.stem)
def test_the_english_notice_quotes_the_dossier_s_french_words(case: Case) -> None:
    """« They show the following: au seuil contractuel… » mixed French into an English
    sentence; the commitments' French names were in English quotes."""
    text = _flat(case.build().plain_text())
    d = case.dossier()
    if "They show the following:" in text:
        assert "They show the following: « " in text
    for c in d.commitments:
        if c.label and f"“{c.label}”" in text:
            pytest.fail(f"a French name in English quotes: {c.label}")
