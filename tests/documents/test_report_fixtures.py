"""The runs of the documents' fixture dossiers hold real figures: each proportion is k out of n
with the interval, p-values, Holm-adjusted p-values and verdict the evidence engine gives for
it; every method is one the engine has; no hash is given for a data file that does not exist."""

from __future__ import annotations

from pathlib import Path

import pytest

from recours.dossier import Verdict, load_dossier
from recours.evidence.stats import validity
from recours.evidence.stats.core import Direction
from recours.evidence.stats.proportion import proportion
from recours.evidence.stats.verdict import holm
from tests.documents.golden_cases import FIXTURE, VARIED

FILES = [FIXTURE, *sorted(VARIED.glob("*.yaml"))]
WITH_RUNS = [p for p in FILES if load_dossier(p).evidence_runs]


@pytest.mark.parametrize("path", WITH_RUNS, ids=lambda p: p.stem)
def test_every_figure_is_the_engines_own(path: Path) -> None:
    run = load_dossier(path).evidence_runs[0]
    p_breach: list[float | None] = []
    for r in run.results:
        assert validity.label(r.method) is not validity.UNKNOWN, r.method
        if r.method not in ("clopper_pearson", "wilson"):
            p_breach.append(r.p_value if r.verdict is not Verdict.CONFORMITY else None)
            continue
        assert r.estimate is not None
        k = round(r.estimate * r.n)
        assert abs(k / r.n - r.estimate) < 1e-6, (r.commitment_id, r.window)  # a real count
        higher = r.comparator.value in (">=", ">")
        e = proportion(k, r.n, r.threshold, Direction.HIGHER if higher else Direction.LOWER,
                       r.level, r.method)
        assert r.lower == pytest.approx(e.lower, abs=1e-6)
        assert r.upper == pytest.approx(e.upper, abs=1e-6)
        if r.verdict is Verdict.CONFORMITY:
            assert r.p_value == pytest.approx(e.p_conform, rel=1e-4)
            p_breach.append(None)
        else:
            assert r.p_value == pytest.approx(e.p_breach, rel=1e-4)
            p_breach.append(e.p_breach)
    for r, adjusted in zip(run.results, holm(p_breach), strict=True):
        if r.verdict is not Verdict.CONFORMITY and adjusted is not None:
            assert r.p_adjusted == pytest.approx(adjusted, rel=1e-4), r.commitment_id


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_no_invented_hash_of_a_missing_file(path: Path) -> None:
    dossier = load_dossier(path)
    for ds in dossier.datasets:
        if ds.sha256:
            assert (path.parent / ds.path).exists(), ds.path
