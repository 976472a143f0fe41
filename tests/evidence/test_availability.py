"""Availability from an incident log: the contract's periods, declared observation windows,
planned maintenance applied once, overlapping incidents counted once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from recours.dossier import Verdict
from recours.dossier.commitments import Dataset
from recours.evidence import evaluate
from recours.evidence.spec import parse_spec

ROOT = Path(__file__).resolve().parents[2]
HOUR = 3600.0


def _spec(tmp: Path, window: str = "monthly", ds: dict[str, Any] | None = None,
          commitment: dict[str, Any] | None = None) -> Any:
    return parse_spec({
        "datasets": [{"id": "inc", "path": "i.csv", "kind": "incidents",
                      "columns": {"start": "debut", "end": "fin", "planned": "prevu"},
                      **(ds or {})}],
        "commitments": [{"id": "A1", "metric": "availability", "comparator": ">=",
                         "threshold": 0.99, "window": window, **(commitment or {})}],
    }, tmp / "spec.yaml")


def _log(*rows: tuple[str, str, bool]) -> pa.Table:
    return pa.table({"debut": [r[0] for r in rows], "fin": [r[1] for r in rows],
                     "prevu": [r[2] for r in rows]})


JANUARY = {"observed_from": "2026-01-01T00:00:00", "observed_to": "2026-02-01T00:00:00"}


def test_one_outage_is_measured_against_the_declared_window(tmp_path: Path) -> None:
    res = evaluate(_spec(tmp_path, "whole", JANUARY),
                   _log(("2026-01-10T00:00:00", "2026-01-10T02:00:00", False)))
    r = res.results
    assert res.details[0].conditions and "journal d'incidents" in res.details[0].conditions
    assert res.details[0].conditions_en and "census" in res.details[0].conditions_en
    assert r[0].estimate == pytest.approx(1 - 2 / (31 * 24))
    assert r[0].verdict is Verdict.CONFORMITY


def test_without_a_declared_window_a_whole_period_is_inconclusive(tmp_path: Path) -> None:
    res = evaluate(_spec(tmp_path, "whole"),
                   _log(("2026-01-10T00:00:00", "2026-01-10T02:00:00", False)))
    assert res.results[0].verdict is Verdict.INCONCLUSIVE
    assert res.results[0].estimate is None          # not 0.0 over the outage itself
    assert "observed_from" in res.details[0].notes[0]
    assert "unknown observation period" in res.details[0].notes_en[0]


def test_a_monthly_commitment_uses_the_calendar_month_of_each_incident(tmp_path: Path) -> None:
    res = evaluate(_spec(tmp_path), _log(("2026-01-10T00:00:00", "2026-01-10T02:00:00", False),
                                         ("2026-03-02T00:00:00", "2026-03-02T01:00:00", False)))
    r = res.results
    assert [x.window for x in r] == ["2026-01", "2026-02", "2026-03"]
    assert r[0].estimate == pytest.approx(1 - 2 / (31 * 24))
    assert r[1].estimate == 1.0 and r[2].estimate == pytest.approx(1 - 1 / (31 * 24))


def test_an_outage_during_maintenance_is_counted_once(tmp_path: Path) -> None:
    # maintenance 01:00-03:00, outage 02:00-04:00: base = month - 2 h, downtime = 1 h
    r = evaluate(_spec(tmp_path, "whole", JANUARY),
                 _log(("2026-01-04T01:00:00", "2026-01-04T03:00:00", True),
                      ("2026-01-04T02:00:00", "2026-01-04T04:00:00", False)))
    d = r.details[0].extras
    assert d["planned_s"] == 2 * HOUR and d["down_s"] == 1 * HOUR
    assert r.results[0].estimate == pytest.approx(1 - 1 / (31 * 24 - 2))


def test_an_outage_inside_maintenance_costs_nothing(tmp_path: Path) -> None:
    r = evaluate(_spec(tmp_path, "whole", JANUARY),
                 _log(("2026-01-04T01:00:00", "2026-01-04T05:00:00", True),
                      ("2026-01-04T02:00:00", "2026-01-04T03:00:00", False)))
    assert r.results[0].estimate == 1.0 and r.details[0].extras["down_s"] == 0.0


def test_overlapping_outages_count_once_and_are_clipped_to_the_window(tmp_path: Path) -> None:
    r = evaluate(_spec(tmp_path, "whole", JANUARY),
                 _log(("2026-01-04T01:00:00", "2026-01-04T03:00:00", False),
                      ("2026-01-04T02:00:00", "2026-01-04T04:00:00", False),
                      ("2026-01-31T23:00:00", "2026-02-01T05:00:00", False)))
    assert r.details[0].extras["down_s"] == 4 * HOUR
    assert r.results[0].estimate == pytest.approx(1 - 4 / (31 * 24))


def test_the_commitment_window_overrides_the_dataset(tmp_path: Path) -> None:
    spec = _spec(tmp_path, "whole", JANUARY, {"observed_from": "2026-01-01T00:00:00",
                                              "observed_to": "2026-01-11T00:00:00"})
    r = evaluate(spec, _log(("2026-01-10T00:00:00", "2026-01-10T02:00:00", False))).results
    assert r[0].estimate == pytest.approx(1 - 2 / (10 * 24))


def test_a_partly_observed_month_says_so(tmp_path: Path) -> None:
    res = evaluate(_spec(tmp_path, "monthly", {"observed_from": "2026-01-15T00:00:00",
                                               "observed_to": "2026-02-01T00:00:00"}),
                   _log(("2026-01-20T00:00:00", "2026-01-20T01:00:00", False)))
    assert res.results[0].estimate == pytest.approx(1 - 1 / (17 * 24))
    assert any("partly observed" in n for n in res.details[0].notes_en)


def test_the_dossier_schema_accepts_the_observation_period() -> None:
    d = Dataset.model_validate({"id": "inc", "path": "i.csv", "kind": "incidents",
                                "observed_from": "2026-03-01T00:00:00Z",
                                "observed_to": "2026-11-01T00:00:00Z"})
    assert d.observed_to is not None and d.observed_to.month == 11
    schema = (ROOT / "docs" / "dossier.schema.json").read_text(encoding="utf-8")
    assert "observed_from" in schema and "observed_to" in schema


def test_the_logistics_example_october_from_its_incident_log() -> None:
    """Annexe 2, 2.1 of the example's contract: the calendar month, planned maintenance out of
    the base. October 2026: 8 h 30 + 2 h down over 31 days minus 1 h of maintenance."""
    base = ROOT / "examples" / "logistics-forecast"
    spec = parse_spec({
        "datasets": [{"id": "incidents", "path": "donnees/incidents.csv", "kind": "incidents",
                      "format": "csv",
                      "columns": {"start": "debut", "end": "fin", "planned": "programme"}}],
        "commitments": [{"id": "D1", "metric": "availability", "comparator": ">=",
                         "threshold": 0.995, "window": "monthly"}],
    }, base / "spec.yaml")
    r = {x.window: x for x in evaluate(spec).results}
    assert round(r["2026-10"].estimate, 4) == 0.9859
    assert r["2026-10"].estimate == pytest.approx(1 - 10.5 / (31 * 24 - 1))
    assert r["2026-10"].verdict is Verdict.BREACH


def test_maintenance_beyond_the_contract_limit_counts_as_downtime(tmp_path: Path) -> None:
    # 6 h of maintenance, 4 h allowed: 2 h stay in the base and are down; an outage inside the
    # excess is not counted twice
    spec = _spec(tmp_path, "monthly", JANUARY, {"maintenance_cap_hours": 4})
    r = evaluate(spec, _log(("2026-01-04T00:00:00", "2026-01-04T06:00:00", True),
                            ("2026-01-04T05:00:00", "2026-01-04T07:00:00", False)))
    d = r.details[0].extras
    assert d["planned_s"] == 4 * HOUR and d["down_s"] == 3 * HOUR
    assert r.results[0].estimate == pytest.approx(1 - 3 / (31 * 24 - 4))


def test_the_limit_applies_per_period(tmp_path: Path) -> None:
    spec = _spec(tmp_path, "monthly", {"observed_from": "2026-01-01T00:00:00",
                                       "observed_to": "2026-03-01T00:00:00"},
                 {"maintenance_cap_hours": 4})
    r = evaluate(spec, _log(("2026-01-31T21:00:00", "2026-02-01T03:00:00", True))).results
    assert [x.estimate for x in r] == [1.0, 1.0]        # 3 h in January, 3 h in February


def test_probes_in_maintenance_are_excluded_up_to_the_limit(tmp_path: Path) -> None:
    spec = parse_spec({
        "datasets": [{"id": "sondes", "path": "p.csv", "kind": "probes",
                      "columns": {"up": "ok", "timestamp": "t"}},
                     {"id": "inc", "path": "i.csv", "kind": "incidents",
                      "columns": {"start": "debut", "end": "fin", "planned": "prevu"}}],
        "commitments": [{"id": "A1", "metric": "availability", "comparator": ">=",
                         "threshold": 0.9, "window": "monthly", "dataset": "sondes",
                         "maintenance_cap_hours": 4}],
    }, tmp_path / "spec.yaml")
    hours = [f"2026-01-{1 + h // 24:02d}T{h % 24:02d}:30:00" for h in range(31 * 24)]
    up = [not (24 <= h < 30) for h in range(31 * 24)]      # down during the 6 h maintenance
    data = {"sondes": pa.table({"ok": up, "t": hours}),
            "inc": _log(("2026-01-02T00:00:00", "2026-01-02T06:00:00", True))}
    res = evaluate(spec, data)
    assert res.details[0].extras["excluded"] == 4            # the first 4 h only
    assert res.results[0].n == 31 * 24 - 4
    assert res.results[0].estimate == pytest.approx(1 - 2 / (31 * 24 - 4))


def test_overlapping_maintenance_windows_exclude_each_probe_once(tmp_path: Path) -> None:
    spec = parse_spec({
        "datasets": [{"id": "sondes", "path": "p.csv", "kind": "probes",
                      "columns": {"up": "ok", "timestamp": "t"}},
                     {"id": "inc", "path": "i.csv", "kind": "incidents",
                      "columns": {"start": "debut", "end": "fin", "planned": "prevu"}}],
        "commitments": [{"id": "A1", "metric": "availability", "comparator": ">=",
                         "threshold": 0.9, "window": "whole", "dataset": "sondes"}],
    }, tmp_path / "spec.yaml")
    hours = [f"2026-01-01T{h:02d}:30:00" for h in range(24)]
    data = {"sondes": pa.table({"ok": [True] * 24, "t": hours}),
            "inc": _log(("2026-01-01T01:00:00", "2026-01-01T06:00:00", True),
                        ("2026-01-01T02:00:00", "2026-01-01T03:00:00", True))}
    # nested intervals: the probe at 04:30 lies in the first one only
    assert evaluate(spec, data).details[0].extras["excluded"] == 5
