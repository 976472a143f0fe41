"""The bundled examples: valid dossiers, files that match their hashes, reproducible
generators, real contract files quoting the commitments, and data that tell the intended story.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import re
import shutil
import unicodedata
from functools import cache
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
from docx import Document
from pypdf import PdfReader
from scipy.stats import rankdata

from recours.dossier import Dossier, load_dossier
from recours.errors import RecoursError
from tests.conftest import EXAMPLES

NAMES = ["credit-scoring", "logistics-forecast"]
MAX_BYTES = 3 * 1024 * 1024


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@cache
def _dossier(name: str) -> Dossier:
    return load_dossier(EXAMPLES / name / "dossier.yaml")


def _module(name: str, script: str) -> ModuleType:
    path = EXAMPLES / name / script
    spec = importlib.util.spec_from_file_location(f"example_{name}_{path.stem}".replace("-", "_"),
                                                  path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


@cache
def _pdf_pages(path: Path) -> tuple[str, ...]:
    return tuple(_normalise(page.extract_text()) for page in PdfReader(path).pages)


def _docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    parts += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return _normalise(" ".join(parts))


def _contract_files(name: str, suffix: str) -> list[Path]:
    folder = EXAMPLES / name
    return [folder / d.path for d in _dossier(name).contract.documents if d.path.endswith(suffix)]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _column(name: str, dataset: str, role: str) -> np.ndarray:
    spec = _dossier(name).dataset(dataset)
    assert spec is not None
    rows = _rows(EXAMPLES / name / spec.path)
    return np.array([row[spec.columns[role]] for row in rows])


# --- the dossiers -----------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_dossier_validates(name: str) -> None:
    dossier = _dossier(name)
    assert dossier.language == "fr"
    assert dossier.client is not None and dossier.vendor is not None
    assert dossier.commitments and dossier.losses and dossier.timeline


@pytest.mark.parametrize("name", NAMES)
def test_every_commitment_has_a_dataset_and_a_quoted_clause(name: str) -> None:
    for commitment in _dossier(name).commitments:
        assert commitment.dataset is not None, commitment.id
        assert commitment.source is not None and commitment.source.quote, commitment.id


def test_a_changed_quote_is_not_found(tmp_path: Path) -> None:
    text = (EXAMPLES / "credit-scoring" / "dossier.yaml").read_text(encoding="utf-8")
    changed = text.replace("égal à\n        0,70", "égal à\n        0,60")
    assert changed != text
    broken = tmp_path / "dossier.yaml"
    broken.write_text(changed, "utf-8")
    dossier = load_dossier(broken)
    pages = _pdf_pages(EXAMPLES / "credit-scoring" / "contrat-credisense.pdf")
    quotes = [_normalise(c.source.quote) for c in dossier.commitments if c.source and
              c.source.quote]
    assert any(not any(q in page for page in pages) for q in quotes)


def test_loading_a_missing_example_fails(tmp_path: Path) -> None:
    with pytest.raises(RecoursError):
        load_dossier(tmp_path / "absent" / "dossier.yaml")


# --- files and hashes -------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_files_match_recorded_sha256(name: str) -> None:
    dossier = _dossier(name)
    refs = [*dossier.contract.documents, *dossier.datasets,
            *(doc for event in dossier.timeline for doc in event.documents)]
    assert len(refs) >= 5
    for ref in refs:
        path = EXAMPLES / name / ref.path
        assert path.is_file(), path
        assert ref.sha256 == _sha256(path), f"{path}: run examples/refresh_hashes.py"
        assert path.stat().st_size < MAX_BYTES, path


@pytest.mark.parametrize("name", NAMES)
def test_dataset_columns_exist(name: str) -> None:
    for spec in _dossier(name).datasets:
        with (EXAMPLES / name / spec.path).open(encoding="utf-8") as handle:
            header = next(csv.reader(handle))
        assert set(spec.columns.values()) <= set(header), (spec.id, header)
    for commitment in _dossier(name).commitments:
        if commitment.group_by:
            spec = _dossier(name).dataset(commitment.dataset or "")
            assert spec is not None and commitment.group_by == spec.columns.get("group")


@pytest.mark.parametrize("name", NAMES)
def test_data_generator_is_deterministic(name: str, tmp_path: Path) -> None:
    _module(name, "generate_data.py").main(tmp_path)
    for spec in _dossier(name).datasets:
        assert _sha256(tmp_path / Path(spec.path).name) == spec.sha256, spec.path


def test_refresh_hashes_rewrites_a_stale_hash(tmp_path: Path) -> None:
    folder = tmp_path / "credit-scoring"
    shutil.copytree(EXAMPLES / "credit-scoring", folder)
    target = folder / "donnees" / "journal_api.csv"
    target.write_text(target.read_text(encoding="utf-8") + "2026-03-01T00:00:00.000Z,1,200\n",
                      encoding="utf-8")
    refresher = _module("credit-scoring", "../refresh_hashes.py")
    assert refresher.refresh(folder / "dossier.yaml") == 1
    reloaded = load_dossier(folder / "dossier.yaml")
    spec = reloaded.dataset("journal-api")
    assert spec is not None and spec.sha256 == _sha256(target)
    assert refresher.refresh(folder / "dossier.yaml") == 0


# --- the contracts ----------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_contract_pdf_quotes_every_commitment(name: str) -> None:
    (pdf,) = _contract_files(name, ".pdf")
    pages = _pdf_pages(pdf)
    assert 8 <= len(pages) <= 15
    for commitment in _dossier(name).commitments:
        assert commitment.source is not None and commitment.source.quote
        quote = _normalise(commitment.source.quote)
        found = [index + 1 for index, page in enumerate(pages) if quote in page]
        assert found, (commitment.id, quote)
        if commitment.source.page is not None:
            assert commitment.source.page in found, (commitment.id, found)


@pytest.mark.parametrize("name", NAMES)
def test_contract_docx_is_structured_like_a_contract(name: str) -> None:
    (path,) = _contract_files(name, ".docx")
    doc = Document(str(path))
    headings = [p.text for p in doc.paragraphs if p.style is not None and
                p.style.name == "Heading 1"]
    articles = [h for h in headings if re.match(r"Article \d+ – ", h)]
    annexes = [h for h in headings if re.match(r"Annexe \d+ – ", h)]
    assert len(articles) >= 15 and len(annexes) >= 4
    assert any("Niveaux de service" in h for h in annexes)
    assert any(p.text.startswith("11.3 ") or p.text.startswith("12.3 ") for p in doc.paragraphs)
    assert len(doc.tables) >= 4
    footer = doc.sections[0].footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer
    text = _docx_text(path)
    for commitment in _dossier(name).commitments:
        assert commitment.source is not None and commitment.source.quote
        assert _normalise(commitment.source.quote) in text, commitment.id


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_contract_generator_reproduces_the_committed_text(name: str, tmp_path: Path) -> None:
    module = _module(name, "make_contract.py")
    module.main(tmp_path)
    contract = module.CONTRACT
    running = [re.escape(_normalise(contract.header)),
               re.escape(_normalise(contract.reference)) + r" — Page \d+ sur \d+"]

    def body(path: Path) -> str:  # the text without running header and footer
        text = " ".join(_pdf_pages(path))
        return _normalise(re.sub("|".join(running), " ", text))

    for committed in _contract_files(name, ".pdf"):
        assert _normalise(contract.header) in " ".join(_pdf_pages(committed))
        assert body(tmp_path / committed.name) == body(committed)
    for committed in _contract_files(name, ".docx"):
        assert _docx_text(tmp_path / committed.name) == _docx_text(committed)


# --- the data tell the intended story (point estimates only) -----------------------------


def _credit() -> dict[str, np.ndarray]:
    name = "credit-scoring"
    return {
        "label": _column(name, "jeu-test", "label").astype(int),
        "score": _column(name, "jeu-test", "score").astype(float),
        "group": _column(name, "jeu-test", "group"),
    }


def test_credit_data_story() -> None:
    data = _credit()
    label, score = data["label"], data["score"]
    predicted = score >= 0.35
    positives, negatives = label == 1, label == 0
    ranks = rankdata(score)
    n_pos, n_neg = positives.sum(), negatives.sum()
    auc = (ranks[positives].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)
    recall = predicted[positives].mean()
    fpr = predicted[negatives].mean()
    rates = [predicted[positives & (data["group"] == g)].mean() for g in set(data["group"])]
    assert label.size == 20_000
    assert auc > 0.81  # met
    assert recall < 0.66  # clearly missed (>= 0.70 promised)
    assert 0.145 < fpr < 0.156  # borderline around 0.15
    assert max(rates) - min(rates) > 0.12  # missed (<= 0.05 promised)


def _monthly_availability(name: str) -> dict[str, float]:
    stamps = _column(name, "sondes", "timestamp")
    up = _column(name, "sondes", "up").astype(int)
    months = np.array([s[:7] for s in stamps])
    return {m: float(up[months == m].mean()) for m in sorted(set(months))}


def test_credit_operations_story() -> None:
    latency = _column("credit-scoring", "journal-api", "latency_ms").astype(float)
    assert np.percentile(latency, 95) < 260  # met (<= 300 ms)
    availability = _monthly_availability("credit-scoring")
    assert [m for m, a in availability.items() if a < 0.995] == ["2025-12"]


def test_logistics_story() -> None:
    name = "logistics-forecast"
    weeks = _column(name, "previsions", "period")
    forecast = _column(name, "previsions", "forecast").astype(float)
    actual = _column(name, "previsions", "actual").astype(float)
    assert actual.min() >= 20
    error = np.abs(forecast - actual)
    wape = {w: error[weeks == w].sum() / actual[weeks == w].sum() for w in sorted(set(weeks))}
    mape = {w: (error[weeks == w] / actual[weeks == w]).mean() for w in sorted(set(weeks))}
    before = [w for w in wape if w < "2026-W37"]
    after = [w for w in wape if w >= "2026-W37"]
    assert max(wape[w] for w in before) < 0.17 and max(mape[w] for w in before) < 0.21
    assert min(wape[w] for w in after) > 0.24  # missed every week
    assert all(0.22 < mape[w] < 0.28 for w in after)  # borderline
    availability = _monthly_availability(name)
    assert availability["2026-10"] < 0.99
    assert 0.993 < availability["2026-07"] < 0.996


# --- the real evidence engine reaches the designed verdicts -------------------------------


def _verdicts(name: str) -> dict[tuple[str, str | None], str]:
    from recours.evidence import evaluate, spec_from_dossier

    path = EXAMPLES / name / "dossier.yaml"
    spec = spec_from_dossier(_dossier(name), path, path.parent)
    results = evaluate(spec).results
    return {(r.commitment_id, r.window): r.verdict.value for r in results if r.group is None}


BREACH, CONFORMITY, INCONCLUSIVE = (
    "breach_established", "conformity_established", "inconclusive")


@pytest.mark.slow
def test_credit_verdicts_with_the_evidence_engine() -> None:
    verdicts = _verdicts("credit-scoring")
    assert verdicts[("C1-auc", None)] == CONFORMITY
    assert verdicts[("C2-rappel", None)] == BREACH
    assert verdicts[("C3-faux-positifs", None)] == INCONCLUSIVE
    assert verdicts[("C4-equite-age", None)] == BREACH
    latency = {w: v for (c, w), v in verdicts.items() if c == "C5-latence"}
    assert len(latency) == 6 and set(latency.values()) == {CONFORMITY}
    availability = {w: v for (c, w), v in verdicts.items() if c == "C6-disponibilite"}
    assert availability.pop("2025-12") == BREACH
    assert len(availability) == 5 and set(availability.values()) == {CONFORMITY}


@pytest.mark.slow
def test_logistics_verdicts_with_the_evidence_engine() -> None:
    verdicts = _verdicts("logistics-forecast")
    wape = {w: v for (c, w), v in verdicts.items() if c == "W1-wape"}
    mape = {w: v for (c, w), v in verdicts.items() if c == "W2-mape"}
    assert len(wape) == len(mape) == 38
    assert all(v == (BREACH if w >= "2026-W37" else CONFORMITY) for w, v in wape.items())
    assert all(v == CONFORMITY for w, v in mape.items() if w < "2026-W37")
    after = [v for w, v in mape.items() if w >= "2026-W37"]
    assert after.count(INCONCLUSIVE) >= 8
    availability = {w: v for (c, w), v in verdicts.items() if c == "D1-disponibilite"}
    assert availability.pop("2026-10") == BREACH
    assert availability.pop("2026-07") == INCONCLUSIVE
    assert set(availability.values()) == {CONFORMITY}
