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
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from recours.errors import ArticleNotFound
from recours.i18n import Lang, T

_CODES: dict[str, T] = {
    "fr.civil": T("C. civ., art. {n}", "French Civil Code, art. {n}"),
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

    def excerpt(self, limit: int = 320) -> str:
        """The first paragraph of the text, cut on a word at ``limit`` characters."""
        paragraphs = [p.strip() for p in self.text.strip().split("\n\n") if p.strip()]
        first = paragraphs[0] if paragraphs else ""
        for following in paragraphs[1:]:
            if not first.endswith((":", ";")) or len(first) > limit:
                break
            first += " " + following  # an introduction followed by its list
        if len(first) <= limit:
            return first
        return first[:limit].rsplit(" ", 1)[0] + " […]"


def label(ref: str, lang: Lang = "fr") -> str:
    """The short label of a reference: ``fr.civil.1226`` -> « C. civ., art. 1226 »."""
    match = _REF.match(ref)
    if not match or match["code"] not in _CODES:
        raise ArticleNotFound(
            T("Référence d'article mal formée : {r}", "Malformed article reference: {r}").format(
                r=ref
            ),
            fix=T("Écrire l'identifiant du moteur, p. ex. « fr.civil.1226 ».", "Write the engine id, e.g. « fr.civil.1226 »."),
        )
    number = match["n"]
    if match["code"].startswith("eu."):
        eu = _EU_ARTICLE.match(number)
        number = ("art. " + eu["n"]) if eu else number.replace("annex-", "annexe " if lang == "fr" else "Annex ").upper().replace("ANNEXE ", "annexe ").replace("ANNEX ", "Annex ")
    return _CODES[match["code"]].render(lang, n=number)


Lookup = Callable[[str], Any]


def _law_lookup() -> Lookup | None:
    """The law engine's article lookup; until its API exists, its article data files."""
    try:
        from recours.law import articles
    except ImportError:
        return _data_lookup() or None
    for name in ("lookup", "get_article", "article", "get"):
        found = getattr(articles, name, None)
        if callable(found):
            return found  # type: ignore[no-any-return]
    return _data_lookup() or None


@lru_cache(maxsize=1)
def _data_articles() -> dict[str, dict[str, str]]:
    """The article texts the law engine ships (``recours/law/data/articles/**.md``)."""
    try:
        root = files("recours.law").joinpath("data/articles")
    except ModuleNotFoundError:
        return {}
    found: dict[str, dict[str, str]] = {}
    for path in Path(str(root)).rglob("*.md"):
        head, _, body = path.read_text("utf-8").partition("\n---\n")
        meta = {}
        for line in head.splitlines():
            key, sep, val = line.partition(": ")
            if sep:
                meta[key.strip()] = val.strip().strip('"')
        if "id" in meta:
            found[meta["id"]] = {"text": body.strip(), "url": meta.get("address", ""), "version": meta.get("version", "")}
    return found


def _data_lookup() -> Lookup | None:
    articles = _data_articles()
    if not articles:
        return None

    def lookup(ref: str) -> dict[str, str]:
        if ref not in articles:
            raise ArticleNotFound(T("Article inconnu du moteur : {r}", "Article unknown to the engine: {r}").format(r=ref))
        return articles[ref]

    return lookup


class Citations:
    """Resolves references to article texts, and remembers every one resolved."""

    def __init__(self, lang: Lang, lookup: Lookup | None = None) -> None:
        self.lang: Lang = lang
        self.lookup = lookup if lookup is not None else _law_lookup()
        self.used: dict[str, ArticleText] = {}

    def resolve(self, ref: str) -> ArticleText:
        if ref in self.used:
            return self.used[ref]
        short = label(ref, self.lang)
        if self.lookup is None:
            raise ArticleNotFound(
                T("Aucun texte d'article disponible pour {r}", "No article text available for {r}").format(r=short),
                fix=T("Installer le moteur juridique (recours.law).", "Install the law engine (recours.law)."),
            )
        found = self.lookup(ref)
        article = ArticleText(
            ref=ref,
            label=short,
            text=_attr(found, "text"),
            url=_attr(found, "url") or _attr(found, "source_url") or None,
            version=_attr(found, "version") or None,
        )
        if not article.text:
            raise ArticleNotFound(
                T("Le texte de {r} est vide", "The text of {r} is empty").format(r=short)
            )
        self.used[ref] = article
        return article


def _attr(obj: Any, name: str) -> str:
    value = obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)
    if value is None:
        return ""
    return value.render("fr") if isinstance(value, T) else str(value)
