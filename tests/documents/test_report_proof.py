"""The compliance report says what proof exists: pièces without a run, an unsealed run as
unsealed, a sealed run with its fingerprint — never a seal, Merkle root or timestamp that does
not exist."""

from __future__ import annotations

import pytest

from recours.dossier import Dossier, load_dossier
from recours.errors import DocumentRefused
from tests.documents.conftest import build
from tests.documents.golden_cases import VARIED

NB = str.maketrans({"\u202f": " ", "\u00a0": " "})
SEAL_WORDS = ("Merkle", "Signature |", "Horodatage RFC 3161", "non signée", "recours evidence "
              "verify", "scelle la", "Empreinte du paquet")


def _text(dossier: Dossier, lang: str = "fr") -> str:
    return build(dossier, "rapport", lang).plain_text().translate(NB)


@pytest.mark.parametrize("name", ["saas-outage", "consumer"])
def test_a_dossier_of_pieces_gets_a_report_of_its_pieces(name: str) -> None:
    dossier = load_dossier(VARIED / f"{name}.yaml")
    assert not dossier.evidence_runs and dossier.exhibits
    text = _text(dossier)
    assert "Aucune campagne de mesure n'a été réalisée" in text
    assert "Aucune campagne de mesure scellée n'existe au dossier" in text
    for x in dossier.exhibits:
        assert x.id in text and x.title in text
    assert "Merkle" not in text and "recours evidence verify" not in text
    assert "Signature" not in text and "RFC 3161" not in text
    en = _text(dossier, "en")
    assert "No sealed measurement run exists in the dossier" in en


def test_the_pieces_are_counted_by_kind_and_tied_to_their_commitment() -> None:
    dossier = load_dossier(VARIED / "saas-outage.yaml")
    text = _text(dossier)
    assert "1 journal d'incidents ou tickets" in text
    assert "D1-disponibilite" in text and "P1 (journal d'incidents ou tickets)" in text
    assert "incident_log" not in text  # never the raw kind


def test_a_report_with_neither_run_nor_piece_is_refused(dossier: Dossier) -> None:
    dossier.evidence_runs = []
    dossier.exhibits = []
    with pytest.raises(DocumentRefused, match="neither an evidence run nor an exhibit"):
        build(dossier, "rapport")


def test_an_unsealed_run_is_said_unsealed(dossier: Dossier) -> None:
    run = dossier.evidence_runs[0]
    run.bundle = run.merkle_root = run.signature = run.timestamp = None
    text = _text(dossier)
    assert f"La campagne {run.id} n'est pas scellée" in text
    assert run.spec_sha256 in text
    for word in SEAL_WORDS:
        assert word not in text, word
    assert "paquet de preuves qui permet" not in text


def test_a_sealed_run_shows_only_what_was_recorded(dossier: Dossier) -> None:
    run = dossier.evidence_runs[0]
    run.signature = None
    text = _text(dossier)
    assert run.merkle_root is not None and run.merkle_root in text
    assert "invalide la signature" not in text and "paquet non signé" in text


def test_a_piece_that_is_a_declared_data_file_shows_its_declared_hash() -> None:
    from tests.documents.golden_cases import ROOT

    dossier = load_dossier(ROOT / "examples" / "logistics-forecast" / "dossier.yaml")
    piece = next(x for x in dossier.exhibits if x.file == "donnees/incidents.csv")
    digest = next(ds.sha256 for ds in dossier.datasets if ds.path == piece.file)
    assert piece.sha256 is None and digest
    text = _text(dossier)
    assert text.count(digest) == 2  # the pièce and the data file: one file, one hash
    assert "empreinte non déclarée" not in text


def test_a_data_file_without_hash_says_so(dossier: Dossier) -> None:
    assert all(ds.sha256 is None for ds in dossier.datasets)
    text = _text(dossier)
    assert text.count("SHA-256 : empreinte non déclarée") == len(dossier.datasets)
    assert "SHA-256 : —" not in text


def test_the_timestamp_is_a_date_in_words(dossier: Dossier) -> None:
    assert dossier.evidence_runs[0].timestamp == "2026-11-20T09:31:12Z"
    assert "20 novembre 2026 à 09:31:12 UTC" in _text(dossier)
    assert "2026-11-20T09:31:12Z" not in _text(dossier)
    assert "20 November 2026 at 09:31:12 UTC" in _text(dossier, "en")


def test_a_root_without_its_bundle_is_said_unverifiable_until_produced(dossier: Dossier) -> None:
    dossier.evidence_runs[0].bundle = None
    text = _text(dossier)
    assert "Le dossier n'indique pas où se trouve le paquet de preuves" in text
    assert "recours evidence verify" not in text


def test_an_unsealed_run_without_data_files_does_not_point_to_them() -> None:
    dossier = load_dossier(VARIED / "expired-1648.yaml")
    assert not dossier.datasets and not dossier.evidence_runs[0].bundle
    text = _text(dossier)
    assert "fichiers de données (ci-dessus)" not in text
    assert "ne pourra la reproduire qu'une fois ceux-ci produits" in text


def test_the_documented_incidents_are_told_with_their_pieces() -> None:
    dossier = load_dossier(VARIED / "saas-outage.yaml")
    text = _text(dossier)
    assert "Incidents documentés" in text
    assert "14 septembre 2026 : Service inaccessible du 14 septembre 2026 à 7 h" in text
    assert "(pièces : P1 et P2)" in text
    assert "Documented incidents" in _text(dossier, "en")
