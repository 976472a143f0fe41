"""The issue's checklist on six dossiers built as a lawyer would (tests/documents/fixtures/cases):
a consumer buyer, a contract of 2014 (former law), hidden defects after art. 1648 has run, a
cap in a contract of adhesion, a SaaS outage documented by tickets without any statistical run,
and two defendants (vendor and integrator). Every assertion reads the rendered DOCX and PDF text,
as counsel would read the letter.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from docx import Document as Docx
from pypdf import PdfReader

from recours.documents import Document, NoticeOptions, build_document, render
from recours.dossier import Dossier, load_dossier

CASES = Path(__file__).parent / "fixtures" / "cases"
ON = date(2026, 11, 26)
NAMES = ("consumer", "former-law", "expired-1648", "adhesion-cap", "saas-outage",
         "two-defendants")
DELAY = {"consumer": 15}  # the online sale states no cure period: counsel gives one


def dossier(name: str) -> Dossier:
    return load_dossier(CASES / f"{name}.yaml")


def notice(name: str, d: Dossier | None = None, to: str | None = None) -> Document:
    return build_document(d or dossier(name), "mise-en-demeure", on=ON, lang="fr",
                          notice=NoticeOptions(delay_days=DELAY.get(name), to=to))


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


def docx_text(doc: Document) -> str:
    """The body, tables and footnotes of the DOCX (python-docx has no footnote API: the
    footnotes part is read as XML)."""
    data = render(doc, "docx")
    word = Docx(io.BytesIO(data))
    parts = [p.text for p in word.paragraphs]
    parts += [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        notes = z.read("word/footnotes.xml").decode("utf-8")
    parts += [re.sub(r"<[^>]+>", "", p) for p in re.findall(r"<w:p[ >].*?</w:p>", notes)]
    return _flat("\n".join(parts))


def pdf_text(doc: Document) -> str:
    reader = PdfReader(io.BytesIO(render(doc, "pdf")))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return _flat(re.sub(r"[\u2010\u00ad-]\s*\n\s*(?=[a-zà-ÿ])", "", text))  # hyphenated lines


@cache
def texts(name: str, to: str | None = None) -> tuple[str, str]:
    doc = notice(name, to=to)
    return docx_text(doc), pdf_text(doc)


def both(name: str, to: str | None = None) -> list[str]:
    return list(texts(name, to))


INTERNAL = ("le client peut", "sauf force majeure", "l'argument repose", "à vérifier",
            "le fournisseur", "Collaboration partiellement", "non daté", "toute somme due",
            "portera intérêts", "racine de Merkle", "clopper", "bootstrap", "http", ">=", "<=",
            "run-20")
BAD_ELISION = re.compile(r"\b(?:de|De) (?:[AEIOUYÉÈÊaeiouyéèê]\w|le |les )")


@pytest.mark.parametrize("name", NAMES)
def test_every_notice_names_the_addressee_and_keeps_nothing_internal(name: str) -> None:
    d = dossier(name)
    vendor = d.vendor
    assert vendor is not None and vendor.siren and vendor.legal_form
    siren = f"SIREN {vendor.siren[:3]} {vendor.siren[3:6]} {vendor.siren[6:]}"
    for text in both(name):
        assert vendor.legal_form in text and siren in text
        assert ("À l'attention de le" not in text and "À l'attention du" in text) \
            or "À l'attention de la" in text
        assert "Madame, Monsieur" not in text  # every addressee here has a titled representative
        for phrase in INTERNAL:
            assert phrase.lower() not in text.lower(), (name, phrase)
        assert BAD_ELISION.search(text) is None, BAD_ELISION.search(text)


def test_consumer_is_a_natural_person_with_the_legal_guarantee() -> None:
    for text in both("consumer"):
        assert "art. L217-3" in text and "art. L217-7" in text
        assert "conseil de Mme Claire Fontaine" in text
        assert "la société Mme Claire Fontaine" not in text
        assert "vendu à notre cliente" in text and "envers elle, consommatrice" in text
        assert "Monsieur le Président," in text
        assert "À l'attention du Président, Monsieur Jean Dupuis" in text
        assert "1 290,00 € TTC" in text and "par mois" not in text
        assert "la résolution du contrat" in text  # a one-off sale is resolved (L217-14)
        assert "constat" in text and "pièce P1" in text  # the constat proves it, no run
        assert text.index("Garantie légale de conformité") < text.index("À titre subsidiaire")
        assert text.index("À titre subsidiaire") < text.index("vous lui en devez la garantie")


def test_former_law_contract_cites_the_former_articles() -> None:
    doc = notice("former-law")
    cited = set(doc.citations())
    assert {"fr.civil_anc.1134", "fr.civil_anc.1147"} <= cited
    assert not cited & {"fr.civil.1103", "fr.civil.1217", "fr.civil.1231-1", "fr.civil.1226",
                        "fr.civil.1225", "fr.civil.1344", "fr.civil.1194"}
    text = _flat(doc.plain_text())
    assert "art. 1134 anc." in text and "art. 1147 anc." in text
    for text in both("former-law"):
        assert "48 000,00 € HT par an" in text
        assert "droit de résilier le contrat en application de la clause résolutoire" in text
        assert "stipulée à l'article 14 du contrat (« Résiliation »)" in text
        assert "Madame la Présidente du conseil d'administration," in text
        assert "À l'attention de la Présidente du conseil d'administration, Madame Isabelle " \
            "Morin" in text


def test_hidden_defects_are_not_pleaded_once_1648_has_run() -> None:
    doc = notice("expired-1648")
    assert "fr.civil.1641" not in doc.citations()
    for text in both("expired-1648"):
        assert "vices cachés" not in text and "À titre subsidiaire" not in text
        assert "Défaut de délivrance conforme" in text
        assert "Avocat au barreau de Besançon" in text


def test_adhesion_cap_is_contested_under_1170_and_1171() -> None:
    for text in both("adhesion-cap"):
        assert "art. 1170 :" in text and "art. 1171 :" in text
        assert "233 000,00 €" in text  # the whole loss: the cap is set aside
        # the sentence may run on over a page break (the PDF text puts the footnotes between)
        assert re.search(r"priverait de (?:.*? )?sa substance votre obligation essentielle", text,
                         re.S), "art. 1170 not pleaded"
        assert "réputée non écrite" in text
        assert "avocat@roussel-avocats.example" in text


def test_a_cap_that_applies_limits_the_amount_claimed() -> None:
    d = dossier("adhesion-cap")
    d.contract.adhesion = False
    d.facts.breached_obligation_essential = False
    d.facts.cap_deprives_substance = False
    d.facts.significant_imbalance_alleged = False
    text = docx_text(notice("adhesion-cap", d))
    assert "évalue à ce jour à 5 000,00 €, dans la limite stipulée au contrat" in text
    assert "233 000,00 €" not in text


def test_no_sum_demanded_means_no_compensation_nor_interest_sentence() -> None:
    d = dossier("adhesion-cap")
    d.losses = []
    text = docx_text(notice("adhesion-cap", d))
    assert "entend obtenir réparation" not in text
    assert "intérêts au taux légal" not in text and "portera intérêts" not in text


def test_saas_outage_is_pleaded_from_its_tickets_without_any_run() -> None:
    d = dossier("saas-outage")
    assert d.evidence_runs == []
    for text in both("saas-outage"):
        assert "art. 1225 :" in text and "art. 1226 :" in text
        assert "documentées par les pièces suivantes" in text
        assert "pièce P1 : journal d'incidents — Ticket P1 n° 88412" in text
        assert "le 14 septembre 2026 : service inaccessible" in text
        assert "2 400,00 € HT par mois" in text
        assert "droit de résilier le contrat" in text and "droit de résoudre" not in text
        assert "clause résolutoire stipulée à l'article 16.2 du contrat (« Résiliation pour " \
                "manquement »)" in text
        assert "campagne de mesure" not in text and "Pièces jointes" in text
        assert "42 700,00 €" in text
        assert "Monsieur le Président," in text


def test_both_defendants_are_put_on_notice_each_by_its_own_letter() -> None:
    for text in both("two-defendants"):
        # the dossier records no letter to the integrator: its rights are reserved, no
        # sending is asserted (« adressée ce jour » assumed counsel sent both letters)
        assert "adressée ce jour" not in text
        assert ("sans préjudice des droits et actions de notre cliente à l'encontre de la "
                "société Intégra Systèmes, intégrateur du système") in text
        assert "Monsieur le Président-directeur général," in text
        assert "Paramétrage du système" not in text  # Agrivision did not configure it
    for text in both("two-defendants", "integra"):
        assert text.startswith("Henry Avocats")
        assert "Intégra Systèmes société à responsabilité limitée SIREN 502 784 136" in text
        assert "À l'attention de la Gérante, Madame Odile Perrin" in text
        assert "Madame la Gérante," in text
        assert "en qualité d'intégrateur" in text and "fourni par Agrivision" in text
        assert "Paramétrage du système" in text  # the integrator configured it
        assert "Défaut de délivrance conforme" not in text  # a seller's ground only
        assert "adressée ce jour" not in text
        assert "à l'encontre de la société Agrivision, fournisseur du système" in text


def test_an_unknown_addressee_is_refused_with_its_id() -> None:
    from recours.errors import DocumentRefused

    with pytest.raises(DocumentRefused) as caught:
        notice("two-defendants", to="nobody")
    assert "« nobody »" in caught.value.render("fr")


@pytest.mark.parametrize("name", NAMES)
def test_the_note_opens_on_its_synthesis_for_every_case(name: str) -> None:
    doc = build_document(dossier(name), "note", on=ON, lang="fr")
    text = _flat(doc.plain_text())
    assert "À plaider" in text and "Réponses attendues de l'adversaire" in text
    if dossier(name).contract.liability_cap is not None:
        assert "Montants" in text and "plafond" in text.lower()
    assert ">=" not in text and "<=" not in text
    if name == "expired-1648":
        assert "1648" in text  # the note says why the warranty is not pleaded


def test_cli_generates_the_outage_notice_without_an_evidence_run(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from recours.cli.main import app

    out = tmp_path / "notice.docx"
    result = CliRunner().invoke(app, ["documents", "generate", str(CASES / "saas-outage.yaml"),
                                      "-k", "mise-en-demeure", "-f", "docx", "--on",
                                      "2026-11-26", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = _flat("\n".join(p.text for p in Docx(str(out)).paragraphs))
    assert "pièce P1" in text and "Planéo" in text
    result = CliRunner().invoke(app, ["documents", "generate", str(CASES / "two-defendants.yaml"),
                                      "-k", "mise-en-demeure", "-f", "md", "--to", "integra",
                                      "--on", "2026-11-26", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "Madame la Gérante" in result.output
