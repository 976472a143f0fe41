"""Contract analysis: read an AI contract, find its clauses and commitments, flag gaps and risks.

Public API::

    text = read_contract("contrat.pdf")          # or read_contract_bytes(data, name)
    analysis = analyse_text(text)                # or analyse_file("contrat.pdf")
    checklist = review(analysis)                 # MCC-AI checklist, risk flags, model clauses
    data = to_data(analysis, checklist)          # JSON-ready form (what the CLI prints as JSON)
    import_analysis(analysis, "dossier.yaml")    # clauses and commitments into a dossier
"""

from recours.contract.analysis import ContractAnalysis, analyse_file, analyse_text
from recours.contract.dossier_import import ImportReport, import_analysis
from recours.contract.model import ContractText
from recours.contract.reading import read_contract, read_contract_bytes
from recours.contract.render import to_data, to_html, to_json, to_markdown
from recours.contract.review import ContractReview, review

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
