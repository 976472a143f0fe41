"""Checks made on a dossier's YAML text before it is built into objects.

One streaming pass over the parser's events (no tree is built, memory stays small) refuses:
nesting deeper than :data:`MAX_DEPTH` (the composer is recursive), more than
:data:`MAX_ALIASES` aliases, aliases that would add more than :data:`MAX_ALIAS_NODES` nodes
once expanded (« billion laughs »), and an alias to its own enclosing node. Characters YAML
forbids (controls such as U+0000 or U+007F) are found first, with their line and column.
"""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    ScalarEvent,
)

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


def check_structure(text: str, where: str) -> None:
    """Depth, alias count and alias expansion, from the event stream (nothing constructed)."""
    stack: list[list[Any]] = []  # [expanded size, anchor] per open collection
    sizes: dict[str, int] = {}
    aliases = added = 0
    check_flow_depth(text, where)
    for event in YAML(typ="rt").parse(text):
        if isinstance(event, CollectionStartEvent):
            stack.append([1, event.anchor])
            if len(stack) > MAX_DEPTH:
                raise _refuse(f"imbrication trop profonde (plus de {MAX_DEPTH} niveaux)",
                              f"nesting too deep (over {MAX_DEPTH} levels)", where, event,
                              _SHALLOW)
            continue
        if isinstance(event, CollectionEndEvent) and stack:
            size, anchor = stack.pop()
        elif isinstance(event, ScalarEvent):
            size, anchor = 1, event.anchor
        elif isinstance(event, AliasEvent):
            aliases += 1
            if any(open_anchor == event.anchor for _, open_anchor in stack):
                raise _refuse("alias qui se contient lui-même", "self-containing alias",
                              where, event, _NO_ALIAS)
            size, anchor = sizes.get(event.anchor, 1), None
            added += size
            if aliases > MAX_ALIASES or added > MAX_ALIAS_NODES:
                raise _refuse("trop d'alias YAML (expansion en « milliard de rires »)",
                              "too many YAML aliases ('billion laughs' expansion)",
                              where, event, _NO_ALIAS)
        else:
            continue
        if anchor is not None:
            sizes[anchor] = size
        if stack:
            stack[-1][0] += size
