"""Every citation a rule may use resolves to a stored article text."""

from __future__ import annotations

from pathlib import Path

import pytest

from recours.errors import ArticleNotFound, LawError
from recours.law import load_articles, load_rules
from recours.law.articles import read_article


def test_every_declared_citation_resolves() -> None:
    store = load_articles()
    unresolved = []
    for rule in load_rules().values():
        for cite in rule.cites:
            try:
                store.get_ref(cite)
            except ArticleNotFound:
                unresolved.append((rule.id, cite))
    assert not unresolved


LAW_I = ("recours.law.fr.code_civil", "recours.law.fr.code_commerce", "recours.law.fr.procedure")


def test_law_i_citations_have_text_and_source() -> None:
    store = load_articles()
    for rule in load_rules().values():
        if not rule.module.startswith(LAW_I):
            continue
        for cite in rule.cites:
            art = store.get_ref(cite)
            assert art.found and art.source, cite
            if cite.startswith("fr.civil."):
                assert art.identifier and art.identifier.startswith("LEGIARTI"), cite


def test_lookup_by_number_alias_and_id() -> None:
    store = load_articles()
    assert store.get_ref("1231-1").id == "fr.civil.1231-1"
    assert store.get_ref("art. 1648").id == "fr.civil.1648"
    assert store.get_ref("L110-4").id == "fr.commerce.L110-4"
    assert store.get_ref("CPC 642").id == "fr.cpc.642"


def test_unknown_article_is_refused_with_a_fix() -> None:
    with pytest.raises(ArticleNotFound) as info:
        load_articles().get_ref("9999-9")
    assert info.value.fix is not None


def test_broken_article_file_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("no front matter", encoding="utf-8")
    with pytest.raises(LawError) as info:
        read_article(bad, tmp_path)
    assert "bad.md" in str(info.value)


def test_article_without_text_must_say_not_found(tmp_path: Path) -> None:
    bad = tmp_path / "empty.md"
    bad.write_text('---\nid: "x.y"\n---\n', encoding="utf-8")
    with pytest.raises(LawError, match="without text"):
        read_article(bad, tmp_path)


def test_texts_are_copied_verbatim_with_their_identifier() -> None:
    art = load_articles().get_ref("1231-5")
    assert art.identifier == "LEGIARTI000032010131"
    assert art.paragraphs[1].startswith("Néanmoins, le juge peut, même d'office")
    assert len(art.paragraphs) == 5
