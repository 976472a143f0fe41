"""A formal notice is advocacy sent to the adversary: nothing internal reaches it.

For every dossier of the golden cases (the fixture and each example), in both languages, the
notice must not contain any finding's counter-argument, missing-fact question or caveat, nor the
engine's own third-person conclusions, nor the statistical and web jargon of the expert's report.
"""

from __future__ import annotations

import re

import pytest

from recours.documents.legal_view import legal_view
from recours.law import analyse
from tests.documents.golden_cases import FIXTURE, ON, cases

NOTICES = [c for c in cases() if c.kind == "mise-en-demeure"]

FORBIDDEN = {
    "fr": ("le client peut", "sauf force majeure", "ne s'appliquent qu'à compter",
           "l'argument repose", "à vérifier", "non documentée", "racine de Merkle",
           "clopper", "bootstrap", "p ajustée", "http://", "https://", "run-20", "le fournisseur",
           "Collaboration partiellement", "non daté", "toute somme due", "au moins 2",
           "texte officiel non enregistré", "non enregistré", "à compléter", "à préciser",
           "déployeur", "in solidum", "Plafond : Plafond", "(fermée)"),
    "en": ("the client may", "unless force majeure", "only apply from", "to be checked",
           "Merkle root", "clopper", "bootstrap", "adjusted p", "http://", "https://", "run-20",
           "the vendor will", "any sum due", "official text not stored", "to be completed",
           "deployer", "in solidum", "Cap: Cap", "(closed)"),
}


def _internal_texts(case: object) -> list[str]:
    dossier = case.dossier()  # type: ignore[attr-defined]
    if case.path == FIXTURE and dossier.analysis is not None:  # type: ignore[attr-defined]
        view = legal_view(dossier.analysis.data, case.lang)  # type: ignore[attr-defined]
    else:
        view = legal_view(analyse(dossier, on=ON), case.lang)  # type: ignore[attr-defined]
    texts: list[str] = []
    for f in view.findings:
        texts += [t for t in (*f.counter_arguments, *f.missing) if len(t) > 25]
        if f.area == "ground" and len(f.conclusion) > 25:
            texts.append(f.conclusion)
    return texts


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


@pytest.mark.parametrize("case", NOTICES, ids=lambda c: c.stem)
def test_the_notice_holds_nothing_internal(case: object) -> None:
    text = _flat(case.build().plain_text())  # type: ignore[attr-defined]
    for internal in _internal_texts(case):
        assert _flat(internal) not in text, internal
    for phrase in FORBIDDEN[case.lang]:  # type: ignore[attr-defined]
        assert phrase.lower() not in text.lower(), phrase


@pytest.mark.parametrize("case", NOTICES, ids=lambda c: c.stem)
def test_the_notice_pleads_principal_then_subsidiary(case: object) -> None:
    text = _flat(case.build().plain_text())  # type: ignore[attr-defined]
    if case.lang != "fr":  # type: ignore[attr-defined]
        return
    if "Garantie des vices cachés." in text and "délivrance conforme" in text.lower():
        assert "À titre subsidiaire" in text
        assert text.index("Défaut de délivrance conforme") < text.index("À titre subsidiaire")


ALL_FR = [c for c in cases() if c.lang == "fr" and not c.refused]


@pytest.mark.parametrize("case", ALL_FR, ids=lambda c: c.stem)
def test_french_documents_show_no_raw_enum_value(case: object) -> None:
    from recours.dossier.labels import LABELS

    text = case.build().plain_text()  # type: ignore[attr-defined]
    raw = {m.value for m in LABELS if "_" in m.value}
    leaked = sorted(v for v in raw if re.search(rf"\b{re.escape(v)}\b", text))
    assert leaked == []
    assert ">=" not in text and "<=" not in text
