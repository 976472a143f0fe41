"""The truth suite in full (issue 16): every metric's method on data drawn from a known truth.

For each scenario of ``recours.evidence.stats.truth.scenarios()`` (true value on the
threshold): coverage of the 95 % interval, false-breach and false-conformity rates of the
one-sided tests at alpha = 2.5 %, each with its Monte-Carlo standard error; then the exact
(enumerated) size of the two-group score tests. A scenario fails when a rate exceeds alpha by
more than 3 Monte-Carlo standard errors, or a coverage falls under 93.5 % by more than that;
the exit status is 1 if any fails. Run:

    .venv/bin/python bench/evidence_truth.py [--runs 4000] [--resamples 1000] [--only PREFIX ...]
        [--markdown FILE]
"""

from __future__ import annotations

import argparse
import sys
import time

from recours.evidence.stats.fairness import MIN_GROUP_CASES
from recours.evidence.stats.truth import (
    ALPHA,
    EXACT_PAIR_DESIGNS,
    SEED,
    exact_pair_size,
    run,
    scenarios,
)


def pct(x: float) -> str:
    return f"{100 * x:.2f}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=4000)
    ap.add_argument("--resamples", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--only", nargs="*", default=[], help="scenario name prefixes")
    ap.add_argument("--markdown", help="also write the table (Markdown) to this file")
    args = ap.parse_args()
    start = time.perf_counter()
    rows = ["| scenario | metric | design | coverage % | false breach % | false conformity % "
            "| status |", "|---|---|---|---|---|---|---|"]
    failures: list[str] = []
    print(f"runs={args.runs} resamples={args.resamples} seed={args.seed} alpha={ALPHA}")
    print(f"{'scenario':28} {'coverage':>14} {'false breach':>14} {'false conf.':>14}  status")
    for s in scenarios():
        if args.only and not s.name.startswith(tuple(args.only)):
            continue
        r = run(s, args.runs, args.seed, args.resamples)
        problems = r.problems()
        failures += problems
        status = "never conclusive" if s.never_conclusive else "ok"
        if problems:
            status = "FAIL"
        cov = "—" if s.coverage is None else f"{pct(r.coverage)} ± {pct(r.mcse(r.coverage))}"
        fb = f"{pct(r.false_breach)} ± {pct(r.mcse(r.false_breach))}"
        fc = f"{pct(r.false_conformity)} ± {pct(r.mcse(r.false_conformity))}"
        print(f"{s.name:28} {cov:>14} {fb:>14} {fc:>14}  {status}", flush=True)
        rows.append(f"| `{s.name}` | {s.metric} | {s.design} | {cov} | {fb} | {fc} | {status} |")
    if not args.only:
        print(f"exact size of one pair's score test (continuity-corrected Miettinen–Nurminen), "
              f"nominal {pct(ALPHA / 2)} % (2 groups, 2 ordered pairs), groups of at least "
              f"{MIN_GROUP_CASES}:")
        rows += ["", "| pair test | n1 | n2 | null | exact size % (nominal 1.25) | at rate 2 |",
                 "|---|---|---|---|---|---|"]
        for kind, n1, n2, null in EXACT_PAIR_DESIGNS:
            size, where = exact_pair_size(kind, n1, n2, null, ALPHA / 2)
            print(f"  {kind:5} n1={n1:5} n2={n2:5} null={null:4}: {100 * size:.3f} % "
                  f"(worst at rate {where:.3f})")
            rows.append(f"| {kind} | {n1} | {n2} | {null} | {100 * size:.3f} | {where:.3f} |")
    print(f"elapsed {time.perf_counter() - start:.1f} s")
    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as fh:
            fh.write("\n".join(rows) + "\n")
    for f in failures:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
