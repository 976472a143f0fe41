"""The dossier page's proof table: each fact the case rests on, its proof status (alleged,
documented by which pièces, established, contested) and the pièces behind it."""

from __future__ import annotations

from dataclasses import dataclass

from recours.dossier import Dossier, ProofStatus, fact_key
from recours.dossier.labels import LABELS
from recours.dossier.timeline import EventType
from recours.law.proof import ALLEGED, ProofState, proof_index
from recours.web.interview_view import FACTS

STATUS_WORDS = {ProofStatus.ALLEGED: ("Allégué", "Alleged"),
                ProofStatus.DOCUMENTED: ("Documenté", "Documented"),
                ProofStatus.ESTABLISHED: ("Établi", "Established"),
                ProofStatus.CONTESTED: ("Contesté", "Contested")}
BASIS_WORDS = {"expert": ("expertise judiciaire", "court expert"),
               "constat": ("constat de commissaire de justice", "constat"),
               "admission": ("aveu de l'autre partie", "admission"),
               "statistical_breach": ("manquement établi par mesure statistique",
                                      "breach established statistically"),
               "document": ("pièces", "exhibits")}


@dataclass(frozen=True)
class FactRow:
    path: str
    words: str
    status: str  # alleged | documented | established | contested
    status_words: str
    basis: str | None
    exhibits: tuple[str, ...]
    contested_by: str | None


def _words(path: str, lang: str) -> str:
    en = lang == "en"
    for known, fr_words, en_words in FACTS:
        if known == path:
            return en_words if en else fr_words
    if path.startswith("timeline."):
        try:
            kind = EventType(path.split(".", 1)[1])
        except ValueError:
            return path
        return ("Event: " if en else "Événement : ") + LABELS[kind][1 if en else 0]
    return path


def fact_rows(dossier: Dossier, lang: str) -> list[FactRow]:
    """The facts the pièces and the proof statements name, and the non-conformity always
    (alleged until a pièce proves it)."""
    index: dict[str, ProofState] = proof_index(dossier)
    contested = {fact_key(p.fact): p.contested_by for p in dossier.proof if p.contested_by}
    keys = list(dict.fromkeys(["non_conformity", *index]))
    rows = []
    for key in keys:
        state = index.get(key, ALLEGED)
        pair = STATUS_WORDS[state.status]
        basis = BASIS_WORDS.get(str(state.basis)) if state.basis else None
        party = dossier.party(contested[key]) if key in contested else None
        rows.append(FactRow(key, _words(key, lang), str(state.status),
                            pair[1] if lang == "en" else pair[0],
                            (basis[1] if lang == "en" else basis[0]) if basis else None,
                            state.exhibits, party.name if party else contested.get(key)))
    return rows
