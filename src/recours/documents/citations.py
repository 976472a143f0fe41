"""Citations: every article a document cites resolves to a text held by the law engine.

A citation reference is the law engine's article id — ``fr.civil.1226``,
``fr.commerce.L110-4``, ``fr.consommation.L217-3``, ``fr.cpc.640``, ``eu.ai_act.art26``. The :class:`Citations` object
turns one into an :class:`ArticleText` (label, official text, version, address) by asking
the law engine's article store; a reference it does not hold raises
:class:`~recours.errors.ArticleNotFound`, so no document can cite an unknown article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from recours.errors import ArticleNotFound
from recours.i18n import Lang, T

_CODES: dict[str, T] = {
    "fr.civil": T("C. civ., art. {n}", "French Civil Code, art. {n}"),
    "fr.civil_anc": T("C. civ., art. {n} anc.", "French Civil Code, former art. {n}"),
    "fr.commerce": T("C. com., art. {n}", "French Commercial Code, art. {n}"),
    "fr.consommation": T("C. consom., art. {n}", "French Consumer Code, art. {n}"),
    "fr.cpc": T("CPC, art. {n}", "French Code of Civil Procedure, art. {n}"),
    "eu.ai_act": T("Règl. (UE) 2024/1689, {n}", "Regulation (EU) 2024/1689, {n}"),
    "eu.pld": T("Dir. (UE) 2024/2853, {n}", "Directive (EU) 2024/2853, {n}"),
}
_REF = re.compile(r"^(?P<code>[a-z]+\.[a-z_]+)\.(?P<n>[A-Za-z0-9.\-()]+)$")
_EU_ARTICLE = re.compile(r"^art(?P<n>\d+.*)$")


@dataclass(frozen=True, slots=True)
class ArticleText:
    ref: str
    label: str
    text: str
    url: str | None = None
    version: str | None = None
    uncertain: bool = False
    language: str = "fr"  # the language of the stored text (the AI Act's is English)

    @property
    def numbered(self) -> bool:
        """An EU regulation's article: numbered paragraphs « 1. », « 2. » … (art. 26(6))."""
        return self.ref.startswith("eu.") and bool(re.match(r"\s*1\. ", self.text))

    def excerpt(self, limit: int = 320, alinea: int = 1) -> str:
        """The first paragraph of the text (or alinéa ``alinea`` — for an EU regulation, its
        paragraph numbered ``alinea``, whatever subparagraphs come before), cut on a word at
        ``limit`` characters."""
        paragraphs = [p.strip() for p in self.text.strip().split("\n\n") if p.strip()]
        if alinea > 1 and self.numbered:
            start = next((i for i, p in enumerate(paragraphs) if p.startswith(f"{alinea}. ")),
                         None)
            paragraphs = paragraphs[start:start + 1] if start is not None else paragraphs
        elif alinea > 1 and len(paragraphs) >= alinea:
            paragraphs = paragraphs[alinea - 1:alinea]
        first = paragraphs[0] if paragraphs else ""
        for following in paragraphs[1:]:
            if not first.endswith((":", ";")) or len(first) > limit:
                break
            first += " " + following  # an introduction followed by its list
        if len(first) <= limit:
            return first
        return first[:limit].rsplit(" ", 1)[0] + " […]"


def label(ref: str, lang: Lang = "fr") -> str | None:
    """The short label of an engine id: ``fr.civil.1226`` -> « C. civ., art. 1226 ».

    ``None`` for ids outside the codes listed here: the article's own reference is used.
    """
    match = _REF.match(ref)
    if not match or match["code"] not in _CODES:
        return None
    number = match["n"]
    if match["code"].startswith("eu."):
        eu = _EU_ARTICLE.match(number)
        if eu:
            n = eu["n"]
            if n.endswith("-omnibus"):  # the article as the Digital Omnibus amends it
                n = n[:-len("-omnibus")] + (" (rédaction issue de l'Omnibus numérique)"
                                            if lang == "fr" else " (as amended by the Digital "
                                            "Omnibus)")
            number = "art. " + n
        elif number.startswith("annex-"):
            number = ("annexe " if lang == "fr" else "Annex ") + number[6:].upper()
    return _CODES[match["code"]].render(lang, n=number)


Lookup = Callable[[str], Any]


def _law_lookup() -> Lookup | None:
    """The law engine's article store lookup (``load_articles().get_ref``)."""
    try:
        from recours.law.articles import load_articles
    except ImportError:
        return None
    return load_articles().get_ref


class Citations:
    """Resolves references to article texts, and remembers every one resolved."""

    def __init__(self, lang: Lang, lookup: Lookup | None = None) -> None:
        self.lang: Lang = lang
        self.lookup = lookup if lookup is not None else _law_lookup()
        self.used: dict[str, ArticleText] = {}

    def resolve(self, ref: str) -> ArticleText:
        if ref in self.used:
            return self.used[ref]
        if self.lookup is None:
            raise ArticleNotFound(
                T(
                    "Aucun texte d'article disponible pour {r}", "No article text available for {r}"
                ).format(r=ref),
                fix=T(
                    "Installer le moteur juridique (recours.law).",
                    "Install the law engine (recours.law).",
                ),
            )
        found = self.lookup(ref)
        short = label(ref, self.lang) or _attr(found, "ref") or _attr(found, "title") or ref
        article = ArticleText(
            ref=ref,
            label=short,
            text=_attr(found, "text"),
            url=_attr(found, "address") or _attr(found, "url") or None,
            version=_attr(found, "version") or None,
            uncertain=bool(getattr(found, "uncertain", False)),
            language=_attr(found, "language") or "fr",
        )
        if not article.text:  # held by the engine as « not found »: cited, flagged uncertain
            article = ArticleText(ref, short, "", article.url, article.version, uncertain=True,
                                  language=article.language)
        self.used[ref] = article
        return article


def _attr(obj: Any, name: str) -> str:
    value = obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)
    if value is None:
        return ""
    return value.render("fr") if isinstance(value, T) else str(value)
