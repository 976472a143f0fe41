"""Match clause-kind rules sentence by sentence; keep the passage and the reason."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import cast

from recours.contract.kinds.base import (
    DEFERRED,
    IF_ANY_ELSEWHERE,
    NONE_OF,
    REFERRED,
    REFERRED_ELSEWHERE,
    UNCHANGED,
    LazyPattern,
)
from recours.contract.kinds.binding import non_binding
from recours.contract.kinds.folding import fold
from recours.contract.kinds.kind_negations import PARAGRAPH as KIND_PARAGRAPH_NEGATIONS
from recours.contract.kinds.kind_negations import SENTENCE as KIND_SENTENCE_NEGATIONS
from recours.contract.kinds.placeholders import (
    PLACEHOLDER_REASON,
    SLOT_KINDS,
    labelled_placeholder,
    may_hold_placeholder,
    strip_placeholders,
)
from recours.contract.kinds.prefilter_table import prefilter_words
from recours.contract.kinds.rules import RULES, KindRule
from recours.contract.model import Detection, Passage, Section, Structure

# negations that hold for every kind: deferred, unchanged, sent to another document, or listed
# among what the contract does not contain
_GENERIC = (DEFERRED, UNCHANGED, REFERRED, REFERRED_ELSEWHERE, NONE_OF, IF_ANY_ELSEWHERE)

_DIGIT = re.compile(r"\d")
# a paragraph that only defines a term ("« Personal Data » means …", « « Données » désigne … »)
# names the subject of a clause without making it: what it defines is kept, negated
_DEFINITION = re.compile(
    r"^\W{0,3}(?:\d{1,3}(?:\.\d{1,3})*\.?\s+|[a-z]\)\s+)?[«\"“]\s*[^»\"”]{2,60}?\s*[»\"”]\s*"
    r"(?:\([^)]{0,40}\)\s*)?(?:means|shall mean|will have the meaning|has the meaning|refers to|"
    r"désigne|signifie|s'entend)\b",
    re.IGNORECASE,
)
DEFINITION_REASON = " — définition d'un terme (definition of a term)"
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[A-ZÀ-ÖØ-Ý«\"“(])")
_ABBREVIATION = re.compile(r"(?:\bart|\bn°|\bno|\bp|\bcf|\bi\.e|\be\.g|\bv|\bal|\bSt)\.$", re.I)


def sentences(text: str) -> list[str]:
    """Sentences of a passage (semicolons end a sentence; « art. 12 » does not)."""
    return [s for s, _ in _split(text)]


def sentence_pairs(text: str) -> tuple[tuple[str, str], ...]:
    """(sentence, lower-cased sentence) pairs of a passage, shared within one analysis."""
    return _split(text)


@lru_cache(maxsize=8192)
def _split(text: str) -> tuple[tuple[str, str], ...]:
    """(sentence, lower-cased sentence) pairs, computed once per passage text: detection and
    value extraction both read them."""
    return tuple((s, s.lower()) for s in _sentences(text))


@lru_cache(maxsize=8192)
def _split_folded(text: str) -> tuple[tuple[str, str], ...]:
    """(sentence, lower-cased sentence with its accents folded): what the rules match, so
    French typed without accents reads as accented French (:mod:`.folding`, same length)."""
    return tuple((s, fold(_unfilled(s, low))) for s, low in _split(text))


def _unfilled(sentence: str, low: str) -> str:
    """The lower-cased sentence with its template placeholders blanked (same length): a word
    inside a field to fill (« laws of the {{ page.contract_customer_jurisdiction }} ») is no
    clause word."""
    if not may_hold_placeholder(sentence):
        return low
    blanked = strip_placeholders(sentence).lower()
    return blanked if len(blanked) == len(low) else low


def _sentences(text: str) -> list[str]:
    parts: list[str] = []
    for piece in _SENTENCE_END.split(text):
        if parts and _ABBREVIATION.search(parts[-1]):
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    return [p.strip() for p in parts if p.strip()]


class _Fast:
    """A rule compiled for lower-cased text without IGNORECASE (several times faster).

    Nothing is compiled here: each trigger and negation is kept as its lower-cased,
    accent-folded text with the words one of which it needs (read from the generated table
    :data:`.prefilter_words`), and compiled the first time a sentence holds one of them."""

    def __init__(self, rule: KindRule) -> None:
        self.rule = rule
        # the anchor words, without those that contain a shorter one (same answer, fewer scans)
        words = sorted({fold(w) for w in rule.anchor}, key=len)
        self.words = tuple(w for i, w in enumerate(words) if not any(v in w for v in words[:i]))
        # lower-cased and accent-folded, to match the folded lower-cased sentence
        self.triggers = [(_lazy(fold(p.pattern.lower())), r) for p, r in rule.triggers]
        # words one of which each trigger needs, read from its pattern (checked before the
        # search, on lower-cased text only; (): no check)
        self.trigger_words = [prefilter_words(p.pattern) for p, _ in self.triggers]
        kind_wide = KIND_SENTENCE_NEGATIONS.get(rule.kind, ())
        self.cased_negations = [*rule.negations, *kind_wide, *_GENERIC]
        self.negations = [_lazy(fold(n.pattern.lower())) for n in self.cased_negations]
        # the rule's own paragraph negation and its kind's, both
        self.passage_negations = tuple(
            _lazy(fold(n.pattern), n.flags)
            for n in (rule.passage_negation, KIND_PARAGRAPH_NEGATIONS.get(rule.kind))
            if n is not None
        )
        self.negation_words = [prefilter_words(n.pattern) for n in self.negations]
        self.slot = rule.kind in SLOT_KINDS

    def may_match(self, low: str) -> bool:
        if self.rule.digit and _DIGIT.search(low) is None:
            return False
        if not self.words:
            return True
        for word in self.words:  # noqa: SIM110 — a plain loop: cheaper than any() over a generator
            if word in low:
                return True
        return False

    def match(self, sentence: str, low: str) -> tuple[str, bool] | None:
        """(reason, negated) for the first trigger found in the sentence, else None."""
        same = len(low) == len(sentence)
        triggers = self.triggers if same else list(self.rule.triggers)
        negations = self.negations if same else self.cased_negations
        text = low if same else sentence
        for (pattern, reason), words in zip(triggers, self.trigger_words, strict=True):
            if same and words and not _has_any(words, low):
                continue
            found = pattern.search(text)
            if found:
                negated = self._negated(text, low, negations, same)
                quote = sentence[found.start() : found.end()]
                quote = quote if len(quote) <= 90 else quote[:87] + "…"
                if self.slot and labelled_placeholder(sentence):
                    # « - Droit applicable : {{governing_law}} »: a field of the template, left
                    # to fill in; « les tribunaux de [VILLE] seront seuls compétents » is a
                    # clause whose court is to fill in, and stays one
                    return f"{reason} : « {quote} »{PLACEHOLDER_REASON}", True
                return f"{reason} : « {quote} »", negated
        return None

    def _negated(self, text: str, low: str, negations: list[re.Pattern[str]], same: bool) -> bool:
        for pattern, words in zip(negations, self.negation_words, strict=True):
            if same and words and not _has_any(words, low):
                continue
            if pattern.search(text):
                return True
        return False


def _has_any(words: tuple[str, ...], low: str) -> bool:
    for word in words:  # noqa: SIM110 — cheaper than any() over a generator
        if word in low:
            return True
    return False


def _lazy(source: str, flags: int = 0) -> re.Pattern[str]:
    return cast("re.Pattern[str]", LazyPattern(source, flags))


_FAST = [_Fast(rule) for rule in RULES]
_FOLDED_TITLES = [
    None if rule.title is None else _lazy(fold(rule.title.pattern), rule.title.flags)
    for rule in RULES
]


_LEAD_MARKER = re.compile(r"^(?:[a-z]\)|\d+(?:\.\d+)*\.?|[IVX]+\.)\s*", re.IGNORECASE)


_NOTHING = re.compile(
    r"^\W*(\d+(\.\d+)*\.?|[a-z]\))?\W*[\w'’ -]{1,40}[.:]\W*\s*(none|nil|néant|sans objet|not "
    r"applicable|non applicable|n/a|aucune?)\W*$",
    re.IGNORECASE,
)


def _is_lead_in(sentence: str) -> bool:
    """A short label opening a paragraph (« b) Pénalités. », "3.2 Service Credits.")."""
    text = _LEAD_MARKER.sub("", sentence.strip("*_ "))
    return text.endswith((".", ":")) and len(text.split()) <= 5


# an editor's note in a template (« [Drafting note: … ] », "[For example: … ]", « [Exemple : … ] »):
# what it says is advice or a sample to the drafter, not a clause of the contract
_EDITORIAL_OPEN = re.compile(
    r"\[\s*(?:drafting note|note to draft\w*|for example|example|e\.g\.|note de rédaction|"
    r"exemple|par exemple)\b",
    re.IGNORECASE,
)


EDITORIAL_REASON = " — note de rédaction du modèle (drafting note of the template)"


# an HTML comment (« <!-- Note: This is an optional field … --> ») is never shown to the reader
# of published terms: what it holds is the editor's, not a clause (contract7)
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)


def _strip_editorial(text: str) -> list[str]:
    """The parts of the text outside its HTML comments and between its editor's notes."""
    return [part for piece in _HTML_COMMENT.split(text) for part in _strip_bracket_notes(piece)]


def _strip_bracket_notes(text: str) -> list[str]:
    """The parts of the text between its editor's notes (each note from its opening to its
    closing bracket, brackets nested inside — « [ ] » boxes, « [x] » — included)."""
    out: list[str] = []
    at = 0
    for opened in _EDITORIAL_OPEN.finditer(text):
        if opened.start() < at:
            continue
        depth, end = 0, len(text)
        for index in range(opened.start(), len(text)):
            if text[index] == "[":
                depth += 1
            elif text[index] == "]":
                depth -= 1
                if depth == 0:
                    end = index + 1
                    break
        out.append(text[at : opened.start()])
        at = end
    out.append(text[at:])
    return [part.strip() for part in out if part.strip()]


def _passage_hits(fast: _Fast, split: list[tuple[str, str]]) -> list[tuple[str, bool]]:
    single = len(split) == 1  # the passage already passed the prefilter
    hits: list[tuple[int, str, bool]] = [
        (i, *m)
        for i, (s, low) in enumerate(split)
        if single or fast.may_match(low)
        if (m := fast.match(s, low)) is not None
    ]
    # a lead-in label only names the subject: when the body speaks of it and negates it
    # (« c) Recette. Les parties renoncent à la recette »), the label is negated too
    if hits and hits[0][0] == 0 and len(split) > 1 and _is_lead_in(split[0][0]):
        body = [h for h in hits if h[0] > 0]
        if body and all(negated for _, _, negated in body):
            hits[0] = (0, hits[0][1], True)

    # round 10: a label whose body says there is none (« Pénalités : néant. », "Service
    # Credits. None.")
    if hits and _NOTHING.match(" ".join(s for s, _ in split)):
        return [(reason, True) for _, reason, _ in hits]
    return [(reason, negated) for _, reason, negated in hits]


class _AnchorIndex:
    """Which passages hold one of a rule's anchor words, found by scanning all the passages
    joined once per word (``str.find``) rather than each passage once per word and rule; the
    same answer as ``word in passage.text.lower()``."""

    def __init__(self, lows: list[str]) -> None:
        self.joined = "\x00".join(lows)  # no anchor word holds a NUL: no match across passages
        self.starts: list[int] = []
        offset = 0
        for low in lows:
            self.starts.append(offset)
            offset += len(low) + 1
        self._cache: dict[str, set[int]] = {}

    def _with_word(self, word: str) -> set[int]:
        found = self._cache.get(word)
        if found is None:
            found = set()
            at = self.joined.find(word)
            while at != -1:
                index = bisect_right(self.starts, at) - 1
                found.add(index)
                following = index + 1
                if following >= len(self.starts):
                    break
                at = self.joined.find(word, self.starts[following])
            self._cache[word] = found
        return found

    def passages_with(self, words: tuple[str, ...]) -> set[int] | None:
        """Indices of the passages holding one of the words (None: no words, every passage)."""
        if not words:
            return None
        out: set[int] = set()
        for word in words:
            out |= self._with_word(word)
        return out


def _detect_passage(
    passage: Passage, label: str, low_text: str, allowed: list[bool]
) -> list[Detection]:
    found: list[Detection] = []
    split: list[tuple[str, str]] | None = None
    bare: list[tuple[str, str]] | None = None  # the sentences without the editor's notes
    for fast, may in zip(_FAST, allowed, strict=True):
        if not may or (fast.rule.digit and _DIGIT.search(low_text) is None):
            continue
        if split is None:
            split = list(_split_folded(passage.text))
            if ("[" in passage.text and _EDITORIAL_OPEN.search(passage.text)) or (
                "<!--" in passage.text
            ):
                # each part read apart: a note often sits between two clauses' sentences
                bare = [
                    pair for part in _strip_editorial(passage.text) for pair in _split_folded(part)
                ]
        hits = _passage_hits(fast, split)
        if hits and bare is not None and all(negated for _, negated in _passage_hits(fast, bare)):
            # found only in an editor's note: shown, negated
            hits = [(reason + EDITORIAL_REASON, True) for reason, _ in hits]
        if hits and any(n.search(fold(passage.text)) for n in fast.passage_negations):
            hits = [(reason, True) for reason, _ in hits]
        if hits:
            positive = [h for h in hits if not h[1]]
            reason, negated = (positive or hits)[0]
            if not negated and _DEFINITION.match(passage.text):
                reason, negated = reason + DEFINITION_REASON, True
            found.append(Detection(fast.rule.kind, passage, label, reason, negated))
    return found


def _detect_title(section: Section) -> list[Detection]:
    title = (section.title or "").strip().strip(".:").strip()
    body = [p for p in section.passages if p is not section.heading]
    if not title or not body or section.kind == "clause":
        return []
    found = []
    folded = fold(title)
    for rule, title_pattern in zip(RULES, _FOLDED_TITLES, strict=True):
        if title_pattern is not None and title_pattern.match(folded):
            negated = any(n.search(body[0].text) for n in (*rule.negations, *_GENERIC))
            reason = f"titre de la section : « {title} »"
            if rule.kind in SLOT_KINDS and all(labelled_placeholder(p.text) for p in body):
                # « Droit applicable et juridiction » over « - Droit applicable: {{governing_law}} »
                reason, negated = reason + PLACEHOLDER_REASON, True
            found.append(Detection(rule.kind, body[0], section.label, reason, negated))
    return found


def detect_kinds(structure: Structure) -> list[Detection]:
    """Every (kind, passage) detection, in document order; negated ones are kept, flagged."""
    # the sentence cache serves one analysis (detection, then values), not the next document
    _split.cache_clear()
    _split_folded.cache_clear()
    detections: list[Detection] = []
    seen: dict[tuple[str, int], int] = {}
    body = [
        p for s in structure.sections for p in s.passages if p.style not in ("header", "footer")
    ]
    lows = [p.text.lower() for p in body]
    index = _AnchorIndex([fold(low) for low in lows])
    with_words = [index.passages_with(fast.words) for fast in _FAST]
    position = 0
    for section in structure.sections:
        candidates = _detect_title(section)
        for passage in section.passages:
            if passage.style not in ("header", "footer"):
                allowed = [w is None or position in w for w in with_words]
                candidates.extend(_detect_passage(passage, section.label, lows[position], allowed))
                position += 1
        for detection in candidates:
            key = (detection.kind, detection.passage.start)
            if key not in seen:
                seen[key] = len(detections)
                detections.append(detection)
            elif detections[seen[key]].negated and not detection.negated:
                # one rule of the kind found the passage negated (« disclaims any warranty »),
                # another finds it doing the kind ("will not be responsible for any damages"):
                # the passage does it (contract9)
                detections[seen[key]] = detection
    detections.sort(key=lambda d: d.passage.start)
    return non_binding(
        structure, detections, {id(p): low for p, low in zip(body, lows, strict=True)}
    )
