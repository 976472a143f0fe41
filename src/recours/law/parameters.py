"""Dated legal values (rates, durations, dates), read from ``data/parameters/*.yaml``.

Every value carries its legal reference and certainty. A date outside what a parameter
covers raises :class:`~recours.errors.ParameterError`: the engine never extrapolates.

File format (one mapping per parameter)::

    fr.civil.2224.duration_years:
      label: {fr: "...", en: "..."}
      unit: years
      versions:
        - from: 2008-06-19        # first date the value applies (inclusive)
          until: null             # optional last date covered (inclusive)
          value: 5
          reference: "C. civ. art. 2224 (LEGIARTI000019017112)"
          certainty: high
      not_covered:               # optional: known gaps, with the reason shown to the user
        - {from: 2026-07-01, until: 2026-12-31, note: "rate NOT FOUND"}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from ruamel.yaml.error import YAMLError

from recours.errors import ParameterError
from recours.i18n import T
from recours.law.parsed_index import parse_data_file

PARAMETERS_DIR = Path(__file__).parent / "data" / "parameters"


@dataclass(frozen=True, slots=True)
class ParamVersion:
    start: date
    end: date | None
    value: Any
    reference: str
    certainty: str

    def covers(self, on: date) -> bool:
        return self.start <= on and (self.end is None or on <= self.end)


@dataclass(frozen=True, slots=True)
class ParamValue:
    """A value looked up for a date, with what the user needs to check it."""

    key: str
    on: date
    value: Any
    reference: str
    certainty: str
    start: date
    end: date | None

    def to_dict(self) -> dict[str, Any]:
        value = self.value.isoformat() if isinstance(self.value, date) else self.value
        return {"key": self.key, "on": self.on.isoformat(), "value": value,
                "reference": self.reference, "certainty": self.certainty}


@dataclass(frozen=True, slots=True)
class Gap:
    start: date
    end: date
    note: str


@dataclass(frozen=True, slots=True)
class Parameter:
    key: str
    label: T
    unit: str | None
    versions: tuple[ParamVersion, ...]
    gaps: tuple[Gap, ...]
    source: str

    def at(self, on: date) -> ParamValue:
        """The value applicable on ``on``; ParameterError when the date is not covered."""
        chosen = [v for v in self.versions if v.start <= on]
        version = chosen[-1] if chosen else None
        if version is None or not version.covers(on):
            raise self._not_covered(on)
        return ParamValue(self.key, on, version.value, version.reference, version.certainty,
                          version.start, version.end)

    def _not_covered(self, on: date) -> ParameterError:
        gap = next((g for g in self.gaps if g.start <= on <= g.end), None)
        first, last = self.versions[0].start, self.versions[-1].end
        covered = f"{first.isoformat()} → {last.isoformat() if last else '…'}"
        why = f" — {gap.note}" if gap else ""
        return ParameterError(
            T(f"paramètre « {self.key} » non couvert pour le {on.isoformat()} "
              f"(couvert : {covered}){why}",
              f"parameter '{self.key}' not covered for {on.isoformat()} "
              f"(covered: {covered}){why}"),
            where=self.source,
            fix=T("ajoutez la valeur datée avec sa référence officielle dans le fichier de "
                  "paramètres, ou choisissez une date couverte",
                  "add the dated value with its official reference to the parameter file, "
                  "or choose a covered date"),
            details={"key": self.key, "on": on.isoformat()},
        )


class Parameters(Mapping[str, Parameter]):
    """All parameters, by key."""

    def __init__(self, params: dict[str, Parameter]) -> None:
        self._params = params

    def __getitem__(self, key: str) -> Parameter:
        try:
            return self._params[key]
        except KeyError:
            raise ParameterError(
                T(f"paramètre inconnu : « {key} »", f"unknown parameter: '{key}'"),
                fix=T("vérifiez la clé dans law/data/parameters/",
                      "check the key in law/data/parameters/"),
            ) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._params)

    def __len__(self) -> int:
        return len(self._params)

    def at(self, key: str, on: date) -> ParamValue:
        return self[key].at(on)


def _bad(where: str, fr: str, en: str) -> ParameterError:
    return ParameterError(T(fr, en), where=where,
                          fix=T("corrigez le fichier de paramètres (voir law/parameters.py)",
                                "fix the parameter file (see law/parameters.py)"))


def _as_date(value: Any, where: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise _bad(where, f"date invalide : {value!r}", f"invalid date: {value!r}") from None


def _version(raw: Any, where: str) -> ParamVersion:
    if not isinstance(raw, Mapping) or "from" not in raw or "value" not in raw:
        raise _bad(where, "version sans « from » ou « value »", "version without 'from' or 'value'")
    if not raw.get("reference"):
        raise _bad(where, "valeur datée sans référence juridique", "dated value without a reference")
    end = _as_date(raw["until"], where) if raw.get("until") is not None else None
    return ParamVersion(_as_date(raw["from"], where), end, raw["value"], str(raw["reference"]),
                        str(raw.get("certainty", "unknown")))


def _parameter(key: str, raw: Any, path: Path) -> Parameter:
    where = f"{path.name}: {key}"
    if not isinstance(raw, Mapping) or not raw.get("versions"):
        raise _bad(where, "paramètre sans « versions »", "parameter without 'versions'")
    versions = tuple(sorted((_version(v, where) for v in raw["versions"]), key=lambda v: v.start))
    label = raw.get("label") or {}
    gaps = tuple(Gap(_as_date(g["from"], where), _as_date(g["until"], where), str(g["note"]))
                 for g in raw.get("not_covered") or [])
    return Parameter(key, T(str(label.get("fr", key)), str(label.get("en", key))),
                     raw.get("unit"), versions, gaps, where)


def read_parameter_file(path: Path) -> dict[str, Parameter]:
    try:
        data = parse_data_file(path)
    except YAMLError as exc:
        raise _bad(path.name, f"YAML illisible : {exc}", f"unreadable YAML: {exc}") from exc
    if not isinstance(data, Mapping):
        raise _bad(path.name, "le fichier doit contenir un dictionnaire de paramètres",
                   "the file must hold a mapping of parameters")
    return {str(k): _parameter(str(k), v, path) for k, v in data.items()}


@lru_cache(maxsize=4)
def load_parameters(directory: Path = PARAMETERS_DIR) -> Parameters:
    """Every ``*.yaml`` file of the parameters directory (law I and law II files)."""
    params: dict[str, Parameter] = {}
    for path in sorted(directory.glob("*.yaml")):
        for key, param in read_parameter_file(path).items():
            if key in params:
                raise _bad(path.name, f"paramètre en double : {key}", f"duplicate parameter: {key}")
            params[key] = param
    return Parameters(params)
