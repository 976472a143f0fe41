"""An evidence run's economies change nothing it computes: the CLI's process (pass without
pandas, scipy.special's functions preloaded, freed memory kept) gives the same results; the file is hashed while it is read, and a substituted file is still named
as such, before any bad value it holds."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from recours.dossier import load_dossier
from recours.errors import DataError
from recours.evidence import evaluate, spec_from_dossier
from tests.conftest import EXAMPLES

ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import json, sys
from pathlib import Path
from recours.evidence.lean import keep_freed_memory, preload_special_functions
lean = sys.argv[2] == "lean"
if lean:                         # what the CLI's evidence run does before anything else
    preload_special_functions()
    assert keep_freed_memory() == sys.platform.startswith("linux")
from recours.dossier import load_dossier
from recours.evidence import evaluate, spec_from_dossier
from recours.evidence.lean import without_pandas
path = Path(sys.argv[1])
spec = spec_from_dossier(load_dossier(path), path, path.parent)
if lean:
    with without_pandas():
        res = evaluate(spec)
else:
    import pandas  # noqa: F401  (the ordinary case: pyarrow's pandas bridge loaded)
    res = evaluate(spec)
print(json.dumps({"pandas": "pandas" in sys.modules, "dateutil": "dateutil" in sys.modules,
                  "numpy.ma": "numpy.ma" in sys.modules,
                  "results": res.model_dump(mode="json")}))
"""


def _child(dossier: Path, mode: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    out = subprocess.run([sys.executable, "-c", CHILD, str(dossier), mode], env=env,
                         capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.slow
@pytest.mark.parametrize("example", ["credit-scoring", "logistics-forecast"])
def test_the_lean_cli_process_gives_the_same_results(example: str) -> None:
    pytest.importorskip("pandas")
    dossier = EXAMPLES / example / "dossier.yaml"
    lean, usual = _child(dossier, "lean"), _child(dossier, "usual")
    assert lean["pandas"] is False and usual["pandas"] is True
    assert lean["dateutil"] is False and lean["numpy.ma"] is False     # issue 16, start-up
    assert lean["results"] == usual["results"]


def test_the_refusal_ends_with_the_block() -> None:
    from recours.evidence.lean import without_pandas

    before = list(sys.meta_path)
    with without_pandas():
        pass
    assert sys.meta_path == before


def test_a_substituted_file_is_named_before_its_bad_values(tmp_path: Path) -> None:
    shutil.copytree(EXAMPLES / "credit-scoring", tmp_path / "c")
    dossier = tmp_path / "c" / "dossier.yaml"
    data = tmp_path / "c" / "donnees" / "jeu_test_contractuel.csv"
    lines = data.read_text().splitlines()
    header = lines[0].split(",")
    row = lines[1].split(",")
    row[header.index("score")] = "pas un nombre"
    data.write_text("\n".join([lines[0], ",".join(row), *lines[2:]]) + "\n")
    spec = spec_from_dossier(load_dossier(dossier), dossier, dossier.parent)
    with pytest.raises(DataError) as err:
        evaluate(spec)
    assert "diffère de celui déclaré" in err.value.message.fr


def test_the_hash_read_alongside_is_the_file_hash(tmp_path: Path) -> None:
    import hashlib

    dossier = EXAMPLES / "credit-scoring" / "dossier.yaml"
    spec = spec_from_dossier(load_dossier(dossier), dossier, dossier.parent)
    res = evaluate(spec)
    for ds in res.datasets:
        assert ds.path is not None
        assert ds.sha256 == hashlib.sha256(Path(ds.path).read_bytes()).hexdigest()


PRELOAD = """
import sys
from recours.evidence.lean import preload_special_functions
preload_special_functions()
from recours.evidence.stats import dist
import numpy as np
lean = "scipy.special" not in sys.modules
q = np.array([0.0005, 0.025, 0.5, 0.975])
mine = [dist.beta_ppf(q, 3, 40), dist.binom_cdf(np.arange(-1, 12), 10, 0.3),
        dist.norm_ppf(q), dist.t_ppf(q, 7), dist.t_sf(np.array([-2.0, 0.3]), 19)]
from scipy import stats
import scipy.special
ref = [stats.beta.ppf(q, 3, 40), stats.binom.cdf(np.arange(-1, 12), 10, 0.3),
       stats.norm.ppf(q), stats.t.ppf(q, 7), stats.t.sf(np.array([-2.0, 0.3]), 19)]
same = all(np.array_equal(a, b) for a, b in zip(mine, ref))
print(lean, same, scipy.special.ndtri is dist.ndtri, scipy.special.ndtr(0.0))
"""


def test_special_functions_preloaded_are_scipys_own() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    out = subprocess.run([sys.executable, "-c", PRELOAD], env=env, capture_output=True,
                         text=True, check=True).stdout.split()
    assert out == ["True", "True", "True", "0.5"]
