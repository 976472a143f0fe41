"""The speed prefilters must never change an answer: the words read from a pattern are in every
text it matches, and the document-wide anchor index agrees with ``word in passage``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from recours.contract.kinds.detect import _FAST, _AnchorIndex, sentences
from recours.contract.kinds.prefilter import Prefiltered, required_words

CORPUS = Path(__file__).parent / "corpus"


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        ("abc|de", ("abc", "de")),
        ("(a|b)?cd", ("cd",)),
        ("x*", ()),
        ("[ab]cd", ("cd",)),
        (r"\bfoo\b bar", ("foo bar",)),
        ("(ab|c*)d", ("d",)),
        ("(?:one|two)+ three", (" three",)),
        ("ab.", ("ab",)),
        ("..", ()),
        ("résili\\w+|terminat", ("résili", "terminat")),
    ],
)
def test_required_words(pattern: str, words: tuple[str, ...]) -> None:
    assert required_words(pattern) == words


def _corpus_sentences() -> list[str]:
    """Sentences of the train and dev contracts (never a held-out batch)."""
    out: list[str] = []
    for path in sorted(CORPUS.glob("*.md")) + sorted(CORPUS.glob("*.txt")):
        label = path.with_suffix(".yaml")
        if not label.exists() or not re.search(
            r"^split: (train|dev)$", label.read_text(encoding="utf-8"), re.M
        ):
            continue
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            out.extend(s.lower() for s in sentences(block))
    return out


def test_every_trigger_match_holds_one_of_its_words() -> None:
    texts = _corpus_sentences()
    checked = 0
    for fast in _FAST:
        patterns = list(zip(fast.triggers, fast.trigger_words, strict=True))
        for (pattern, _), words in patterns:
            for text in texts:
                if words and pattern.search(text):
                    checked += 1
                    assert any(w in text for w in words), (fast.rule.kind, pattern.pattern[:60])
        for pattern, words in zip(fast.negations, fast.negation_words, strict=True):
            for text in texts:
                if words and pattern.search(text):
                    assert any(w in text for w in words), (fast.rule.kind, pattern.pattern[:60])
    assert checked > 500


def test_prefiltered_search_is_the_search() -> None:
    pattern = re.compile(r"cesse\w* de s'appliquer|no longer appl(y|ies)", re.I)
    filtered = Prefiltered(pattern)
    assert filtered.words
    for text in ("Le taux CESSE DE S'APPLIQUER.", "It no longer applies.", "Rien à voir.", ""):
        assert bool(filtered.search(text, text.lower())) is bool(pattern.search(text))


def test_anchor_index_agrees_with_word_in_passage() -> None:
    lows = ["la résiliation du contrat", "", "terminate\x01 now", "aucune clause", "résili"]
    index = _AnchorIndex(lows)
    for words in (("résili",), ("terminat", "clause"), ("absent",), ("n",)):
        found = index.passages_with(words)
        assert found == {i for i, low in enumerate(lows) if any(w in low for w in words)}
    assert index.passages_with(()) is None
