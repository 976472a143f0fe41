"""A learned score for each passage the rules found: which passage best shows its kind, and
whether a kind the rules found only weakly is there at all.

The rules (the other modules of this package) find candidate passages, each with its reason.
This model, a logistic regression trained on the development split of the real corpus
(tests/contract/real, ``bench/contract_train_ranker.py``), scores every candidate from readable
features: the kind crossed with the passage's words and word pairs, the words of its section
title, the rule that matched it, and the layout marks of ``kinds/ranking.py`` (definition,
contents line, heading, length). It ships as data (``data/passage_model.json``: weights of the
hashed features, training seed and the SHA-256 of its training data), is read once, and scores
in plain Python: no download, no scientific library at run time.

It never adds a kind the rules did not find. It orders a kind's passages (the best first) and,
for a kind whose best passage scores below the threshold recorded with the weights, negates the
detections with the score as their reason. ``RECOURS_CONTRACT_RANKER=0`` turns it off (the rules
and ``kinds/ranking.py`` alone), for comparison.
"""

from __future__ import annotations

import json
import math
import os
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise

from recours.contract.kinds.ranking import score as layout_score
from recours.contract.model import Detection, Structure

DIMENSION = 1 << 18
_WORD = re.compile(r"[a-zà-öø-ÿ0-9]+", re.IGNORECASE)
_STOP = frozenset(
    ["the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "by", "with", "be", "is", "are", "this", "that", "any", "its", "it", "as", "at", "from", "le", "la", "les", "de", "des", "du", "un", "une", "et", "ou", "en", "au", "aux", "par", "pour", "sur", "dans", "est", "sont", "ce", "cette", "ces", "ses", "son", "sa", "qui", "que", "à", "d", "l", "s"]
)


def _slot(name: str) -> int:
    return zlib.crc32(name.encode("utf-8")) % DIMENSION


def _words(text: str, limit: int = 120) -> list[str]:
    out = []
    for token in _WORD.findall(text.lower()):
        if token not in _STOP and len(token) > 1:
            out.append(token)
            if len(out) >= limit:
                break
    return out


def features(detection: Detection, title: str | None) -> list[str]:
    """The named features of one candidate (kind-crossed, so one model serves every kind)."""
    kind = detection.kind
    text = detection.passage.text
    names = [f"{kind}|bias"]
    words = _words(text)
    names += [f"{kind}|w|{w}" for w in set(words)]
    names += [f"{kind}|b|{a}_{b}" for a, b in set(pairwise(words))]
    if title:
        names += [f"{kind}|t|{w}" for w in set(_words(title, 12))]
    else:
        names.append(f"{kind}|t|none")
    rule = detection.reason.split(":")[0].strip().lower()[:40]
    names.append(f"{kind}|r|{rule}")
    names.append(f"{kind}|layout|{max(min(layout_score(detection, title), 6), -6)}")
    size = len(text)
    names.append(f"{kind}|len|{'short' if size < 80 else 'mid' if size < 600 else 'long'}")
    return names


def vector(names: list[str]) -> dict[int, float]:
    """Hashed, L2-normalised feature vector (slot → value)."""
    counts: dict[int, float] = {}
    for name in names:
        slot = _slot(name)
        counts[slot] = counts.get(slot, 0.0) + 1.0
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return {k: v / norm for k, v in counts.items()}


@dataclass(frozen=True, slots=True)
class PassageModel:
    weights: dict[int, float]
    intercept: float
    threshold: float
    training_sha256: str

    def probability(self, detection: Detection, title: str | None) -> float:
        x = vector(features(detection, title))
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in x.items())
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


@lru_cache(maxsize=1)
def load_model() -> PassageModel | None:
    """The shipped model, None when turned off or absent."""
    if os.environ.get("RECOURS_CONTRACT_RANKER", "1").strip() in ("0", "off", "false", "no"):
        return None
    data_file = resources.files("recours.contract").joinpath("data/passage_model.json")
    if not data_file.is_file():
        return None
    data = json.loads(data_file.read_text(encoding="utf-8"))
    return PassageModel(
        weights={int(k): float(v) for k, v in data["weights"].items()},
        intercept=float(data["intercept"]),
        threshold=float(data["threshold"]),
        training_sha256=str(data["training_sha256"]),
    )


def titles_by_passage(structure: Structure) -> dict[int, str | None]:
    return {id(p): section.title for section in structure.sections for p in section.passages}


def apply(detections: list[Detection], structure: Structure) -> list[Detection]:
    """Score the positive detections; negate a kind whose best passage scores too low.

    Scores are kept on the detections (``Detection.score``) for ordering; the list keeps
    document order.
    """
    model = load_model()
    if model is None:
        return detections
    titles = titles_by_passage(structure)
    best: dict[str, float] = {}
    for detection in detections:
        if detection.negated:
            continue
        detection.score = model.probability(detection, titles.get(id(detection.passage)))
        best[detection.kind] = max(best.get(detection.kind, 0.0), detection.score)
    for detection in detections:
        top = best.get(detection.kind)
        if detection.negated or top is None or top >= model.threshold:
            continue
        detection.negated = True
        best_text, threshold_text = f"{top:.2f}".replace(".", ","), f"{model.threshold:.2f}"
        detection.reason = (
            f"{detection.reason} — écarté par le modèle de passages (meilleur score "
            f"{best_text} < seuil {threshold_text.replace('.', ',')})"
        )
    return detections
