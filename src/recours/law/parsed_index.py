"""Packaged law data already parsed: the YAML of the parameter and case-law files and the front
matter of the article files, stored as JSON beside them with the SHA-256 of the text each entry
was parsed from (``scripts/gen_data_index.py`` writes them). ruamel parses YAML in pure Python:
the 148 article headers and the parameter files cost ~0.5 s of CPU on every ``recours law``
command, the JSON a few milliseconds. An entry is used only where its digest matches the text
read now — a file edited since, or a damaged index, is parsed as before, never trusted."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path
from typing import Any

#: The index of a directory of YAML data files (parameters, case law).
YAML_INDEX = "parsed-yaml.json"

_MISSING = object()


def encode(value: Any) -> Any:
    """A parsed YAML value as JSON (dates tagged)."""
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [encode(v) for v in value]
    return value


def decode(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {"$date"} and isinstance(value["$date"], str):
            return date.fromisoformat(value["$date"])
        return {k: decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode(v) for v in value]
    return value


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_index(path: Path) -> dict[str, Any]:
    """A stored index, or nothing when absent or unreadable (everything is then parsed)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def lookup(index: dict[str, Any], key: str, text: str) -> Any:
    """The parsed value stored for ``key`` if it was parsed from ``text``, else a sentinel
    (:func:`found` tells)."""
    entry = index.get(key)
    if isinstance(entry, dict) and entry.get("sha256") == digest(text) and "data" in entry:
        try:
            return decode(entry["data"])
        except (TypeError, ValueError):
            return _MISSING
    return _MISSING


def found(value: Any) -> bool:
    return value is not _MISSING


def entry(text: str, parsed: Any) -> dict[str, Any]:
    return {"sha256": digest(text), "data": encode(parsed)}


def write_index(path: Path, index: dict[str, Any]) -> None:
    path.write_text(json.dumps(index, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                    encoding="utf-8")


def parse_yaml(text: str) -> Any:
    from ruamel.yaml import YAML

    return YAML(typ="safe").load(text)


def parse_data_file(path: Path) -> Any:
    """A packaged YAML data file, parsed — from its directory's index when the digest of its
    text matches, else by ruamel (whose errors propagate)."""
    text = path.read_text(encoding="utf-8")
    value = lookup(read_index(path.parent / YAML_INDEX), path.name, text)
    return value if found(value) else parse_yaml(text)


def build_yaml_index(directory: Path) -> dict[str, Any]:
    """The index of every ``*.yaml`` file of ``directory``."""
    out = {}
    for path in sorted(directory.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        out[path.name] = entry(text, parse_yaml(text))
    return out
