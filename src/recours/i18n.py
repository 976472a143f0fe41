"""Bilingual user-facing text.

Everything a user reads is French by default, English available. The library builds
:class:`T` values (one French and one English wording) and never chooses the language
itself; adapters (CLI, web, documents) call :meth:`T.render` with the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Lang = Literal["fr", "en"]
LANGS: tuple[Lang, ...] = ("fr", "en")
DEFAULT_LANG: Lang = "fr"


@dataclass(frozen=True, slots=True)
class T:
    """A text in French and English. Placeholders use ``str.format`` syntax."""

    fr: str
    en: str

    def render(self, lang: Lang = DEFAULT_LANG, **params: object) -> str:
        template = self.en if lang == "en" else self.fr
        return template.format(**params) if params else template

    def format(self, **params: object) -> T:
        """Fill placeholders in both languages at once."""
        return T(self.fr.format(**params), self.en.format(**params))

    def __add__(self, other: T) -> T:
        return T(self.fr + other.fr, self.en + other.en)


def parse_lang(value: str | None) -> Lang:
    """Return a supported language code; unknown values fall back to French."""
    if value and value.lower().startswith("en"):
        return "en"
    return "fr"
