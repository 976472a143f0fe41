"""Clause kinds (with negations and carve-outs), values and structure on short texts."""

from __future__ import annotations

import pytest

from recours.contract.analysis import analyse_text
from recours.contract.model import ContractText
from recours.contract.reading import read_contract_bytes
from recours.contract.structure import build_structure
from recours.errors import ContractReadError

HEAD = "Contrat entre le Client et le Prestataire.\n\n"


def analyse(body: str, name: str = "c.md"):
    contract: ContractText = read_contract_bytes((HEAD + body).encode(), name)
    return analyse_text(contract, check_contract=False)


@pytest.mark.parametrize(
    ("text", "kind", "present"),
    [
        ("Aucune pénalité ne sera due par le Prestataire en cas de retard.", "penalties", False),
        ("Tout retard donne lieu à une pénalité de 100 euros par jour.", "penalties", True),
        ("No service credits shall be payable.", "penalties", False),
        ("Les délais sont indicatifs, sauf cas de force majeure.", "force_majeure", False),
        ("Aucune partie n'est responsable d'un cas de force majeure.", "force_majeure", True),
        (
            "Les parties conviennent de ne pas plafonner la responsabilité du Prestataire.",
            "liability_cap",
            False,
        ),
        ("La responsabilité du Prestataire est plafonnée à 10 000 euros.", "liability_cap", True),
        (
            "Nothing in this Agreement limits or excludes liability for fraud.",
            "liability_exclusion",
            False,
        ),
        ("Neither party shall be liable for any indirect loss.", "liability_exclusion", True),
        ("Le Logiciel est fourni en l'état.", "warranty_exclusion", True),
        ("Neither party shall be entitled to audit the other.", "audit_rights", False),
        ("Voir notre politique de confidentialité.", "confidentiality", False),
        (
            "Le Prestataire est le fournisseur du système ; le Client en est le déployeur.",
            "ai_act_roles",
            True,
        ),
    ],
)
def test_kind_negations(text: str, kind: str, present: bool) -> None:
    analysis = analyse(text)
    assert analysis.present[kind] is present
    for detection in analysis.passages(kind):
        assert detection.reason and detection.passage.text in analysis.contract.text


def test_carve_outs_and_cap_formula() -> None:
    analysis = analyse(
        "## Article 9 – Responsabilité\n\n"
        "9.1 La responsabilité du Prestataire est limitée au montant des sommes versées au cours "
        "des douze derniers mois.\n\n9.2 Le Prestataire ne répond pas des dommages indirects, "
        "ni des pertes de données.\n\n9.3 Ces limitations ne s'appliquent pas en cas de faute "
        "lourde ou de dol.\n"
    )
    values = analysis.values
    assert values.liability_cap is not None and values.liability_cap["months_of_fees"] == 12
    assert values.liability_exclusions == ["indirect", "data_loss"]
    assert values.carve_outs == ["gross_fault", "wilful_misconduct"]
    cap = analysis.passages("liability_cap")[0]
    assert cap.section == "art. 9.1" and cap.passage.page == 1


def test_english_values() -> None:
    analysis = analyse(
        "The Supplier's aggregate liability shall not exceed two times the annual fees. "
        "The Service shall be available 99.9% of each calendar month. The Supplier shall "
        "respond within 30 minutes and resolve incidents within 4 hours. The model shall achieve "
        "a recall of at least 0.85 on the Reference Dataset. The 95th percentile latency shall "
        "be below 250 ms. This Agreement is governed by the laws of Ireland and the courts of "
        "Dublin have jurisdiction.",
        "c.txt",
    )
    v = analysis.values
    assert v.liability_cap == {"fees_multiple": 2.0, "formula": v.liability_cap["formula"]}
    assert (v.availability, v.sla_window, v.response_hours, v.resolution_hours) == (
        0.999,
        "monthly",
        0.5,
        4,
    )
    found = {(c.metric, c.comparator, c.threshold) for c in v.commitments}
    assert found == {
        ("recall", ">=", 0.85),
        ("latency_p95", "<", 250.0),
        ("availability", ">=", 0.999),
    }
    assert (v.governing_law, v.jurisdiction) == ("IE", "dublin")


def test_structure_articles_annexes_definitions_refs() -> None:
    text = (
        "# Contrat\n\nArticle 1 – Définitions\n\n« Solution » désigne le service.\n\n"
        "Article 12 – Responsabilité\n\n12.3 Voir l'article 4 et l'annexe 2.\n\n"
        "I. Dispositions finales\n\nAnnexe 2 – Niveaux de service\n\n2.1 Disponibilité.\n"
    )
    contract = read_contract_bytes(text.encode(), "c.md")
    structure = build_structure(contract)
    units = [(s.kind, s.number, s.title) for s in structure.sections]
    assert ("article", "12", "Responsabilité") in units
    assert ("clause", "12.3", "Responsabilité") in units
    assert ("section", "I", "Dispositions finales") in units
    assert ("annex", "2", "Niveaux de service") in units
    annexed = next(s for s in structure.sections if s.number == "2.1")
    assert annexed.label == "Annexe 2, art. 2.1"
    assert [d.term for d in structure.definitions] == ["Solution"]
    assert {r.target for r in structure.cross_refs} == {"4", "2"}


def test_not_a_contract() -> None:
    recipe = "Recette de la tarte aux pommes.\n\nÉplucher les pommes, les couper, cuire 30 minutes."
    with pytest.raises(ContractReadError) as exc:
        analyse_text(read_contract_bytes(recipe.encode(), "tarte.txt"))
    assert "contrat" in exc.value.render("fr")
