"""Unfair terms in a consumer contract (C. consom. L212-1; black list R212-1, 6° only found).

A clause capping or excluding the professional's liability « supprime ou réduit le droit à
réparation du préjudice subi par le consommateur » (R212-1, 6°): irrefutably unfair. The
sanction (« réputée non écrite ») is in L241-1, which was NOT retrieved.
"""

from __future__ import annotations

from dataclasses import dataclass

from recours.dossier import Dossier


@dataclass(frozen=True)
class UnfairTerm:
    clause: str
    black_listed: bool
    facts: dict[str, object]
    citations: tuple[str, ...]


def unfair_terms(d: Dossier) -> list[UnfairTerm]:
    c = d.contract
    found: list[UnfairTerm] = []
    if c.liability_cap is not None:
        label = c.liability_cap.clause or "liability_cap"
        found.append(UnfairTerm(label, True, {"contract.liability_cap": label},
                                ("fr.consommation.L212-1", "fr.consommation.R212-1")))
    if c.warranty_exclusion:
        found.append(UnfairTerm("warranty_exclusion", True, {"contract.warranty_exclusion": True},
                                ("fr.consommation.L212-1", "fr.consommation.R212-1")))
    return found
