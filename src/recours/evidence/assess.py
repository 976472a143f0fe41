"""From accumulated sufficient statistics to one estimate per commitment and window."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

import numpy as np

from recours.dossier import Commitment
from recours.errors import DataError
from recours.evidence.accumulate import (
    REG_FIELDS,
    ROW_FIELDS,
    Acc,
    CalibrationAcc,
    ConfusionAcc,
    IncidentAcc,
    LatencyAcc,
    ProbeAcc,
    RegressionAcc,
    ScoresAcc,
    StatusAcc,
)
from recours.evidence.keys import WINDOW_FORMATS
from recours.evidence.registry import PERCENTILE
from recours.evidence.stats.auc import assess_auc
from recours.evidence.stats.calibration import assess_ece
from recours.evidence.stats.confusion import assess as assess_confusion
from recours.evidence.stats.core import Direction, Estimate
from recours.evidence.stats.fairness import assess_fairness, per_group
from recours.evidence.stats.means import (
    BOOT_MAX_N,
    BOOT_RESAMPLES,
    MIN_MEAN_CASES,
    Moments,
    RatioMoments,
    assess_mean,
    assess_mean_rows,
    assess_ratio,
    assess_ratio_rows,
    long_tail_guard,
)
from recours.evidence.stats.proportion import proportion
from recours.evidence.stats.quantile import assess_quantile
from recours.i18n import T


@dataclass
class Assessment:
    commitment: Commitment
    window: str | None
    estimate: Estimate
    extras: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Settings:
    level: float
    resamples: int
    proportion_method: str
    rng: np.random.Generator


def _windows(acc: Acc) -> list[str | None]:
    return sorted({k[0] for k in acc.keys.labels()}, key=lambda w: (w is None, w or ""))


def assess(c: Commitment, acc: Acc, s: Settings) -> list[Assessment]:
    direction = Direction.from_comparator(c.comparator.value)
    out = []
    if isinstance(acc, IncidentAcc):
        return _incidents(c, acc, direction, s)
    for window in _windows(acc):
        keys = [i for k, i in acc.keys.index.items() if k[0] == window]
        est, extras = _one(c, acc, keys, [k[1] for k in acc.keys.index if k[0] == window],
                           direction, s)
        out.append(Assessment(c, window, est, extras))
    if not out:
        out.append(Assessment(c, None, Estimate(None, None, None, s.level, "none", 0,
                                                notes=(T("aucun cas sélectionné",
                                                         "no case selected"),))))
    return out


def _one(c: Commitment, acc: Acc, keys: list[int], groups: list[str | None],
         d: Direction, s: Settings) -> tuple[Estimate, dict[str, Any]]:
    t, lvl = c.threshold, c.level
    metric = c.metric.value
    if isinstance(acc, ConfusionAcc):
        labels = acc.need.labels
        pos = labels.index(acc.need.positive or "1") if len(labels) == 2 or c.positive_label \
            else None
        if acc.need.group:
            cms = acc.counts[keys]
            if pos is None:
                pos = labels.index(acc.need.positive or "1")
            rates = per_group(metric, cms, pos)
            extras = {"groups": {str(g): {"rate": _f(r), "n": int(m.sum())}
                                 for g, r, m in zip(groups, rates, cms, strict=True)}}
            return assess_fairness(metric, cms, pos, t, d, lvl, s.rng, s.resamples), extras
        cm = acc.counts[keys].sum(0)
        return assess_confusion(metric, cm, pos, t, d, lvl, s.rng, s.resamples,
                                s.proportion_method), {"confusion": cm.tolist(),
                                                       "labels": list(labels)}
    if isinstance(acc, ScoresAcc):
        _, table = acc.table(keys[0])
        return assess_auc(table[1], table[0], t, d, lvl), {}
    if isinstance(acc, CalibrationAcc):
        if metric == "brier":
            n, sm, ss = acc.brier[keys[0]]
            m = Moments(int(n), float(sm), float(ss))
            return assess_mean(m, t, d, lvl), {}
        count, ssum, ssq, ysum = acc.bins[keys[0]]
        return assess_ece(count.astype(np.int64), ssum, ssq, ysum.astype(np.int64), t, d, lvl,
                          s.rng, s.resamples), {}
    if isinstance(acc, RegressionAcc):
        return _regression(metric, acc, keys[0], t, d, lvl, s), {}
    if isinstance(acc, LatencyAcc):
        values, counts = acc.table(keys[0])
        est = assess_quantile(values, counts, PERCENTILE[c.metric], t, d, lvl)
        return est, {"histogram": _histogram(values, counts)}
    if isinstance(acc, ProbeAcc):
        n, up = (int(x) for x in acc.counts[keys[0]])
        est = proportion(up, n, t, d, lvl, s.proportion_method)
        excluded = int(acc.excluded_by_key[keys[0]]) if acc.excluded_by_key.size > keys[0] else 0
        if excluded:
            est = replace(est, notes=(*est.notes, T(
                f"{excluded} sondes exclues (maintenance programmée), une seule fois chacune",
                f"{excluded} probes excluded (planned maintenance), each once")))
        return est, {"excluded": excluded}
    if isinstance(acc, StatusAcc):
        n, err = (int(x) for x in acc.counts[keys[0]])
        return proportion(err, n, t, d, lvl, s.proportion_method), {}
    raise TypeError(type(acc).__name__)


def _f(x: float) -> float | None:
    return None if not np.isfinite(x) else float(x)


def _regression(metric: str, acc: RegressionAcc, key: int, t: float, d: Direction,
                lvl: float, s: Settings) -> Estimate:
    v = dict(zip(REG_FIELDS, acc.sums[key].tolist(), strict=True))
    n = int(v["n"])
    if metric == "mape" and acc.zero_actual is not None:
        raise DataError(T("MAPE indéfini : une valeur réelle vaut 0",
                          "MAPE undefined: an actual value is 0"), where=acc.zero_actual,
                        fix=T("utilisez WAPE ou sMAPE, ou excluez ces lignes",
                              "use WAPE or sMAPE, or exclude these rows"))
    rows = acc.terms(key) if n <= BOOT_MAX_N else None
    boot = min(s.resamples, BOOT_RESAMPLES)
    col = {name: i for i, name in enumerate(ROW_FIELDS)}
    if metric == "wape":
        if rows is not None:
            return assess_ratio_rows(rows[:, col["ae"]], rows[:, col["aa"]], t, d, lvl, s.rng,
                                     boot)
        r = RatioMoments(n, v["ae"], v["aa"], v["ae2"], v["aa2"], v["ae_aa"])
        return long_tail_guard(_floor(assess_ratio(r, t, d, lvl), n), True, d, both=True)
    pairs = {"mae": ("ae", "ae2"), "rmse": ("se", "se2"), "bias": ("e", "e2"),
             "mape": ("ape", "ape2"), "smape": ("sape", "sape2")}
    a, b = pairs[metric]
    if rows is not None:
        return assess_mean_rows(rows[:, col[a]], t, d, lvl, s.rng, boot,
                                transform_sqrt=metric == "rmse")
    est = assess_mean(Moments(n, v[a], v[b]), t, d, lvl, transform_sqrt=metric == "rmse")
    return long_tail_guard(_floor(est, n), metric != "bias", d)


def _floor(est: Estimate, n: int) -> Estimate:
    """No verdict under the minimum number of cases of a mean error."""
    if n >= MIN_MEAN_CASES:
        return est
    return replace(est, p_breach=None, p_conform=None, notes=(*est.notes, T(
        f"{n} cas : il en faut au moins {MIN_MEAN_CASES} pour tester une erreur moyenne ; "
        "non concluant", f"{n} cases: at least {MIN_MEAN_CASES} are needed to test a mean "
        "error; inconclusive")))


def _histogram(values: np.ndarray[Any, Any], counts: np.ndarray[Any, Any]) -> dict[str, Any]:
    edges = np.histogram_bin_edges(values, bins=40, weights=None)
    hist, _ = np.histogram(values, bins=edges, weights=counts)
    return {"edges": edges.tolist(), "counts": hist.astype(int).tolist()}


def period_start(t: datetime, window: str) -> datetime:
    """Start of the calendar period (day, ISO week, month) that holds ``t``."""
    day = t.replace(hour=0, minute=0, second=0, microsecond=0)
    if window == "monthly":
        return day.replace(day=1)
    if window == "weekly":
        return day - timedelta(days=day.weekday())
    return day


def next_period(t: datetime, window: str) -> datetime:
    """Start of the calendar period after the one starting at ``t``."""
    if window == "monthly":
        return (t.replace(day=28) + timedelta(days=4)).replace(day=1)
    return t + timedelta(days=7 if window == "weekly" else 1)


def windows_of(start: datetime, end: datetime, window: str) -> list[tuple[datetime, datetime]]:
    """The contract's periods between ``start`` and ``end``, each clipped to them."""
    if window == "whole":
        return [(start, end)]
    out = []
    cur = period_start(start, window)
    while cur < end:
        nxt = next_period(cur, window)
        out.append((max(cur, start), min(nxt, end)))
        cur = nxt
    return out


def _union(intervals: list[tuple[datetime, datetime]], a: datetime,
           b: datetime) -> list[tuple[datetime, datetime]]:
    """The union of ``intervals`` inside [a, b), as disjoint sorted intervals."""
    out: list[tuple[datetime, datetime]] = []
    for s, e in sorted((max(s, a), min(e, b)) for s, e in intervals if e > a and s < b):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _seconds(intervals: list[tuple[datetime, datetime]]) -> float:
    return sum((e - s).total_seconds() for s, e in intervals)


def _overlap(intervals: list[tuple[datetime, datetime]], a: datetime, b: datetime) -> float:
    """Seconds of [a, b) covered by the union of ``intervals``."""
    return _seconds(_union(intervals, a, b))


Span = tuple[datetime, datetime]


def merge(intervals: list[Span]) -> list[Span]:
    """The union of ``intervals`` as disjoint sorted intervals."""
    out: list[Span] = []
    for a, b in sorted(intervals):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def split_cap(planned: list[Span], cap_s: float | None) -> tuple[list[Span], list[Span]]:
    """(excluded, beyond): the first ``cap_s`` seconds of the disjoint sorted ``planned``
    intervals, in time order, and the rest (everything excluded when ``cap_s`` is None)."""
    if cap_s is None:
        return planned, []
    kept: list[Span] = []
    beyond: list[Span] = []
    left = cap_s
    for a, b in planned:
        span = (b - a).total_seconds()
        if left >= span:
            kept.append((a, b))
            left -= span
        elif left > 0:
            cut = a + timedelta(seconds=left)
            kept.append((a, cut))
            beyond.append((cut, b))
            left = 0
        else:
            beyond.append((a, b))
    return kept, beyond


def capped_maintenance(maintenance: list[Span], window: str, cap_hours: float | None
                       ) -> list[Span]:
    """The planned maintenance that is excluded: all of it, or with a contractual limit the
    first ``cap_hours`` of each period of ``window`` (calendar month, week, day; the whole
    observation for ``whole``)."""
    merged = merge(maintenance)
    if cap_hours is None or not merged:
        return merged
    cap_s = cap_hours * 3600.0
    if window == "whole":
        return split_cap(merged, cap_s)[0]
    out: list[Span] = []
    for a, b in windows_of(merged[0][0], merged[-1][1], window):
        out += split_cap(_union(merged, a, b), cap_s)[0]
    return out


def downtime(incidents: list[tuple[datetime, datetime, bool]], a: datetime, b: datetime,
             cap_hours: float | None = None) -> tuple[float, float, float]:
    """(seconds down, seconds of planned maintenance excluded, base) in [a, b), maintenance
    applied once: the excluded maintenance leaves the base, and an outage during it is not
    counted again as downtime; maintenance beyond the contract's limit (``cap_hours`` per
    period) stays in the base and counts as downtime; overlapping incidents count once."""
    planned = _union([(x, y) for x, y, p in incidents if p], a, b)
    kept, beyond = split_cap(planned, None if cap_hours is None else cap_hours * 3600.0)
    down = _union([(x, y) for x, y, p in incidents if not p] + beyond, a, b)
    # seconds of (down \ kept) = |down U kept| - |kept|
    excluded = _seconds(kept)
    lost = _seconds(_union(down + kept, a, b)) - excluded
    return lost, excluded, (b - a).total_seconds() - excluded


def _observation(c: Commitment, acc: IncidentAcc) -> tuple[datetime, datetime] | None:
    """The declared observation period (commitment, else dataset), or for a periodic
    commitment the calendar periods that hold the logged incidents; None when unknown."""
    start = c.observed_from or acc.observed_from
    end = c.observed_to or acc.observed_to
    if start is not None and end is not None:
        return start.replace(tzinfo=None), end.replace(tzinfo=None)
    if c.window.value == "whole" or not acc.incidents:
        return None
    first = start.replace(tzinfo=None) if start else min(i[0] for i in acc.incidents)
    last = end.replace(tzinfo=None) if end else max(i[1] for i in acc.incidents)
    w = c.window.value
    stop = period_start(last, w)
    return period_start(first, w), stop if stop == last else next_period(stop, w)


def _incidents(c: Commitment, acc: IncidentAcc, d: Direction, s: Settings) -> list[Assessment]:
    method = "incident_log_census[contract period]"
    observed = _observation(c, acc)
    if observed is None:
        est = Estimate(None, None, None, c.level, method, 0, notes=(T(
            "période d'observation inconnue : déclarez observed_from et observed_to (engagement "
            "ou jeu de données) ; non concluant", "unknown observation period: declare "
            "observed_from and observed_to (commitment or dataset); inconclusive"),))
        return [Assessment(c, None, est)]
    declared = bool((c.observed_from or acc.observed_from) and (c.observed_to or acc.observed_to))
    out = []
    for a, b in windows_of(*observed, c.window.value):
        down, planned, total = downtime(acc.incidents, a, b, c.maintenance_cap_hours)
        value = 1.0 - down / total if total > 0 else None
        breach = value is not None and not c.comparator.holds(value, c.threshold)
        notes: tuple[str | T, ...] = (T(
            "recensement du journal d'incidents : pas d'incertitude d'échantillonnage",
            "census of the incident log: no sampling uncertainty"),)
        if not declared:
            notes += (T("période : le mois (semaine, jour) civil de chaque incident, la période "
                        "d'observation n'étant pas déclarée", "period: the calendar month "
                        "(week, day) of each incident, no observation period being declared"),)
        if c.window.value != "whole" and (a != period_start(a, c.window.value)
                                          or b != next_period(period_start(a, c.window.value),
                                                              c.window.value)):
            notes += (T("période contractuelle observée en partie seulement",
                        "contract period only partly observed"),)
        p_b = None if value is None else (0.0 if breach else 1.0)
        p_c = None if value is None else (1.0 if breach else 0.0)
        est = Estimate(value, value, value, c.level, method, int(total // 60), p_b, p_c, notes)
        label = None if c.window.value == "whole" else a.strftime(WINDOW_FORMATS[c.window.value])
        out.append(Assessment(c, label, est, {"down_s": down, "planned_s": planned}))
    return out
