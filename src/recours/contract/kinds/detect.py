"""Match clause-kind rules sentence by sentence; keep the passage and the reason."""

from __future__ import annotations

import re

from recours.contract.kinds.rules import RULES, KindRule
from recours.contract.model import Detection, Passage, Section, Structure

_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[A-ZÀ-ÖØ-Ý«\"“(])")
_ABBREVIATION = re.compile(r"(?:\bart|\bn°|\bno|\bp|\bcf|\bi\.e|\be\.g|\bv|\bal|\bSt)\.$", re.I)


def sentences(text: str) -> list[str]:
    """Sentences of a passage (semicolons end a sentence; « art. 12 » does not)."""
    parts: list[str] = []
    for piece in _SENTENCE_END.split(text):
        if parts and _ABBREVIATION.search(parts[-1]):
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    return [p.strip() for p in parts if p.strip()]


def _any(rule: KindRule) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p.pattern})" for p, _ in rule.triggers), re.IGNORECASE)


_PREFILTER = {rule.kind: _any(rule) for rule in RULES}


def _match_sentence(rule: KindRule, sentence: str) -> tuple[str, bool] | None:
    for pattern, reason in rule.triggers:
        found = pattern.search(sentence)
        if found:
            negated = any(n.search(sentence) for n in rule.negations)
            quote = found.group(0)
            quote = quote if len(quote) <= 90 else quote[:87] + "…"
            return f"{reason} : « {quote} »", negated
    return None


def _detect_passage(passage: Passage, label: str) -> list[Detection]:
    found: list[Detection] = []
    split: list[str] | None = None
    for rule in RULES:
        if not _PREFILTER[rule.kind].search(passage.text):
            continue
        split = split if split is not None else sentences(passage.text)
        hits = [m for s in split if (m := _match_sentence(rule, s)) is not None]
        if hits:
            positive = [h for h in hits if not h[1]]
            reason, negated = (positive or hits)[0]
            found.append(Detection(rule.kind, passage, label, reason, negated))
    return found


def _detect_title(section: Section) -> list[Detection]:
    title = (section.title or "").strip().strip(".:").strip()
    body = [p for p in section.passages if p is not section.heading]
    if not title or not body or section.kind == "clause":
        return []
    found = []
    for rule in RULES:
        if rule.title is not None and rule.title.match(title):
            negated = any(n.search(body[0].text) for n in rule.negations)
            found.append(
                Detection(
                    rule.kind, body[0], section.label, f"titre de la section : « {title} »", negated
                )
            )
    return found


def detect_kinds(structure: Structure) -> list[Detection]:
    """Every (kind, passage) detection, in document order; negated ones are kept, flagged."""
    detections: list[Detection] = []
    seen: set[tuple[str, int]] = set()
    for section in structure.sections:
        candidates = _detect_title(section)
        for passage in section.passages:
            if passage.style not in ("header", "footer"):
                candidates.extend(_detect_passage(passage, section.label))
        for detection in candidates:
            key = (detection.kind, detection.passage.start)
            if key not in seen:
                seen.add(key)
                detections.append(detection)
    detections.sort(key=lambda d: d.passage.start)
    return detections
