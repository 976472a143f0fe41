"""Memo and report: contents, and what happens without analysis or evidence."""

from __future__ import annotations

from datetime import date

import pytest

from recours.documents import LegalView, build_document, legal_view
from recours.dossier import Dossier
from recours.errors import DocumentRefused
from tests.documents.conftest import ON, build

NB = str.maketrans({"\u202f": " ", "\u00a0": " "})


def test_memo_has_every_section(dossier: Dossier) -> None:
    doc = build(dossier, "note")
    headings = [b.text for b in doc.blocks if type(b).__name__ == "Heading"]
    for expected in (
        "Synthèse",
        "Chronologie",
        "Analyse du contrat",
        "Preuves",
        "Fondements",
        "Clauses du contrat",
        "Délais",
        "Voies d'action",
        "Préjudice",
        "Plan d'action recommandé",
        "Bordereau de pièces",
    ):
        assert expected in headings, expected
    text = doc.plain_text().translate(NB)
    assert "Le vendeur soutiendra que les données" in text  # the other side's argument
    assert "La recette a-t-elle couvert le taux de détection" in text  # a missing fact
    assert "9 décembre 2030" not in text and "10 février 2031" in text  # deadline from the analysis


def test_memo_without_analysis_says_so(dossier: Dossier) -> None:
    doc = build_document(dossier, "note", on=ON, analysis=LegalView(on=ON))
    assert "Analyse juridique non disponible" in doc.plain_text()


def test_report_without_evidence_run_is_refused(dossier: Dossier) -> None:
    dossier.evidence_runs = []
    with pytest.raises(DocumentRefused, match="neither an evidence run nor an exhibit"):
        build(dossier, "rapport")


def test_report_shows_the_fingerprint_and_the_verify_command(dossier: Dossier) -> None:
    text = build(dossier, "rapport", "en").plain_text()
    run = dossier.evidence_runs[0]
    assert run.merkle_root is not None and run.merkle_root in text
    assert run.spec_sha256 in text and "ed25519:" in text
    assert "recours evidence verify evidence/run-2026-11-20" in text
    assert "Commitment C3 remains inconclusive" in text


def test_windowed_commitment_headline_is_its_worst_window(dossier: Dossier) -> None:
    run = dossier.evidence_runs[0]
    run.results = [r for r in run.results if not (r.commitment_id == "C1" and r.window is None)]
    text = build(dossier, "mise-en-demeure").plain_text().translate(NB)
    assert "Taux de détection des défauts (février 2026)" in text  # words, not « 2026-02 »
    assert "C1 —" not in text  # the letter names the commitment by its words, not its id
    assert "chacune des périodes suivantes : janvier 2026 et février 2026" in text
    memo = build(dossier, "note").plain_text().translate(NB)
    assert "C1 — Taux de détection des défauts (février 2026)" in memo


def test_legal_view_reads_the_engine_format(dossier: Dossier) -> None:
    assert dossier.analysis is not None
    view = legal_view(dossier.analysis.data, "fr")
    assert view.on == date(2026, 11, 26)
    assert [g.id for g in view.grounds()] == ["fr.civil.1217", "fr.civil.1604"]
    termination = view.termination()
    assert termination is not None and termination.available
    assert view.plan[0].by == date(2026, 11, 30)
    assert view.plan[0].action.startswith("Mettre en demeure — au plus tard le 30 novembre 2026")
    assert view.regime is not None and "2016-131" in view.regime


def test_legal_view_reads_an_analysis_saved_per_language(dossier: Dossier) -> None:
    assert dossier.analysis is not None
    saved = {"fr": dossier.analysis.data, "en": dossier.analysis.data}
    assert legal_view(saved, "en").grounds() == legal_view(dossier.analysis.data, "en").grounds()
