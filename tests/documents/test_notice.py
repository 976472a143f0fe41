"""The formal notice: mandatory elements, termination statement, interest, sending mode."""

from __future__ import annotations

from datetime import date

import pytest

from recours.documents import NoticeOptions
from recours.dossier import Dossier, Exhibit, ExhibitKind, Verdict
from recours.errors import DocumentRefused
from tests.documents.conftest import build


def _refusal(dossier: Dossier, **options: object) -> DocumentRefused:
    with pytest.raises(DocumentRefused) as info:
        build(dossier, "mise-en-demeure", notice=NoticeOptions(**options))  # type: ignore[arg-type]
    return info.value


def test_complete_dossier_gives_a_notice_with_every_mandatory_element(dossier: Dossier) -> None:
    text = build(dossier, "mise-en-demeure").plain_text()
    for expected in (
        "ScoreSoft SAS",
        "À l'attention du Président, Monsieur\u00a0Julien\u00a0Ferrand",  # name kept whole
        "5 quai Perrache",
        "conclu le 3 mars 2025",
        "Le Système détectera au moins 70 %",
        "58,1\u00a0%",
        "manquement établi",
        "dans un délai de 30 jours à compter de la réception",
        "notre cliente sera en droit de résilier le contrat pour l'avenir",  # 36-month licence
        "clause résolutoire stipulée à l'article 16 du contrat",  # named: art. 1225 al. 2
        "se réserve tous autres droits et actions",
        "lettre recommandée avec demande d'avis de réception",
    ):
        assert expected in text, expected
    # no sum of money is demanded: no interest on "any sum due" (art. 1231-6 is for money debts)
    assert "intérêts au taux légal" not in text


def test_notice_cites_1225_1226_1231_6_and_1344(dossier: Dossier) -> None:
    doc = build(dossier, "mise-en-demeure")
    cited = set(doc.citations())
    assert {
        "fr.civil.1103",
        "fr.civil.1217",
        "fr.civil.1344",
        "fr.civil.1225",
    } <= cited
    assert "fr.civil.1231-6" not in cited
    assert doc.citations()[0] == "fr.civil.1103"
    assert "C. civ., art. 1226 : «" in doc.plain_text()  # cited with 1225 in one note


def test_missing_addressee_address_and_representative_are_named(dossier: Dossier) -> None:
    vendor = dossier.vendor
    assert vendor is not None
    vendor.address = None
    vendor.representative = None
    error = _refusal(dossier)
    assert "the addressee's address" in error.render("en")
    assert "the addressee's representative" in error.render("en")
    assert "l'adresse du destinataire" in error.render("fr")
    assert error.details["missing"] == ["the addressee's address", "the addressee's representative"]


def test_no_breach_established_and_no_piece_is_refused(dossier: Dossier) -> None:
    for result in dossier.evidence_runs[0].results:
        result.verdict = Verdict.INCONCLUSIVE
    error = _refusal(dossier)
    assert "proof of a breach" in error.render("en")
    assert "la preuve d'un manquement" in error.render("fr")
    assert "supports: [non_conformity]" in error.render("fr")  # how to fix it


def test_no_evidence_run_nor_piece_is_refused_and_says_how_to_fix(dossier: Dossier) -> None:
    dossier.evidence_runs = []
    error = _refusal(dossier)
    assert "proof of a breach" in error.render("en")
    assert "recours evidence run" in error.render("fr")
    assert "exhibits" in error.render("fr")


def test_a_piece_makes_the_notice_pleadable_without_a_run(dossier: Dossier) -> None:
    dossier.evidence_runs = []
    dossier.exhibits = [Exhibit(id="P4", kind=ExhibitKind.EXPERT_REPORT_PRIVATE,
                                title="Rapport d'expertise amiable du cabinet Delta",
                                date=date(2026, 10, 2),
                                supports=["non_conformity", "commitments.C1"])]
    text = build(dossier, "mise-en-demeure").plain_text().replace("\u00a0", " ")
    assert "pièce P4 : rapport d'expertise amiable du cabinet Delta, du 2 octobre 2026" in text
    assert "Le Système détectera au moins 70 %" in text  # the commitment the pièce names
    assert "campagne de mesure" not in text and "Pièce jointe" in text


def test_no_delay_anywhere_is_refused(dossier: Dossier) -> None:
    dossier.contract.cure_period_days = None
    assert dossier.analysis is not None
    dossier.analysis.data.pop("notice_delay_days")
    assert "the delay granted" in _refusal(dossier).render("en")
    # an explicit delay repairs it
    text = build(dossier, "mise-en-demeure", notice=NoticeOptions(delay_days=15)).plain_text()
    assert "dans un délai de 15 jours" in text


def test_delay_shorter_than_the_contract_is_refused(dossier: Dossier) -> None:
    error = _refusal(dossier, delay_days=8)
    assert "at least equal to the contractual 30 days" in error.render("en")


def test_no_signatory_is_refused(dossier: Dossier) -> None:
    client = dossier.client
    assert client is not None
    client.counsel = None
    client.representative = None
    assert "the signatory" in _refusal(dossier).render("en")


def test_without_counsel_the_client_signs(dossier: Dossier) -> None:
    client = dossier.client
    assert client is not None
    client.counsel = None
    doc = build(dossier, "mise-en-demeure")
    text = doc.plain_text()
    assert "La société Banque Horizon SA" in text and "Marie Durand" in text
    assert "Nous intervenons en qualité de conseil" not in text


def test_termination_statement_can_be_left_out(dossier: Dossier) -> None:
    doc = build(dossier, "mise-en-demeure", notice=NoticeOptions(terminate=False))
    assert "sera en droit de résoudre le contrat" not in doc.plain_text()
    assert "fr.civil.1225" not in doc.citations()


def test_contract_sending_mode_and_custom_mode(dossier: Dossier) -> None:
    dossier.contract.formal_notice_mode = "acte de commissaire de justice"
    assert (
        "adressée par acte de commissaire de justice"
        in build(dossier, "mise-en-demeure").plain_text()
    )
    text = build(
        dossier,
        "mise-en-demeure",
        notice=NoticeOptions(sending_mode="courriel avec accusé de lecture"),
    ).plain_text()
    assert "courriel avec accusé de lecture" in text


def test_english_notice(dossier: Dossier) -> None:
    text = build(dossier, "mise-en-demeure", "en").plain_text()
    assert "we hereby give you formal notice" in text
    assert "within 30 days of receipt" in text
    assert "€480,000.00 excl. VAT" in text
    assert "our client will be entitled to terminate the contract" in text


def test_documented_incidents_are_pleaded_beside_the_measured_breaches(dossier: Dossier) -> None:
    """Half of the grievance must not vanish: an outage the tickets document is pleaded with the
    breaches the run measured."""
    from recours.dossier import Event, EventType

    dossier.timeline.append(Event(date=date(2026, 2, 9), type=EventType.INCIDENT,
                                  description="Indisponibilité de 6 heures (ticket INC-77)",
                                  by=dossier.vendor.id if dossier.vendor else None))
    dossier.exhibits = [Exhibit(id="P7", kind=ExhibitKind.INCIDENT_LOG,
                                title="Tickets d'incident INC-77", supports=["timeline.incident"])]
    text = build(dossier, "mise-en-demeure").plain_text().replace("\u00a0", " ")
    assert "58,1 %" in text and "manquement établi" in text  # the run's breach
    assert "le 9 février 2026 : indisponibilité de 6 heures (ticket INC-77)." in text
    assert "Les incidents suivants sont documentés (pièce P7)" in text
    assert "rapport de conformité de la campagne de mesure" in text and "pièce P7" in text
