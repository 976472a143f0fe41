"""Words a regular expression needs: a cheap prefilter that gives the same answer.

For a pattern, :func:`required_words` returns strings one of which every match contains (read
from the parsed pattern: a run of literal characters, the union over the branches of an
alternation, a repeated item that must occur at least once). A sentence that contains none of
them cannot match, so ``str.__contains__`` checks (fast, in C) can skip the regular expression
search (slow on long alternations). The analysis is conservative: a construct it does not know
(character classes, ``.``, backreferences, optional items) gives no requirement, never a wrong
one. Case: the words are those of the pattern as written; match them against text of the same
case (the rules run lower-cased patterns on lower-cased text).
"""

from __future__ import annotations

from typing import Any

try:  # Python 3.11+: the parser behind ``re``
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons: no prefilter, same answers
    _C = None
    _P = None

Words = frozenset[str]


def required_words(pattern: str) -> tuple[str, ...]:
    """Strings one of which every match of ``pattern`` contains; () when none is known."""
    if _P is None:  # pragma: no cover
        return ()
    try:
        parsed = _P.parse(pattern)
    except Exception:  # an unparsable pattern: no prefilter, never an error here
        return ()
    found = _sequence(list(parsed))
    return tuple(sorted(found)) if found else ()


def _score(words: Words) -> float:
    """Longer shortest word first (rarer), then fewer words."""
    return min(len(w) for w in words) - 0.01 * len(words)


def _sequence(items: list[tuple[Any, Any]]) -> Words | None:
    best: Words | None = None
    run: list[str] = []

    def consider(candidate: Words | None) -> None:
        nonlocal best
        if candidate and (best is None or _score(candidate) > _score(best)):
            best = candidate

    for op, arg in items:
        if op is _C.LITERAL:
            run.append(chr(arg))
            continue
        if op is _C.AT or op in (_C.ASSERT, _C.ASSERT_NOT):
            continue  # zero width: the literals on each side stay adjacent in the text
        if run:
            consider(frozenset(["".join(run)]))
            run = []
        consider(_item(op, arg))
    if run:
        consider(frozenset(["".join(run)]))
    return best


def _item(op: Any, arg: Any) -> Words | None:
    if op is _C.SUBPATTERN:
        return _sequence(list(arg[-1]))
    if op is _C.BRANCH:
        union: set[str] = set()
        for alternative in arg[1]:
            words = _sequence(list(alternative))
            if not words:
                return None  # one branch needs nothing: the alternation needs nothing
            union |= words
        return frozenset(union)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
        low, _high, item = arg
        return _sequence(list(item)) if low >= 1 else None
    return None


# the values' prefiltered patterns, their words read from the generated table
from recours.contract.kinds.prefilter_table import Prefiltered  # noqa: E402

__all__ = ["Prefiltered", "required_words"]
