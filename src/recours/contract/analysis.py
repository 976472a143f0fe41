"""Analyse a contract's text: structure, clause kinds, values; refuse what is not a contract."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from recours.contract.kinds import KINDS, detect_kinds, passage_model
from recours.contract.kinds.ranking import best_first
from recours.contract.model import ContractText, Detection, Structure
from recours.contract.parties import party_names
from recours.contract.reading import read_contract
from recours.contract.reading.errors import read_error
from recours.contract.structure import build_structure
from recours.contract.values import ContractValues, extract_values
from recours.i18n import T

_CONTRACT_WORDS = re.compile(
    r"\b(contrat|convention|marché|accord|conditions générales|cahier des clauses|licence|"
    r"conditions d['’]utilisation|conditions de service|"
    r"parties?|prestataire|titulaire|client|fournisseur|acheteur|agreement|contract|terms|"
    r"supplier|customer|licen[cs]e[ed]?|vendor|schedule|parties)\b",
    re.IGNORECASE,
)
MIN_KINDS = 2
# the formula by which a document makes itself an agreement: a short hosting or maintenance
# agreement may hold no clause kind the rules know, yet says it binds its parties
_AGREEMENT_FORMULA = re.compile(
    r"\b(is|are) (made|entered into|concluded)\b|\bby and between\b|\bentre les soussignés\b|"
    r"\bil (a été|est) convenu\b|\b(the parties|each party) (hereby )?agrees?\b|\bles parties "
    r"(conviennent|sont convenues)\b|\bagree to be bound\b|\bacceptez d'être lié|\b(these|the "
    r"present) (terms|conditions)\b|\bles présentes conditions\b|\bconditions générales\b|"
    r"\bterms of (service|use)\b|\bincorporated into and forms? part of\b|"
    r"\bconditions d['’]utilisation\b|\bconditions (générales )?de vente\b",
    re.IGNORECASE,
)
_OBLIGATION = re.compile(
    r"\b(shall|will|must|agrees? to|s'engage\w*|doit|doivent|devra|devront|est tenue?)\b", re.I
)


# a party that undertakes something (« le Prestataire s'engage à », "the Provider will"): two of
# them with a clause kind make a service agreement, an SLA or an annex that binds, even when it
# has no agreement formula — an invoice or a letter undertakes nothing
_PARTY_UNDERTAKES = re.compile(
    r"\b(le|la|l['’]|the|each|chaque) ?(prestataire|fournisseur|client|titulaire|éditeur|"
    r"société|hébergeur|licencié|concédant|provider|supplier|customer|licensee|licensor|vendor|"
    r"contractor|party|partie)s?\b[^.;]{0,40}?\b(s['’]engage\w*|shall|will|must|agrees? to|"
    r"undertakes?|doit|devra|est tenue?)\b",
    re.IGNORECASE,
)

# a contract that names itself (« le présent contrat », "this Agreement") and lists its parties
# by role (« **Prestataire :** uSite », « **Client :** Vous »): a short real contract with few
# clauses and no formula the guard knows — an invoice or a letter does neither (contract8)
_SELF_REFERENCE = re.compile(
    r"\b(le présent contrat|la présente convention|le présent accord|ce contrat|this agreement|"
    r"the present agreement|this contract)\b",
    re.IGNORECASE,
)
_PARTY_LINE = re.compile(
    r"^\W{0,4}(prestataire|fournisseur|client|titulaire|éditeur|hébergeur|licencié|concédant|"
    r"provider|supplier|customer|licensee|licensor|vendor|contractor)\W{0,4}\s?:",
    re.IGNORECASE | re.MULTILINE,
)


def _names_itself_with_parties(head: str, kinds: set[str]) -> bool:
    """The document calls itself the contract and names at least two parties by role, and holds
    a clause kind or an undertaking."""
    roles = {m.group(1).lower() for m in _PARTY_LINE.finditer(head)}
    return (
        len(roles) >= 2
        and _SELF_REFERENCE.search(head) is not None
        and (bool(kinds) or _PARTY_UNDERTAKES.search(head) is not None)
    )


@dataclass(slots=True)
class ContractAnalysis:
    contract: ContractText
    structure: Structure
    detections: list[Detection]
    values: ContractValues
    parties: list[str]

    @property
    def present(self) -> dict[str, bool]:
        found = {d.kind for d in self.detections if not d.negated}
        return {kind: kind in found for kind in KINDS}

    def passages(self, kind: str) -> list[Detection]:
        return [d for d in self.detections if d.kind == kind]

    def best(self, kind: str) -> Detection | None:
        """The passage that best shows the kind (kinds/ranking.py), None when it is absent."""
        ranked = best_first(self.passages(kind), self.structure)
        return ranked[0] if ranked else None

    def to_dict(self) -> dict[str, Any]:
        present = self.present
        return {
            "source": self.contract.source,
            "format": self.contract.format,
            "pages": self.contract.pages,
            "ocr": self.contract.ocr,
            "language": self.structure.language,
            "parties": self.parties,
            "kinds": {
                kind: {
                    "present": present[kind],
                    "best": best.to_dict() if (best := self.best(kind)) else None,
                    "passages": [d.to_dict() for d in self.passages(kind)],
                }
                for kind in KINDS
            },
            "values": self.values.to_dict(),
            "structure": {
                "sections": [
                    {
                        "number": s.number,
                        "title": s.title,
                        "kind": s.kind,
                        "label": s.label,
                        "page": s.heading.page if s.heading else None,
                        "start": s.heading.start if s.heading else None,
                    }
                    for s in self.structure.sections
                    if s.kind != "preamble"
                ],
                "definitions": [
                    {"term": d.term, "page": d.page, "start": d.start}
                    for d in self.structure.definitions
                ],
                "cross_references": [
                    {"text": r.text, "target": r.target, "page": r.page, "start": r.start}
                    for r in self.structure.cross_refs
                ],
            },
        }


def analyse_text(contract: ContractText, *, check_contract: bool = True) -> ContractAnalysis:
    """Analyse already extracted text (no I/O)."""
    structure = build_structure(contract)
    detections = passage_model.apply(detect_kinds(structure), structure)
    if check_contract:
        _check_is_contract(contract, detections)
    values = extract_values(structure, detections)
    return ContractAnalysis(contract, structure, detections, values, party_names(contract))


def analyse_file(path: str | Path) -> ContractAnalysis:
    """Read then analyse a contract file."""
    return analyse_text(read_contract(path))


def _check_is_contract(contract: ContractText, detections: list[Detection]) -> None:
    # a kind the document names even to negate or defer it (« les niveaux de service feront
    # l'objet d'un contrat distinct ») still shows it deals with contract terms
    kinds = {d.kind for d in detections}
    words = {m.lower() for m in _CONTRACT_WORDS.findall(contract.text[:50000])}
    if (len(kinds) >= MIN_KINDS and words) or len(kinds) >= 5:
        return
    head = contract.text[:20000]
    if _AGREEMENT_FORMULA.search(head) and (kinds or len(_OBLIGATION.findall(head)) >= 3):
        return
    if kinds and words and len(_PARTY_UNDERTAKES.findall(head)) >= 2:
        return
    if _names_itself_with_parties(head, kinds):
        return
    raise read_error(
        T(
            fr=f"ce document ne ressemble pas à un contrat ({len(kinds)} type(s) de clause "
            "reconnu(s), aucune partie ni obligation identifiée)",
            en=f"this document does not look like a contract ({len(kinds)} clause kind(s) "
            "recognised, no party or obligation identified)",
        ),
        contract.source,
        T(
            fr="vérifiez que le fichier est bien le contrat (et non une facture, un courrier ou "
            "une annexe technique seule)",
            en="check that the file is the contract itself (not an invoice, a letter or a "
            "technical annex alone)",
        ),
    )
