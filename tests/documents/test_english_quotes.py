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
