"""Values read from the detected clauses: cap, exclusions, periods, SLA, commitments, forum."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from recours.contract.kinds.detect import sentence_pairs, sentences
from recours.contract.model import Detection, Passage, Section, Structure
from recours.contract.values import commercial, forum, liability, performance, service
from recours.contract.values.base import Sentence, kind_sentences

__all__ = ["CommitmentValue", "ContractValues", "extract_values"]

_LIABILITY_WORDS = re.compile(r"responsab|liabilit|limitation|exclusion|\bcap\b|plafon", re.I)
# a carve-out may follow an exclusion of damages in the same sentence (« en aucun cas … ne sera
# tenu de réparer les préjudices indirects …, les stipulations du présent article ne recevront
# pas application en cas de faute lourde »)
_CARVE_SENTENCE = re.compile(
    r"responsab|liabilit|limitation|exclusion|\bcap\b|plafon|préjudices?|stipulations du présent "
    r"article",
    re.I,
)
# a cap may be written on the damages rather than on « la responsabilité »
_CAP_SENTENCE = re.compile(
    r"responsab|liabilit|limitation|\bcap\b|plafon|dommages|indemni|réparation|dédommag|"
    r"damages|compensation",
    re.I,
)
_ITEM = re.compile(r"^([a-z])\)\s")
_WINDOW = (
    ("monthly", r"\bmois\b|mensuel|month"),
    ("quarterly", r"trimest|quarter"),
    ("weekly", r"semaine|hebdo|week"),
    ("daily", r"\bjour\b|quotidien|\bday\b|daily"),
)


@dataclass(slots=True)
class CommitmentValue:
    metric: str
    comparator: str
    threshold: float
    unit: str
    population: str | None
    window: str
    quote: str
    page: int
    start: int
    end: int
    section: str | None


@dataclass(slots=True)
class ContractValues:
    liability_cap: dict[str, Any] | None = None
    liability_exclusions: list[str] = field(default_factory=list)
    carve_outs: list[str] = field(default_factory=list)
    warranty: str | None = None
    acceptance_days: int | None = None
    availability: float | None = None
    sla_window: str | None = None
    response_hours: float | None = None
    resolution_hours: float | None = None
    credit_cap: float | None = None
    commitments: list[CommitmentValue] = field(default_factory=list)
    price_amount: float | None = None
    payment_days: int | None = None
    term: str | None = None
    tacit_renewal: bool | None = None
    notice: str | None = None
    notices: dict[str, str] = field(default_factory=dict)
    exclusive_remedy: bool | None = None
    as_is: bool | None = None
    governing_law: str | None = None
    jurisdiction: str | None = None
    ai_act_roles: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _all_sentences(structure: Structure) -> tuple[list[Sentence], list[str]]:
    """Every sentence of the body, and the same lower-cased (for the cheap prefilters)."""
    out: list[Sentence] = []
    lows: list[str] = []
    for section in structure.sections:
        for passage in section.passages:
            if passage.style not in ("header", "footer"):
                label = section.label
                for text, low in sentence_pairs(passage.text):
                    out.append(Sentence(text, passage, label))
                    lows.append(low)
    return out, lows


# words one of which each of these sentence patterns needs (a prefilter, same answer)
_CARVE_WORDS = (
    "responsab",
    "liabilit",
    "limitation",
    "exclusion",
    "cap",
    "plafon",
    "préjudice",
    "stipulations du présent article",
)
_NOTICE_WORDS = (
    "préavis",
    "notice",
    "notif",
    "non-renewal",
    "dénonc",
    "avant l'échéance",
    "avant le terme",
    "prévenant",
)


def _having(items: list[Sentence], lows: list[str], words: tuple[str, ...]) -> list[Sentence]:
    return [item for item, low in zip(items, lows, strict=True) if any(w in low for w in words)]


def extract_values(structure: Structure, detections: list[Detection]) -> ContractValues:
    def of(kind: str) -> list[Sentence]:
        return kind_sentences(detections, kind)

    every, lows = _all_sentences(structure)
    by_number = {(s.number or "").rstrip("."): s for s in structure.sections if s.number}
    values = ContractValues()
    values.liability_cap = liability.liability_cap(
        [s for s in of("liability_cap") if _CAP_SENTENCE.search(s.text)]
    )
    values.liability_exclusions = liability.heads(of("liability_exclusion"), liability.EXCLUSIONS)
    values.carve_outs = liability.carve_outs(
        [
            _with_referred_titles(s, by_number)
            for s in _having(every, lows, (*_CARVE_WORDS, "appl"))
            if liability.carve_context(s.text)
            and (_CARVE_SENTENCE.search(s.text) or _refers_to_liability(s.text, by_number))
        ]
    )
    values.warranty = commercial.period_of(of("warranty_conformity"))
    values.acceptance_days = commercial.acceptance_days(of("acceptance_testing"))
    sla = service.service_levels(_with_lead_in_items(of("service_levels"), structure))
    values.availability = sla.get("availability")
    values.sla_window = sla.get("sla_window")
    values.response_hours = sla.get("response_hours")
    values.resolution_hours = sla.get("resolution_hours")
    if values.response_hours is None and values.resolution_hours is None:
        table = service.table_times(_table_rows(structure))
        values.response_hours = table.get("response_hours")
        values.resolution_hours = table.get("resolution_hours")
    values.credit_cap = service.credit_cap(of("penalties") + of("service_levels"))
    values.commitments = _commitments(of("performance_commitment"), of("service_levels"))
    values.price_amount = commercial.price(every)
    values.payment_days = commercial.payment_days(every)
    values.term = commercial.term(every) or commercial.monthly_renewal(every)
    values.tacit_renewal = commercial.tacit_renewal(every)
    notice_sentences = _having(every, lows, _NOTICE_WORDS)
    values.notice = commercial.notice(notice_sentences)
    values.notices = commercial.notices(
        _having(every, lows, (*_NOTICE_WORDS, "mise en demeure", "cure", "remedy", "remédi"))
    )
    values.exclusive_remedy = liability.exclusive_remedy(every) or None
    values.as_is = liability.as_is(of("warranty_exclusion")) or None
    values.governing_law = forum.governing_law(of("governing_law"))
    values.jurisdiction = forum.jurisdiction(of("jurisdiction"))
    values.ai_act_roles = forum.ai_act_roles(of("ai_act_roles"))
    return values


# a carve-out that names a breach of another clause by its number (« manquement aux obligations
# de la clause 3.3 », "a breach of Article 8.1") carves out what that clause is about: its title
_BREACH_REF = re.compile(
    r"(breach|violation|manquement|non-respect|inexécution|infringement)\w*\b[^.;]{0,50}?\b"
    r"(?:articles?|clauses?|sections?|paragraphs?|parts?|§)\s*((?:\d+|[A-Z]|[IVX]+)(?:\.\d+)*)\b"
    # round 10: "a breach of Clause 12 or Clause 13", « des articles 8 et 9 »
    r"((?:\s*(?:,|and|or|et|ou)\s*(?:(?:articles?|clauses?|sections?|paragraphs?)\s*)?\d+"
    r"(?:\.\d+)*\b)*)",
    re.IGNORECASE,
)


# « les stipulations des articles 9.1 et 9.2 ne s'appliquent pas en cas de faute lourde »,
# "Articles 9.1 and 9.2 do not apply to gross negligence": an exception to the clauses it names,
# a carve-out when those clauses are about liability
_NOT_APPLY_REF = re.compile(
    r"\b(?:articles?|clauses?|sections?|paragraphs?|paragraphes?)\s*((?:\d+)(?:\.\d+)*)((?:\s*(?:,|and|et|à|to)"
    r"\s*(?:\d+)(?:\.\d+)*)*)[^.;]{0,30}?\b(?:do not apply|does not apply|shall not apply|will not "
    r"apply|ne s'appliquent pas|ne s'applique pas|ne sont pas applicables|n'est pas applicable|"
    r"do not limit|does not limit|shall not limit|ne limitent pas|ne limite pas)",
    re.IGNORECASE,
)


def _refers_to_liability(text: str, by_number: dict[str, Section]) -> bool:
    found = _NOT_APPLY_REF.search(text)
    if found is None:
        return False
    numbers = [found.group(1), *re.findall(r"\d+(?:\.\d+)*", found.group(2))]
    for number in numbers:
        subject = _subject_of(number.rstrip("."), by_number)
        if subject and _CARVE_SENTENCE.search(subject):
            return True
    return False


def _with_referred_titles(item: Sentence, by_number: dict[str, Section]) -> Sentence:
    titles: list[str] = []
    for found in _BREACH_REF.finditer(item.text):
        numbers = [found.group(2), *re.findall(r"\d+(?:\.\d+)*", found.group(3) or "")]
        for number in numbers:
            subject = _subject_of(number.rstrip("."), by_number)
            if subject:
                titles.append(subject)
    if not titles:
        return item
    return Sentence(f"{item.text} [{'; '.join(titles)}]", item.passage, item.section)


def _subject_of(number: str, by_number: dict[str, Section]) -> str | None:
    """What a numbered clause is about: its own title, else (a sub-clause that only repeats its
    article's title) its first sentence, else its parent's title."""
    section = by_number.get(number)
    parent = by_number.get(number.rpartition(".")[0]) if "." in number else None
    if section is not None:
        inherited = parent is not None and parent.title == section.title
        if section.title and not inherited:
            return section.title
        body = [p for p in section.passages if p.style != "heading"]
        # the first sentence that says something (not the bare number « **14.** »)
        said = [t for p in body[:1] for t in sentences(p.text) if re.search(r"[^\W\d_]", t)]
        if said:
            return said[0][:300]
    return parent.title if parent is not None else None


def _table_rows(structure: Structure) -> list[str]:
    """Rows of the tables, each table after the other (a row is a passage in the table style)."""
    rows: list[str] = []
    for section in structure.sections:
        rows.extend(p.text for p in section.passages if p.style == "table")
    return rows


def _commitments(perf: list[Sentence], sla: list[Sentence]) -> list[CommitmentValue]:
    """Commitments in document order; a restatement (summary table) of one already found, same
    metric family and threshold, is dropped so that the prose clause stays the source."""
    found = performance.commitments(perf)
    found += [f for f in performance.commitments(sla) if f.metric == "availability"][:1]
    found.sort(key=lambda f: f.sentence.passage.start)
    kept: list[performance.Found] = []
    for item in found:
        family = item.metric.split("_p")[0] if item.metric.startswith("latency") else item.metric
        if not any(
            (k.metric.split("_p")[0] if k.metric.startswith("latency") else k.metric) == family
            and abs(k.threshold - item.threshold) < 1e-9
            for k in kept
        ):
            kept.append(item)
    return [_commitment_value(f) for f in kept]


def _commitment_value(found: performance.Found) -> CommitmentValue:
    item = found.sentence
    marker = _ITEM.match(item.passage.text)
    section = f"{item.section} {marker.group(1)})" if marker and item.section else item.section
    window = next(
        (name for name, pattern in _WINDOW if re.search(pattern, item.text, re.I)), "whole"
    )
    return CommitmentValue(
        found.metric,
        found.comparator,
        found.threshold,
        found.unit,
        found.population,
        window,
        item.text,
        item.passage.page,
        item.passage.start,
        item.passage.end,
        section,
    )


def _with_lead_in_items(items: list[Sentence], structure: Structure) -> list[Sentence]:
    """A sentence that ends on a colon introduces the list below it (« dispose d'un temps
    d'intervention maximum de : » then « – 2 heures (heures ouvrées) … »): it is also read
    joined to the first sentence of the passage that follows it in its section."""
    out: list[Sentence] = []
    for item in items:
        out.append(item)
        if not item.text.rstrip().endswith(":"):
            continue
        following = _next_passage(structure, item)
        if following is not None:
            first = sentences(following.text)
            if first:
                out.append(Sentence(f"{item.text} {first[0]}", following, item.section))
    return out


def _next_passage(structure: Structure, item: Sentence) -> Passage | None:
    for section in structure.sections:
        passages = section.passages
        for index, passage in enumerate(passages):
            if passage is item.passage:
                return passages[index + 1] if index + 1 < len(passages) else None
    return None
