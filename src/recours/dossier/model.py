"""The dossier (case file): the one object that flows through every part of Recours."""

from __future__ import annotations

from pydantic import Field

from recours.dossier.base import Strict
from recours.dossier.commitments import Commitment, Dataset
from recours.dossier.contract import Contract
from recours.dossier.evidence import AnalysisRecord, EvidenceRun
from recours.dossier.facts import LegalFacts
from recours.dossier.losses import Loss
from recours.dossier.parties import Party, PartyRole
from recours.dossier.proof import Exhibit, FactProof
from recours.dossier.system import AISystem
from recours.dossier.timeline import Event, EventType

SCHEMA_VERSION = 1


class Dossier(Strict):
    """A case file. Cross-section consistency is checked by :mod:`recours.dossier.checks`."""

    schema_version: int = Field(default=SCHEMA_VERSION, ge=1, le=SCHEMA_VERSION)
    reference: str = Field(description="The firm's reference for the case.")
    title: str
    language: str = Field(default="fr", pattern=r"^(fr|en)$")
    summary: str | None = None
    parties: list[Party] = Field(min_length=2)
    contract: Contract
    ai_system: AISystem
    commitments: list[Commitment] = Field(default_factory=list)
    datasets: list[Dataset] = Field(default_factory=list)
    timeline: list[Event] = Field(default_factory=list)
    losses: list[Loss] = Field(default_factory=list)
    facts: LegalFacts = Field(default_factory=LegalFacts)
    evidence_runs: list[EvidenceRun] = Field(default_factory=list)
    exhibits: list[Exhibit] = Field(
        default_factory=list, description="Pièces: expert reports, constats, logs, letters…")
    proof: list[FactProof] = Field(
        default_factory=list, description="Proof status of facts, stated explicitly.")
    analysis: AnalysisRecord | None = None

    # Convenience accessors used by every domain -------------------------------------
    def party(self, party_id: str) -> Party | None:
        return next((p for p in self.parties if p.id == party_id), None)

    def parties_with_role(self, role: PartyRole) -> list[Party]:
        return [p for p in self.parties if p.role == role]

    @property
    def client(self) -> Party | None:
        found = self.parties_with_role(PartyRole.CLIENT)
        return found[0] if found else None

    @property
    def vendor(self) -> Party | None:
        found = self.parties_with_role(PartyRole.VENDOR)
        return found[0] if found else None

    def events(self, *types: EventType) -> list[Event]:
        """Events of the given types, in date order (all events when no type is given)."""
        chosen = [e for e in self.timeline if not types or e.type in types]
        return sorted(chosen, key=lambda e: e.date)

    def first_event(self, *types: EventType) -> Event | None:
        found = self.events(*types)
        return found[0] if found else None

    def commitment(self, commitment_id: str) -> Commitment | None:
        return next((c for c in self.commitments if c.id == commitment_id), None)

    def dataset(self, dataset_id: str) -> Dataset | None:
        return next((d for d in self.datasets if d.id == dataset_id), None)

    def exhibit(self, exhibit_id: str) -> Exhibit | None:
        return next((x for x in self.exhibits if x.id == exhibit_id), None)

    @property
    def latest_run(self) -> EvidenceRun | None:
        return max(self.evidence_runs, key=lambda r: r.run_at, default=None)
