"""Analyse a snippet of contract text (a heading line and one or more clauses) for the
wording-family tests."""

from __future__ import annotations

from recours.contract.analysis import ContractAnalysis, analyse_text
from recours.contract.reading import read_contract_bytes
from recours.contract.values import ContractValues

HEAD = "Contrat entre le Client et le Prestataire.\n\n"
HEAD_EN = "Agreement between the Customer and the Supplier.\n\n"


def analyse_snippet(body: str, head: str = HEAD) -> ContractAnalysis:
    return analyse_text(read_contract_bytes((head + body).encode(), "c.md"),
                        check_contract=False)


def present(body: str, kind: str, head: str = HEAD) -> bool:
    return bool(analyse_snippet(body, head).present[kind])


def values(body: str, head: str = HEAD) -> ContractValues:
    result: ContractValues = analyse_snippet(body, head).values
    return result
