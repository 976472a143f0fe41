"""What the interview's step pages offer: the choices of each list, how many rows each
table shows, the facts a pièce can prove, the parties that can contest a fact."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from recours.dossier import ExhibitKind, ProofBasis, ProofStatus
from recours.dossier.commitments import Comparator, DatasetKind, Metric
from recours.dossier.contract import CapScope, ContractKind, ObligationLevel, PriceBasis
from recours.dossier.losses import LossCategory
from recours.dossier.parties import PartyKind
from recours.dossier.timeline import EventType
from recours.web.forms import (
    COMMITMENT_ROWS,
    DATASET_ROWS,
    EVENT_ROWS,
    EXHIBIT_ROWS,
    LOSS_ROWS,
    PROOF_ROWS,
    row_span,
)

CHOICES: dict[str, Any] = {
    "contract_kinds": [k.value for k in ContractKind],
    "obligation_levels": [k.value for k in ObligationLevel],
    "price_bases": [k.value for k in PriceBasis],
    "party_kinds": [k.value for k in PartyKind],
    "event_types": [k.value for k in EventType],
    "loss_categories": [k.value for k in LossCategory],
    "metrics": [k.value for k in Metric],
    "comparators": [k.value for k in Comparator],
    "dataset_kinds": [k.value for k in DatasetKind],
    "exhibit_kinds": [k.value for k in ExhibitKind],
    "proof_statuses": [k.value for k in ProofStatus],
    "proof_bases": [k.value for k in ProofBasis],
    "cap_scopes": [k.value for k in CapScope],
}
#: The facts a pièce most often proves, in words (the YAML takes any fact path).
FACTS: tuple[tuple[str, str, str], ...] = (
    ("non_conformity", "La non-conformité du système à ce qui était promis",
     "The system's non-conformity with what was promised"),
    ("facts.defect_description", "La description du défaut", "The description of the defect"),
    ("facts.defect_renders_unfit", "Le défaut rend le système impropre à son usage",
     "The defect makes the system unfit for its use"),
    ("facts.defect_prior_to_sale", "Le défaut existait à la livraison",
     "The defect existed at delivery"),
    ("facts.vendor_knew_defect", "Le fournisseur connaissait le défaut",
     "The vendor knew the defect"),
    ("losses", "Les préjudices et leur montant", "The losses and their amount"),
)
_DEFAULT_ROWS = {"event": EVENT_ROWS, "loss": LOSS_ROWS, "dataset": DATASET_ROWS,
                 "commitment": COMMITMENT_ROWS, "exhibit": EXHIBIT_ROWS, "proof": PROOF_ROWS}


def fact_choices(values: Mapping[str, str], lang: str) -> list[tuple[str, str]]:
    """Every fact the step can name: the usual ones, each event type, and any other path
    the dossier already names."""
    from recours.dossier.labels import LABELS

    found = [(path, en if lang == "en" else fr) for path, fr, en in FACTS]
    prefix = "Événement : " if lang != "en" else "Event: "
    found += [(f"timeline.{t.value}", prefix + LABELS[t][1 if lang == "en" else 0])
              for t in EventType if t in LABELS]
    known = {path for path, _ in found}
    for key, value in values.items():
        if key.startswith(("exhibit_supports_", "proof_fact_")):
            for path in (p.strip() for p in value.split(",")):
                if path and path not in known:
                    found.append((path, path))
                    known.add(path)
    return found


def choices(values: Mapping[str, str], lang: str = "fr") -> dict[str, Any]:
    """The template's lists and row counts for the form ``values`` (one blank row more
    than the rows filled, so that a row can always be added)."""
    rows = {f"{prefix}_rows": max(default, row_span(values, prefix) + 1)
            for prefix, default in _DEFAULT_ROWS.items()}
    parties = [(values.get(f"{p}_id") or p, values.get(f"{p}_name") or p)
               for p in ("vendor", "client")]
    return {**CHOICES, **rows, "facts": fact_choices(values, lang), "parties": parties}
