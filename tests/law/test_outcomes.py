"""What the engine predicts on the points courts decide (recours.law.outcomes): the scope of
each time bar, liability decided in principle, and the notice a court claim makes needless."""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.law.conftest import build

from recours.law import analyse
from recours.law.engine import Status
from recours.law.outcomes import predict

MEASURED_BREACH = {"evidence": "breach", "evidence_at": "2024-09-01T10:00:00"}
HIDDEN = {"defect_description": "erreurs de scoring", "defect_apparent_at_acceptance": False,
          "defect_prior_to_sale": True, "defect_renders_unfit": True}


def _predict(case: dict[str, Any], on: date) -> dict[str, Any]:
    return predict(analyse(build(case), on))


def test_expired_1648_closes_the_warranty_only() -> None:
    # discovery in Sept. 2024: art. 1648 has run by Nov. 2026; 2224 (five years) has not
    case = {**MEASURED_BREACH, "facts": HIDDEN, "events": [[date(2024, 9, 2), "defect_discovery"]]}
    analysis = analyse(build(case), date(2026, 11, 10))
    expired = {d.id for d in analysis.deadlines if str(d.status) == "expired"}
    assert "fr.civil.1648" in expired and "fr.civil.2224" not in expired
    got = predict(analysis)
    assert got["time_barred"] is False
    assert got["winner"] == "client"  # the conformity ground (1603) stays open


def test_expired_2224_bars_every_contractual_action() -> None:
    case = {**MEASURED_BREACH, "facts": HIDDEN, "events": [[date(2024, 9, 2), "defect_discovery"]]}
    got = _predict(case, date(2029, 11, 10))
    assert got["time_barred"] is True
    assert got["winner"] == "vendor"


def test_liability_in_principle_when_only_the_quantum_is_missing() -> None:
    # breach established by admission, no losses quantified, no notice: a court decides
    # liability and sets the amount itself; the claim in court is an interpellation
    case = {"base": "saas", "facts": {"defect_description": "indisponibilités"},
            "patch": {"proof": [{"fact": "non_conformity", "status": "established",
                                 "basis": "admission"}]}}
    analysis = analyse(build(case), date(2025, 6, 10))
    liability = next(f for f in analysis.findings if f.rule == "fr.civil.1231-1")
    assert liability.status is Status.PARTIAL
    assert {m.path for m in liability.missing} <= {"losses", "facts.causation_established",
                                                  "timeline[formal_notice_sent]"}
    assert predict(analysis)["winner"] == "client"


def test_an_alleged_breach_does_not_win() -> None:
    case = {"base": "saas", "facts": {"defect_description": "indisponibilités"}}
    assert _predict(case, date(2025, 6, 10))["winner"] == "vendor"


def _termination_missing(events: list[dict[str, Any]]) -> set[str]:
    case = {"facts": {"effective_setup_achieved": False, "defect_description": "jamais au point"},
            "events": events}
    analysis = analyse(build(case), date(2025, 1, 10))
    finding = next(f for f in analysis.findings if f.rule == "fr.civil.1224")
    return {m.path for m in finding.missing}


NOTICE = {"date": date(2024, 9, 1), "type": "formal_notice_sent", "description": "mise en "
          "demeure", "by": "client", "to": "vendor"}


def test_unilateral_termination_needs_the_notice_to_mention_the_right() -> None:
    assert "facts.notice_mentions_termination" in _termination_missing([NOTICE])


def test_termination_asked_of_the_court_needs_no_such_mention() -> None:
    claim = {"date": date(2024, 11, 1), "type": "legal_action", "description": "assignation",
             "by": "client"}
    assert "facts.notice_mentions_termination" not in _termination_missing([NOTICE, claim])


ADVICE_BREACH = {"vendor_knew_client_purpose": True, "vendor_warned_of_limits": False,
                 "defect_description": "système inadapté à l'usage connu du fournisseur"}


def test_a_breach_of_the_duty_of_advice_wins_on_its_own() -> None:
    assert _predict({"facts": ADVICE_BREACH}, date(2025, 1, 10))["winner"] == "client"


def test_the_clients_own_failure_to_collaborate_still_carries_it() -> None:
    facts = {**ADVICE_BREACH, "client_needs_expressed": False}
    patch = {"parties": [{"id": "client", "name": "Client SA", "role": "client",
                          "kind": "company", "it_professional": True},
                         {"id": "vendor", "name": "Éditeur SAS", "role": "vendor",
                          "kind": "company", "it_professional": True}]}
    got = _predict({"facts": facts, "patch": patch}, date(2025, 1, 10))
    assert got["collaboration_failure"] is True and got["winner"] == "vendor"


FORMER_LICENCE = {"patch": {"contract": {"concluded_on": "2014-01-15"},
                            "timeline": [{"date": "2014-03-01", "type": "delivery",
                                          "description": "livraison"}]}}


def test_an_excusable_mistake_on_the_substance_voids_the_contract() -> None:
    # former art. 1110: nullity, restitution — the client wins whatever the performance
    case = {**FORMER_LICENCE, "facts": {"mistake_on_substance": True,
                                        "client_legitimately_unaware": True}}
    assert _predict(case, date(2016, 6, 1))["winner"] == "client"


def test_a_bare_claim_of_mistake_does_not_win() -> None:
    # excusability not shown (art. 1132 wrote the criterion down): the question stays open
    case = {**FORMER_LICENCE, "facts": {"mistake_on_substance": True}}
    assert _predict(case, date(2016, 6, 1))["winner"] == "vendor"


NEVER_PERFORMED = {"events": [[date(2024, 6, 3), "acceptance"],
                              [date(2024, 9, 1), "formal_notice_sent"],
                              [date(2024, 10, 15), "termination"]],
                   "facts": {"obligations_not_performed": ["référencement du site"],
                             "notice_mentions_termination": True}}


def test_an_obligation_the_vendor_does_not_prove_it_performed_wins() -> None:
    # art. 1353 al. 2: the termination is met on the facts, the client wins
    got = _predict(NEVER_PERFORMED, date(2025, 1, 10))
    assert got["termination_justified"] is True and got["winner"] == "client"


def test_the_vendors_proof_of_performance_reverses_it() -> None:
    case = {**NEVER_PERFORMED, "patch": {"proof": [{
        "fact": "facts.obligations_not_performed", "status": "contested",
        "contested_by": "vendor"}]}}
    assert _predict(case, date(2025, 1, 10))["winner"] == "vendor"


def test_a_termination_clause_alone_proves_no_breach() -> None:
    case = {"base": "saas", "facts": {"termination_clause": True,
                                      "defect_description": "lenteurs alléguées"}}
    got = _predict(case, date(2025, 6, 10))
    assert got["termination_justified"] is not True and got["winner"] == "vendor"
