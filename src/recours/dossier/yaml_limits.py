"""Checks made on a dossier's YAML text before it is built into objects.

Characters YAML forbids (controls such as U+0000 or U+007F) and deep flow nesting are found
first, on the text, with their line and column. Then each parser event is checked as the
composer takes it (:func:`bounded_parser`: the text is parsed once, for the limits and the
load together), and before any node is composed from it: nesting deeper than
:data:`MAX_DEPTH` (the composer is recursive), more than :data:`MAX_ALIASES` aliases, aliases
that would add more than :data:`MAX_ALIAS_NODES` nodes once expanded (« billion laughs »),
and an alias to its own enclosing node. Nothing is constructed before the whole document has
passed: ruamel composes the document, then builds its objects.
"""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    ScalarEvent,
)
from ruamel.yaml.parser import RoundTripParser

from recours.errors import DossierError
from recours.i18n import T

MAX_DEPTH = 64
MAX_ALIASES = 1000
MAX_ALIAS_NODES = 100_000
# What the YAML 1.2 reader refuses (ruamel's Reader.NON_PRINTABLE, the complement of
# [\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]), written as
# the refused ranges themselves: the same set (tests/test_startup.py checks every code
# point), compiled in 0.4 ms instead of 12 ms at each start.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def check_characters(text: str, where: str) -> None:
    """Refuse a character YAML cannot hold, naming its code point, line and column."""
    found = _FORBIDDEN.search(text)
    if found is None:
        return
    line, column = _position(text, found.start())
    code = f"U+{ord(found.group()):04X}"
    raise DossierError(
        T(f"caractère interdit dans un fichier YAML : {code} (caractère de contrôle)",
          f"character not allowed in a YAML file: {code} (control character)"),
        where=f"{where}:{line}:{column}",
        fix=T("supprimez ce caractère invisible (souvent issu d'un copier-coller ou d'un "
              "fichier binaire) et enregistrez en UTF-8",
              "delete this invisible character (often from a copy-paste or a binary file) "
              "and save as UTF-8"))


_FLOW = re.compile(r"""[\[\]{}]|"(?:[^"\\\n]|\\.)*"|'[^'\n]*'|(?:^|(?<=\s))#[^\n]*""", re.M)


def check_flow_depth(text: str, where: str) -> None:
    """Refuse deep ``[[[…`` / ``{{{…`` before the parser sees them: its simple-key search is
    quadratic in flow depth (5,000 levels take seconds), this scan is linear."""
    depth = 0
    for token in _FLOW.finditer(text):
        char = token.group()[0]
        if char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line, column = _position(text, token.start())
                raise DossierError(
                    T(f"imbrication trop profonde (plus de {MAX_DEPTH} niveaux)",
                      f"nesting too deep (over {MAX_DEPTH} levels)"),
                    where=f"{where}:{line}:{column}", fix=_SHALLOW)
        elif char in "]}":
            depth = max(0, depth - 1)


def _refuse(fr: str, en: str, where: str, event: Any, fix: T) -> DossierError:
    mark = getattr(event, "start_mark", None)
    place = f"{where}:{mark.line + 1}:{mark.column + 1}" if mark is not None else where
    return DossierError(T(fr, en), where=place, fix=fix)


_SHALLOW = T("un dossier n'a que quelques niveaux : vérifiez les crochets et l'indentation",
             "a dossier has only a few levels: check brackets and indentation")
_NO_ALIAS = T("écrivez les valeurs en entier au lieu d'ancres (&) et d'alias (*) imbriqués",
              "write the values out instead of nested anchors (&) and aliases (*)")


class Bounds:
    """Depth, alias count and alias expansion, from the event stream, one event at a time."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.stack: list[list[Any]] = []  # [expanded size, anchor] per open collection
        self.sizes: dict[str, int] = {}
        self.aliases = self.added = 0

    def see(self, event: Any) -> None:
        """Account for ``event``; raise :class:`DossierError` at the first limit passed."""
        stack, where = self.stack, self.where
        if isinstance(event, CollectionStartEvent):
            stack.append([1, event.anchor])
            if len(stack) > MAX_DEPTH:
                raise _refuse(f"imbrication trop profonde (plus de {MAX_DEPTH} niveaux)",
                              f"nesting too deep (over {MAX_DEPTH} levels)", where, event,
                              _SHALLOW)
            return
        if isinstance(event, CollectionEndEvent) and stack:
            size, anchor = stack.pop()
        elif isinstance(event, ScalarEvent):
            size, anchor = 1, event.anchor
        elif isinstance(event, AliasEvent):
            self.aliases += 1
            if any(open_anchor == event.anchor for _, open_anchor in stack):
                raise _refuse("alias qui se contient lui-même", "self-containing alias",
                              where, event, _NO_ALIAS)
            size, anchor = self.sizes.get(event.anchor, 1), None
            self.added += size
            if self.aliases > MAX_ALIASES or self.added > MAX_ALIAS_NODES:
                raise _refuse("trop d'alias YAML (expansion en « milliard de rires »)",
                              "too many YAML aliases ('billion laughs' expansion)",
                              where, event, _NO_ALIAS)
        else:
            return
        if anchor is not None:
            self.sizes[anchor] = size
        if stack:
            stack[-1][0] += size


def bounded_parser(where: str) -> type[RoundTripParser]:
    """ruamel's round-trip parser whose every event passes :class:`Bounds` (errors naming
    ``where``) as the composer takes it: set it as a loader's ``Parser`` for one load. The
    composer takes each event once (``get_event``), before composing a node from it."""
    bounds = Bounds(where)

    class BoundedParser(RoundTripParser):
        def get_event(self) -> Any:
            event = super().get_event()
            bounds.see(event)
            return event

    return BoundedParser
