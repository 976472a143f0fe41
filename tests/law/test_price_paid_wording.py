"""The buyer's choice of art. 1644 names the price paid from the payment schedule, and never
prints « 0,00 € payés » when no payment is dated in the case file."""

from __future__ import annotations

from datetime import date

from recours.dossier.yamlio import loads_dossier
from recours.law import analyse

SALE = """
schema_version: 1
reference: SALE-1644
title: Vente d'un logiciel défectueux
parties:
  - {id: client, name: Client SA, role: client, kind: company, it_professional: false}
  - {id: vendor, name: Éditeur SAS, role: vendor, kind: company, it_professional: true}
contract:
  kind: sale
  title: Vente
  concluded_on: 2024-03-01
  price: {amount: {amount: 120000, currency: EUR}, basis: one_off}
SCHEDULE
ai_system: {name: Modèle, intended_purpose: scoring}
timeline:
  - {date: 2024-03-01, type: signature, description: signature}
  - {date: 2024-04-01, type: delivery, description: livraison}
  - {date: 2024-10-01, type: defect_discovery, description: défaut découvert}
facts: {defect_description: "x", defect_apparent_at_acceptance: false,
        defect_prior_to_sale: true, defect_renders_unfit: true}
"""


def _choice(schedule: str, lang: str = "fr") -> str:
    dossier = loads_dossier(SALE.replace("SCHEDULE", schedule).encode())
    found = {f.rule: f for f in analyse(dossier, date(2025, 1, 10)).findings}
    return found["fr.civil.1644"].conclusion.render(lang)  # type: ignore[arg-type]


def test_a_dated_payment_is_named() -> None:
    text = _choice("  payment_schedule:\n    - {amount: {amount: 120000, currency: EUR}, "
                   "due_on: 2024-03-01, paid_on: 2024-03-05}")
    assert "120 000,00 € payés" in text.replace("\u202f", " ").replace("\u00a0", " ")


def test_no_dated_payment_is_never_zero_paid() -> None:
    text = _choice("")
    assert "0,00" not in text and "aucun paiement n'est daté au dossier" in text
    assert "0.00" not in _choice("", "en") and "no payment is dated" in _choice("", "en")
