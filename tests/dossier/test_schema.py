"""The published JSON Schema validates real dossiers and stays in sync with the model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from recours.dossier import dossier_schema, dossier_schema_json
from recours.dossier.yamlio import read_yaml
from tests.conftest import ROOT, example_dossiers

PUBLISHED = ROOT / "docs" / "dossier.schema.json"


def _plain(path: Path) -> Any:
    return json.loads(json.dumps(read_yaml(path), default=str))


def _validator() -> jsonschema.Draft202012Validator:
    schema = dossier_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_schema_validates_minimal(minimal_dossier_path: Path) -> None:
    _validator().validate(_plain(minimal_dossier_path))


@pytest.mark.parametrize("path", example_dossiers(), ids=lambda p: p.parent.name)
def test_schema_validates_examples(path: Path) -> None:
    _validator().validate(_plain(path))


def test_examples_exist() -> None:
    assert len(example_dossiers()) >= 2


def test_schema_rejects_unknown_field(minimal_dossier_path: Path) -> None:
    data = _plain(minimal_dossier_path)
    data["partys"] = []
    with pytest.raises(jsonschema.ValidationError):
        _validator().validate(data)


def test_published_schema_is_current() -> None:
    assert PUBLISHED.read_text(encoding="utf-8") == dossier_schema_json(), (
        "docs/dossier.schema.json is stale: run `recours dossier schema -o docs/dossier.schema.json`"
    )
