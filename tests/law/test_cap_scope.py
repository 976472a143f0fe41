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
