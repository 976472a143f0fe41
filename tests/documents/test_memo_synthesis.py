"""The note d'analyse opens on a synthesis: what to plead (the notice's own grounds, in the same
order), the other side's replies, the amounts with the cap, the next deadline, proof to supply."""

from __future__ import annotations

import re

import pytest

from recours.documents.notice_grounds import CONSUMER, PLEAS
from tests.documents.golden_cases import cases

NOTES = [c for c in cases() if c.kind == "note" and c.lang == "fr" and c.name != "fixture"]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


@pytest.mark.parametrize("case", NOTES, ids=lambda c: c.stem)
def test_the_note_opens_on_what_to_plead(case: object) -> None:
    note = _flat(case.build().plain_text())  # type: ignore[attr-defined]
    notice_case = next(c for c in cases() if c.name == case.name  # type: ignore[attr-defined]
                       and c.kind == "mise-en-demeure" and c.lang == "fr")
    notice = _flat(notice_case.build().plain_text())
    synthesis = note[note.index("Synthèse"):note.index("Chronologie")]
    headings = ["À plaider", "Réponses attendues de l'adversaire", "Montants",
                "Prochaine échéance"]
    for heading in headings:
        assert heading in synthesis, heading
    assert "à titre principal" in synthesis
    titles = {p.title.fr for p in (*PLEAS.values(), *CONSUMER.values())}
    pleaded = [t for t in titles if t + "." in notice]
    assert pleaded, "the notice pleads no ground"
    assert synthesis.count("à titre") + synthesis.count("en tout état") == len(pleaded)
    positions = [synthesis.index(h) for h in headings]
    assert positions == sorted(positions), "the synthesis is out of order"
    assert "Somme réclamée dans la mise en demeure" in synthesis
    # the engine computes no damages under the former law yet: the claim only, no estimate
    assert ("Préjudice réparable estimé" in synthesis) is (case.name != "former-law")  # type: ignore[attr-defined]
    if case.dossier().contract.liability_cap is not None:  # type: ignore[attr-defined]
        assert "plafond" in synthesis[synthesis.index("Somme réclamée"):]
    deadline = synthesis[synthesis.index("Prochaine échéance"):]
    assert re.search(r"\d{1,2}(er)? \w+ \d{4}", deadline), "the next deadline has no date"


@pytest.mark.parametrize("case", NOTES, ids=lambda c: c.stem)
def test_the_synthesis_says_counts_in_french_and_keeps_steps_apart_from_proof(
        case: object) -> None:
    note = case.build().plain_text()  # type: ignore[attr-defined]
    synthesis = note[note.index("Synthèse"):note.index("Chronologie")]
    days = re.findall(r"\(([\d\u00a0\u202f ]+) jours?\)", synthesis)
    assert days, "the next deadline has no count of days"
    for n in days:
        digits = n.replace("\u202f", "").replace("\u00a0", "")
        assert " " not in n and (len(digits) < 4 or n != digits), f"« {n} jours »"
    if "Preuves et faits à compléter" in synthesis:
        proof = synthesis[synthesis.index("Preuves et faits à compléter"):]
        proof = proof.split("Démarches à accomplir")[0]
        for line in proof.splitlines()[1:]:
            assert not line or "?" in line, f"a step among the proof: {line}"


@pytest.mark.parametrize("case", NOTES, ids=lambda c: c.stem)
def test_the_damages_table_reads_as_written(case: object) -> None:
    """Read on the PDF pages: « Fourchette retenue : de 42 700,00 € à 42 700,00 € » (a range of
    one value) and reasons in the table starting in lower case (« frais supplémentaires : … »)
    under « Gain manqué : … »."""
    doc = case.build()  # type: ignore[attr-defined]
    text = _flat(doc.plain_text())
    assert not re.search(r"de ([\d ,]+ €) à \1", text), "a range of one value"
    damages = text[text.index("Préjudice Chef de préjudice"):] \
        if "Préjudice Chef de préjudice" in text else ""
    for reason in re.findall(r"\| (?:oui|non|discutable) \| ([^|]+?)(?: \||$)", damages):
        assert reason[:1].isupper() or reason == "—", reason


@pytest.mark.parametrize("case", NOTES, ids=lambda c: c.stem)
def test_several_defendants_are_named_with_what_to_plead(case: object) -> None:
    """With a vendor and its integrator, the synthesis says who gets a formal notice — each its
    own letter — before the grounds."""
    note = _flat(case.build().plain_text())  # type: ignore[attr-defined]
    synthesis = note[note.index("Synthèse"):note.index("Chronologie")]
    d = case.dossier()  # type: ignore[attr-defined]
    several = d.vendor is not None and any(p.role == "integrator" for p in d.parties)
    assert ("Mises en demeure :" in synthesis) is several
    if several:
        for p in d.parties:
            if p.role in ("vendor", "integrator"):
                assert p.name in synthesis[:synthesis.index("à titre principal")]
