"""Generate the (synthetic, seeded) data of the logistics demand-forecasting example.

Usage: python examples/logistics-forecast/generate_data.py [OUTPUT_DIR]
Writes, in OUTPUT_DIR (default: the ``donnees`` folder next to this script):

- ``previsions_hebdo.csv``: for each ISO week from 2026-W10 to 2026-W47, each of the four
  warehouses and each of the 150 references of the measurement perimeter, the forecast made
  one week ahead (horizon S+1) and the actual volume shipped;
- ``sondes_disponibilite.csv``: the provider's availability probes, every five minutes, from
  March to October 2026 (1 when the probe succeeded);
- ``incidents.csv``: the incident log of the service (start, end, planned or not).

What the data show, by design: until the model update of 7 September 2026 (week 37) the
weekly WAPE is about 0.13 and the weekly MAPE about 0.18 (both commitments met); from week
37 the WAPE is about 0.27 (<= 0.20 missed every week) while the MAPE hovers around the 0.25
bound (inconclusive); monthly availability is below 99.5 % in October 2026 and borderline in
July 2026. The same seed gives byte-identical files.
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260119
YEAR = 2026
SITES = ["SARAN", "TOURS", "BLOIS", "VIERZON"]
N_REFS = 150
FIRST_WEEK, LAST_WEEK, UPDATE_WEEK = 10, 47, 37
PROBE_START = datetime(YEAR, 3, 1, tzinfo=UTC)
PROBE_END = datetime(YEAR, 11, 1, tzinfo=UTC)
# (start, minutes, planned, description, ticket)
INCIDENTS = [
    *[(datetime(YEAR, m, d, 1, 0, tzinfo=UTC), 60, True,
       "Maintenance programmée mensuelle", f"MP-{YEAR}-{m:02d}")
      for m, d in ((3, 1), (4, 5), (5, 3), (6, 7), (7, 5), (8, 2), (9, 6), (10, 4))],
    (datetime(YEAR, 5, 12, 9, 20, tzinfo=UTC), 35, False,
     "Erreur 502 sur le portail et l'API après une mise à jour de certificat", "INC-4471"),
    (datetime(YEAR, 7, 15, 5, 50, tzinfo=UTC), 195, False,
     "Saturation de la base de données de production", "INC-5102"),
    (datetime(YEAR, 10, 13, 6, 10, tzinfo=UTC), 510, False,
     "Panne de la région d'hébergement principale, bascule manuelle tardive", "INC-5930"),
    (datetime(YEAR, 10, 20, 12, 0, tzinfo=UTC), 120, False,
     "Indisponibilité du calcul des prévisions après la bascule de retour", "INC-5957"),
]


def _monday(week: int) -> date:
    return date.fromisocalendar(YEAR, week, 1)


def forecasts(rng: np.random.Generator) -> list[str]:
    n = len(SITES) * N_REFS
    base = np.clip(rng.lognormal(np.log(180), 0.9, n), 30, 6000)
    smallness = 1 / (1 + base / 150)  # close to 1 for small references, to 0 for large ones
    season = rng.uniform(0.1, 0.3, n)
    phase = rng.uniform(0, 2 * np.pi, n)
    rows = ["semaine,debut_semaine,site,reference,prevision,reel"]
    for week in range(FIRST_WEEK, LAST_WEEK + 1):
        level = base * (1 + season * np.sin(2 * np.pi * week / 52 + phase))
        actual = np.maximum(20, np.round(level * rng.lognormal(0, 0.12, n))).astype(int)
        bias: float | np.ndarray
        if week < UPDATE_WEEK:
            bias, spread = 0.0, 0.11 + 0.22 * smallness
        else:  # model 4.2: large references under-forecast, small ones a little noisier
            bias, spread = -0.42 * (1 - smallness), 0.12 + 0.27 * smallness
        error = rng.normal(bias, spread)
        forecast = np.maximum(0, np.round(actual * np.exp(error))).astype(int)
        monday = _monday(week).isoformat()
        for i in range(n):
            rows.append(f"{YEAR}-W{week:02d},{monday},{SITES[i // N_REFS]},"
                        f"REF-{10_000 + 7 * (i % N_REFS) + 3:05d},{forecast[i]},{actual[i]}")
    return rows


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def probes(rng: np.random.Generator) -> list[str]:
    total = int((PROBE_END - PROBE_START).total_seconds())
    stamps = np.arange(0, total, 300)
    down = np.zeros(stamps.size, dtype=bool)
    for start, minutes, *_ in INCIDENTS:
        begin = (start - PROBE_START).total_seconds()
        down |= (stamps >= begin) & (stamps < begin + minutes * 60)
    up = ~down & (rng.random(stamps.size) > 0.0003)
    rows = ["horodatage,disponible"]
    rows += [f"{_iso(PROBE_START + timedelta(seconds=int(s)))},{int(u)}"
             for s, u in zip(stamps, up, strict=True)]
    return rows


def incidents(_: np.random.Generator) -> list[str]:
    rows = ["ticket,debut,fin,programme,description"]
    for start, minutes, planned, text, ticket in sorted(INCIDENTS, key=lambda x: x[0]):
        end = start + timedelta(minutes=minutes)
        rows.append(f"{ticket},{_iso(start)},{_iso(end)},{str(planned).lower()},\"{text}\"")
    return rows


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    for name, make in (("previsions_hebdo.csv", forecasts),
                       ("sondes_disponibilite.csv", probes),
                       ("incidents.csv", incidents)):
        (out_dir / name).write_text("\n".join(make(rng)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "donnees")
