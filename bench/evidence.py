"""Benchmark of the evidence engine on a 10-million-row Parquet log (issue 5 acceptance).

1. Generates (fixed seed) a log of N rows into /tmp/recours-bench/: label, score (0.0001
   resolution), one group column (4 groups), latency (0.1 ms resolution).
2. Times ``recours.evidence.evaluate`` on the file: 12 commitments (accuracy, recall,
   precision, F1, balanced accuracy, AUC, selection-rate gap, equal-opportunity gap, disparate
   impact, latency p50/p95/p99), 10,000 resamples, one streaming pass — in a child process, to
   measure its own peak memory (ru_maxrss); best of 3 runs after a warm-up.
3. Times DuckDB computing in SQL the sufficient statistics those metrics need: confusion counts
   per group, exact latency quantiles, positive and negative counts per distinct score.
4. Times the usual peer: scikit-learn metrics with a row-resampling bootstrap, on a subsample
   (default 100,000 rows, 5 resamples), extrapolated linearly to N rows and 10,000 resamples
   (linear in n is favourable to the peer: ROC AUC sorts, n log n).

Run:  .venv/bin/python bench/evidence.py [--rows 10000000] [--resamples 10000]
      .venv/bin/python bench/evidence.py --end-to-end [--baseline-src /tmp/old/src] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

DIR = Path("/tmp/recours-bench")
REPEAT = 3          # best of 3: the machine is shared, the minimum is the least disturbed run
GROUPS = np.array(["18-25", "26-40", "41-60", "61+"])


def generate(path: Path, rows: int, seed: int = 20261126) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if path.is_file() and pq.ParquetFile(path).metadata.num_rows == rows:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    chunk = 1_000_000
    writer = None
    for start in range(0, rows, chunk):
        n = min(chunk, rows - start)
        g = rng.integers(0, 4, n)
        y = (rng.random(n) < 0.12 + 0.02 * g).astype(np.int8)
        score = np.clip(rng.normal(0.3 + 0.3 * y - 0.03 * g, 0.15), 0, 1).round(4)
        latency = rng.lognormal(5.2, 0.35, n).round(1)
        table = pa.table({"label": y, "score": score, "grp": GROUPS[g], "latency_ms": latency})
        if writer is None:
            writer = pq.ParquetWriter(path, table.schema)
        writer.write_table(table)
    assert writer is not None
    writer.close()


def spec_for(path: Path, resamples: int):  # type: ignore[no-untyped-def]
    from recours.evidence.spec import parse_spec

    cs = [("accuracy", ">=", 0.8), ("recall", ">=", 0.7), ("precision", ">=", 0.4),
          ("f1", ">=", 0.5), ("balanced_accuracy", ">=", 0.75), ("auc", ">=", 0.8),
          ("selection_rate_gap", "<=", 0.1), ("equal_opportunity_gap", "<=", 0.05),
          ("disparate_impact_ratio", ">=", 0.8), ("latency_p50", "<=", 200),
          ("latency_p95", "<=", 300), ("latency_p99", "<=", 400)]
    commitments = [{"id": f"B{i + 1}", "metric": m, "comparator": op, "threshold": t,
                    "cutoff": 0.5} for i, (m, op, t) in enumerate(cs)]
    for c in commitments:
        if str(c["metric"]).startswith("latency") or c["metric"] == "auc":
            del c["cutoff"]
        if str(c["metric"]).endswith(("_gap", "_ratio")):
            c["group_by"] = "grp"           # a dossier's fairness commitment names its groups
    return parse_spec({"resamples": resamples, "datasets": [{
        "id": "log", "path": path.name, "kind": "predictions",
        "columns": {"label": "label", "score": "score", "group": "grp",
                    "latency_ms": "latency_ms"}}], "commitments": commitments},
        path.parent / "spec.yaml")


def child_evaluate(path: Path, resamples: int) -> dict[str, float]:
    import pyarrow.parquet as pq
    import scipy.stats  # noqa: F401  (import cost is not evaluation cost)

    from recours.evidence import evaluate

    spec = spec_for(path, resamples)
    warm = next(pq.ParquetFile(path).iter_batches(batch_size=10_000))
    evaluate(spec, warm)                    # warm-up: lazy imports and kernels, 10,000 rows
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        res = evaluate(spec)
        times.append(time.perf_counter() - start)
    return {"seconds": min(times), "all": times, "max_rss_mib": resource.getrusage(
        resource.RUSAGE_SELF).ru_maxrss / 1024, "verdicts": res.verdicts()}  # type: ignore[dict-item]


def child_duckdb(path: Path) -> dict[str, float]:
    import duckdb

    con = duckdb.connect()
    p = str(path)
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        con.execute(f"""SELECT grp, label, score >= 0.5 AS pred, count(*)
                        FROM read_parquet('{p}') GROUP BY ALL""").fetchall()
        con.execute(f"""SELECT quantile_disc(latency_ms, [0.5, 0.95, 0.99])
                        FROM read_parquet('{p}')""").fetchall()
        con.execute(f"""SELECT score, sum(label), count(*) - sum(label)
                        FROM read_parquet('{p}') GROUP BY score""").fetchall()
        times.append(time.perf_counter() - start)
    threads = con.execute("SELECT current_setting('threads')").fetchone()
    return {"seconds": min(times), "all": times,  # type: ignore[dict-item]
            "threads": float(threads[0]) if threads else 0.0,
            "max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def child_sklearn(path: Path, sub: int, boots: int) -> dict[str, float]:
    import pyarrow.parquet as pq
    from sklearn import metrics as skm

    t = pq.read_table(path).slice(0, sub)
    y = t["label"].to_numpy().astype(int)
    s = t["score"].to_numpy()
    g = t["grp"].to_numpy(zero_copy_only=False)
    lat = t["latency_ms"].to_numpy()
    rng = np.random.default_rng(1)
    start = time.perf_counter()
    for _ in range(boots):
        i = rng.integers(0, sub, sub)
        yy, ss, gg, ll = y[i], s[i], g[i], lat[i]
        pp = (ss >= 0.5).astype(int)
        skm.accuracy_score(yy, pp)
        skm.recall_score(yy, pp)
        skm.precision_score(yy, pp)
        skm.f1_score(yy, pp)
        skm.balanced_accuracy_score(yy, pp)
        skm.roc_auc_score(yy, ss)
        for k in GROUPS:
            m = gg == k
            pp[m].mean()
            skm.recall_score(yy[m], pp[m])
        np.percentile(ll, [50, 95, 99])
    per = (time.perf_counter() - start) / boots
    return {"seconds_per_resample_on_subsample": per}


DUCKDB_SCRIPT = """
import sys, duckdb
p = sys.argv[1]
con = duckdb.connect()
con.execute(f"SELECT grp, label, score >= 0.5 AS pred, count(*) FROM read_parquet('{p}') "
            "GROUP BY ALL").fetchall()
con.execute(f"SELECT quantile_disc(latency_ms, [0.5, 0.95, 0.99]) FROM read_parquet('{p}')"
            ).fetchall()
con.execute(f"SELECT score, sum(label), count(*) - sum(label) FROM read_parquet('{p}') "
            "GROUP BY score").fetchall()
"""


def end_to_end(path: Path, resamples: int, baseline: Path | None = None,
               repeat: int = REPEAT) -> dict[str, list[float]]:
    """Whole processes, start-up included: ``recours evidence run`` (evaluation, report,
    charts, sealed bundle) against a fresh Python process running the DuckDB queries; with
    ``baseline`` (another checkout's ``src`` folder), the same command from that code too,
    interleaved in the same loop so that both meet the same machine load."""
    import shutil

    from recours.dossier import Dataset, load_dossier, save_dossier
    from recours.evidence.spec import dump_spec

    root = Path(__file__).resolve().parents[1]
    parsed = spec_for(path, resamples)
    spec = path.parent / f"spec-{path.stem}.yaml"
    spec.write_text(dump_spec(parsed), encoding="utf-8")
    dossier = path.parent / f"dossier-{path.stem}.yaml"
    case = load_dossier(root / "tests" / "dossier" / "fixtures" / "minimal.yaml")
    case.commitments = list(parsed.commitments)
    case.datasets = [Dataset.model_validate(parsed.datasets[0].model_dump(
        include={"id", "path", "kind", "columns"}))]
    save_dossier(case, dossier)
    keys = path.parent / "keys"         # the signing key lives outside the data folder
    keys.mkdir(mode=0o700, exist_ok=True)
    keys.chmod(0o700)
    sources = {"recours": root / "src"}
    if baseline is not None:
        sources["baseline"] = baseline
    for src in sources.values():        # byte-code compiled once, as ``pip install`` does
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(src / "recours")],
                       check=True)
    times: dict[str, list[float]] = {name: [] for name in [*sources, "duckdb"]}
    cpu: dict[str, list[float]] = {name: [] for name in times}
    for i in range(repeat):
        for name, src in sources.items():
            env = {**os.environ, "RECOURS_DATA_DIR": str(path.parent / "data-e2e"),
                   "PYTHONPATH": os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")])}
            out = path.parent / f"e2e-{name}-{i}"
            shutil.rmtree(out, ignore_errors=True)
            out.with_name(out.name + ".zip").unlink(missing_ok=True)
            start, used = time.perf_counter(), _children_cpu()
            subprocess.run([sys.executable, "-m", "recours", "evidence", "run", str(dossier),
                            "--spec", str(spec), "--out", str(out), "--no-dossier-update",
                            "--key", str(keys / "ed25519.pem")],
                           env=env, check=True, capture_output=True)
            times[name].append(time.perf_counter() - start)
            cpu[name].append(_children_cpu() - used)
        start, used = time.perf_counter(), _children_cpu()
        subprocess.run([sys.executable, "-c", DUCKDB_SCRIPT, str(path)], check=True)
        times["duckdb"].append(time.perf_counter() - start)
        cpu["duckdb"].append(_children_cpu() - used)
    return {**times, **{f"{k} (CPU)": v for k, v in cpu.items()}}


def _children_cpu() -> float:
    """User + system CPU seconds of the finished child processes (less sensitive than wall
    time to the other work of a shared machine)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _fmt(values: object) -> str:
    return "/".join(f"{v:.2f}" for v in values) if isinstance(values, list) else str(values)


def run_child(args: list[str]) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True,
                         check=True)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=10_000_000)
    ap.add_argument("--resamples", type=int, default=10_000)
    ap.add_argument("--subsample", type=int, default=100_000)
    ap.add_argument("--sub-resamples", type=int, default=5)
    ap.add_argument("--child", choices=["evaluate", "duckdb", "sklearn"])
    ap.add_argument("--end-to-end", action="store_true", help="time whole processes only: "
                    "'recours evidence run' against a DuckDB script")
    ap.add_argument("--baseline-src", type=Path, help="with --end-to-end: also time the "
                    "'src' folder of another checkout (e.g. git archive of an older commit)")
    ap.add_argument("--repeat", type=int, default=REPEAT, help="runs of each (best kept)")
    args = ap.parse_args()
    path = DIR / f"log-{args.rows}.parquet"
    if args.child == "evaluate":
        print(json.dumps(child_evaluate(path, args.resamples)))
        return
    if args.child == "duckdb":
        print(json.dumps(child_duckdb(path)))
        return
    if args.child == "sklearn":
        print(json.dumps(child_sklearn(path, args.subsample, args.sub_resamples)))
        return
    t0 = time.perf_counter()
    generate(path, args.rows)
    print(f"data: {path} ({args.rows:,} rows, {path.stat().st_size / 2**20:.0f} MiB, "
          f"generated/checked in {time.perf_counter() - t0:.1f} s)")
    if args.end_to_end:
        load = os.getloadavg()
        times = end_to_end(path, args.resamples, args.baseline_src, args.repeat)
        after = os.getloadavg()
        duck, duck_cpu = min(times["duckdb"]), min(times["duckdb (CPU)"])
        print(f"end to end (whole processes, best of {args.repeat}, interleaved; load average "
              f"{load[0]:.1f} before, {after[0]:.1f} after, on {os.cpu_count()} cores)")
        for name, values in times.items():
            print(f"  {name}: best {min(values):.2f} s (runs {_fmt(values)})")
        for name in times:
            if not name.startswith("duckdb") and not name.endswith("(CPU)"):
                print(f"ratio {name} / DuckDB: wall {min(times[name]) / duck:.2f} (target <= "
                      f"1.5), CPU {min(times[name + ' (CPU)']) / duck_cpu:.2f}")
        return
    common = ["--rows", str(args.rows)]
    ev = run_child([*common, "--child", "evaluate", "--resamples", str(args.resamples)])
    dk = run_child([*common, "--child", "duckdb"])
    sk = run_child([*common, "--child", "sklearn", "--subsample", str(args.subsample),
                    "--sub-resamples", str(args.sub_resamples)])
    peer = sk["seconds_per_resample_on_subsample"] * (args.rows / args.subsample) * args.resamples
    print(f"(best of {REPEAT} runs each; all runs: recours {_fmt(ev['all'])}, "
          f"DuckDB {_fmt(dk['all'])})")
    print(f"recours evaluate: {ev['seconds']:.2f} s, peak RSS {ev['max_rss_mib']:.0f} MiB, "
          f"{args.resamples} resamples, verdicts {ev['verdicts']}")
    print(f"DuckDB sufficient statistics (SQL, {dk['threads']:.0f} threads): "
          f"{dk['seconds']:.2f} s, peak RSS {dk['max_rss_mib']:.0f} MiB")
    print(f"scikit-learn row bootstrap: {sk['seconds_per_resample_on_subsample']:.3f} s per "
          f"resample on {args.subsample:,} rows (measured), extrapolated to {args.rows:,} rows x "
          f"{args.resamples} resamples: {peer:,.0f} s (~{peer / 86400:.1f} days)")
    print(f"ratio recours / DuckDB: {ev['seconds'] / dk['seconds']:.2f} (target <= 1.5)")
    print(f"speed-up vs scikit-learn bootstrap: {peer / ev['seconds']:,.0f}x (target >= 100x)")
    print(f"peak memory: {ev['max_rss_mib']:.0f} MiB (target < 1024 MiB)")


if __name__ == "__main__":
    main()
