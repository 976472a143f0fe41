"""``recours.evidence.kernels`` calls Arrow's kernels by name without importing
``pyarrow.compute``: the same kernels with the same options as ``pyarrow.compute``'s own
wrappers, so the same results, on every type the pass meets (nulls, NaN, dictionaries,
blank text); and an evidence run from the CLI on a Parquet file never imports the module."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as apc
import pytest

from recours.evidence import kernels

ROOT = Path(__file__).resolve().parents[2]

ARRAYS = [
    pa.array([1.5, None, float("nan"), 0.0, -2.0]),
    pa.array([1, None, 3], pa.int8()),
    pa.array(["a", " ", None, "", " b "]),
    pa.chunked_array([["x", None], ["", "y "]]),
    pa.array(["u", "", " ", None, "u"]).dictionary_encode(),
    pa.array([True, None, False]),
    pa.array([], pa.float64()),
]


@pytest.mark.parametrize("arr", ARRAYS, ids=lambda a: str(a.type))
def test_each_kernel_gives_what_pyarrow_compute_gives(arr: pa.Array) -> None:
    for nan in (False, True):
        assert kernels.is_null(arr, nan_is_null=nan).equals(apc.is_null(arr, nan_is_null=nan))
    nulls = apc.is_null(arr)
    assert kernels.any(nulls).equals(apc.any(nulls))
    assert kernels.any(pa.array([None, None], pa.bool_())).equals(
        apc.any(pa.array([None, None], pa.bool_())))
    assert kernels.or_kleene(nulls, nulls).equals(apc.or_kleene(nulls, nulls))
    if pa.types.is_dictionary(arr.type):
        assert kernels.cast(arr, pa.string()).equals(apc.cast(arr, pa.string()))
        arr = arr.dictionary
    if pa.types.is_string(arr.type):
        trimmed = kernels.utf8_trim_whitespace(arr)
        assert trimmed.equals(apc.utf8_trim_whitespace(arr))
        assert kernels.equal(trimmed, "").equals(apc.equal(trimmed, ""))
    assert kernels.cast(arr, pa.string()).equals(apc.cast(arr, pa.string()))


def test_cast_is_safe_like_pyarrow_compute() -> None:
    with pytest.raises(pa.ArrowInvalid):
        kernels.cast(pa.array([1.5]), pa.int64())
    with pytest.raises(pa.ArrowInvalid):
        kernels.cast(pa.array([300]), pa.int8())
    assert kernels.cast(pa.array([2.0]), pa.int64()).equals(pa.array([2], pa.int64()))


def test_other_names_fall_through_to_pyarrow_compute() -> None:
    assert kernels.value_counts is apc.value_counts
    with pytest.raises(AttributeError):
        kernels.no_such_kernel  # noqa: B018


def test_cli_run_on_parquet_loads_neither_pyarrow_compute_nor_blas_threads(
        tmp_path: Path) -> None:
    """The CLI's run: one BLAS thread (recours.evidence.lean.single_threaded_blas), and the
    pass on a Parquet file does not import pyarrow.compute."""
    import pyarrow.parquet as pq

    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import evidence as bench  # bench/evidence.py: the 12 commitments of the benchmark
    finally:
        sys.path.remove(str(ROOT / "bench"))
        sys.modules.pop("evidence", None)
    from recours.dossier import Dataset, load_dossier, save_dossier
    from recours.evidence.spec import dump_spec

    data = tmp_path / "log.parquet"
    bench.generate(data, 2000)
    parsed = bench.spec_for(data, 200)
    (tmp_path / "spec.yaml").write_text(dump_spec(parsed), encoding="utf-8")
    case = load_dossier(ROOT / "tests" / "dossier" / "fixtures" / "minimal.yaml")
    case.commitments = list(parsed.commitments)
    case.datasets = [Dataset.model_validate(parsed.datasets[0].model_dump(
        include={"id", "path", "kind", "columns"}))]
    save_dossier(case, tmp_path / "dossier.yaml")
    assert pq.ParquetFile(data).metadata.num_rows == 2000
    probe = """
import json, os, sys
sys.argv = ["recours", *sys.argv[1:]]
from recours.cli.main import run
try:
    run()
except SystemExit as exc:
    code = exc.code
else:
    code = 0
print(json.dumps({"code": code, "compute": "pyarrow.compute" in sys.modules,
                  "cloudpickle": "cloudpickle" in sys.modules,
                  "numpy": "numpy" in sys.modules,
                  "blas": os.environ.get("OPENBLAS_NUM_THREADS")}))
"""
    keys = tmp_path / "keys"
    keys.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS",
                                                             "MKL_NUM_THREADS")}
    env.update({"PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
                "RECOURS_DATA_DIR": str(tmp_path / "data"), "COLUMNS": "200"})
    out = subprocess.run(
        [sys.executable, "-c", probe, "evidence", "run", str(tmp_path / "dossier.yaml"),
         "--spec", str(tmp_path / "spec.yaml"), "--out", str(tmp_path / "bundle"),
         "--no-dossier-update", "--key", str(keys / "ed25519.pem")],
        env=env, capture_output=True, text=True, timeout=300)
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0, out.stdout + out.stderr
    assert seen["numpy"] and seen["blas"] == "1"
    assert seen["compute"] is False and seen["cloudpickle"] is False


def test_kernels_of_the_csv_pass_give_what_pyarrow_compute_gives() -> None:
    """index_in, dictionary_encode, utf8_lower, local_timestamp: called by name too."""
    text = pa.array(["Up", "DOWN", None, "up", ""])
    labels = pa.array(["up", "down", ""])
    assert kernels.utf8_lower(text).equals(apc.utf8_lower(text))
    for values in (text, kernels.utf8_lower(text), pa.array([3, None, 1], pa.int64())):
        vs = labels if pa.types.is_string(values.type) else pa.array([1, 3], pa.int64())
        assert kernels.index_in(values, value_set=vs).equals(apc.index_in(values, value_set=vs))
        assert kernels.dictionary_encode(values).equals(apc.dictionary_encode(values))
    stamps = pa.array([0, None, 1_700_000_000_000_000], pa.timestamp("us", tz="Europe/Paris"))
    assert kernels.local_timestamp(stamps).equals(apc.local_timestamp(stamps))


@pytest.mark.parametrize("tz", [None, "UTC"])
@pytest.mark.parametrize("unit", ["s", "ms", "us", "ns"])
def test_calendar_labels_are_strftime_s_keys_in_the_same_order(tz: str | None,
                                                               unit: str) -> None:
    """recours.evidence.keys.calendar_labels: the monthly and daily keys strftime gives,
    dictionary-encoded in order of first appearance, without formatting each row."""
    import numpy as np

    from recours.evidence.keys import calendar_labels

    scale = {"s": 1, "ms": 10**3, "us": 10**6, "ns": 10**9}[unit]
    seconds = np.random.default_rng(7).integers(-10**9, 4 * 10**9, 3000)
    ts = pa.array(seconds * scale, pa.timestamp(unit, tz=tz))
    for window, fmt in (("monthly", "%Y-%m"), ("daily", "%Y-%m-%d")):
        fast = calendar_labels(ts, window)
        slow = apc.dictionary_encode(apc.strftime(ts, format=fmt))
        assert fast is not None
        assert fast.dictionary.equals(slow.dictionary)
        assert fast.indices.cast(pa.int64()).equals(slow.indices.cast(pa.int64()))
    assert calendar_labels(ts, "weekly") is None
    assert calendar_labels(pa.array([0, None], pa.timestamp("s", tz=tz)), "monthly") is None
    paris = pa.array([0], pa.timestamp("s", tz="Europe/Paris"))
    assert calendar_labels(paris, "monthly") is None


def test_cli_run_on_the_credit_scoring_csv_does_not_import_pyarrow_compute(
        tmp_path: Path) -> None:
    """``recours evidence run`` on the credit-scoring example (three CSV files, monthly
    windows, groups, probes): every kernel of its pass is called by name (issue 16)."""
    import shutil

    case = tmp_path / "credit-scoring"
    shutil.copytree(ROOT / "examples" / "credit-scoring", case)
    keys = tmp_path / "keys"
    keys.mkdir(mode=0o700)
    probe = """
import json, sys
sys.argv = ["recours", *sys.argv[1:]]
from recours.cli.main import run
try:
    run()
except SystemExit as exc:
    code = exc.code
else:
    code = 0
print(json.dumps({"code": code, "compute": "pyarrow.compute" in sys.modules,
                  "pyarrow": "pyarrow" in sys.modules}))
"""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
           "RECOURS_DATA_DIR": str(tmp_path / "data"), "COLUMNS": "200"}
    out = subprocess.run(
        [sys.executable, "-c", probe, "evidence", "run", str(case / "dossier.yaml"),
         "--out", str(tmp_path / "bundle"), "--no-dossier-update",
         "--key", str(keys / "ed25519.pem")],
        env=env, capture_output=True, text=True, timeout=300)
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0, out.stdout + out.stderr
    assert seen["pyarrow"] and seen["compute"] is False
