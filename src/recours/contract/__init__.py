"""Contract analysis: read an AI contract, find its clauses and commitments, flag gaps and risks.

Public API::

    text = read_contract("contrat.pdf")          # or read_contract_bytes(data, name)
    analysis = analyse_text(text)                # or analyse_file("contrat.pdf")
    checklist = review(analysis)                 # MCC-AI checklist, risk flags, model clauses
    data = to_data(analysis, checklist)          # JSON-ready form (what the CLI prints as JSON)
    import_analysis(analysis, "dossier.yaml")    # clauses and commitments into a dossier
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from recours.contract.analysis import ContractAnalysis, analyse_file, analyse_text
    from recours.contract.dossier_import import ImportReport, import_analysis
    from recours.contract.model import ContractText
    from recours.contract.reading import read_contract, read_contract_bytes
    from recours.contract.render import to_data, to_html, to_json, to_markdown
    from recours.contract.review import ContractReview, review

# each name loaded from its module when first asked for: analysing a contract does not load the
# dossier models (dossier_import), reading one does not load the rules
_WHERE = {
    "ContractAnalysis": "analysis", "analyse_file": "analysis", "analyse_text": "analysis",
    "ImportReport": "dossier_import", "import_analysis": "dossier_import",
    "ContractText": "model", "read_contract": "reading", "read_contract_bytes": "reading",
    "to_data": "render", "to_html": "render", "to_json": "render", "to_markdown": "render",
    "ContractReview": "review", "review": "review",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'recours.contract' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"recours.contract.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "ContractAnalysis",
    "ContractReview",
    "ContractText",
    "ImportReport",
    "analyse_file",
    "analyse_text",
    "import_analysis",
    "read_contract",
    "read_contract_bytes",
    "review",
    "to_data",
    "to_html",
    "to_json",
    "to_markdown",
]
