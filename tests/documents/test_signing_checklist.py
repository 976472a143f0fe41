"""What a French avocat found reading every page (PDF to PNG) before signing — one test per
class of defect fixed, on the examples and the six varied dossiers (each failed on the code
before the fix). See the reading log in docs/documents.md.
"""

from __future__ import annotations

import io
import re
from datetime import date
from functools import cache

import pytest
from pypdf import PdfReader

from recours.documents import Document, NoticeOptions, build_document, render
from recours.dossier import Event, EventType
from tests.documents.golden_cases import ROOT, Case
from tests.documents.test_varied_dossiers import CASES, DELAY, both, dossier, notice, pdf_text

ON = date(2026, 11, 26)


def _flat(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


@cache
def example(name: str, kind: str, lang: str = "fr") -> Document:
    return Case(name, ROOT / "examples" / name / "dossier.yaml", kind, lang).build()


@cache
def varied(name: str, kind: str) -> Document:
    return Case(name, CASES / f"{name}.yaml", kind, "fr").build()


@cache
def pages(doc: Document) -> list[str]:
    reader = PdfReader(io.BytesIO(render(doc, "pdf")))
    return [_flat(page.extract_text() or "") for page in reader.pages]


# --- the notice -----------------------------------------------------------------------------

def test_a_co_debtor_is_said_put_on_notice_only_when_the_dossier_records_it() -> None:
    d = dossier("two-defendants")
    text = _flat(notice("two-defendants", d).plain_text())
    assert "adressée ce jour" not in text  # the old letter assumed counsel sent both
    assert "sans préjudice des droits et actions de notre cliente à l'encontre de la société " \
           "Intégra Systèmes" in text
    d.timeline.append(Event(date=date(2026, 11, 20), type=EventType.FORMAL_NOTICE_SENT,
                            description="Mise en demeure de l'intégrateur.", by="coop",
                            to="integra"))
    text = _flat(notice("two-defendants", d).plain_text())
    assert "La société Intégra Systèmes, intégrateur du système, a été mise en demeure le " \
           "20 novembre 2026." in text
    assert "sans préjudice" not in text


@pytest.mark.parametrize("name", ["credit-scoring", "logistics-forecast"])
def test_the_notice_table_shows_the_breaches_only_by_their_words(name: str) -> None:
    for lang in ("fr", "en"):
        text = pdf_text(example(name, "mise-en-demeure", lang))
        for internal in ("non concluant", "conformité établie", "inconclusive",
                         "conformity established", "C1-auc", "W1-wape", "W2-mape",
                         "D1-disponibilite", "C6-disponibilite"):
            assert internal not in text, (name, lang, internal)
        note = pdf_text(example(name, "note", lang))
        assert ("non concluant" in note) or ("inconclusive" in note)  # the note keeps them


_RAW_PERIOD = re.compile(r"\b\d{4}-W\d{2}\b|(?:période|period) \d{4}-\d{2}\b")


@pytest.mark.parametrize("kind", ["mise-en-demeure", "note", "rapport"])
def test_measurement_windows_read_as_words(kind: str) -> None:
    for lang in ("fr", "en"):
        text = _flat(example("logistics-forecast", kind, lang).plain_text())
        assert not _RAW_PERIOD.search(text), (kind, lang, _RAW_PERIOD.search(text))
    text = _flat(example("logistics-forecast", "mise-en-demeure").plain_text())
    assert "(octobre 2026)" in text and "semaines 37 à 47 de 2026" in text


@pytest.mark.parametrize(("name", "value", "words"), [
    ("expired-1648", "91,2 %", "Taux de détection"),
    ("former-law", "61,1 %", "Taux de détection"),
    ("two-defendants", "18,7 %", "Erreur moyenne"),
])
def test_a_table_row_is_never_cut_by_a_page_break(name: str, value: str, words: str) -> None:
    found = [p for p in pages(varied(name, "mise-en-demeure")) if value in p]
    assert found and words in found[0], f"{name}: the row of {value} is cut over two pages"


@pytest.mark.parametrize("name", ["credit-scoring", "logistics-forecast"])
def test_the_closing_formula_stays_with_the_signature(name: str) -> None:
    for page in pages(example(name, "mise-en-demeure")):
        if "Me Hélène Vasseur" in page:
            assert "Nous vous prions d'agréer" in page
            break
    else:
        pytest.fail("no signature")


def test_one_breach_is_pleaded_in_the_singular() -> None:
    text = _flat(varied("adhesion-cap", "mise-en-demeure").plain_text())
    assert "Ces engagements ont force obligatoire" not in text
    assert "Cet engagement a force obligatoire entre les parties" in text
    assert "Le manquement exposé ci-dessus constitue une inexécution" in text
    several = _flat(example("credit-scoring", "mise-en-demeure").plain_text())
    assert "Ces engagements ont force obligatoire" in several


def test_pieces_are_named_in_lower_case_and_english_has_no_french_spacing() -> None:
    text = _flat(varied("consumer", "mise-en-demeure").plain_text())
    assert "pièce P1 : procès-verbal de constat de Me Lucie Weber" in text
    assert "Il en ressort que :" not in text
    english = example("logistics-forecast", "mise-en-demeure", "en").plain_text()
    assert not re.search(r"\d{4} ;", english.replace("\u202f", " ")), "French « ; » in English"


@pytest.mark.parametrize("name", ["consumer", "saas-outage", "expired-1648"])
def test_the_recipient_block_has_one_item_a_line(name: str) -> None:
    text = notice(name).plain_text()
    assert "simplifiée,\nSIREN" not in text
    assert "simplifiée\nSIREN\u00a0" in text
    assert re.search(r"Monsieur\u00a0\w+\u00a0\w+", text)  # never « Monsieur Jean / Dupuis »


def test_a_quotation_inside_guillemets_uses_inner_quotes() -> None:
    text = _flat(varied("consumer", "mise-en-demeure").plain_text())
    assert "« «" not in text and "» »" not in text
    assert "« Fiche produit, “Performances” »" in text


def test_english_salutation_uses_the_surname() -> None:
    text = example("credit-scoring", "mise-en-demeure", "en").plain_text()
    assert "Dear Mr Carrel," in text and "Dear Julien Carrel" not in text


def test_the_consumer_guarantee_names_its_beneficiary() -> None:
    d = build_document(dossier("consumer"), "mise-en-demeure", on=ON,
                       notice=NoticeOptions(delay_days=DELAY["consumer"]))
    text = _flat(d.plain_text())
    assert "Le bien que vous lui avez vendu" not in text
    assert "Le bien que vous avez vendu à notre cliente" in text


# --- the note d'analyse ---------------------------------------------------------------------

NOTES = ["credit-scoring", "logistics-forecast"]
VARIED = ["consumer", "former-law", "expired-1648", "adhesion-cap", "saas-outage",
          "two-defendants"]
_RAW_FACT = re.compile(r"contract\.\w+|ai_system\.|parties\[|evidence_runs|losses\b|"
                       r": (?:established|documented|provider|deployer|company)\b|"
                       r"par integrator|\(integrator\)|: Entreprise|timeline\.|Ai_system|"
                       r"« none »|'none'")


def _notes() -> list[tuple[str, Document]]:
    return [(n, example(n, "note")) for n in NOTES] + [(n, varied(n, "note")) for n in VARIED]


def test_the_note_counts_without_parenthesised_plurals() -> None:
    for name, doc in _notes():
        text = doc.plain_text()
        assert "(s)" not in text, name
    assert "1 manquement établi, aucune conformité établie" in _flat(
        varied("former-law", "note").plain_text())


def test_the_note_shows_facts_in_words_not_dossier_paths() -> None:
    for name, doc in _notes():
        found = _RAW_FACT.search(doc.plain_text())
        assert found is None, (name, found and found.group(0))
    text = _flat(example("credit-scoring", "note").plain_text())
    # The condition met is that the defect was NOT apparent: the fact is named as such and
    # answered « non établi », never a negative label answered « non » (« défaut caché : non »).
    assert "défaut décelable par un acheteur diligent à la livraison (vice apparent) : non établi" in text
    assert "défaut caché (non apparent)" not in text
    assert "non-conformité établie (constat" in text and "(n = 20 000)" in text
    assert "nature de l'acheteur (société, consommateur…) : société" in text
    assert "paramétré par l'intégrateur : Intégra Conseil" in text
    assert "rôle de Sigma Scoring au sens de l'AI Act : fournisseur" in text


def test_the_english_note_has_no_method_ids_nor_ascii_comparators() -> None:
    text = example("credit-scoring", "note", "en").plain_text()
    for raw in (">=", "<=", "clopper_pearson", "mn_score_bonferroni"):
        assert raw not in text, raw
    assert "(n = 1,549)" in text
    text = example("logistics-forecast", "note", "en").plain_text()
    assert "bootstrap" not in text and ">=" not in text and "saaS" not in text


def test_a_finding_repeated_per_period_is_said_once() -> None:
    text = _flat(example("logistics-forecast", "note").plain_text())
    assert text.count("manquement établi : WAPE hebdomadaire") <= 3
    assert "de même sur 10 autres périodes" in text
    assert not re.search(r"\b\d\.\d{2}\b", text.split("BORDEREAU")[0].split("Bordereau")[0]
                         .replace("4.2", "")), "an English decimal in French"


def test_citations_are_uniform() -> None:
    text = _flat(varied("former-law", "mise-en-demeure").plain_text())
    assert "C. civ., art. 1134 anc." in text and "C. civ. art. 1134 anc." not in text
    for name, doc in _notes():
        plain = _flat(doc.plain_text())
        assert "art. 113-omnibus" not in plain, name
    md = render(varied("former-law", "note"), "md").decode()
    assert not re.search(r"» <https?://", md), "an address outside its parentheses"


def test_the_note_renders_the_case_law_the_findings_rely_on() -> None:
    text = _flat(example("credit-scoring", "note").plain_text())
    assert "Cass. com., 22 octobre 1996, n° 93-18.632, Chronopost" in text
    assert "à l'appui de notre cliente" in text
    assert re.search(r"Cass\. com\., 29 juin 2010, n° 09-11\.841, Faurecia II[^\n]*"
                     r"invoquée par l'adversaire", text)
    assert "1996-10-22" not in text  # dates in words


def test_the_notice_cites_only_verified_decisions_for_the_client() -> None:
    text = _flat(varied("adhesion-cap", "mise-en-demeure").plain_text())
    assert "(Cass. com., 22 octobre 1996, n° 93-18.632, Chronopost)" in text
    for adverse in ("Faurecia II", "09-11.841", "3 janvier 1995", "17-26.360"):
        assert adverse not in text, adverse
    for name in VARIED[:-1]:
        letter = _flat(varied(name, "mise-en-demeure").plain_text())
        assert "réception tacite" not in letter and "à vérifier" not in letter, name


def test_a_former_law_note_cites_the_former_articles_or_says_to_complete() -> None:
    text = _flat(varied("former-law", "note").plain_text())
    assert "C. civ., art. 1194 :" not in text  # a reformed article as if it governed 2014
    # art. 1194 has its former article stored (1135 anc.): cited, inline and in the footnote
    assert "C. civ., art. 1135 anc. :" in text and "(art. 1135 anc., 1134 anc.)" in text
    assert "(art. 1194, 1104)" not in text and "(art. 1231-1)" not in text
    assert "délai raisonnable (art. 1146 anc.)" in text  # mise en demeure, former 1146
    assert "C. civ., art. 1150 anc. :" in text  # foreseeable damages, stored
    assert "1149" not in text and "1151" not in text  # former articles not stored: not cited
    reformed = _flat(example("credit-scoring", "note").plain_text())
    assert "anc." not in reformed and "à compléter)" not in reformed


def test_the_bordereau_lists_a_sealed_bundle_once() -> None:
    text = _flat(varied("former-law", "note").plain_text())
    assert "Dossier de preuve scellé de la mesure du 30 octobre 2026" in text
    assert "Paquet de preuves scellé run-2026-10-30" not in text


def test_the_report_agrees_in_number_and_writes_french_graduations() -> None:
    from recours.documents.charts import tick

    text = _flat(example("credit-scoring", "rapport").plain_text())
    assert "Les engagements C3-faux-positifs restent" not in text
    assert "L'engagement C3-faux-positifs reste non concluant" in text
    assert tick(0.8, "fr") == "0,8" and tick(98.5, "fr") == "98,5" and tick(0.8, "en") == "0.8"


def test_a_chart_of_many_periods_fits_on_its_page() -> None:
    from PIL import Image

    from recours.documents.charts import MAX_HEIGHT_IN, result_chart

    case = Case("logistics-forecast", ROOT / "examples" / "logistics-forecast" / "dossier.yaml",
                "rapport", "fr")
    d = case.dossier()
    wape = next(c for c in d.commitments if c.id == "W1-wape")
    scopes = [r for r in d.evidence_runs[0].results if r.commitment_id == wape.id and r.window]
    assert len(scopes) > 30
    png = result_chart(wape, scopes, "fr")
    height_in = Image.open(io.BytesIO(png)).size[1] / 150
    assert height_in <= MAX_HEIGHT_IN + 0.01  # was 22 inches: cut at the foot of the page
    css = (ROOT / "src" / "recours" / "documents" / "static" / "document.css").read_text()
    assert "max-height" in css.split("figure img", 1)[1].split("}", 1)[0]


def test_the_report_never_prints_an_empty_table() -> None:
    doc = varied("adhesion-cap", "rapport")
    from recours.documents.model import Table

    assert all(block.rows for block in doc.blocks if isinstance(block, Table))
    assert "ne déclare pas les fichiers de données" in doc.plain_text()


def test_the_report_names_companies_with_their_article() -> None:
    text = _flat(example("credit-scoring", "rapport").plain_text())
    assert "pour la société Banque Hexagone" in text and "fourni par la société Sigma" in text
    assert "pour Banque Hexagone" not in text


def test_the_former_articles_replace_reformed_ones_inline_only_where_stored() -> None:
    from recours.documents.former_law import restate
    from recours.law.articles import load_articles

    store = load_articles()
    assert restate("(art. 1194, 1104)") == "(art. 1135 anc., 1134 anc.)"
    assert restate("art. 1231-1, 1231-3 et 1603") == "art. 1147 anc., 1150 anc. et 1603"
    assert restate("art. 1641 et 1644") == "art. 1641 et 1644"  # outside the reform
    assert restate("art. 1171 ; art. 1226") == "art. 1171 ; art. 1226"  # new in 2016
    assert restate("art. 1134 anc.") == "art. 1134 anc."
    from recours.documents.former_law import IN_PLACE
    assert all(target is None or target in store for target in IN_PLACE.values())


def test_the_enclosures_line_has_one_colon() -> None:
    for name in ("consumer", "saas-outage"):
        letter = varied(name, "mise-en-demeure").plain_text()
        line = next(x for x in letter.splitlines() if x.startswith(("Pièce jointe", "Pièces jointes")))
        assert line.replace("\u00a0", " ").count(" :") == 1 and "pièce P1 (" in line, line


def test_a_former_law_dossier_cites_the_former_burden_of_proof() -> None:
    """Art. 1353 restated art. 1315 anc.: a 2014 contract's note cites the former article (the
    store holds it), inline and in its footnote, and never says it is to be completed."""
    from recours.documents.former_law import restate

    assert restate("(art. 1353)") == "(art. 1315 anc.)"
    text = _flat(varied("former-law", "note").plain_text())
    assert "correspondant à l'art. 1353" not in text and "(art. 1353)" not in text
    assert "(art. 1315 anc.)" in text and "C. civ., art. 1315 anc. :" in text
    assert "Celui qui réclame l'exécution d'une obligation doit la prouver" in text
    reformed = _flat(example("credit-scoring", "note").plain_text())
    assert "1315" not in reformed and "(art. 1353)" in reformed


# --- « résilier » or « résoudre »: one word from how the contract is performed ----------------

SUCCESSIVE = [("credit-scoring", "example"), ("logistics-forecast", "example"),
              ("saas-outage", "varied"), ("former-law", "varied"), ("adhesion-cap", "varied")]
AT_ONCE = ["two-defendants", "expired-1648", "consumer"]
_RESOLUTION = ("Résolution du contrat", "Effets de la résolution", "Ouvre la résolution par",
               "restitution intégrale", "droit de résoudre", "Résolution judiciaire",
               "réduction du prix, résolution,", "résoudre le contrat")


def _doc(name: str, where: str, kind: str, lang: str = "fr") -> Document:
    return example(name, kind, lang) if where == "example" else varied(name, kind)


@pytest.mark.parametrize(("name", "where"), SUCCESSIVE)
def test_the_notice_terminates_a_contract_performed_over_time_by_resiliation(
        name: str, where: str) -> None:
    text = _flat(_doc(name, where, "mise-en-demeure").plain_text())
    assert "sera en droit de résilier le contrat" in text, name
    assert "droit de résoudre le contrat" not in text, name
    if name != "former-law":  # art. 1229 al. 3 (reformed law): the résiliation, for the future
        assert "résilier le contrat pour l'avenir" in text, name
        assert "C. civ., art. 1229 al. 3 : « Lorsque les prestations échangées" in text, name
        assert "la résolution est qualifiée de résiliation" in text, name


@pytest.mark.parametrize("name", AT_ONCE)
def test_the_notice_resolves_a_contract_performed_at_once(name: str) -> None:
    text = _flat(varied(name, "mise-en-demeure").plain_text())
    if "sera en droit de" in text:
        assert "droit de résoudre le contrat" in text, name
        assert "résilier" not in text and "pour l'avenir" not in text, name


@pytest.mark.parametrize(("name", "where"), SUCCESSIVE)
def test_the_note_says_resiliation_for_a_contract_performed_over_time(
        name: str, where: str) -> None:
    body = _flat(_doc(name, where, "note").plain_text())
    body = body.split("\nC. civ., art. ")[0]  # the engine's words, not the quoted statutes
    for word in _RESOLUTION:
        assert word not in body, (name, word)
    assert "Résiliation du contrat" in body or "Résiliation judiciaire" in body, name
    assert "Effets de la résiliation : restitutions (fermée)" not in body  # info, not a remedy


def test_the_note_gives_the_reasons_the_engine_could_not_read() -> None:
    text = _flat(example("credit-scoring", "note").plain_text())
    assert "Contrat à exécution successive (conclu pour 36 mois, tacitement reconductible)" in text
    assert "full restitution" not in example("credit-scoring", "note", "en").plain_text()
    at_once = _flat(varied("two-defendants", "note").plain_text())
    assert "Résolution du contrat" in at_once and "restitution intégrale" in at_once


@pytest.mark.parametrize(("name", "where"), SUCCESSIVE[:2])
def test_the_report_never_speaks_of_resolution(name: str, where: str) -> None:
    text = _flat(_doc(name, where, "rapport").plain_text())
    for word in _RESOLUTION:
        assert word not in text, (name, word)


@pytest.mark.parametrize("name", ["credit-scoring", "logistics-forecast"])
def test_the_enclosures_stay_on_the_page_of_the_signature(name: str) -> None:
    for page in pages(example(name, "mise-en-demeure")):
        if "Pièces jointes" in page:
            assert "Me Hélène Vasseur" in page, f"{name}: the enclosures alone on a page"
            break
    else:
        pytest.fail("no enclosures")


def test_a_lead_in_is_never_left_alone_above_its_table() -> None:
    found = [p for p in pages(varied("former-law", "mise-en-demeure"))
             if "Ses résultats sont les suivants" in p]
    assert found and "Intervalle de confiance" in found[0], "the table went to the next page"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_example_notice_concedes_no_conformity_to_the_adversary(lang: str) -> None:
    """The notice pleads the breaches; what still conforms (the AUC of the credit-scoring
    example) belongs to the note and the report, never to the letter the vendor reads."""
    notice = _flat(example("credit-scoring", "mise-en-demeure", lang).plain_text())
    assert "reste conforme" not in notice and "remains compliant" not in notice
    assert "AUC" not in notice, "the conforming ranking metric is conceded in the notice"


@pytest.mark.parametrize("name", ["adhesion-cap", "former-law", "two-defendants"])
def test_the_notice_claims_a_signature_only_when_the_run_is_signed(name: str) -> None:
    """Read on the PDF pages: the letter said « scellés (empreintes numériques et signature
    électronique) » for a run the report showed « non signée »."""
    doc = varied(name, "mise-en-demeure")
    d = dossier(name)
    run = d.latest_run
    assert run is not None and run.merkle_root
    text = _flat(doc.plain_text())
    assert "scellés (empreintes numériques" in text
    assert ("signature électronique" in text) == bool(run.signature)


# --- session of 7 December 2026: the notice read before signing (docs7) --------------------

def _cited(doc: Document) -> set[str]:
    return set(doc.citations())


@pytest.mark.parametrize(("name", "where", "named"), [
    ("credit-scoring", "example", "stipulée à l'article 21.2 du contrat (« Durée et résiliation »)"),
    ("logistics-forecast", "example", "stipulée à l'article 20.2 du contrat"),
    ("saas-outage", "varied", "stipulée à l'article 16.2 du contrat (« Résiliation pour "
                              "manquement »)"),
    ("former-law", "varied", "stipulée à l'article 14 du contrat (« Résiliation »)"),
])
def test_the_notice_cites_the_clause_resolutoire_expressly(name: str, where: str,
                                                            named: str) -> None:
    """Art. 1225 al. 2: the notice takes effect only if it cites the clause résolutoire
    expressly — by its article, as the contract numbers it (the old letter said « la clause
    résolutoire stipulée au contrat » and nothing more for both examples)."""
    text = _flat(_doc(name, where, "mise-en-demeure").plain_text())
    assert "clause résolutoire " + named in text, name
    assert not re.search(r"clause résolutoire stipulée [^.]*\),", text), name  # stray comma
    assert "clause résolutoire stipulée au contrat" not in text, name


@pytest.mark.parametrize("name", ["saas-outage", "former-law"])
def test_a_clause_the_dossier_does_not_name_is_not_pretended(name: str) -> None:
    """Only ``facts.termination_clause`` says the contract has one: the letter does not invoke
    an unnamed clause résolutoire; it terminates by notification (art. 1224, 1226), or, under
    the former law, asks the court (art. 1184 anc.)."""
    d = dossier(name)
    assert d.facts.termination_clause is True
    d.contract.clauses = []
    doc = notice(name, d)
    text = _flat(doc.plain_text())
    assert "clause résolutoire stipulée" not in text and "à préciser" not in text
    if name == "former-law":
        assert "droit de demander en justice la résiliation du contrat" in text
        assert "fr.civil_anc.1184" in _cited(doc) and "fr.civil.1226" not in _cited(doc)
    else:
        assert "droit de résilier le contrat pour l'avenir par voie de notification" in text
        assert "C. civ., art. 1224 :" in text and "C. civ., art. 1226 :" in text
        assert "art. 1225" not in text


def test_a_consumer_gets_the_code_de_la_consommation_delay_and_remedies() -> None:
    """A consumer's goods: the seller has thirty days at most to bring them into conformity
    (L217-9, L217-10), then price reduction or résolution (L217-14) — not a 15-day delay and
    art. 1226 (the old letter)."""
    doc = notice("consumer")
    for text in (_flat(doc.plain_text()), pdf_text(doc)):
        for article in ("L217-9 :", "L217-10 :", "L217-14 :"):
            assert "C. consom., art. " + article in text
        assert not re.search(r"art\. 122[456]\b", text)
        assert "15 jours" not in text
        assert "mettre le bien en conformité" in text
        assert "par sa réparation ou son remplacement" in text
        assert "dans un délai qui ne peut excéder 30 jours suivant la présente demande" in text
        assert "la réduction du prix ou la résolution du contrat" in text
        assert "déployeur" not in text and "la société Mme" not in text
        assert "votre société" in text  # the seller is a company; the buyer never « société »


def test_a_former_law_notice_cites_no_reformed_article() -> None:
    """A 2014 contract: no article of the 2016 range (1100 to 1386-1) is cited, no « à
    compléter » in the letter, no termination by notification (art. 1226 did not exist)."""
    from recours.documents.former_law import reformed

    doc = notice("former-law")
    assert not [ref for ref in _cited(doc) if reformed(ref.partition("@")[0])]
    text = _flat(doc.plain_text())
    for number in re.findall(r"C\. civ\., art\. (\d{4})(?:-\d+)? :", text):
        assert not 1100 <= int(number) <= 1386, number
    assert "à compléter" not in text and "par voie de notification" not in text
    assert "art. 1226" not in text and "art. 1245" not in text


@pytest.mark.parametrize(("name", "court"), [
    ("adhesion-cap", "devant le tribunal des activités économiques de Paris"),
    ("expired-1648", "devant le tribunal des activités économiques de Lyon"),
    ("saas-outage", "devant le Tribunal de commerce de Bordeaux"),  # not in the experiment
])
def test_the_notice_names_the_court_as_it_is_called_on_its_date(name: str, court: str) -> None:
    """Loi n° 2023-1059 art. 26: twelve tribunaux de commerce (Paris, Lyon…) are tribunaux des
    activités économiques from 1 January 2025 to 31 December 2028."""
    for text in both(name):
        assert court in text, name
        if "activités économiques" in court:
            assert "ribunal de commerce" not in text, name


def test_the_court_keeps_its_name_outside_the_experiment() -> None:
    from recours.documents.notice_forum import court_name

    paris = "Tribunal de commerce de Paris"
    assert court_name(paris, date(2024, 12, 31)) == paris
    assert court_name(paris, date(2029, 1, 1)) == paris
    assert court_name(paris, date(2025, 1, 1)) == "tribunal des activités économiques de Paris"
    assert court_name("tribunal de commerce du Havre", date(2026, 1, 1)) \
        == "tribunal des activités économiques du Havre"
    assert court_name("Tribunal de commerce de Saint-Brieuc", date(2026, 1, 1)).startswith(
        "tribunal des activités économiques")
    assert court_name("Tribunal de commerce de Bordeaux", date(2026, 1, 1)) \
        == "Tribunal de commerce de Bordeaux"
    assert court_name("Tribunal judiciaire de Paris", date(2026, 1, 1)) \
        == "Tribunal judiciaire de Paris"


@pytest.mark.parametrize("to", [None, "integra"])
def test_each_co_contractor_gets_its_own_demand(to: str | None) -> None:
    """Vendor and integrator: the analysis finds no co-authorship of one damage, so neither
    letter asks for payment « in solidum » or « solidairement »; each demands its own
    performance and names the other only to reserve the client's rights."""
    for text in both("two-defendants", to):
        assert "solidum" not in text and "solidair" not in text
        assert "nous vous mettons en demeure" in text
        assert "sans préjudice des droits et actions de notre cliente" in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_sending_mode_speaks_to_the_addressee(lang: str) -> None:
    """The contract's form (« au siège du destinataire, à l'attention de son représentant
    légal ») is said to the addressee in French: « à votre siège, à l'attention de votre
    représentant légal » (the old letter spoke of the addressee in the third person); the
    English letter quotes the contract's words as such."""
    text = _flat(example("credit-scoring", "mise-en-demeure", lang).plain_text())
    if lang == "fr":
        assert "par lettre recommandée avec avis de réception à votre siège, à l'attention de " \
               "votre représentant légal (article 21.3)." in text
        assert "du destinataire" not in text
    else:
        assert "in the form the contract provides: “lettre recommandée" in text


@pytest.mark.parametrize(("name", "where"), [("credit-scoring", "example"),
                                             ("logistics-forecast", "example"),
                                             ("adhesion-cap", "varied"),
                                             ("two-defendants", "varied")])
def test_a_quoted_clause_stays_with_its_lead_in(name: str, where: str) -> None:
    """« Cette stipulation est ainsi rédigée : » at the foot of page 1 and the clause on page 2
    (the credit-scoring notice): each page holds as many quoted clauses as lead-ins."""
    for number, page in enumerate(pages(_doc(name, where, "mise-en-demeure")), 1):
        leads = re.sub(r"\s+", " ", page).count("ainsi rédigée :")
        quotes = len(re.findall(r"^— ", page, re.MULTILINE))
        assert leads == quotes, (name, number, leads, quotes)


@pytest.mark.parametrize(("name", "where"), [("expired-1648", "varied"),
                                             ("former-law", "varied"),
                                             ("credit-scoring", "example"),
                                             ("logistics-forecast", "example")])
def test_the_table_caption_stays_under_its_table(name: str, where: str) -> None:
    """« Mesures de la campagne du … » alone at the top of page 2, its table on page 1 (the
    expired-1648 notice): the caption is on a page that holds the table."""
    for number, page in enumerate(pages(_doc(name, where, "mise-en-demeure")), 1):
        if "Mesures de la campagne du" in page:
            assert "Verdict" in page, (name, number)


def test_an_english_letter_speaks_of_a_consumer_as_a_person() -> None:
    """« the loss it suffers, which it currently assesses » said of Mme Claire Fontaine (the
    old English letter): a natural person is « they », a company « it »."""
    text = _flat(Case("consumer", CASES / "consumer.yaml", "mise-en-demeure", "en")
                 .build().plain_text())
    assert "the loss they suffer, which they currently assess at" in text
    assert "the loss it suffers" not in text
    assert "advise our client and warn them about the fitness of the system for the use they " \
           "had made known to you" in text
    company = _flat(example("credit-scoring", "mise-en-demeure", "en").plain_text())
    assert "the loss it suffers, which it currently assesses at" in company
