"""Sentences to read values from: those of the passages detected for a clause kind."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from recours.contract.kinds.detect import sentence_pairs
from recours.contract.kinds.prefilter_table import Prefiltered
from recours.contract.model import Detection, Passage


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    passage: Passage
    section: str | None


# a sentence that says a stipulation no longer applies (an amendment's « le taux de 99 % stipulé
# dans la rédaction initiale cesse de s'appliquer », "the former 99% level ceases to apply")
# states no value
OBSOLETE = re.compile(
    r"cesse\w* de s'appliquer|ne s'appliqu\w+ plus|n'(est|sont) plus (applicables?|en vigueur)|"
    r"cease\w* to (apply|have effect)|no longer appl(y|ies)|(is|are) no longer (applicable|in force)",
    re.IGNORECASE,
)


_OBSOLETE = Prefiltered(OBSOLETE)


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
            for s, low in sentence_pairs(detection.passage.text)
            if not _OBSOLETE.search(s, low)
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
