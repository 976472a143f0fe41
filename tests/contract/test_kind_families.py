"""Wording families of the clause kinds (round 6): each family has sentences that do the clause
and sentences that only mention the idea, none copied from the corpus."""

from __future__ import annotations

import pytest

from recours.contract.analysis import analyse_text
from recours.contract.model import ContractText
from recours.contract.reading import read_contract_bytes
from recours.contract.values import ContractValues

HEAD = "Contrat entre le Client et le Prestataire.\n\n"


def analyse(body: str):  # type: ignore[no-untyped-def]
    contract: ContractText = read_contract_bytes((HEAD + body).encode(), "c.md")
    return analyse_text(contract, check_contract=False)


FAMILIES: list[tuple[str, str, bool]] = [
    # warranty_exclusion: « tel quel », « aucun engagement quant à l'adéquation », "gives no
    # warranty", capitals, "without warranty of any kind"
    ("warranty_exclusion", "Le logiciel est livré tel quel, sans autre engagement.", True),
    (
        "warranty_exclusion",
        "La plateforme est mise à disposition dans l'état où elle se trouve.",
        True,
    ),
    (
        "warranty_exclusion",
        "L'éditeur ne prend aucun engagement quant à l'aptitude de l'outil à un usage donné.",
        True,
    ),
    ("warranty_exclusion", "Le Concédant n'accorde aucune autre garantie.", True),
    (
        "warranty_exclusion",
        "THE VENDOR PROVIDES NO WARRANTY OF FITNESS FOR A PARTICULAR PURPOSE.",
        True,
    ),
    ("warranty_exclusion", "The data feed is supplied without warranty of any kind.", True),
    ("warranty_exclusion", "The Supplier does not warrant that the forecasts will be exact.", True),
    ("warranty_exclusion", "Les exports sont générés tels quels au format CSV.", False),
    (
        "warranty_exclusion",
        "The implied warranty of merchantability is not excluded by this Agreement.",
        False,
    ),
    # liability_cap written on the damages, not on « la responsabilité »
    (
        "liability_cap",
        "L'indemnisation due au Client ne pourra en aucun cas excéder le prix annuel.",
        True,
    ),
    (
        "liability_cap",
        "Le total des dommages-intérêts dus par l'éditeur est plafonné à 50 000 euros.",
        True,
    ),
    ("liability_cap", "Damages recoverable from the Vendor shall not exceed USD 80,000.", True),
    (
        "liability_cap",
        "In no event shall the Licensor be liable for more than the fees paid.",
        True,
    ),
    ("liability_cap", "Le montant des dommages et intérêts n'est pas plafonné.", False),
    ("liability_cap", "Le Client peut réclamer des dommages et intérêts.", False),
    # liability_exclusion: "responsible" as well as "liable"
    (
        "liability_exclusion",
        "The Vendor is not responsible for any consequential loss suffered by users.",
        True,
    ),
    ("liability_exclusion", "The Vendor is responsible for any loss it causes.", False),
    # performance: correctly read, a share actually positive, postfix comparators
    (
        "performance_commitment",
        "Au moins 93 % des documents sont correctement classés par l'outil.",
        True,
    ),
    (
        "performance_commitment",
        "Among the alerts raised, the share of cases that are actually fraudulent is 60% at least.",
        True,
    ),
    (
        "performance_commitment",
        "La proportion de factures au format PDF est d'environ 80 %.",
        False,
    ),
    # audit_rights: inspection on site, records, books
    (
        "audit_rights",
        "L'acheteur se réserve le droit de contrôler sur place les installations du titulaire.",
        True,
    ),
    ("audit_rights", "The Customer may examine the Vendor's books once a year.", True),
    ("audit_rights", "Les contrôles sur site sont annoncés huit jours à l'avance.", True),
    ("audit_rights", "The Customer may inspect each delivery on receipt.", False),
    (
        "audit_rights",
        "Le Client ne pourra en aucun cas faire vérifier les locaux du Prestataire.",
        False,
    ),
    # termination: other ways of ending the contract
    ("termination", "Either party may put an end to this contract on ninety days' notice.", True),
    ("termination", "The Customer may cancel the subscription at any time.", True),
    ("termination", "Le Client peut mettre un terme au contrat en cas de manquement grave.", True),
    ("termination", "Le Client ne peut pas mettre fin au contrat avant un an.", False),
    ("termination", "The Licence may not be terminated for convenience.", False),
    # human_oversight: named professionals, manual fallback, no decision alone
    (
        "human_oversight",
        "Each score is checked and corrected by the underwriter before any decision.",
        True,
    ),
    ("human_oversight", "Chaque alerte est validée par le régulateur de garde.", True),
    (
        "human_oversight",
        "The dispatcher can switch off the automated routing and revert to manual dispatch.",
        True,
    ),
    ("human_oversight", "Le logiciel ne peut jamais refuser un dossier de lui-même.", True),
    ("human_oversight", "Invoices are checked by the Supplier before they are sent.", False),
    ("human_oversight", "Le Prestataire peut suspendre le service pour maintenance.", False),
    # logging: timestamps, recording every decision
    ("logging", "L'outil horodate chaque recommandation émise.", True),
    (
        "logging",
        "The platform automatically stores every prediction together with its inputs.",
        True,
    ),
    ("logging", "Le système enregistre toutes les décisions de refus pendant cinq ans.", True),
    ("logging", "The Customer records its orders by email.", False),
    ("logging", "Le Prestataire ne conserve aucune trace des requêtes.", False),
    # transparency: people told that an AI is at work
    (
        "transparency",
        "The bank shall tell applicants that an automated system scores their file.",
        True,
    ),
    (
        "transparency",
        "La mairie avise les usagers qu'un agent conversationnel répond à leurs questions.",
        True,
    ),
    (
        "transparency",
        "The Supplier shall inform the Customer of any update to the AI system.",
        False,
    ),
    # confidentiality: secret, in confidence
    ("confidentiality", "Les parties tiennent secrètes les conditions financières.", True),
    ("confidentiality", "Each party will treat the other's pricing as secret.", True),
    ("confidentiality", "Les données publiées en open data ne sont pas confidentielles.", False),
    # insurance: insurer, cover
    (
        "insurance",
        "The Contractor shall keep professional indemnity cover with an insurer of good standing.",
        True,
    ),
    ("insurance", "Neither party is required to maintain insurance.", False),
    # governing law: construed, interpreted
    (
        "governing_law",
        "This Agreement shall be interpreted in accordance with the laws of Belgium.",
        True,
    ),
    ("governing_law", "Le contrat est interprété conformément au droit luxembourgeois.", True),
    ("governing_law", "Each party shall comply with the laws of France.", False),
    # ip_ownership: holders, acquirers; nothing granted
    (
        "ip_ownership",
        "L'acheteur acquiert l'ensemble des droits d'exploitation sur les développements.",
        True,
    ),
    ("ip_ownership", "The Contractor holds all rights in the pre-existing tools.", True),
    (
        "ip_ownership",
        "No right in any trade mark, patent or other intellectual property is granted hereunder.",
        False,
    ),
    (
        "ip_ownership",
        "Aucune licence de propriété intellectuelle n'est concédée par le présent accord.",
        False,
    ),
    # reversibility: at the end, data handed over; to a new contractor
    (
        "reversibility",
        "Au terme du contrat, l'éditeur remet au Client les modèles entraînés et leurs données.",
        True,
    ),
    (
        "reversibility",
        "Upon expiry, the Supplier shall hand the annotated datasets over to the Customer.",
        True,
    ),
    (
        "reversibility",
        "Le titulaire assure le transfert des connaissances au nouveau prestataire.",
        True,
    ),
    ("reversibility", "Upon termination, the Customer shall pay all outstanding invoices.", False),
    ("reversibility", "Upon termination, the Supplier shall delete all Customer Data.", False),
    # an amendment that leaves other stipulations unchanged sets none of them
    (
        "service_levels",
        "The provisions of the Agreement on service levels and penalties remain unchanged.",
        False,
    ),
    (
        "penalties",
        "Les dispositions du marché relatives aux pénalités ne sont pas modifiées.",
        False,
    ),
]


@pytest.mark.parametrize(("kind", "text", "present"), FAMILIES)
def test_family(kind: str, text: str, present: bool) -> None:
    analysis = analyse(text)
    assert analysis.present[kind] is present, [d.reason for d in analysis.passages(kind)]


def values(text: str) -> ContractValues:
    result: ContractValues = analyse(text).values
    return result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The error rate shall be 5% or lower on the test set.", ("error_rate", "<=", 0.05)),
        ("La précision est de 88 % au minimum sur le jeu de test.", ("precision", ">=", 0.88)),
        (
            "La part des dossiers retenus qui sont effectivement éligibles est d'au moins 70 %.",
            ("precision", ">=", 0.7),
        ),
        (
            "The percentage of fields correctly extracted shall be at least 97%.",
            ("accuracy", ">=", 0.97),
        ),
    ],
)
def test_commitment_families(text: str, expected: tuple[str, str, float]) -> None:
    found = [(c.metric, c.comparator, c.threshold) for c in values(text).commitments]
    assert found == [expected]


def test_damages_cap_in_months_of_fees() -> None:
    found = values(
        "Le montant total de l'indemnisation est limité aux sommes versées au titre des trois "
        "derniers mois."
    )
    assert found.liability_cap is not None and found.liability_cap["months_of_fees"] == 3


def test_courts_sitting_in_a_city_and_possessive_roles() -> None:
    found = values(
        "This Agreement is governed by Dutch law and the courts sitting in Utrecht have "
        "jurisdiction. Under Regulation (EU) 2024/1689 the Vendor is the provider and the "
        "Customer is its deployer."
    )
    assert found.jurisdiction == "utrecht"
    assert found.ai_act_roles == {"vendor": "provider", "client": "deployer"}


def test_term_in_force_for() -> None:
    assert values("This Agreement remains in force for thirty-six (36) months.").term == "36m"


def _labels(body: str) -> dict[str, str]:
    contract = read_contract_bytes((HEAD + body).encode(), "c.md")
    structure = analyse_text(contract, check_contract=False).structure
    return {s.number: s.label for s in structure.sections if s.number}


def test_annex_list_item_is_not_an_annex() -> None:
    labels = _labels(
        "Article 3 – Documents contractuels\n\n3.1 Le contrat comprend les annexes suivantes :\n\n"
        "Annexe 1 – Tarifs\n\nArticle 4 – Prix\n\n4.1 Le prix est de 1 000 euros.\n\n"
        "Annexe 1 – Tarifs\n\n1.1 La journée de conseil est facturée 900 euros.\n"
    )
    assert labels["4.1"] == "art. 4.1"
    assert labels["1.1"] == "Annexe 1, art. 1.1"


def test_trailing_bullets_and_amounts_are_not_headings() -> None:
    labels = _labels(
        "Article 3 – Documents\n\n3.1 Les annexes suivantes :\n\n"
        "Annexe 2 – Tarifs des prestations. • • • •\n\n12 000,00 € HT, payables à la commande\n\n"
        "3.2 Le bon de commande prévaut.\n"
    )
    assert "12" not in labels and "2" not in labels
    assert labels["3.2"] == "art. 3.2"


def test_logistics_pdf_article_13_outside_annex() -> None:
    from pathlib import Path

    from recours.contract.reading import read_contract

    source = (
        Path(__file__).resolve().parents[2] / "examples/logistics-forecast/cga-previsia-demand.pdf"
    )
    if not source.exists():
        pytest.skip("example PDF not generated")
    analysis = analyse_text(read_contract(source), check_contract=False)
    labels = {s.number: s.label for s in analysis.structure.sections if s.number}
    assert labels["13.1"] == "art. 13.1"
