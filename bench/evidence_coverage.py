"""Full coverage simulation of the evidence interval methods (issue 5 acceptance).

For each method: 4,000 simulated audits (fixed seed) of n = 500 cases from a known truth,
2,000 bootstrap resamples where the method resamples. Reports the coverage of the 95% interval (target: within
1.5 points of 95%) and the false-breach rate when the true value sits on the threshold (target:
at or below alpha = 2.5%, the one-sided level of each test). Run:

    .venv/bin/python bench/evidence_coverage.py [--audits 4000] [--n 500] [--resamples 2000] [--only PREFIX ...]
"""

from __future__ import annotations

import argparse
import math
import time

from recours.evidence.stats.proportion import exact_size
from recours.evidence.stats.simulation import exact_properties, run_all


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--audits", type=int, default=4000)
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--resamples", type=int, default=2000)
    ap.add_argument("--only", nargs="*", default=[],
                    help="methods to run (name prefixes, e.g. fieller multinomial)")
    args = ap.parse_args()
    start = time.perf_counter()
    mc = 100 * math.sqrt(0.95 * 0.05 / args.audits)
    print(f"audits={args.audits} n={args.n} resamples={args.resamples} "
          f"(Monte-Carlo s.e. of a coverage: {mc:.2f} points)")
    fb_se = 100 * math.sqrt(0.025 * 0.975 / args.audits)
    print(f"(Monte-Carlo s.e. of a false-breach rate at alpha = 2.5%: {fb_se:.2f} points; "
          "'+<1 s.e.': above alpha by less than one s.e.)")
    print(f"{'method':28} {'coverage':>9} {'in ±1.5':>8} {'false breach':>13} {'s.e.':>6} "
          f"{'<= alpha':>9}")
    for r in run_all(args.audits, args.n, args.resamples, tuple(args.only)):
        ok_cov = abs(r.coverage - 0.95) <= 0.015
        se = 100 * math.sqrt(max(r.false_breach * (1 - r.false_breach), 1e-12) / r.audits)
        verdict = ("yes" if r.false_breach <= r.alpha else
                   "+<1 s.e." if 100 * r.false_breach <= 100 * r.alpha + fb_se else "NO")
        print(f"{r.method:28} {100 * r.coverage:8.2f}% {'yes' if ok_cov else 'NO':>8} "
              f"{100 * r.false_breach:12.2f}% {se:6.2f} {verdict:>9}")
    print("exact (not simulated) properties at the same n:")
    for name, cov, size in exact_properties(args.n):
        print(f"  {name:26} coverage {100 * cov:6.2f}%   false-breach rate {100 * size:5.2f}%")
    print(f"exact size of the binomial breach test at n = {args.n} (true value on the threshold):")
    for p0 in (0.5, 0.7, 0.8, 0.9, 0.95, 0.99):
        print(f"  p0 = {p0:4}: exact (verdict of both proportion methods) "
              f"{100 * exact_size(args.n, p0):5.3f}%   score test (no longer used) "
              f"{100 * exact_size(args.n, p0, test='score'):5.3f}%")
    print(f"elapsed {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
