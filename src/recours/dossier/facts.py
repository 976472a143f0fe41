"""Legal facts the law engine needs and that no other section states.

Every fact is optional: ``None`` means « not known yet », and the law engine lists it among
the facts the user must still supply instead of guessing.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import Field

from recours.dossier.base import Identifier, Money, Strict


class ConformityRequestOutcome(StrEnum):
    """What became of a consumer's request to bring into conformity (C. consom. L217-14,
    L224-25-20)."""

    PENDING = "pending"  # asked; the professional still has time to act
    BROUGHT_INTO_CONFORMITY = "brought_into_conformity"  # conformity restored
    REFUSED = "refused"  # the professional refuses any bringing into conformity
    DELAYED = "delayed"  # beyond 30 days (goods) or unjustifiably delayed (digital)
    MAJOR_INCONVENIENCE = "major_inconvenience"  # major inconvenience (or costs, digital)
    CONSUMER_BORE_COSTS = "consumer_bore_costs"  # goods: removal or installation costs borne
    FAILED = "failed"  # the non-conformity persists despite the attempt


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
    effective_setup_achieved: bool | None = Field(
        default=None,
        description="Did the system ever actually work in the client's setting (mise au point "
        "effective)? Delivery of a complex system is complete only then.",
    )
    agreed_delivery_date: date | None = Field(
        default=None, description="Delivery date agreed in the contract (art. 1610–1611)."
    )
    vendor_knew_defect: bool | None = Field(
        default=None, description="Did the seller know the defect at the sale (art. 1645)?"
    )
    # AI Act, consumer law, product liability
    ai_act_compliance_documents: bool | None = Field(
        default=None,
        description="Did the provider hand over the AI Act compliance documents: EU declaration "
        "of conformity, CE marking, registration, technical documentation and instructions for "
        "use (art. 16(g)–(i), 26(1))?",
    )
    goods_with_digital_elements: bool | None = Field(
        default=None,
        description="Consumer sale: is the AI supplied inside physical goods (goods with digital "
        "elements, C. consom. L217-3) rather than as digital content or service?",
    )
    damage_to_person_or_private_property: bool | None = Field(
        default=None,
        description="Product liability: did the defect harm a person, or property (or data) other "
        "than the product and used privately (C. civ. 1245-1; Directive (EU) 2024/2853)?",
    )
    conformity_request_outcome: ConformityRequestOutcome | None = Field(
        default=None,
        description="Consumer: outcome of the request to bring into conformity (L217-14, "
        "L224-25-20): pending, brought_into_conformity, refused, delayed, major_inconvenience, "
        "consumer_bore_costs, failed.",
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
    client_legitimately_unaware: bool | None = Field(
        default=None,
        description="Did the client legitimately ignore that information, or trust the vendor "
        "(art. 1112-1 al. 1)?",
    )
    withholding_intentional: bool | None = Field(
        default=None, description="Was the information withheld on purpose (dol, art. 1137 al. 2)?"
    )
    vendor_misrepresented: str | None = Field(
        default=None,
        description="What the vendor falsely stated to obtain consent (active fraud: lies, "
        "manœuvres — art. 1137 al. 1, former art. 1116), as opposed to silence.",
    )
    decisive_for_consent: bool | None = Field(
        default=None,
        description="Would the client not have contracted (or on other terms) without the lie, "
        "the silence or the mistake (art. 1130, former art. 1116)?",
    )
    withheld_concerns_contract_content: bool | None = Field(
        default=None,
        description="Does the information withheld or misstated bear a direct and necessary "
        "link with the content of the contract — its scope, price or schedule (art. 1112-1 "
        "al. 3)? Then it is of decisive importance.",
    )
    mistake_on_substance: bool | None = Field(
        default=None,
        description="Was the client mistaken about the essential qualities of the system "
        "(art. 1132, former art. 1110)?",
    )
    # Configuration (paramétrage)
    configured_by: Identifier | None = Field(default=None, description="Party id that configured.")
    configuration_clause: str | None = None
    defect_caused_by_configuration: bool | None = Field(
        default=None, description="Does the failure come from the configuration (paramétrage)?"
    )
    # Breach, seriousness, causation
    breach_serious: bool | None = Field(
        default=None,
        description="Is the non-performance serious enough (« suffisamment grave », art. 1219, "
        "1224)?",
    )
    obligations_not_performed: list[str] = Field(
        default_factory=list,
        description="Obligations the client says were not performed at all (not performed "
        "badly): referencing, training, a module, the site itself… The vendor, who claims to be "
        "released, must prove it performed them (art. 1353 al. 2); a « contested » proof entry "
        "for facts.obligations_not_performed records its proof to the contrary.",
    )
    definitive_non_performance: bool | None = Field(
        default=None, description="Is the non-performance definitive (art. 1231: no notice needed)?"
    )
    causation_established: bool | None = Field(
        default=None,
        description="Are the losses an immediate and direct consequence of the breach (art. "
        "1231-4)?",
    )
    performance_impossible: bool | None = Field(
        default=None, description="Is performance in kind impossible (art. 1221)?"
    )
    performance_cost_disproportionate: bool | None = Field(
        default=None,
        description="Is its cost manifestly disproportionate to the client's interest (art. 1221)?",
    )
    # Fault and excuse
    gross_fault_alleged: bool | None = None
    wilful_misconduct_alleged: bool | None = None
    force_majeure_event: str | None = None
    force_majeure_beyond_control: bool | None = Field(
        default=None, description="Was the event beyond the vendor's control (art. 1218)?"
    )
    force_majeure_unforeseeable: bool | None = Field(
        default=None, description="Could it not reasonably be foreseen at conclusion (art. 1218)?"
    )
    force_majeure_unavoidable: bool | None = Field(
        default=None,
        description="Could its effects not be avoided by appropriate measures (art. 1218)?",
    )
    client_misuse_alleged: bool | None = None
    # Clauses
    termination_clause: bool | None = Field(
        default=None, description="Does the contract hold a termination clause (art. 1225)?"
    )
    notice_mentions_termination: bool | None = Field(
        default=None,
        description="Did the formal notice expressly mention the termination clause or the right "
        "to terminate (art. 1225–1226)?",
    )
    urgency: bool | None = Field(
        default=None, description="Is there an urgency dispensing with prior notice (art. 1226)?"
    )
    penalty_amount: Money | None = Field(
        default=None, description="Sum stipulated as a penalty (clause pénale, art. 1231-5)."
    )
    penalty_manifestly_excessive: bool | None = None
    penalty_derisory: bool | None = None
    partial_performance: bool | None = Field(
        default=None, description="Was the obligation partly performed (art. 1231-5 al. 3)?"
    )
    breached_obligation_essential: bool | None = Field(
        default=None, description="Is the breached obligation essential to the contract (art. 1170)?"
    )
    cap_deprives_substance: bool | None = Field(
        default=None,
        description="Is the cap so low that it empties the essential obligation (art. 1170)?",
    )
    cap_negotiated: bool | None = Field(
        default=None, description="Was the liability clause negotiated (art. 1171: non-negotiable)?"
    )
    significant_imbalance_alleged: bool | None = Field(
        default=None, description="Does a clause create a significant imbalance (art. 1171, L442-1)?"
    )
    # Limitation period shortened by contract (art. 2254)
    contractual_limitation_months: int | None = Field(default=None, ge=1)
    notes: str | None = None
