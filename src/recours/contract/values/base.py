"""Sentences to read values from: those of the passages detected for a clause kind."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from recours.contract.kinds.detect import sentences
from recours.contract.model import Detection, Passage


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    passage: Passage
    section: str | None


def kind_sentences(
    detections: Iterable[Detection], kind: str, *, include_negated: bool = False
) -> list[Sentence]:
    out: list[Sentence] = []
    seen: set[int] = set()
    for detection in detections:
        if detection.kind != kind or detection.passage.start in seen:
            continue
        if detection.negated and not include_negated:
            continue
        seen.add(detection.passage.start)
        out.extend(
            Sentence(s, detection.passage, detection.section)
            for s in sentences(detection.passage.text)
        )
    return out


def first_match(
    items: Iterable[Sentence], pattern: re.Pattern[str]
) -> tuple[Sentence, re.Match[str]] | None:
    for item in items:
        found = pattern.search(item.text)
        if found:
            return item, found
    return None
