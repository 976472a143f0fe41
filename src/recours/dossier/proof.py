"""Exhibits (pièces) and the proof status of the facts the law reads.

A fact of the dossier is only *alleged* until a pièce supports it. An exhibit names the facts
it supports (``supports``: fact paths such as ``facts.defect_renders_unfit``,
``timeline.delivery`` or ``non_conformity``); a :class:`FactProof` states a fact's status
explicitly (an admission, a contested fact). A statistical run is one kind of proof among
others: the evidence bundle is an exhibit like an expert report or a constat.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from pathlib import PurePath

from pydantic import Field, field_validator

from recours.dossier.base import Identifier, Strict

#: The fact that the system does not conform to what was promised, whatever proves it.
NON_CONFORMITY = "non_conformity"


class ExhibitKind(StrEnum):
    EXPERT_REPORT_JUDICIAL = "expert_report_judicial"  # rapport d'expertise judiciaire
    EXPERT_REPORT_PRIVATE = "expert_report_private"  # rapport d'expertise amiable / privée
    CONSTAT = "constat"  # constat de commissaire de justice
    INCIDENT_LOG = "incident_log"  # journal d'incidents, tickets
    CORRESPONDENCE = "correspondence"  # courriels, courriers
    ACCEPTANCE_REPORT = "acceptance_report"  # procès-verbal de recette
    MINUTES = "minutes"  # comptes rendus de réunion, de comité de pilotage
    EVIDENCE_BUNDLE = "evidence_bundle"  # the sealed statistical evidence bundle
    OTHER = "other"


class ProofStatus(StrEnum):
    ALLEGED = "alleged"  # asserted, no pièce yet
    DOCUMENTED = "documented"  # supported by one or more pièces
    ESTABLISHED = "established"  # expert, constat, admission or statistical breach
    CONTESTED = "contested"  # the other side disputes it


class ProofBasis(StrEnum):
    EXPERT = "expert"  # court-appointed expert's findings
    CONSTAT = "constat"  # commissaire de justice's findings
    ADMISSION = "admission"  # the other side admitted it (aveu, C. civ. art. 1383 s.)
    STATISTICAL_BREACH = "statistical_breach"  # breach established by an evidence run
    DOCUMENT = "document"  # pièces that document it without establishing it


#: What a pièce of each kind does for the facts it supports, absent an explicit FactProof.
KIND_PROOF: dict[ExhibitKind, tuple[ProofStatus, ProofBasis]] = {
    ExhibitKind.EXPERT_REPORT_JUDICIAL: (ProofStatus.ESTABLISHED, ProofBasis.EXPERT),
    ExhibitKind.CONSTAT: (ProofStatus.ESTABLISHED, ProofBasis.CONSTAT),
}


class Exhibit(Strict):
    """A pièce of the dossier: what it is, who made it, when, its file and what it proves."""

    id: Identifier = Field(description="Exhibit number, e.g. « P1 ».")
    kind: ExhibitKind
    title: str
    date: dt.date | None = None
    author: str | None = Field(default=None, description="Party id or name of the author.")
    file: str | None = Field(default=None, description="Path relative to the dossier file.")
    sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    supports: list[str] = Field(
        default_factory=list,
        description="Fact paths the pièce supports: « facts.defect_renders_unfit », "
        "« timeline.delivery », « non_conformity »…")
    evidence_run: str | None = Field(
        default=None, description="For an evidence bundle: the id of the evidence run it seals.")
    note: str | None = None

    @field_validator("file")
    @classmethod
    def _relative(cls, value: str | None) -> str | None:
        if value is not None and PurePath(value).is_absolute():
            raise ValueError("absolute_path")
        return value


class FactProof(Strict):
    """The proof status of one fact, stated by the user (overrides what exhibits imply)."""

    fact: str = Field(description="Fact path, as in « supports ».")
    status: ProofStatus
    exhibits: list[str] = Field(default_factory=list, description="Ids of the pièces relied on.")
    basis: ProofBasis | None = None
    contested_by: str | None = Field(default=None, description="Party id of who disputes it.")
    note: str | None = None


_INDEXED = re.compile(r"^(timeline|parties)\[([^\]]+)\](.*)$")


def fact_key(path: str) -> str:
    """The proof key of a fact path: ``timeline[delivery]`` and ``timeline.delivery`` are the
    same fact; ``facts.x.y`` is proven as ``facts.x``."""
    match = _INDEXED.match(path)
    if match:
        path = f"{match.group(1)}.{match.group(2)}"
    parts = path.split(".")
    return ".".join(parts[:2]) if parts[0] in ("facts", "timeline") else path
