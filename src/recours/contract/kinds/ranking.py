"""Which of a kind's passages to show first: the one that makes the clause, not the first one
that mentions it (a definition, a cross-reference, a billing paragraph that names a notice).

The score is a sum of reasons, each readable: the passage sits under a section whose title
names the kind (« Article 11 – Responsabilité », "Confidentiality"), it was found by that title,
it is not a definition, a table of contents line or a mere cross-reference, and the words of the
kind appear in it more than once. Ties keep document order. When the learned passage model
ran (kinds/passage_model.py), its score orders first and these reasons break its ties.
"""

from __future__ import annotations

import re

from recours.contract.model import Detection, Structure

# words a section title holds when the section is about the kind
TITLE_WORDS: dict[str, str] = {
    "liability_cap": r"responsabilit|liabilit|limitation",
    "liability_exclusion": r"responsabilit|liabilit|limitation|exclusion|dommages|damages",
    "warranty_exclusion": r"garantie|warrant|disclaimer|non-responsabilit|tel quel|as is",
    "warranty_conformity": r"garantie|warrant",
    "acceptance_testing": r"recette|réception|admission|vérification|acceptance",
    "service_levels": r"niveaux? de service|disponibilit|service levels?|sla|uptime|support|gtr|gti",
    "penalties": r"pénalit|penalt|crédits?|credits?|liquidated",
    "performance_commitment": r"performance|engagements?|indicateurs?|kpi|qualité|accuracy",
    "data_protection": r"données|data|rgpd|gdpr|privacy|vie privée|personnel|personal",
    "audit_rights": r"audit|contrôle|inspection",
    "ip_ownership": r"propriét|intellectual|ownership|droits|rights",
    "termination": r"résiliation|termination|durée|term\b|fin du contrat|ending",
    "reversibility": r"réversibilit|restitution|exit|transition|fin du contrat|sortie",
    "governing_law": r"droit applicable|loi applicable|governing law|choice of law|juridiction|"
    r"litiges|disputes|jurisdiction",
    "jurisdiction": r"juridiction|tribunal|compétence|litiges|disputes|jurisdiction|courts?",
    "ai_act_roles": r"rôles?|roles?|qualification|ai act|règlement",
    "human_oversight": r"humain|human|supervision|contrôle",
    "logging": r"journa|logs?|traçabilit|records?|enregistrement",
    "transparency": r"transparen|information des|informing",
    "force_majeure": r"force majeure",
    "confidentiality": r"confidential|secret",
    "insurance": r"assurance|insurance",
}
_TITLES = {kind: re.compile(words, re.IGNORECASE) for kind, words in TITLE_WORDS.items()}
_DEFINITION = re.compile(
    r"^\W{0,3}(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?[«\"“]\s*[^»\"”]{2,60}?\s*[»\"”]\s*"
    r"(?:means|shall mean|désigne|signifie|s'entend)\b",
    re.IGNORECASE,
)
_TOC = re.compile(r"\.{5,}\s*\d+\s*$|…{3,}")


def score(detection: Detection, title: str | None) -> int:
    """A passage's rank for its kind (higher first)."""
    text = detection.passage.text
    points = 0
    if title and _TITLES[detection.kind].search(title):
        points += 4
    if detection.reason.startswith("titre de la section"):
        points += 2
    if _DEFINITION.match(text):
        points -= 4
    if _TOC.search(text) or detection.passage.style == "heading":
        points -= 3
    words = _TITLES[detection.kind].findall(text)
    if len(words) > 1:
        points += 1
    if len(text) < 40:
        points -= 1
    return points


def _mere_line(detection: Detection) -> bool:
    text = detection.passage.text
    return bool(
        len(text) < 40 or (detection.passage.style == "heading" and len(text.split()) <= 12)
        or _TOC.search(text)
    )


def best_first(detections: list[Detection], structure: Structure) -> list[Detection]:
    """The positive detections of one kind, best first (document order among equals)."""
    titles = {
        id(p): section.title
        for section in structure.sections
        for p in section.passages
    }
    positive = [d for d in detections if not d.negated]
    # a heading, a contents line or a line of a few words is never shown first while a clause
    # is there; among clauses the passage model's score first when it ran
    # (kinds/passage_model.py), then these reasons
    ranked = sorted(
        enumerate(positive),
        key=lambda pair: (
            _mere_line(pair[1]),
            -(pair[1].score or 0.0),
            -score(pair[1], titles.get(id(pair[1].passage))),
            pair[0],
        ),
    )
    return [d for _, d in ranked]
