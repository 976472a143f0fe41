"""The scope of a liability cap (``contract.liability_cap.covers``): old dossiers without it
load unchanged, a wrong value is refused with its place, and the engine reads it."""

from __future__ import annotations

from datetime import date

import pytest

from recours.dossier import CapScope
from recours.dossier.yamlio import loads_dossier
from recours.errors import RecoursError
from recours.law import analyse

OLD = """
schema_version: 1
reference: OLD-CAP
title: Dossier écrit avant le champ covers
parties:
  - {id: client, name: Client SA, role: client, kind: company, it_professional: false}
  - {id: vendor, name: Éditeur SAS, role: vendor, kind: company, it_professional: true}
contract:
  kind: sale
  title: Vente
  concluded_on: 2024-03-01
  liability_cap: {amount: {amount: 10000, currency: EUR}, clause: "art. 12"}
ai_system: {name: Modèle, intended_purpose: scoring}
timeline:
  - {date: 2024-03-01, type: signature, description: signature}
facts: {vendor_knew_client_purpose: true, vendor_warned_of_limits: false}
"""


def test_old_dossier_without_covers_loads_and_the_cap_stands() -> None:
    dossier = loads_dossier(OLD.encode())
    assert dossier.contract.liability_cap is not None
    assert dossier.contract.liability_cap.covers == []
    found = {f.rule: f for f in analyse(dossier, date(2025, 1, 10)).findings}
    assert found["fr.civil.1103.cap_scope"].status == "partial"
    assert not found["fr.civil.1103.liability_cap"].overridden_by


def test_covers_is_read_and_a_breach_outside_it_sets_the_cap_aside() -> None:
    dossier = loads_dossier(OLD.replace('clause: "art. 12"', 'clause: "art. 12", covers: [delay]').encode())
    assert dossier.contract.liability_cap is not None
    assert dossier.contract.liability_cap.covers == [CapScope.DELAY]
    found = {f.rule: f for f in analyse(dossier, date(2025, 1, 10)).findings}
    assert found["fr.civil.1103.liability_cap"].overridden_by == ("fr.civil.1103.cap_scope",)


def test_unknown_scope_is_refused_with_its_place() -> None:
    with pytest.raises(RecoursError) as err:
        loads_dossier(OLD.replace('clause: "art. 12"', 'clause: "art. 12", covers: [everything]').encode())
    assert "covers" in str(err.value)


SPLIT = OLD.replace('clause: "art. 12"', 'clause: "art. 12", covers: [delay]').replace(
    "facts: {vendor_knew_client_purpose: true, vendor_warned_of_limits: false}",
    """facts: {vendor_knew_client_purpose: true, vendor_warned_of_limits: false,
        client_needs_expressed: true, agreed_delivery_date: 2024-03-15, causation_established: true}
timeline:
  - {date: 2024-03-01, type: signature, description: signature}
  - {date: 2024-04-01, type: delivery, description: livraison}
  - {date: 2024-06-01, type: formal_notice_sent, description: mise en demeure, by: client, to: vendor}
losses:
  - {id: L1, category: loss_suffered, description: "décisions prises sur un conseil erroné", amount: {amount: 50000, currency: EUR}, date: 2024-05-01, justification: factures, breach: duty_of_advice}
  - {id: L2, category: extra_costs, description: "équipes mobilisées pendant le retard", amount: {amount: 30000, currency: EUR}, date: 2024-05-01, justification: factures, breach: delay}""",
).replace("timeline:\n  - {date: 2024-03-01, type: signature, description: signature}\nfacts", "facts")


def _assessment(text: str) -> object:
    found = {f.rule: f for f in analyse(loads_dossier(text.encode()), date(2025, 1, 10)).findings}
    return found["fr.civil.1231-2"].assessment


def test_a_cap_covering_only_some_breaches_caps_only_their_heads() -> None:
    """Cap of 10 000 € on delay; the duty of advice lies outside it: its 50 000 € head is
    owed in full, the 30 000 € head of the delay is capped (before: 10 000 € in all)."""
    result = _assessment(SPLIT)
    heads = {h.loss_id: h for h in result.heads}
    assert heads["L1"].capped is False and heads["L2"].capped is True
    assert result.low == 60000  # 50 000 uncapped + min(30 000, 10 000)
    assert result.high == 60000
    note = " ".join(a.render("fr") for a in result.assumptions)
    assert "Plafond partiel" in note and "L1 (" in note
    assert result.to_dict()["heads"][0]["capped"] is False


def test_with_every_breach_covered_the_cap_bounds_the_whole_damage() -> None:
    result = _assessment(SPLIT.replace("covers: [delay]", "covers: [delay, duty_of_advice]"))
    assert all(h.capped for h in result.heads)
    assert result.low == 10000


def test_a_loss_not_linked_to_a_breach_is_capped_and_the_link_asked() -> None:
    text = SPLIT.replace(", breach: duty_of_advice}", "}")
    found = {f.rule: f for f in analyse(loads_dossier(text.encode()), date(2025, 1, 10)).findings}
    result = found["fr.civil.1231-2"].assessment
    assert result.low == 10000
    assert "losses[L1].breach" in [m.path for m in found["fr.civil.1231-2"].missing]
