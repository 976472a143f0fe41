"""What reading the note's PDF pages found, each checked on every note (both examples, the six
varied dossiers, FR and EN)."""

from __future__ import annotations

import pytest

from recours.documents import view_of
from recours.documents.model import Document
from tests.documents.golden_cases import ON, Case, cases

NOTES = [c for c in cases() if c.kind == "note"]


def _tables(doc: Document, first: str) -> list[list[list[str]]]:
    """The rows (cells as plain text) of each table whose first header is ``first``."""
    found = []
    for block in doc.blocks:
        header = getattr(block, "header", None)
        if header and header[0] == first:
            found.append([[cell if isinstance(cell, str) else str(cell) for cell in row]
                          for row in block.rows])
    return found


@pytest.mark.parametrize("case", NOTES, ids=lambda c: c.stem)
def test_the_bordereau_lists_each_file_once_and_no_unsealed_bundle(case: Case) -> None:
    """Read on page 18 of the credit-scoring note: « contrat-credisense.pdf » listed twice
    (contract document, then the signature's document), and « Paquet de preuves scellé
    golden-… » for a run with no bundle and no fingerprint."""
    doc = case.build()
    first = "N°" if case.lang == "fr" else "No."
    tables = _tables(doc, first)
    if not tables:  # read on page 9 of the expired-1648 note: a table of headers only
        assert ("Aucune pièce déclarée" if case.lang == "fr" else "No exhibit declared") \
            in doc.plain_text()
        return
    (rows,) = tables
    assert rows, "a table of headers only"
    files = [r[2] for r in rows if r[2] != "—"]
    assert len(files) == len(set(files)), files
    dossier = case.dossier()
    sealed = {run.id for run in dossier.evidence_runs if run.bundle or run.merkle_root}
    for row in rows:
        if row[1].startswith(("Paquet de preuves scellé", "Sealed evidence bundle")):
            assert any(run_id in row[1] for run_id in sealed), row


@pytest.mark.parametrize("case", NOTES, ids=lambda c: c.stem)
def test_the_chronology_reads_as_written(case: Case) -> None:
    """Read on page 2 of the credit-scoring note: « 1er septembre 2025 » cut over three lines of
    the date column, and reservations joined as « … 3.3 b)).; Notice … »."""
    doc = case.build()
    first = "Date"
    for rows in _tables(doc, first):
        for row in rows:
            assert " " not in row[0], f"a date cut in its cell: {row[0]!r}"
            assert ".;" not in row[2] and ". ;" not in row[2].replace("\u00a0", " ").replace(
                "\u202f", " "), row[2]


def _met_and_missing(text: str) -> list[tuple[list[str], list[str]]]:
    """Each finding's « Conditions remplies » lines with the « Éléments manquants » after them."""
    out: list[tuple[list[str], list[str]]] = []
    lines = text.split("\n")
    met_heads = ("Conditions remplies\u00a0:", "Conditions met:")
    missing_heads = ("Éléments manquants\u00a0:", "Missing facts:")
    for i, line in enumerate(lines):
        if line not in met_heads:
            continue
        met: list[str] = []
        j = i + 1
        while j < len(lines) and lines[j].strip() and not lines[j].endswith((":", "\u00a0:")):
            met.append(lines[j])
            j += 1
        missing: list[str] = []
        if j < len(lines) and lines[j] in missing_heads:
            j += 1
            while j < len(lines) and lines[j].strip() and not lines[j].endswith(
                    (":", "\u00a0:")) and " — " not in lines[j]:
                missing.append(lines[j])
                j += 1
        out.append((met, missing))
    return out


@pytest.mark.parametrize("case", NOTES, ids=lambda c: c.stem)
def test_a_fact_still_missing_is_not_a_condition_met(case: Case) -> None:
    """Read on page 6 of the adhesion-cap note: « Risque minimal » listed « point de l'annexe
    III » under « Conditions remplies » (a fact with no value) and « Point de l'annexe III : à
    préciser » under « Éléments manquants »."""
    for met, missing in _met_and_missing(case.build().plain_text()):
        asked = {m.split("\u00a0:")[0].split(":")[0].strip().lower() for m in missing}
        for fact in met:
            assert fact.strip().lower() not in asked, (fact, missing)


@pytest.mark.parametrize("case", NOTES, ids=lambda c: c.stem)
def test_a_proven_fact_reads_once_in_the_readers_language(case: Case) -> None:
    """Read on pages 4–6 of the English credit-scoring note: « non-conformity established
    (constat : P2): established » — the engine's basis word and French colon in English, and
    the status said twice (« non-conformité établie (…) : établie » in French too)."""
    text = case.build().plain_text().replace("\u00a0", " ")
    for line in text.split("\n"):
        if line.startswith(("non-conformité établie", "non-conformity established")):
            assert not line.endswith((": établie", ": established")), line
        if case.lang == "en":
            for raw in ("constat", "expert", "admission", "statistical_breach", "document"):
                assert f"({raw} : " not in line and f"({raw}: " not in line, line


@pytest.mark.parametrize("case", NOTES, ids=lambda c: c.stem)
def test_a_fact_that_states_its_value_is_not_followed_by_the_raw_number(case: Case) -> None:
    """Read on page 13 of the English credit-scoring note: « amount paid on 26 November 2026:
    €545,000.00: 545000 » and « cap at least equal to the price actually paid: not derisory:
    2.00 » — the label already says it; the engine's raw number follows."""
    import re

    sep = " : " if case.lang == "fr" else ": "
    for line in case.build().plain_text().replace("\u00a0", " ").split("\n"):
        parts = line.split(sep)
        if len(parts) >= 3:
            assert not re.fullmatch(r"-?[\d\s.,]+", parts[-1].strip()), line


@pytest.mark.parametrize("case", [c for c in NOTES if c.lang == "en"], ids=lambda c: c.stem)
def test_an_english_note_never_writes_the_french_anc(case: Case) -> None:
    """Read on pages 1, 5 and 8 of the former-law English memo: « (art. 1146 anc.) », « (art.
    1135 anc., 1134 anc.) », « (art. 1315 anc.) » — the French abbreviation in English text,
    where the footnotes say « former art. »."""
    text = case.build().plain_text()
    assert " anc." not in text
    if case.name == "former-law":
        assert "(former art. 1146)" in text


@pytest.mark.parametrize("case", NOTES, ids=lambda c: c.stem)
def test_a_condition_met_is_never_a_missing_fact(case: Case) -> None:
    """Read on page 5 of the saas-outage English memo (and of the consumer, expired-1648,
    former-law, two-defendants memos): « Conditions met: Annex III point », then « Missing
    facts: Annex III point: to be stated. » — a fact of unknown value is not a condition met."""
    view = view_of(case.dossier(), case.lang, ON)  # type: ignore[arg-type]
    assert view.findings
    for finding in view.findings:
        asked = {m.split(":")[0].strip().lower() for m in finding.missing}
        met = {f.strip().lower() for f in finding.facts}
        assert not asked & met, (finding.title, asked & met)


@pytest.mark.parametrize("case", [c for c in NOTES if c.name == "logistics-forecast"],
                         ids=lambda c: c.stem)
def test_a_head_estimated_as_a_range_shows_its_range(case: Case) -> None:
    """Read on page 12 of the logistics-forecast note: the range's high end (494 300 €) came
    from the lost-margin head's high estimate (165 000 €), while the damages table showed its
    central amount only (120 000 €) and added up to 449 300 €."""
    (rows,) = _tables(case.build(), "Chef de préjudice" if case.lang == "fr" else "Head of loss")
    margin = next(r for r in rows if "Marge perdue" in r[0])
    nb = margin[3].replace("\u202f", " ").replace("\u00a0", " ")
    if case.lang == "fr":
        assert nb.endswith(" Estimé de 80 000,00 € à 165 000,00 €."), nb
    else:
        assert nb.endswith(" Estimated at €80,000.00 to €165,000.00."), nb
    single = next(r for r in rows if "Heures supplémentaires" in r[0])
    assert "Estim" not in single[3], single  # a head without a range keeps its reason alone


@pytest.mark.parametrize("case", [c for c in NOTES if c.lang == "en"], ids=lambda c: c.stem)
def test_an_english_note_names_the_french_civil_code_in_english(case: Case) -> None:
    """Read on page 6 of the consumer and two-defendants English notes: « Code civil art. 1245
    ff. » in English prose, where the footnotes say « French Civil Code »."""
    assert "Code civil art." not in case.build().plain_text()
