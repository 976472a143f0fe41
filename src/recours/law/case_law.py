"""Case law as data: principle decisions the engine relies on (``data/case_law/*.yaml``).

Each decision carries its court, chamber, date, number, a summary of its holding (French and
English), the words quoted by the sources, the articles it applied, whether it was fully
sourced (what is uncertain otherwise) and the addresses where it was read. Rules cite a
decision with ``ctx.make(..., decisions=(id,))``; the finding then carries it and its
uncertainty. A malformed file raises :class:`~recours.errors.LawError` naming the file, the
decision and the field.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from ruamel.yaml.error import YAMLError

from recours.errors import LawError
from recours.i18n import Lang, T
from recours.law.parsed_index import parse_data_file

CASE_LAW_DIR = Path(__file__).parent / "data" / "case_law"
_REQUIRED = ("id", "court", "chamber", "date", "name", "summary", "sources")


@dataclass(frozen=True, slots=True)
class Decision:
    """A court decision, as far as the project's sources establish it."""

    id: str
    court: str
    chamber: str
    date: date
    number: str | None
    name: str
    summary: T
    quote: str | None
    articles: tuple[str, ...]
    outcome: str | None
    fully_sourced: bool
    uncertain: tuple[str, ...]
    sources: tuple[str, ...]

    @property
    def reference(self) -> str:
        """« Cass. com., 29 juin 2010, n° 09-11.841 » style reference (date in ISO form)."""
        court = "Cass." if self.court == "Cour de cassation" else self.court
        chamber = {"chambre commerciale": "com.", "chambre mixte": "ch. mixte",
                   "première chambre civile": "civ. 1re"}.get(self.chamber, self.chamber)
        number = f", n° {self.number}" if self.number else ", n° non relevé"
        return f"{court} {chamber}, {self.date.isoformat()}{number}"

    @property
    def doubtful(self) -> bool:
        """True when the sources leave a point open (number, date, operative part…)."""
        return not self.fully_sourced or bool(self.uncertain) or self.number is None

    def to_dict(self, lang: Lang = "fr") -> dict[str, Any]:
        return {"id": self.id, "reference": self.reference, "court": self.court,
                "chamber": self.chamber, "date": self.date.isoformat(), "number": self.number,
                "name": self.name, "holding": self.summary.render(lang), "quote": self.quote,
                "articles": list(self.articles), "fully_sourced": self.fully_sourced,
                "uncertain": list(self.uncertain), "sources": list(self.sources)}


class CaseLaw(Mapping[str, Decision]):
    """Decisions by id."""

    def __init__(self, decisions: dict[str, Decision]) -> None:
        self._decisions = decisions

    def __getitem__(self, key: str) -> Decision:
        try:
            return self._decisions[key]
        except KeyError:
            raise LawError(
                T(f"décision inconnue : « {key} »", f"unknown decision: '{key}'"),
                where="law/data/case_law",
                fix=T("ajoutez la décision vérifiée (source, numéro) dans law/data/case_law/ "
                      "ou corrigez l'identifiant",
                      "add the verified decision (source, number) to law/data/case_law/ or fix "
                      "the id")) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._decisions)

    def __len__(self) -> int:
        return len(self._decisions)


def _bad(where: str, fr: str, en: str) -> LawError:
    return LawError(T(fr, en), where=where,
                    fix=T("corrigez le fichier de jurisprudence (voir law/case_law.py)",
                          "fix the case-law file (see law/case_law.py)"))


def _decision(raw: Any, where: str) -> Decision:
    if not isinstance(raw, Mapping):
        raise _bad(where, "chaque décision doit être un dictionnaire", "each decision must be a mapping")
    missing = [k for k in _REQUIRED if not raw.get(k)]
    if missing:
        raise _bad(f"{where}: {raw.get('id', '?')}", f"champs manquants : {', '.join(missing)}",
                   f"missing fields: {', '.join(missing)}")
    summary = raw["summary"]
    if not isinstance(summary, Mapping) or not summary.get("fr") or not summary.get("en"):
        raise _bad(f"{where}: {raw['id']}", "« summary » doit avoir « fr » et « en »",
                   "'summary' must have 'fr' and 'en'")
    on = raw["date"]
    if not isinstance(on, date):
        raise _bad(f"{where}: {raw['id']}", f"date invalide : {on!r}", f"invalid date: {on!r}")
    return Decision(
        id=str(raw["id"]), court=str(raw["court"]), chamber=str(raw["chamber"]), date=on,
        number=str(raw["number"]) if raw.get("number") else None, name=str(raw["name"]),
        summary=T(str(summary["fr"]), str(summary["en"])),
        quote=str(raw["quote"]) if raw.get("quote") else None,
        articles=tuple(str(a) for a in raw.get("articles") or ()),
        outcome=str(raw["outcome"]) if raw.get("outcome") else None,
        fully_sourced=bool(raw.get("fully_sourced")),
        uncertain=tuple(str(u) for u in raw.get("uncertain") or ()),
        sources=tuple(str(s) for s in raw["sources"]))


def read_case_law_file(path: Path) -> list[Decision]:
    try:
        data = parse_data_file(path)
    except YAMLError as exc:
        raise _bad(path.name, f"YAML illisible : {exc}", f"unreadable YAML: {exc}") from exc
    if not isinstance(data, list):
        raise _bad(path.name, "le fichier doit contenir une liste de décisions",
                   "the file must hold a list of decisions")
    return [_decision(raw, path.name) for raw in data]


@lru_cache(maxsize=4)
def load_case_law(directory: Path = CASE_LAW_DIR) -> CaseLaw:
    """Every ``*.yaml`` file of the case-law directory."""
    decisions: dict[str, Decision] = {}
    for path in sorted(directory.glob("*.yaml")):
        for decision in read_case_law_file(path):
            if decision.id in decisions:
                raise _bad(path.name, f"décision en double : {decision.id}",
                           f"duplicate decision: {decision.id}")
            decisions[decision.id] = decision
    return CaseLaw(decisions)
