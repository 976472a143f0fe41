"""The compliance report names every method in the reader's words, from the one table of
``recours.evidence.stats.validity``, with its validity conditions; no identifier of the
engine (method keys, enum values, comparators) reaches the text a user reads."""

from __future__ import annotations

import re

import pytest

from recours.dossier import Metric
from recours.dossier.labels import LABELS as ENUM_LABELS
from recours.evidence.bundle.timestamp import StampStatus
from recours.evidence.stats import validity
from tests.documents.golden_cases import cases, evaluated_run

RAPPORTS = [c for c in cases() if c.kind == "rapport" and not c.refused]
EXAMPLES = [c for c in RAPPORTS if c.name in {"credit-scoring", "logistics-forecast"}]


def _raw_identifiers() -> set[str]:
    keys = set(validity.LABELS) | set(validity.CONDITIONS)
    raw = keys | {k.replace("_", "-") for k in keys}
    raw |= {m.value for m in Metric if "_" in m.value}
    raw |= {m.value for m in ENUM_LABELS if "_" in m.value}
    raw |= {s.name for s in StampStatus}
    return raw


RAW = _raw_identifiers()


def _spaces(text: str) -> str:
    """French typesetting puts narrow and non-breaking spaces before « ; : »."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def test_the_examples_are_both_covered() -> None:
    assert {c.name for c in EXAMPLES} == {"credit-scoring", "logistics-forecast"}
    assert {(c.name, c.lang) for c in EXAMPLES} >= {("credit-scoring", "fr"),
                                                   ("credit-scoring", "en")}


@pytest.mark.parametrize("case", RAPPORTS, ids=lambda c: c.stem)
def test_the_report_shows_no_raw_identifier(case: object) -> None:
    text = case.build().plain_text()  # type: ignore[attr-defined]
    leaked = sorted(v for v in RAW if re.search(rf"(?<![\w-]){re.escape(v)}(?![\w-])", text))
    assert leaked == []
    assert ">=" not in text and "<=" not in text
    assert re.search(r"\bwilson\b|clopper.pearson|\bVALID\b|\bINCONCLUSIVE\b", text) is None


@pytest.mark.parametrize("case", EXAMPLES, ids=lambda c: c.stem)
def test_every_method_is_named_with_its_conditions(case: object) -> None:
    run = evaluated_run(case.path)  # type: ignore[attr-defined]
    text = _spaces(case.build().plain_text())  # type: ignore[attr-defined]
    lang = case.lang  # type: ignore[attr-defined]
    for r in run.results:
        name = validity.label(r.method)
        assert name is not validity.UNKNOWN, r.method
        cond = validity.conditions(r.method)
        assert cond is not None, r.method
        assert _spaces(name.render(lang))[1:] in text and _spaces(cond.render(lang)) in text


def test_every_method_key_has_a_name_in_both_languages() -> None:
    assert set(validity.CONDITIONS) <= set(validity.LABELS)
    for key, t in validity.LABELS.items():
        assert t.fr and t.en and t.fr != t.en, key
        assert "_" not in t.fr + t.en, key
    assert validity.label("mn_score_bonferroni[12 pairs, min 10 cases per group]") is \
        validity.LABELS["mn_score_bonferroni"]
    assert validity.label("student_t_sqrt") is validity.LABELS["student_t_sqrt"]
    assert validity.label("no_such_method") is validity.UNKNOWN


def test_the_bundle_report_uses_the_same_names() -> None:
    from recours.evidence.bundle.report import _method

    for key, t in validity.LABELS.items():
        assert _method(key + "[4000]", "fr") == t.fr
        assert _method(key, "en") == t.en
