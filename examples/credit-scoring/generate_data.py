"""Generate the (synthetic, seeded) data of the credit-scoring example.

Usage: python examples/credit-scoring/generate_data.py [OUTPUT_DIR]
Writes, in OUTPUT_DIR (default: the ``donnees`` folder next to this script):

- ``jeu_test_contractuel.csv``: the 20 000 files of the contractual test set, replayed through
  the production scoring API on 6 October 2026: file id, age group, score, observed default,
  timestamp and latency of the call;
- ``journal_api.csv``: a one-in-ten sample of the production API log, September 2025 to
  February 2026 (timestamp, latency, HTTP status);
- ``sondes_disponibilite.csv``: the bank's availability probes, every five minutes, over the
  same six months (timestamp, 1 when the probe succeeded).

What the data show, by design: AUC about 0.83 (commitment >= 0.80 met), recall at the 0.35
cut-off about 0.62 (>= 0.70 clearly missed), false-positive rate about 0.15 (<= 0.15
borderline), detection-rate gap between age groups about 0.18 (<= 0.05 missed), p95 latency
about 230 ms (<= 300 ms met), availability below 99.5 % in December 2025 only.
The same seed gives byte-identical files.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

SEED = 20250314
CUTOFF = 0.35
N_TEST = 20_000
# age group: (share of files, default rate, separation of defaulters' latent score)
GROUPS = {
    "18-25": (0.15, 0.12, 1.00),
    "26-40": (0.35, 0.08, 1.45),
    "41-60": (0.35, 0.07, 1.45),
    "61+": (0.15, 0.06, 1.45),
}
# Latent value of the non-defaulters at which the score equals the cut-off: sets the FPR.
LATENT_AT_CUTOFF = 1.037
START, MONTHS = datetime(2025, 9, 1, tzinfo=UTC), 6
OUTAGES = [  # (start, minutes) of unplanned outages seen by the probes
    (datetime(2025, 10, 21, 14, 5, tzinfo=UTC), 25),
    (datetime(2025, 12, 9, 7, 40, tzinfo=UTC), 11 * 60 + 20),
    (datetime(2025, 12, 17, 16, 0, tzinfo=UTC), 95),
    (datetime(2026, 2, 3, 9, 10, tzinfo=UTC), 40),
]


def _iso(seconds: np.ndarray, origin: datetime) -> list[str]:
    base = np.datetime64(origin.replace(tzinfo=None), "ms")
    stamps = base + (seconds * 1000).astype("int64").astype("timedelta64[ms]")
    return [str(s) + "Z" for s in stamps]


def _latency(rng: np.random.Generator, n: int) -> np.ndarray:
    return np.round(rng.lognormal(np.log(138.0), 0.31, n)).astype(int)


def test_set(rng: np.random.Generator) -> list[str]:
    names = list(GROUPS)
    shares = np.array([GROUPS[g][0] for g in names])
    group = rng.choice(len(names), size=N_TEST, p=shares / shares.sum())
    default_rate = np.array([GROUPS[g][1] for g in names])[group]
    default = rng.random(N_TEST) < default_rate
    separation = np.array([GROUPS[g][2] for g in names])[group]
    latent = rng.standard_normal(N_TEST) + np.where(default, separation, 0.0)
    logit_cut = np.log(CUTOFF / (1 - CUTOFF))
    score = 1 / (1 + np.exp(-(1.5 * (latent - LATENT_AT_CUTOFF) + logit_cut)))
    score = np.round(score, 4)
    order = rng.permutation(N_TEST)
    gaps = rng.exponential(0.19, N_TEST)  # sequential replay, seconds between calls
    seconds = np.cumsum(gaps)
    latency = _latency(rng, N_TEST)
    stamps = _iso(seconds, datetime(2026, 10, 6, 7, 30, tzinfo=UTC))
    rows = ["id_dossier,tranche_age,score,defaut,horodatage,latence_ms"]
    for k, i in enumerate(order):
        rows.append(f"BH-{2021_000000 + int(i):d},{names[group[i]]},{score[i]:.4f},"
                    f"{int(default[i])},{stamps[k]},{latency[k]}")
    return rows


def _down(stamps: np.ndarray) -> np.ndarray:
    """Whether each timestamp (seconds from START) falls inside an outage."""
    down = np.zeros(stamps.shape, dtype=bool)
    for start, minutes in OUTAGES:
        begin = (start - START).total_seconds()
        down |= (stamps >= begin) & (stamps < begin + minutes * 60)
    return down


def _end() -> datetime:
    year, month = START.year + (START.month - 1 + MONTHS) // 12, (START.month - 1 + MONTHS) % 12
    return START.replace(year=year, month=month + 1)


def probes(rng: np.random.Generator) -> list[str]:
    total = (_end() - START).total_seconds()
    stamps = np.arange(0, total, 300, dtype=float)
    up = ~_down(stamps) & (rng.random(stamps.size) > 0.0004)  # rare isolated probe failures
    rows = ["horodatage,disponible"]
    rows += [f"{s},{int(u)}" for s, u in zip(_iso(stamps, START), up, strict=True)]
    return rows


def api_log(rng: np.random.Generator) -> list[str]:
    total = (_end() - START).total_seconds()
    stamps = np.sort(rng.uniform(0, total, 48_000))
    hour = ((stamps % 86_400) / 3600 + 1) % 24  # Paris time, roughly
    keep = (hour > 7.5) & (hour < 21.5) | (rng.random(stamps.size) < 0.15)
    stamps = stamps[keep]
    latency = _latency(rng, stamps.size)
    down = _down(stamps)
    status = np.where(down, 503, np.where(rng.random(stamps.size) < 0.002, 500, 200))
    latency = np.where(down, rng.integers(2, 9, stamps.size), latency)
    rows = ["horodatage,latence_ms,statut"]
    rows += [f"{s},{lat},{st}" for s, lat, st in zip(_iso(stamps, START), latency, status,
                                                     strict=True)]
    return rows


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    for name, make in (("jeu_test_contractuel.csv", test_set),
                       ("journal_api.csv", api_log),
                       ("sondes_disponibilite.csv", probes)):
        (out_dir / name).write_text("\n".join(make(rng)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "donnees")
