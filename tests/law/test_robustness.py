"""Missing facts never crash the engine: random partial dossiers always analyse."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recours.dossier import Dossier
from recours.errors import RuleConflict
from recours.law import analyse
from recours.law.deadlines import DeadlineStatus

BOOL_FACTS = ("defect_apparent_at_acceptance", "defect_prior_to_sale", "defect_renders_unfit",
              "specification_documented", "client_needs_expressed", "client_provided_data",
              "client_took_part_in_acceptance", "vendor_warned_of_limits",
              "vendor_knew_client_purpose", "breach_serious", "causation_established",
              "gross_fault_alleged", "termination_clause", "breached_obligation_essential",
              "cap_deprives_substance", "vendor_knew_defect", "penalty_manifestly_excessive")
EVENTS = ("delivery", "acceptance", "defect_discovery", "incident", "formal_notice_sent",
          "mediation_start", "mediation_end", "expert_measure_ordered", "expert_report",
          "acknowledgement", "legal_action")
KINDS = ("sale", "licence", "saas", "custom_development", "integration", "maintenance", "mixed")


def _dossier(kind: str, facts: dict[str, Any], events: list[tuple[str, date]],
             concluded: date) -> Dossier:
    return Dossier.model_validate({
        "reference": "R", "title": "t",
        "parties": [{"id": "c", "name": "C", "role": "client", "kind": "company"},
                    {"id": "v", "name": "V", "role": "vendor", "it_professional": True}],
        "contract": {"kind": kind, "title": "t", "concluded_on": concluded.isoformat(),
                     "warranty_exclusion": facts.pop("warranty_exclusion", None),
                     "liability_cap": {"amount": {"amount": 1000}}},
        "ai_system": {"name": "s", "intended_purpose": "p"},
        "timeline": [{"date": d.isoformat(), "type": t, "description": t} for t, d in events],
        "losses": [{"id": "L1", "category": "lost_profit", "description": "x",
                    "amount": {"amount": 5000}, "date": "2025-01-01"}],
        "facts": facts})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(KINDS),
       facts=st.fixed_dictionaries({}, optional={k: st.none() | st.booleans() for k in BOOL_FACTS}),
       events=st.lists(st.tuples(st.sampled_from(EVENTS),
                                 st.dates(date(2012, 1, 1), date(2026, 6, 30))), max_size=6),
       concluded=st.dates(date(2012, 1, 1), date(2025, 12, 31)))
def test_any_partial_dossier_analyses(kind: str, facts: dict[str, Any],
                                      events: list[tuple[str, date]], concluded: date) -> None:
    dossier = _dossier(kind, dict(facts), events, concluded)
    try:
        analysis = analyse(dossier, date(2026, 6, 30))
    except RuleConflict:  # only discordant exceptions may stop the analysis
        return
    assert all(f.citations and f.facts for f in analysis.findings)
    for d in analysis.deadlines:
        assert d.status in DeadlineStatus
        assert d.end is None or d.end >= d.start
    analysis.to_dict("fr")
