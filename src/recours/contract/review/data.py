"""Checklist, model clauses and MCC-AI facts, loaded once from the package's YAML data."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from recours.i18n import T

DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True, slots=True)
class ModelClause:
    id: str
    gap: str
    title: T
    text: T
    cites: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "gap": self.gap,
            "title": {"fr": self.title.fr, "en": self.title.en},
            "fr": self.text.fr,
            "en": self.text.en,
            "cites": list(self.cites),
        }


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    id: str
    group: str
    source: str
    title: T
    kinds: tuple[str, ...]
    patterns: tuple[str, ...]
    weak: str | None
    clauses: tuple[str, ...]


def _load(name: str) -> Any:
    return YAML(typ="safe").load((DATA / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def model_clauses() -> dict[str, ModelClause]:
    out: dict[str, ModelClause] = {}
    for raw in _load("model_clauses.yaml")["clauses"]:
        out[raw["id"]] = ModelClause(
            raw["id"],
            raw["gap"],
            T(raw["title"]["fr"], raw["title"]["en"]),
            T(raw["fr"].strip(), raw["en"].strip()),
            tuple(raw.get("cites") or ()),
        )
    return out


@lru_cache(maxsize=1)
def checklist() -> tuple[ChecklistItem, ...]:
    items = []
    for raw in _load("checklist.yaml")["items"]:
        items.append(
            ChecklistItem(
                raw["id"],
                raw["group"],
                raw["source"],
                T(raw["title"]["fr"], raw["title"]["en"]),
                tuple(raw.get("kinds") or ()),
                tuple(raw.get("patterns") or ()),
                raw.get("weak"),
                tuple(raw.get("clauses") or ()),
            )
        )
    return tuple(items)


@lru_cache(maxsize=1)
def mcc_ai() -> dict[str, Any]:
    data: dict[str, Any] = _load("mcc_ai.yaml")
    return data
