"""Legal facts the law engine needs and that no other section states.

Every fact is optional: ``None`` means « not known yet », and the law engine lists it among
the facts the user must still supply instead of guessing.
"""

from __future__ import annotations

from pydantic import Field

from recours.dossier.base import Identifier, Strict


class LegalFacts(Strict):
    # Defect and conformity
    defect_description: str | None = None
    defect_apparent_at_acceptance: bool | None = Field(
        default=None, description="Could a diligent buyer see the defect at acceptance (recette)?"
    )
    defect_prior_to_sale: bool | None = Field(
        default=None, description="Did the defect exist, at least in germ, at delivery?"
    )
    defect_renders_unfit: bool | None = Field(
        default=None, description="Does it make the system unfit for its use, or so reduce it…"
    )
    specification_documented: bool | None = Field(
        default=None, description="Are the expected performances written in the contract?"
    )
    # Duty of advice and duty to collaborate
    client_needs_expressed: bool | None = None
    client_provided_data: bool | None = None
    client_took_part_in_acceptance: bool | None = None
    vendor_warned_of_limits: bool | None = None
    vendor_knew_client_purpose: bool | None = None
    information_withheld: str | None = Field(
        default=None, description="Information decisive for consent the vendor did not give."
    )
    # Configuration (paramétrage)
    configured_by: Identifier | None = Field(default=None, description="Party id that configured.")
    configuration_clause: str | None = None
    # Fault and excuse
    gross_fault_alleged: bool | None = None
    wilful_misconduct_alleged: bool | None = None
    force_majeure_event: str | None = None
    client_misuse_alleged: bool | None = None
    # Limitation period shortened by contract (art. 2254)
    contractual_limitation_months: int | None = Field(default=None, ge=1)
    notes: str | None = None
