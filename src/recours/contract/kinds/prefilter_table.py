"""The prefilter words of every rule pattern, read from a generated table.

:func:`recours.contract.kinds.prefilter.required_words` reads a pattern's parse tree to find the
words one of which every match contains; parsing the hundreds of rule patterns took most of the
time of importing the detector. ``scripts/gen_contract_prefilter.py`` runs it once over every
pattern the detector uses (lower-cased, accent-folded) and writes ``prefilter_words.json``
(pattern digest → words); a test checks the table is up to date. A pattern missing from the
table (a rule edited without regenerating it) gets its words computed here, the same answer,
only slower.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

TABLE = Path(__file__).with_name("prefilter_words.json")
# a prefilter of many words costs more than the search it saves
MAX_WORDS = 25


def digest(source: str) -> str:
    """The table's key for a pattern's text."""
    return hashlib.blake2b(source.encode("utf-8"), digest_size=8).hexdigest()


def compute_words(source: str) -> tuple[str, ...]:
    """The words one of which every match of ``source`` contains; () when none is known or
    when there are too many to be worth checking."""
    from recours.contract.kinds.prefilter import required_words

    words = required_words(source)
    return words if len(words) <= MAX_WORDS else ()


@lru_cache(maxsize=1)
def _table() -> dict[str, list[str]]:
    try:
        data = json.loads(TABLE.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # pragma: no cover - a broken install: computed instead
        return {}
    words: dict[str, list[str]] = data.get("words", {})
    return words


def prefilter_words(source: str) -> tuple[str, ...]:
    """The prefilter words of a (lower-cased, folded) pattern text, from the table."""
    found = _table().get(digest(source))
    return tuple(found) if found is not None else compute_words(source)


class Prefiltered:
    """A case-insensitive pattern searched only in text that holds one of its words.

    ``search(text, low)`` gives ``pattern.search(text)`` (``low`` is ``text.lower()``); the
    words (from the table, lower-cased) are checked on ``low`` first, and skipped when there
    are too many to be cheap.
    """

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.words = tuple(w.lower() for w in prefilter_words(pattern.pattern))

    def search(self, text: str, low: str) -> Any:
        if self.words and len(low) == len(text):
            for word in self.words:  # a plain loop: cheaper than any() over a generator
                if word in low:
                    break
            else:
                return None
        return self.pattern.search(text)
