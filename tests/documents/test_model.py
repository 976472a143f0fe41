"""The neutral document model: invariants and JSON form."""

from __future__ import annotations

import pytest

from recours.documents.compose import Composer
from recours.documents.model import (
    Document,
    Metadata,
    NoteRef,
    Paragraph,
    Run,
    Table,
    document_to_dict,
)

META = Metadata("note", "fr", "Titre", "Sujet", "Auteur", "2026-11-26", "En-tête")


def test_table_rows_must_match_the_header() -> None:
    with pytest.raises(ValueError, match="3 cells"):
        Table(("a", "b"), (("1", "2", "3"),))


def test_each_note_is_called_once_in_order() -> None:
    c = Composer("fr")
    first, second = c.note("un"), c.note("deux")
    c.para("texte", second, first)  # called out of order
    with pytest.raises(ValueError, match="in order"):
        c.build(META)


def test_a_note_never_called_is_refused() -> None:
    c = Composer("fr")
    c.note("orpheline")
    with pytest.raises(ValueError):
        c.build(META)


def test_composer_numbers_paragraphs_and_applies_typography() -> None:
    c = Composer("fr")
    c.numbered("Objet : un")
    c.numbered("deux ?")
    doc = c.build(META)
    assert [b.number for b in doc.blocks] == [1, 2]  # type: ignore[union-attr]
    assert doc.plain_text().splitlines() == ["Objet\u00a0: un", "deux\u202f?"]


def test_json_form_lists_blocks_notes_and_citations() -> None:
    c = Composer("fr")
    c.para(Run("gras", bold=True), " et ", c.note("C. civ.", citation="fr.civil.1226"))
    doc = c.build(META)
    data = document_to_dict(doc)
    assert data["blocks"][0]["runs"] == [
        {"text": "gras", "bold": True},
        {"text": " et "},
        {"note": 1},
    ]
    assert data["notes"][0]["citation"] == "fr.civil.1226"
    assert doc.citations() == ("fr.civil.1226",)


def test_document_is_immutable() -> None:
    doc = Document(META, (Paragraph((Run("x"),)),))
    with pytest.raises(AttributeError):
        doc.blocks = ()  # type: ignore[misc]
    assert NoteRef(1) == NoteRef(1)
