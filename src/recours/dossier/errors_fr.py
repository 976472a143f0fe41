"""Pydantic validation errors turned into bilingual, actionable problems."""

from __future__ import annotations

import difflib
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from recours.dossier.checks import Loc, Problem
from recours.i18n import T


def _field_names(model: type[BaseModel], loc: Loc) -> list[str]:
    """The allowed field names of the model that holds the last key of ``loc``."""
    current: Any = model
    for key in loc[:-1]:
        if isinstance(key, int) or not (
            isinstance(current, type) and issubclass(current, BaseModel)
        ):
            continue
        field = current.model_fields.get(key)
        if field is None:
            return []
        current = _inner_model(field.annotation)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def problem_from_error(error: ErrorDetails, model: type[BaseModel]) -> Problem:
    """One problem per Pydantic error, with a French and English message and a fix."""
    loc: Loc = tuple(error["loc"])
    kind = error["type"]
    ctx = error.get("ctx") or {}
    given = error.get("input")
    name = str(loc[-1]) if loc else ""
    if kind == "extra_forbidden":
        allowed = _field_names(model, loc)
        close = difflib.get_close_matches(name, allowed, n=1)
        hint = (
            T(f"vouliez-vous dire « {close[0]} » ?", f"did you mean '{close[0]}'?")
            if close
            else T("champs admis : " + ", ".join(allowed), "allowed fields: " + ", ".join(allowed))
        )
        return Problem(loc, T(f"champ inconnu « {name} »", f"unknown field '{name}'"), hint)
    if kind == "missing":
        return Problem(
            loc,
            T(f"champ obligatoire « {name} » absent", f"required field '{name}' is missing"),
            T(f"ajoutez « {name}: … »", f"add '{name}: …'"),
        )
    if kind in ("enum", "literal_error"):
        expected = str(ctx.get("expected", ""))
        return Problem(
            loc,
            T(f"valeur « {given} » non admise", f"value '{given}' is not allowed"),
            T(
                f"choisissez parmi : {expected.replace(' or ', ' ou ')}",
                f"choose one of: {expected}",
            ),
        )
    if kind.startswith("date") or kind.startswith("datetime"):
        return Problem(
            loc,
            T(f"date invalide « {given} »", f"invalid date '{given}'"),
            T(
                "écrivez la date au format AAAA-MM-JJ, par ex. 2026-11-26",
                "write the date as YYYY-MM-DD, e.g. 2026-11-26",
            ),
        )
    if kind in ("greater_than_equal", "greater_than") and name in ("amount", "low", "high"):
        return Problem(
            loc,
            T(f"montant négatif « {given} »", f"negative amount '{given}'"),
            T(
                "un montant est positif ou nul ; décrivez un avoir dans une autre ligne",
                "amounts are zero or positive; record a credit on its own line",
            ),
        )
    if kind == "value_error" and "unknown_currency" in str(ctx.get("error", "")):
        return Problem(
            loc,
            T(f"devise inconnue « {given} »", f"unknown currency '{given}'"),
            T(
                "utilisez un code ISO 4217 : EUR, USD, GBP, CHF…",
                "use an ISO 4217 code: EUR, USD, GBP, CHF…",
            ),
        )
    if kind == "value_error" and "absolute_path" in str(ctx.get("error", "")):
        return Problem(
            loc,
            T(f"chemin absolu « {given} »", f"absolute path '{given}'"),
            T(
                "donnez un chemin relatif au fichier du dossier",
                "give a path relative to the dossier file",
            ),
        )
    if kind == "string_pattern_mismatch":
        fr, en = _PATTERN_HINTS.get(name, _PATTERN_HINTS["id"])
        return Problem(
            loc,
            T(f"format invalide « {given} » : {fr}", f"invalid format '{given}': {en}"),
            T(f"corrigez « {name} » : {fr}", f"fix '{name}': {en}"),
        )
    return _generic(loc, error, given)


_PATTERN_HINTS = {
    "siren": ("le SIREN compte 9 chiffres, sans espace", "a SIREN has 9 digits, no spaces"),
    "sha256": ("64 caractères hexadécimaux en minuscules", "64 lowercase hexadecimal characters"),
    "language": ("« fr » ou « en »", "'fr' or 'en'"),
    "id": (
        "lettres, chiffres, « _ », « - » ou « . », sans espace",
        "letters, digits, '_', '-' or '.', no spaces",
    ),
}


_TYPE_WORDS = {
    "int": ("un nombre entier", "an integer"),
    "float": ("un nombre", "a number"),
    "decimal": ("un nombre", "a number"),
    "bool": ("« true » ou « false »", "'true' or 'false'"),
    "string": ("un texte", "a text"),
    "list": ("une liste", "a list"),
    "dict": ("une table clé: valeur", "a key: value mapping"),
    "model": ("une table clé: valeur", "a key: value mapping"),
}


def _generic(loc: Loc, error: ErrorDetails, given: Any) -> Problem:
    kind = error["type"]
    for prefix, (fr, en) in _TYPE_WORDS.items():
        if kind.startswith(prefix + "_") or kind == prefix + "_type":
            return Problem(
                loc,
                T(
                    f"type invalide : « {given} » n'est pas {fr}",
                    f"wrong type: '{given}' is not {en}",
                ),
                T(f"écrivez {fr}", f"write {en}"),
            )
    msg = error["msg"]
    return Problem(
        loc,
        T(f"valeur invalide « {given} » ({msg})", f"invalid value '{given}' ({msg})"),
        T(
            "corrigez la valeur selon le schéma (recours dossier schema)",
            "fix the value according to the schema (recours dossier schema)",
        ),
    )
