"""Every number comes from the dossier or the analysis; every citation resolves to a text."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from recours.documents.citations import ArticleText, Citations, _law_lookup, label
from recours.documents.model import Run
from recours.dossier import Dossier, load_dossier
from recours.errors import ArticleNotFound
from tests.documents.conftest import FIXTURE, build

NB = str.maketrans({"\u202f": " ", "\u00a0": " "})


def text_of(dossier: Dossier, kind: str, lang: str = "fr", **kw: object) -> str:
    return build(dossier, kind, lang, **kw).plain_text().translate(NB)


@pytest.mark.parametrize(
    ("kind", "change", "before", "after"),
    [
        (
            "mise-en-demeure",
            lambda d: setattr(d.commitments[0], "threshold", 0.75),
            "d'au moins 70,0 %",
            "d'au moins 75,0 %",
        ),
        (
            "mise-en-demeure",
            lambda d: setattr(d.contract.price.amount, "amount", Decimal("512000")),
            "480 000,00 €",
            "512 000,00 €",
        ),
        (
            "mise-en-demeure",
            lambda d: setattr(d.evidence_runs[0].results[0], "estimate", 0.6012),
            "58,1 %",
            "60,1 %",
        ),
        (
            "mise-en-demeure",
            lambda d: setattr(d.losses[1].amount, "amount", Decimal("20000")),
            "143 000,50 €",
            "145 000,50 €",
        ),
        (
            "mise-en-demeure",
            lambda d: setattr(d.contract, "cure_period_days", 45),
            "délai de 30 jours",
            "délai de 45 jours",
        ),
        (
            "mise-en-demeure",
            lambda d: setattr(d.parties[1], "name", "Scoring Plus SA"),
            "ScoreSoft SAS",
            "Scoring Plus SA",
        ),
        (
            "note",
            lambda d: d.analysis.data["damages"].update(low=150000),
            "entre 143 000,50 €",
            "entre 150 000,00 €",
        ),
        (
            "note",
            lambda d: setattr(d.timeline[0], "date", date(2025, 3, 4)),
            "3 mars 2025 | Signature",
            "4 mars 2025 | Signature",
        ),
        (
            "rapport",
            lambda d: setattr(d.evidence_runs[0], "merkle_root", "f" * 64),
            "a3f1c2e4b5d69788",
            "f" * 64,
        ),
        (
            "rapport",
            lambda d: setattr(d.evidence_runs[0].results[1], "n", 50000),
            "48 210",
            "50 000",
        ),
    ],
)
def test_changing_an_input_changes_the_document(
    kind: str, change: object, before: str, after: str
) -> None:
    dossier = load_dossier(FIXTURE)
    original = text_of(dossier, kind)
    assert before in original and after not in original
    change(dossier)  # type: ignore[operator]
    changed = text_of(dossier, kind)
    assert after in changed and before not in changed


def test_the_document_date_is_the_on_argument() -> None:
    from recours.documents import build_document

    dossier = load_dossier(FIXTURE)
    doc = build_document(
        dossier, "mise-en-demeure", on=date(2027, 1, 1), analysis=dossier.analysis.data
    )  # type: ignore[union-attr]
    assert "Paris, le 1er janvier 2027" in doc.plain_text()
    assert doc.metadata.date == "2027-01-01"


@pytest.mark.parametrize("kind", ["mise-en-demeure", "note", "rapport"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_citation_resolves_to_the_law_engines_text(kind: str, lang: str) -> None:
    lookup = _law_lookup()
    assert lookup is not None, "the law engine's article texts must be installed"
    doc = build(load_dossier(FIXTURE), kind, lang)
    for note in doc.notes:
        if note.citation is None:
            continue
        text = lookup(note.citation).text
        words = "".join(r.text for r in note.runs if isinstance(r, Run))
        first_words = " ".join(text.split()[:6])
        assert first_words in words, (note.citation, words)


def test_an_article_the_engine_does_not_hold_is_refused() -> None:
    citations = Citations("fr")
    with pytest.raises(ArticleNotFound):
        citations.resolve("fr.civil.9999-99")


def test_a_reference_outside_the_known_codes_uses_the_engines_own_label() -> None:
    assert label("article 1226") is None
    with pytest.raises(ArticleNotFound):
        Citations("fr").resolve("no such article")
    assert Citations("fr").resolve("fr.ord_2016_131.art9").label  # the engine's « ref »


def test_an_analysis_citing_an_unknown_article_stops_the_document() -> None:
    dossier = load_dossier(FIXTURE)
    assert dossier.analysis is not None
    dossier.analysis.data["findings"][0]["citations"] = ["fr.civil.9999"]
    with pytest.raises(ArticleNotFound):
        build(dossier, "note")


def test_labels_and_excerpts() -> None:
    assert label("fr.civil.1226", "fr") == "C. civ., art. 1226"
    assert label("fr.commerce.L110-4", "en") == "French Commercial Code, art. L110-4"
    assert label("eu.ai_act.art26", "fr") == "Règl. (UE) 2024/1689, art. 26"
    article = ArticleText("x", "x", "Intro :\n\n- un ;\n\n- deux.\n\nAutre alinéa.")
    assert article.excerpt() == "Intro : - un ; - deux."
    assert ArticleText("x", "x", "mot " * 200).excerpt(40).endswith("[…]")
