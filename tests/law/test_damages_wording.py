"""The damages assessment says « plafond … appliqué » only when a cap was quantified and
applied, and « exclusions » only when the contract excludes heads (issue 13)."""

from __future__ import annotations

from datetime import date

from recours.dossier.yamlio import loads_dossier
from recours.law import analyse

DOSSIER = """
schema_version: 1
reference: DMG-1231
title: Intégration défaillante
parties:
  - {id: client, name: Client SA, role: client, kind: company, it_professional: false}
  - {id: vendor, name: Éditeur SAS, role: vendor, kind: company, it_professional: true}
contract:
  kind: sale
  title: Vente
  concluded_on: 2024-03-01
  price: {amount: {amount: 120000, currency: EUR}, basis: one_off}
  payment_schedule:
    - {amount: {amount: 120000, currency: EUR}, due_on: 2024-03-01, paid_on: 2024-03-05}
CAP
ai_system: {name: Modèle, intended_purpose: scoring}
timeline:
  - {date: 2024-03-01, type: signature, description: signature}
  - {date: 2024-04-01, type: delivery, description: livraison}
facts: {defect_description: "x", defect_apparent_at_acceptance: false, defect_prior_to_sale: true,
        defect_renders_unfit: true, breach_serious: true}
losses:
  - {id: L1, category: loss_suffered, description: pertes, amount: {amount: 50000, currency: EUR}, date: 2024-09-30}
"""


def _assumptions(cap: str, lang: str = "fr") -> str:
    dossier = loads_dossier(DOSSIER.replace("CAP", cap).encode())
    found = {f.rule: f for f in analyse(dossier, date(2025, 1, 10)).findings}
    assessment = found["fr.civil.1231-2"].assessment
    return " ".join(a.render(lang) for a in assessment.assumptions)  # type: ignore[arg-type]


def test_no_cap_no_cap_applied() -> None:
    text = _assumptions("")
    assert "plafond" not in text.lower() and "exclusions" not in text
    assert "cap" not in _assumptions("", "en").lower()


def test_unquantifiable_cap_is_not_said_applied() -> None:
    text = _assumptions("  liability_cap: {formula: un montant à convenir}")
    assert "appliqué" not in text.split("Plafond contractuel non chiffrable")[0]
    assert "non chiffrable" in text


def test_quantified_cap_is_said_applied() -> None:
    text = _assumptions("  liability_cap: {amount: {amount: 30000, currency: EUR}, "
                        "excludes: [indirect]}")
    assert "plafond et exclusions contractuels appliqués" in text


def test_exclusions_without_cap_amount() -> None:
    text = _assumptions("  liability_cap: {formula: un montant à convenir, excludes: [indirect]}")
    assert "exclusions contractuelles appliquées" in text
    assert "plafond et exclusions" not in text
