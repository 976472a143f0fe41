"""A document that declares itself non-binding as a whole (letter of intent, memorandum of
understanding, term sheet « SUBJECT TO CONTRACT ») sets no clause, except where it says so.

Policy (docs/contract.md, « Clause kinds »):

- the marker is « SUBJECT TO CONTRACT » near the top of the document, or a paragraph that names
  the document itself (this letter, memorandum, term sheet, « la présente lettre », « le présent
  protocole ») and says it is not legally binding (« n'a pas de valeur contractuelle », "is not
  intended to be legally binding");
- the sections the document declares binding keep their clauses: a section whose title says so
  ("Binding provisions", « Stipulations engageantes ») and the paragraphs a sentence names
  ("Only paragraphs 5 and 6 are legally binding", « Seuls les articles 5 et 6 lient les
  parties »), with their sub-clauses;
- when the document names no binding part, the clauses such documents usually mean to bind
  (confidentiality, termination of the talks, governing law, court, force majeure) are kept;
- every other detection is kept, negated, with the reason « document non contraignant ».
"""

from __future__ import annotations

import re

from recours.contract.model import Detection, Section, Structure

_SUBJECT_TO_CONTRACT = re.compile(r"\bsubject to contract\b|\bsous réserve de contrat\b", re.I)
_DOCUMENT = re.compile(
    r"\b(this|the present) (letter|memorandum|mou|term sheet|heads of terms|document|"
    r"declaration|statement)\b|\b(la présente|cette) (lettre|déclaration)\b|\b(le présent|ce) "
    r"(protocole|document|mémorandum|memorandum)\b|\bit is not intended\b",
    re.I,
)
_NOT_BINDING = re.compile(
    r"not (intended to )?(be|create|constitute)[^.;]{0,40}?(legally )?binding|(is|are|shall be) "
    r"non[- ]binding|not legally binding|no (legally )?binding (obligation|commitment|effect)|"
    r"n'(a|ont) (pas de|aucune) (valeur|force) (contractuelle|obligatoire|juridique)|ne (crée|"
    r"créent|fait naître|font naître|constitue|constituent) aucun(e)? (obligation|engagement) "
    r"(juridique|contractuel)|(juridiquement )?non contraignante?s?|n'(est|sont) pas "
    r"juridiquement contraignante?s?|sans (valeur|force) (contractuelle|obligatoire|juridique)",
    re.I,
)
# one of these is in every phrase _NOT_BINDING matches (a cheap prefilter)
_BINDING_WORDS = ("binding", "valeur", "force", "obligation", "engagement", "contraignant")
_BINDING_TITLE = re.compile(
    r"^(?!.*\bnon[- ]?binding)(?!.*non contraignant).*\b(binding|contraignantes?|engageantes?|"
    r"force obligatoire|obligatoires)\b",
    re.I,
)
_ONLY_BINDING = re.compile(
    r"\b(only|seule?s?)\b[^.;]{0,120}?\b(binding|force obligatoire|lient les parties|"
    r"contraignante?s?|engagent les parties)\b",
    re.I,
)
_NUMBER = re.compile(r"\b(\d+(?:\.\d+)*)\b")
# kinds a non-binding document usually means to bind even when it names no binding part
_USUALLY_BINDING = {
    "confidentiality",
    "termination",
    "governing_law",
    "jurisdiction",
    "force_majeure",
}
REASON = " — document non contraignant dans son ensemble (non-binding document)"


def is_non_binding(structure: Structure, lows: dict[int, str] | None = None) -> bool:
    """Whether the document declares itself not legally binding as a whole (``lows``: the
    passages' lower-cased texts by ``id``, when already computed)."""
    known = lows or {}
    for index, section in enumerate(structure.sections):
        heading = [section.heading] if section.heading is not None else []
        for passage in (*heading, *section.passages):
            if passage.start < 2000 and _SUBJECT_TO_CONTRACT.search(passage.text):
                return True
            low = known.get(id(passage))
            if low is None:
                low = passage.text.lower()
            if (
                _has_any(low, _BINDING_WORDS)
                and _NOT_BINDING.search(passage.text)
                and _DOCUMENT.search(passage.text)
            ):
                return True
        if index > 40:
            break
    return False


def _has_any(low: str, words: tuple[str, ...]) -> bool:
    return any(word in low for word in words)


def _binding_numbers(structure: Structure) -> set[str]:
    numbers: set[str] = set()
    for section in structure.sections:
        if section.number and section.title and _BINDING_TITLE.match(section.title.strip()):
            numbers.add(section.number.rstrip("."))
        for passage in section.passages:
            found = _ONLY_BINDING.search(passage.text)
            if found:
                numbers.update(_NUMBER.findall(found.group(0)))
                if (
                    re.search(
                        r"\b(this|ce|cet|le présent) (paragraph|article|clause|section)\b",
                        found.group(0),
                        re.I,
                    )
                    and section.number
                ):
                    numbers.add(section.number.rstrip("."))
    return numbers


def _is_binding(section: Section | None, numbers: set[str]) -> bool:
    if section is None or not section.number:
        return False
    number = section.number.rstrip(".")
    return any(number == n or number.startswith(n + ".") for n in numbers)


def non_binding(
    structure: Structure, detections: list[Detection], lows: dict[int, str] | None = None
) -> list[Detection]:
    """The detections, negated outside the binding parts of a non-binding document."""
    if not detections or not is_non_binding(structure, lows):
        return detections
    numbers = _binding_numbers(structure)
    section_of = {
        id(p): s
        for s in structure.sections
        for p in (*s.passages, *([s.heading] if s.heading else []))
    }
    out: list[Detection] = []
    for detection in detections:
        section = section_of.get(id(detection.passage))
        keep = _is_binding(section, numbers) if numbers else detection.kind in _USUALLY_BINDING
        if keep or detection.negated:
            out.append(detection)
        else:
            out.append(
                Detection(
                    detection.kind,
                    detection.passage,
                    detection.section,
                    detection.reason + REASON,
                    True,
                    list(detection.carve_outs),
                )
            )
    return out
