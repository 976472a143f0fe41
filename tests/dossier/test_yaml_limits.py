"""The YAML limits (recours.dossier.yaml_limits) hold while the text is parsed only once: the
limits see each parser event as the composer takes it, before any object is built (issue 16,
start-up: the dossier and the spec were parsed twice by ruamel's pure-Python parser)."""

from __future__ import annotations

from typing import Any

import pytest
from ruamel.yaml.parser import RoundTripParser

from recours.dossier.yaml_limits import MAX_ALIASES, MAX_DEPTH
from recours.dossier.yamlio import parse_yaml_bytes
from recours.errors import DossierError


def _refused(text: str) -> DossierError:
    with pytest.raises(DossierError) as caught:
        parse_yaml_bytes(text.encode(), "d.yaml")
    return caught.value


def test_the_text_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """One stream start per load: the limits and the objects come from the same parse."""
    starts: list[int] = []
    real = RoundTripParser.parse_stream_start

    def counted(self: Any) -> Any:
        starts.append(1)
        return real(self)

    monkeypatch.setattr(RoundTripParser, "parse_stream_start", counted)
    data = parse_yaml_bytes(b"reference: R-1\nitems: [1, 2]\nnested: {a: {b: c}}\n", "d.yaml")
    assert data == {"reference": "R-1", "items": [1, 2], "nested": {"a": {"b": "c"}}}
    assert len(starts) == 1


def test_aliases_within_the_limits_load_as_written() -> None:
    data = parse_yaml_bytes(b"base: &b {x: 1, y: [2, 3]}\ncopy: *b\nlist: [*b, *b]\n", "d.yaml")
    assert data["copy"] == data["base"] == {"x": 1, "y": [2, 3]}
    assert data["list"] == [data["base"]] * 2


def test_billion_laughs_in_block_form_is_refused_with_its_line() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i}\n" + "".join(f"  - *a{i - 1}\n" for _ in range(10)).rstrip("\n")
              for i in range(1, 8)]
    error = _refused("\n".join(lines) + "\n")
    assert "milliard de rires" in error.render("fr")
    # the 100,000-node budget is passed within a6 (10^6 nodes), well before a7
    assert error.where is not None and error.where.startswith("d.yaml:")
    line = int(error.where.split(":")[1])
    assert 1 < line < len("\n".join(lines).splitlines())


def test_too_many_aliases_are_refused() -> None:
    text = "a: &a x\nl:\n" + "".join("  - *a\n" for _ in range(MAX_ALIASES + 1))
    assert "alias" in _refused(text).render("en")
    parse_yaml_bytes(("a: &a x\nl:\n" + "".join("  - *a\n" for _ in range(MAX_ALIASES)))
                     .encode(), "d.yaml")


def test_an_alias_to_its_own_enclosing_node_is_refused() -> None:
    error = _refused("a: &x\n  b: [1, *x]\n")
    assert "lui-même" in error.render("fr") and error.where == "d.yaml:2:10"


def test_block_nesting_deeper_than_the_limit_is_refused_with_its_line() -> None:
    deep = "".join(f"{'  ' * i}k{i}:\n" for i in range(MAX_DEPTH + 5)) + f"{'  ' * 70}v: 1\n"
    error = _refused(deep)
    assert "imbrication" in error.render("fr")
    assert error.where == f"d.yaml:{MAX_DEPTH + 1}:{2 * MAX_DEPTH + 1}"
    ok = "".join(f"{'  ' * i}k{i}:\n" for i in range(MAX_DEPTH - 1)) + f"{'  ' * 63}v: 1\n"
    assert parse_yaml_bytes(ok.encode(), "d.yaml") is not None


def test_flow_nesting_is_refused_before_the_parser() -> None:
    error = _refused("a: " + "[" * 5000 + "]" * 5000 + "\n")
    assert error.where is not None and error.where.startswith("d.yaml:1:")


def test_a_yaml_syntax_error_still_names_its_line() -> None:
    error = _refused("a: 1\nb: [1, 2\nc: 3\n")
    assert "YAML" in error.render("fr") and error.where is not None
    assert error.where.startswith("d.yaml:")
