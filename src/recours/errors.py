"""The one error hierarchy of Recours.

Every error the library raises on purpose derives from :class:`RecoursError`. The library
never prints and never exits; the CLI and the web application translate an error once,
in the user's language, with its location and the way to fix it::

    RecoursError                      what went wrong, where, how to fix (bilingual)
    ├── InputError                    the user's input is wrong (exit status 2)
    │   ├── DossierError              a dossier file or value is invalid
    │   ├── ContractReadError         a contract file cannot be read (corrupt, encrypted, empty…)
    │   ├── SpecError                 an evidence specification is invalid
    │   ├── DataError                 evidence data (rows, columns, values) is invalid
    │   ├── PathOutsideError          a path leaves the folder it must stay in
    │   └── DocumentRefused           a document would miss a mandatory element
    ├── LawError                      the law engine cannot conclude
    │   ├── ParameterError            a dated legal value is missing or not covered for a date
    │   ├── ArticleNotFound           a citation does not resolve to a stored article text
    │   └── RuleConflict              two declared exceptions fired together
    ├── EvidenceError                 an evidence run or bundle problem
    │   ├── RunnerError               the system under test could not be queried
    │   └── BundleError               a bundle is altered, incomplete or its signature fails
    ├── StoreError                    storage (database, files) failed; nothing half written
    │   ├── NotFound                  no such object (or not visible to this organisation)
    │   └── ConflictError             the object changed since the caller read it (its version)
    └── AuthError                     authentication or authorisation refused
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from recours.i18n import DEFAULT_LANG, Lang, T


class RecoursError(Exception):
    """Root of the hierarchy: a bilingual message, an optional location and fix."""

    exit_code = 1

    def __init__(
        self,
        message: T,
        *,
        where: str | None = None,
        fix: T | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        self.message = message
        self.where = where
        self.fix = fix
        self.details = dict(details or {})
        super().__init__(self.render("en"))

    def render(self, lang: Lang = DEFAULT_LANG) -> str:
        """The full message in one language: location, what, and how to fix."""
        parts = []
        if self.where:
            parts.append(f"{self.where}: ")
        parts.append(self.message.render(lang))
        if self.fix is not None:
            label = "Correction" if lang == "fr" else "Fix"
            sep = "\u00a0: " if lang == "fr" else ": "
            parts.append(f"\n  {label}{sep}{self.fix.render(lang)}")
        return "".join(parts)

    def to_dict(self, lang: Lang = DEFAULT_LANG) -> dict[str, Any]:
        """A JSON-ready form for the API."""
        return {
            "error": type(self).__name__,
            "message": self.message.render(lang),
            "where": self.where,
            "fix": self.fix.render(lang) if self.fix else None,
            "details": self.details,
        }


class InputError(RecoursError):
    exit_code = 2


class DossierError(InputError):
    """A dossier is invalid. ``problems`` holds every problem found, not only the first."""

    def __init__(
        self,
        message: T,
        *,
        where: str | None = None,
        fix: T | None = None,
        problems: Sequence[RecoursError] | None = None,
    ) -> None:
        self.problems = list(problems or [])
        super().__init__(message, where=where, fix=fix)

    def render(self, lang: Lang = DEFAULT_LANG) -> str:
        if not self.problems:
            return super().render(lang)
        head = super().render(lang)
        return head + "".join("\n- " + p.render(lang) for p in self.problems)


class ContractReadError(InputError):
    pass


class SpecError(InputError):
    pass


class DataError(InputError):
    pass


class DocumentRefused(InputError):
    pass


class PathOutsideError(InputError):
    """A path read from a dossier or a spec leads outside the folder it must stay in."""


class LawError(RecoursError):
    pass


class ParameterError(LawError):
    pass


class ArticleNotFound(LawError):
    pass


class RuleConflict(LawError):
    pass


class EvidenceError(RecoursError):
    pass


class RunnerError(EvidenceError):
    pass


class BundleError(EvidenceError):
    pass


class StoreError(RecoursError):
    pass


class NotFound(StoreError):
    exit_code = 2


class ConflictError(StoreError):
    """Someone else changed the object since the caller read it: the write is refused
    (optimistic concurrency); ``details["version"]`` is the object's current version."""

    exit_code = 2


class AuthError(RecoursError):
    exit_code = 3
