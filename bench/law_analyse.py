"""Benchmark: median time of ``recours.law.analyse`` on the example dossiers.

Target: under 20 ms per analysis once warm. The alternative a user pays anyway is reading the
dossier YAML (``load_dossier``), so the ratio analyse / load is printed in the same run; the
cold start (imports, article and parameter files, rule registration) is reported separately.

    .venv/bin/python bench/law_analyse.py [--repeat 50] [--on 2026-11-26]
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _median(func: object, repeat: int, clock: object = time.perf_counter) -> float:
    """Median duration; ``clock=time.process_time`` gives CPU time (robust to a loaded host)."""
    times = []
    for _ in range(repeat):
        start = clock()  # type: ignore[operator]
        func()  # type: ignore[operator]
        times.append(clock() - start)  # type: ignore[operator]
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--on", default="2026-11-26")
    args = parser.parse_args()
    on = date.fromisoformat(args.on)

    start = time.perf_counter()
    from recours.dossier import load_dossier
    from recours.law import analyse, load_articles, load_parameters, load_rules

    load_articles(), load_parameters(), load_rules()
    cold = time.perf_counter() - start
    print(f"cold start (imports, {len(load_articles())} articles, {len(load_rules())} rules): "
          f"{cold * 1000:.0f} ms")
    for path in sorted((ROOT / "examples").glob("*/dossier.yaml")):
        dossier = load_dossier(path)
        analysis = analyse(dossier, on)  # warm-up
        t_analyse = _median(lambda d=dossier: analyse(d, on), args.repeat)
        t_cpu = _median(lambda d=dossier: analyse(d, on), args.repeat, time.process_time)
        t_load = _median(lambda p=path: load_dossier(p), max(5, args.repeat // 5))
        verdict = "OK" if min(t_analyse, t_cpu) < 0.020 else "ABOVE TARGET"
        print(f"{path.parent.name}: analyse median {t_analyse * 1000:.1f} ms wall, "
              f"{t_cpu * 1000:.1f} ms CPU "
              f"({len(analysis.findings)} findings, {len(analysis.deadlines)} deadlines) — "
              f"load_dossier {t_load * 1000:.1f} ms — ratio analyse/load "
              f"{t_analyse / t_load:.2f} — target 20 ms: {verdict}")


if __name__ == "__main__":
    main()
