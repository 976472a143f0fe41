"""The AI system under dispute, and the facts the AI Act analysis needs."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field, model_validator

from recours.dossier.base import Identifier, Strict


class AIActRole(StrEnum):
    PROVIDER = "provider"
    DEPLOYER = "deployer"
    IMPORTER = "importer"
    DISTRIBUTOR = "distributor"
    AUTHORISED_REPRESENTATIVE = "authorised_representative"


class Art63Condition(StrEnum):
    """The condition of art. 6(3), second subparagraph, the provider relies on."""

    A = "a"  # narrow procedural task
    B = "b"  # improve the result of a previously completed human activity
    C = "c"  # detect decision-making patterns or deviations, not replacing the human assessment
    D = "d"  # preparatory task to an assessment relevant for the Annex III use cases
    NONE = "none"  # none of the conditions is fulfilled


class AIActFacts(Strict):
    """Facts for Regulation (EU) 2024/1689. ``None`` means « not known yet »."""

    roles: dict[Identifier, AIActRole] = Field(
        default_factory=dict, description="Role of each party id under the AI Act."
    )
    annex_iii_area: str | None = Field(
        default=None,
        description="Annex III point, e.g. « 5(b) » (creditworthiness); « none » when no point applies; leave out when unknown.",
    )
    annex_i_product: bool | None = Field(
        default=None, description="Safety component of a product covered by Annex I?"
    )
    prohibited_practice: str | None = Field(
        default=None, description="Art. 5(1) point if a prohibited practice is alleged."
    )
    profiling_of_natural_persons: bool | None = None
    narrow_procedural_task: bool | None = Field(
        default=None, description="Art. 6(3) derogation facts (narrow procedural task…)."
    )
    art_6_3_condition: Art63Condition | None = Field(
        default=None,
        description="Art. 6(3), second subparagraph: the condition (a)–(d) the system fulfils — "
        "a narrow procedural task, b improves a completed human activity, c detects "
        "decision-making patterns without replacing the human assessment, d preparatory task; "
        "« none » when none is fulfilled; leave out when unknown.",
    )
    fraud_detection_only: bool | None = Field(
        default=None,
        description="Annex III 5(b): is the system used for the purpose of detecting financial "
        "fraud (excepted from point 5(b))?",
    )
    third_party_conformity_assessment: bool | None = Field(
        default=None,
        description="Art. 6(1)(b): must the Annex I product (or the system as a product) undergo "
        "a third-party conformity assessment?",
    )
    interacts_with_persons: bool | None = None
    generates_synthetic_content: bool | None = None
    general_purpose_model: bool | None = None
    client_put_name_or_trademark: bool | None = None
    client_substantial_modification: bool | None = None
    client_changed_intended_purpose: bool | None = None
    initial_provider_opted_out: bool | None = Field(
        default=None,
        description="Art. 25(2), last subparagraph: did the initial provider clearly specify that "
        "its system is not to be changed into a high-risk system?",
    )
    contract_requires_compliance: bool | None = Field(
        default=None, description="Does the contract require AI Act compliance?"
    )
    deployer_is_credit_institution: bool | None = None
    deployer_is_public_body: bool | None = None
    placed_on_market_on: str | None = Field(
        default=None, description="ISO date the system was placed on the market / put into service."
    )

    @model_validator(mode="after")
    def _derogation_consistent(self) -> AIActFacts:
        if self.narrow_procedural_task and self.art_6_3_condition is Art63Condition.NONE:
            raise ValueError(
                "art_6_3_condition « none » contradicts narrow_procedural_task: true "
                "(condition a of art. 6(3))"
            )
        return self


class AISystem(Strict):
    name: str
    version: str | None = None
    provider: Identifier | None = Field(default=None, description="Party id of the provider.")
    intended_purpose: str
    sector: str | None = None
    deployment_context: str | None = None
    model_type: str | None = Field(default=None, description="E.g. « gradient boosting ».")
    ai_act: AIActFacts = Field(default_factory=AIActFacts)
