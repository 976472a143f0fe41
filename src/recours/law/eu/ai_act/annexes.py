"""The lists the AI Act classification reads: art. 5(1) points and Annex III points.

Short labels only; the authentic wording is in ``data/articles/eu/ai_act/`` (art5.md,
annex-iii.md). Points (ba) and (bb) of art. 5(1) were added by the Digital Omnibus: their
wording was NOT FOUND, so they carry a low certainty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from recours.i18n import T


@dataclass(frozen=True, slots=True)
class Point:
    code: str
    label: T
    verified: bool = True


PROHIBITED: dict[str, Point] = {
    p.code: p
    for p in (
        Point("a", T("techniques subliminales, manipulatrices ou trompeuses",
                     "subliminal, manipulative or deceptive techniques")),
        Point("b", T("exploitation des vulnérabilités (âge, handicap, situation sociale ou économique)",
                     "exploitation of vulnerabilities (age, disability, social or economic situation)")),
        Point("c", T("notation sociale", "social scoring")),
        Point("d", T("prédiction du risque d'infraction fondée uniquement sur le profilage",
                     "prediction of offending risk based solely on profiling")),
        Point("e", T("bases de reconnaissance faciale par moissonnage non ciblé",
                     "facial recognition databases by untargeted scraping")),
        Point("f", T("inférence des émotions au travail ou dans l'enseignement",
                     "emotion inference at the workplace or in education")),
        Point("g", T("catégorisation biométrique déduisant des attributs sensibles",
                     "biometric categorisation inferring sensitive attributes")),
        Point("h", T("identification biométrique à distance « en temps réel » à des fins répressives",
                     "'real-time' remote biometric identification for law enforcement")),
        Point("ba", T("point (ba) ajouté par l'Omnibus (texte NON TROUVÉ)",
                      "point (ba) added by the Omnibus (wording NOT FOUND)"), verified=False),
        Point("bb", T("point (bb) ajouté par l'Omnibus (texte NON TROUVÉ)",
                      "point (bb) added by the Omnibus (wording NOT FOUND)"), verified=False),
    )
}

OMNIBUS_PROHIBITIONS = frozenset({"ba", "bb"})

ANNEX_III_AREAS: dict[int, T] = {
    1: T("biométrie", "biometrics"),
    2: T("infrastructures critiques", "critical infrastructure"),
    3: T("éducation et formation professionnelle", "education and vocational training"),
    4: T("emploi, gestion des travailleurs, accès à l'emploi indépendant",
         "employment, workers' management, access to self-employment"),
    5: T("accès aux services privés essentiels et aux services et prestations publics essentiels",
         "access to essential private services and essential public services and benefits"),
    6: T("répression", "law enforcement"),
    7: T("migration, asile et contrôle aux frontières", "migration, asylum and border control"),
    8: T("administration de la justice et processus démocratiques",
         "administration of justice and democratic processes"),
}

ANNEX_III_POINTS: dict[int, tuple[str, ...]] = {
    1: ("a", "b", "c"), 2: (), 3: ("a", "b", "c", "d"), 4: ("a", "b"),
    5: ("a", "b", "c", "d"), 6: ("a", "b", "c", "d", "e"), 7: ("a", "b", "c", "d"), 8: ("a", "b"),
}

ANNEX_III_LABELS: dict[str, T] = {
    "5(b)": T("évaluation de la solvabilité ou établissement de la note de crédit de personnes physiques "
              "(hors détection de fraude financière)",
              "evaluation of the creditworthiness or credit score of natural persons "
              "(except financial fraud detection)"),
    "5(c)": T("évaluation des risques et tarification en assurance vie et maladie",
              "risk assessment and pricing in life and health insurance"),
    "4(a)": T("recrutement ou sélection de personnes physiques", "recruitment or selection of natural persons"),
    "4(b)": T("décisions relatives aux relations de travail, répartition des tâches, suivi des performances",
              "decisions on work relationships, task allocation, performance monitoring"),
}

_POINT = re.compile(r"^\s*(?:point\s*)?(\d)\s*(?:\(\s*([a-e])\s*\)|([a-e]))?\s*$", re.IGNORECASE)


def parse_annex_iii(value: str) -> tuple[int, str | None] | None:
    """« 5(b) », « 5 b », « point 2 » -> (5, "b"); None when not a valid Annex III point."""
    match = _POINT.match(value)
    if not match:
        return None
    area = int(match.group(1))
    letter = (match.group(2) or match.group(3) or "").lower() or None
    points = ANNEX_III_POINTS.get(area)
    if points is None:
        return None
    if letter is None:
        return (area, None) if not points else None
    return (area, letter) if letter in points else None


def annex_iii_code(area: int, letter: str | None) -> str:
    return f"{area}({letter})" if letter else str(area)


def annex_iii_label(code: str) -> T:
    area = int(code[0])
    return ANNEX_III_LABELS.get(code, ANNEX_III_AREAS[area])


def parse_prohibited(value: str) -> Point | None:
    """« c », « (c) », « 5(1)(c) », « art. 5(1)(c) » -> the point; None if unknown."""
    cleaned = value.strip().lower().replace("art.", "").replace(" ", "")
    cleaned = re.sub(r"^5\(1\)", "", cleaned).strip("()")
    return PROHIBITED.get(cleaned)
