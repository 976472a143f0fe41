"""Article texts as data: every ``data/articles/**/*.md`` file (front matter + text).

Front matter fields (shared with law II): ``id`` (``fr.civil.1231-1``, ``eu.ai_act.art26``),
``ref`` (display form), ``aliases``, ``title``, ``instrument``, ``identifier`` (LEGIARTI,
ELI, CELEX), ``address`` (official URL), ``version``, ``status``, ``certainty``, ``source``,
``confidence``; law I adds ``in_force_since``, ``reform_2016`` (article of the 2016 contract-law
reform) and ``applies_to_contracts_from`` (wording that applies only to contracts concluded
from that date). The text follows the closing ``---``, one paragraph (alinéa) per block.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from recours.errors import ArticleNotFound, LawError
from recours.i18n import T
from recours.law import parsed_index

ARTICLES_DIR = Path(__file__).parent / "data" / "articles"
#: The front matter of every article file, already parsed (see :mod:`recours.law.parsed_index`).
INDEX_NAME = "front-matter.json"


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    ref: str
    title: str
    text: str
    instrument: str | None = None
    identifier: str | None = None
    address: str | None = None
    version: str | None = None
    in_force_since: date | None = None
    status: str = "verified"
    certainty: str = "unknown"
    language: str = "fr"
    source: str | None = None
    confidence: str | None = None
    aliases: tuple[str, ...] = ()
    reform_2016: bool = False
    applies_to_contracts_from: date | None = None
    notes: tuple[str, ...] = ()
    path: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.text.split("\n\n") if p.strip()]

    @property
    def found(self) -> bool:
        return self.status != "not_found" and bool(self.text)

    @property
    def uncertain(self) -> bool:
        return self.status != "verified" or self.certainty not in ("high", "medium-high")

    def to_dict(self, with_text: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id, "ref": self.ref, "title": self.title,
            "identifier": self.identifier, "address": self.address, "version": self.version,
            "in_force_since": self.in_force_since.isoformat() if self.in_force_since else None,
            "status": self.status, "certainty": self.certainty, "source": self.source,
        }
        if with_text:
            data["text"] = self.text
        return data


_FRONT = re.compile(r"\A---\n(.*?)\n---\n?(.*)\Z", re.S)
_KNOWN = {f for f in Article.__dataclass_fields__ if f not in ("text", "path", "extra")}


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _parse_front(rel: str, head: str) -> Any:
    try:
        return YAML(typ="safe").load(head) or {}
    except YAMLError as exc:
        raise _bad(rel, f"en-tête YAML illisible : {exc}", f"unreadable front matter: {exc}") from exc


def read_article(path: Path, root: Path = ARTICLES_DIR,
                 index: Mapping[str, Any] | None = None) -> Article:
    """Parse one article file; a malformed file raises LawError naming it. ``index``: front
    matter already parsed (see :data:`INDEX_NAME`), used only where its digest matches."""
    rel = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
    match = _FRONT.match(path.read_text(encoding="utf-8"))
    if not match:
        raise _bad(rel, "en-tête « --- » manquant", "missing '---' front matter")
    meta = parsed_index.lookup(dict(index or {}), rel, match.group(1))
    if not parsed_index.found(meta):
        meta = _parse_front(rel, match.group(1))
    if not isinstance(meta, dict) or not meta.get("id"):
        raise _bad(rel, "article sans « id »", "article without 'id'")
    if not match.group(2).strip() and meta.get("status") != "not_found":
        raise _bad(rel, "article sans texte (mettez status: not_found si le texte n'a pas été "
                   "trouvé)", "article without text (set status: not_found if it was not found)")
    known = {k: v for k, v in meta.items() if k in _KNOWN}
    known["aliases"] = tuple(str(a) for a in meta.get("aliases") or ())
    known["notes"] = tuple(str(n) for n in meta.get("notes") or ())
    for key in ("in_force_since", "applies_to_contracts_from"):
        known[key] = _as_date(meta.get(key))
    known["ref"] = str(meta.get("ref") or meta["id"])
    known["title"] = str(meta.get("title") or known["ref"])
    for key in ("status", "certainty"):
        if known.get(key) is None:
            known.pop(key, None)
    extra = {k: v for k, v in meta.items() if k not in _KNOWN}
    return Article(text=match.group(2).strip(), path=rel, extra=extra, **known)


def article_paths(root: Path = ARTICLES_DIR) -> list[Path]:
    return [p for p in sorted(root.rglob("*.md")) if p.name.lower() != "readme.md"]


def build_index(root: Path = ARTICLES_DIR) -> dict[str, Any]:
    """The front matter of every article file under ``root``, parsed, with its digest."""
    out: dict[str, Any] = {}
    for path in article_paths(root):
        rel = str(path.relative_to(root))
        match = _FRONT.match(path.read_text(encoding="utf-8"))
        if match:
            out[rel] = parsed_index.entry(match.group(1), _parse_front(rel, match.group(1)))
    return out


def _bad(where: str, fr: str, en: str) -> LawError:
    return LawError(T(fr, en), where=where,
                    fix=T("corrigez le fichier d'article (voir law/articles.py)",
                          "fix the article file (see law/articles.py)"))


def _norm(ref: str) -> str:
    ref = ref.strip().lower().replace("article", "").replace("art.", "").replace("art ", "")
    return re.sub(r"[\s.]+", "", ref.replace("l.", "l"))


class ArticleStore(Mapping[str, Article]):
    """Articles by id, with lookup by alias or bare number (``1231-1``, ``L110-4``)."""

    def __init__(self, articles: dict[str, Article]) -> None:
        self._articles = articles
        self._index: dict[str, set[str]] = {}
        for art in articles.values():
            for key in (art.id, art.ref, *art.aliases, art.id.rsplit(".", 1)[-1]):
                self._index.setdefault(_norm(key), set()).add(art.id)

    def __getitem__(self, key: str) -> Article:
        return self._articles[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._articles)

    def __len__(self) -> int:
        return len(self._articles)

    def get_ref(self, ref: str) -> Article:
        """Resolve an id, alias or bare number; ArticleNotFound when unknown or ambiguous."""
        if ref in self._articles:
            return self._articles[ref]
        found = sorted(self._index.get(_norm(ref), set()))
        civil = [f for f in found if f.startswith("fr.civil.")]
        if len(found) == 1 or len(civil) == 1:
            return self._articles[civil[0] if len(civil) == 1 else found[0]]
        if found:
            raise ArticleNotFound(
                T(f"référence ambiguë : « {ref} » ({', '.join(found)})",
                  f"ambiguous reference: '{ref}' ({', '.join(found)})"),
                fix=T("précisez l'identifiant complet, par ex. fr.civil.1231-1",
                      "give the full id, e.g. fr.civil.1231-1"))
        raise ArticleNotFound(
            T(f"aucun texte enregistré pour « {ref} »", f"no stored text for '{ref}'"),
            fix=T("vérifiez la référence ; seuls les textes vérifiés sont enregistrés "
                  "(recours law article --list)",
                  "check the reference; only verified texts are stored "
                  "(recours law article --list)"))


@lru_cache(maxsize=4)
def load_articles(root: Path = ARTICLES_DIR) -> ArticleStore:
    """Every ``*.md`` article file under ``root`` (French and EU texts)."""
    index = parsed_index.read_index(root / INDEX_NAME)
    articles: dict[str, Article] = {}
    for path in article_paths(root):
        art = read_article(path, root, index)
        if art.id in articles:
            raise _bad(art.path, f"identifiant en double : {art.id}", f"duplicate id: {art.id}")
        articles[art.id] = art
    return ArticleStore(articles)
