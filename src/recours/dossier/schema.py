"""The published JSON Schema of the YAML dossier."""

from __future__ import annotations

import json
from typing import Any

from recours.dossier.model import Dossier

SCHEMA_ID = "https://recours.dev/schema/dossier-v1.json"


def dossier_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of a dossier file."""
    schema = Dossier.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    return schema


def dossier_schema_json() -> str:
    return json.dumps(dossier_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
