"""The dossier (case file): model, YAML form with precise errors, JSON Schema."""

from recours.dossier.base import ClauseRef, DocumentRef, Money
from recours.dossier.checks import Problem, check
from recours.dossier.commitments import (
    FAIRNESS_METRICS,
    Commitment,
    Comparator,
    DataFormat,
    Dataset,
    DatasetKind,
    Metric,
    Window,
)
from recours.dossier.contract import (
    CapCarveOut,
    CapExclusion,
    CapScope,
    Clause,
    Contract,
    ContractKind,
    LiabilityCap,
    ObligationLevel,
    Payment,
    Price,
    PriceBasis,
    RelatedContract,
)
from recours.dossier.evidence import AnalysisRecord, CommitmentResult, EvidenceRun, Verdict
from recours.dossier.facts import LegalFacts
from recours.dossier.losses import Loss, LossCategory
from recours.dossier.model import SCHEMA_VERSION, Dossier
from recours.dossier.parties import Counsel, Party, PartyKind, PartyRole, Person
from recours.dossier.proof import (
    NON_CONFORMITY,
    Exhibit,
    ExhibitKind,
    FactProof,
    ProofBasis,
    ProofStatus,
    fact_key,
)
from recours.dossier.schema import dossier_schema, dossier_schema_json
from recours.dossier.system import AIActFacts, AIActRole, AISystem
from recours.dossier.timeline import Event, EventType
from recours.dossier.yamlio import (
    dump_dossier,
    load_dossier,
    save_dossier,
    update_dossier_file,
    validate_data,
)

__all__ = [
    "FAIRNESS_METRICS",
    "NON_CONFORMITY",
    "SCHEMA_VERSION",
    "AIActFacts",
    "AIActRole",
    "AISystem",
    "AnalysisRecord",
    "CapCarveOut",
    "CapExclusion",
    "CapScope",
    "Clause",
    "ClauseRef",
    "Commitment",
    "CommitmentResult",
    "Comparator",
    "Contract",
    "ContractKind",
    "Counsel",
    "DataFormat",
    "Dataset",
    "DatasetKind",
    "DocumentRef",
    "Dossier",
    "Event",
    "EventType",
    "EvidenceRun",
    "Exhibit",
    "ExhibitKind",
    "FactProof",
    "LegalFacts",
    "LiabilityCap",
    "Loss",
    "LossCategory",
    "Metric",
    "Money",
    "ObligationLevel",
    "Party",
    "PartyKind",
    "PartyRole",
    "Payment",
    "Person",
    "Price",
    "PriceBasis",
    "Problem",
    "ProofBasis",
    "ProofStatus",
    "RelatedContract",
    "Verdict",
    "Window",
    "check",
    "dossier_schema",
    "dossier_schema_json",
    "dump_dossier",
    "fact_key",
    "load_dossier",
    "save_dossier",
    "update_dossier_file",
    "validate_data",
]
