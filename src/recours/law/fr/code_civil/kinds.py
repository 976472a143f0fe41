"""What each contract kind opens or closes (qualification of the contract)."""

from __future__ import annotations

from recours.dossier import ContractKind, Dossier, PartyKind

#: Kinds for which the sale remedies (délivrance conforme, garantie des vices cachés) apply.
SALE_KINDS = frozenset({ContractKind.SALE})
#: Kinds where the sale remedies are arguable (qualification debated or mixed contracts).
ARGUABLE_SALE_KINDS = frozenset({ContractKind.LICENCE, ContractKind.MIXED})
#: Services performed over time: termination works as « résiliation » (art. 1229 al. 3).
SUCCESSIVE_KINDS = frozenset({ContractKind.SAAS, ContractKind.MAINTENANCE})
#: Contrat d'entreprise (art. 1787): custom development, integration, maintenance.
WORKS_KINDS = frozenset({ContractKind.CUSTOM_DEVELOPMENT, ContractKind.INTEGRATION,
                         ContractKind.MAINTENANCE})

KIND_FR = {
    ContractKind.SALE: "vente de logiciel",
    ContractKind.LICENCE: "licence (concession du droit d'usage)",
    ContractKind.SAAS: "abonnement SaaS (prestation de services)",
    ContractKind.CUSTOM_DEVELOPMENT: "développement spécifique (contrat d'entreprise)",
    ContractKind.INTEGRATION: "intégration (contrat d'entreprise)",
    ContractKind.MAINTENANCE: "maintenance (contrat d'entreprise)",
    ContractKind.MIXED: "contrats mixtes ou interdépendants",
}
KIND_EN = {
    ContractKind.SALE: "sale of software",
    ContractKind.LICENCE: "licence (grant of a right of use)",
    ContractKind.SAAS: "SaaS subscription (services)",
    ContractKind.CUSTOM_DEVELOPMENT: "custom development (contract for works)",
    ContractKind.INTEGRATION: "integration (contract for works)",
    ContractKind.MAINTENANCE: "maintenance (contract for works)",
    ContractKind.MIXED: "mixed or interdependent contracts",
}


def sale_remedies(kind: ContractKind) -> str:
    """``yes``, ``arguable`` or ``no``: do the sale remedies apply to this kind?"""
    if kind in SALE_KINDS:
        return "yes"
    return "arguable" if kind in ARGUABLE_SALE_KINDS else "no"


def both_companies(dossier: Dossier) -> bool:
    client, vendor = dossier.client, dossier.vendor
    return (client is not None and vendor is not None and client.kind is PartyKind.COMPANY
            and vendor.kind is PartyKind.COMPANY)
