"""``recours contract import`` carries over what the contract states into the fields the dossier
leaves empty, records the contract file as a pièce with its SHA-256, keeps what the lawyer wrote
(values, comments, folded text, the file's permissions) and reports in French sentences. Through
the CLI, on a real contract of the corpus (Netframe's CGV, dev split)."""

from __future__ import annotations

import hashlib
import shutil
import stat
from pathlib import Path

from typer.testing import CliRunner

from recours.cli.main import app
from recours.dossier import load_dossier

REAL = Path(__file__).parent / "real"
runner = CliRunner()

DOSSIER = """\
# Dossier d'essai — commentaire de tête
schema_version: 1
reference: T-2026-01
title: Essai c/ netframe
language: fr

parties:
  - id: client
    name: Organisation Essai
    role: client
    kind: company
  - id: vendor
    name: netframe
    role: vendor
    kind: company

contract:
  kind: saas
  title: Conditions générales de vente Netframe
  concluded_on: 2026-01-19
  # droit choisi par l'avocat, à ne pas écraser
  governing_law: droit belge

ai_system:
  name: Plateforme Netframe
  provider: vendor
  intended_purpose: >-
    Réseau social d'entreprise ; texte replié sur
    deux lignes pour vérifier qu'il reste tel quel
"""


def _case(tmp_path: Path) -> tuple[Path, Path]:
    dossier = tmp_path / "dossier.yaml"
    dossier.write_text(DOSSIER, encoding="utf-8")
    dossier.chmod(0o600)
    contract = tmp_path / "contrat.md"
    shutil.copy(REAL / "fr_netframe_cgv.md", contract)
    return dossier, contract


def test_import_fills_empty_fields_and_records_the_contract_as_a_piece(tmp_path: Path) -> None:
    dossier, contract = _case(tmp_path)
    result = runner.invoke(app, ["contract", "import", str(contract), "--into", str(dossier)])
    assert result.exit_code == 0, result.output
    out = result.output
    # French sentences, no Python lists
    assert "Champs du contrat remplis :" in out and "tacite reconduction : oui" in out
    assert "délai pour remédier après mise en demeure (jours) : 15" in out
    assert "Conservé (saisi dans le dossier) : droit applicable = droit belge" in out
    assert "Pièce P1 : le contrat (SHA-256" in out
    assert "['" not in out and "[]" not in out

    text = dossier.read_text(encoding="utf-8")
    # the lawyer's comments, values and folded text are kept as written
    assert text.startswith("# Dossier d'essai — commentaire de tête\n")
    assert "  # droit choisi par l'avocat, à ne pas écraser\n  governing_law: droit belge\n" in text
    assert "    Réseau social d'entreprise ; texte replié sur\n    deux lignes" in text
    assert stat.S_IMODE(dossier.stat().st_mode) == 0o600

    loaded = load_dossier(dossier)
    terms = loaded.contract
    assert terms.governing_law == "droit belge"
    assert terms.tacit_renewal is True and terms.adhesion is True
    assert terms.notice_months == 1 and terms.cure_period_days == 15
    assert terms.jurisdiction == "tribunaux de Versailles"
    assert terms.liability_cap is not None and terms.liability_cap.fees_multiple == 1.0
    assert terms.clauses
    [piece] = loaded.exhibits
    assert piece.id == "P1" and piece.file == "contrat.md"
    assert piece.sha256 == hashlib.sha256(contract.read_bytes()).hexdigest()


def test_a_second_import_adds_no_second_piece(tmp_path: Path) -> None:
    dossier, contract = _case(tmp_path)
    first = runner.invoke(app, ["contract", "import", str(contract), "--into", str(dossier)])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["contract", "import", str(contract), "--into", str(dossier)])
    assert again.exit_code == 0, again.output
    assert "Pièce P1 : ce fichier y figure déjà" in again.output
    assert [x.id for x in load_dossier(dossier).exhibits] == ["P1"]


def test_import_report_in_english(tmp_path: Path) -> None:
    dossier, contract = _case(tmp_path)
    result = runner.invoke(
        app, ["--lang", "en", "contract", "import", str(contract), "--into", str(dossier)]
    )
    assert result.exit_code == 0, result.output
    assert "Contract fields filled:" in result.output and "tacit renewal: yes" in result.output
    assert "Exhibit P1: the contract (SHA-256" in result.output


def test_a_contract_outside_the_dossier_folder_is_listed_without_a_path(tmp_path: Path) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    dossier, contract = _case(folder)
    outside = tmp_path / "cgv.md"
    contract.rename(outside)
    result = runner.invoke(app, ["contract", "import", str(outside), "--into", str(dossier)])
    assert result.exit_code == 0, result.output
    assert "le fichier du contrat est hors du dossier" in result.output
    [piece] = load_dossier(dossier).exhibits
    assert piece.file is None and piece.sha256 == hashlib.sha256(outside.read_bytes()).hexdigest()


def test_without_a_file_argument_no_piece_is_recorded(tmp_path: Path) -> None:
    # the web import passes an uploaded file's name: it must never be opened as a path
    from recours.contract.analysis import analyse_file
    from recours.contract.dossier_import import import_analysis

    dossier, contract = _case(tmp_path)
    report = import_analysis(analyse_file(contract), dossier)
    assert report.exhibit is None and load_dossier(dossier).exhibits == []
    assert report.contract_fields["tacit_renewal"] is True
