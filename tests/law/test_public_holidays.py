"""recours.law.public_holidays loads the holidays library's French calendar without its
registry of every country (issue 16, start-up): the same holidays, names included, as
``holidays.country_holidays("FR")``, and the library still imports normally afterwards."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import json, sys
from recours.law.public_holidays import france
France = france()
alone = sorted(m for m in sys.modules if m.startswith("holidays"))
ours = {str(d): n for y in range(1900, 2101) for d, n in France(years=y).items()}
import holidays
theirs = {str(d): n for y in range(1900, 2101)
          for d, n in holidays.country_holidays("FR", years=y).items()}
print(json.dumps({"alone": alone, "same": ours == theirs, "count": len(ours),
                  "class": issubclass(holidays.country_holidays("FR").__class__, France)}))
"""


def test_france_alone_gives_the_library_s_holidays() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                         env=env, timeout=120, check=True)
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["same"] and seen["class"] and seen["count"] > 200 * 10
    assert "holidays.countries.france" in seen["alone"]
    assert not any(m.startswith("holidays.countries.") and m != "holidays.countries.france"
                   for m in seen["alone"]), seen["alone"]
    assert "holidays" not in seen["alone"] and "holidays.countries" not in seen["alone"]


def test_deadlines_extend_over_french_holidays() -> None:
    from datetime import date

    from recours.law.deadlines import extend_to_working_day, holiday_name

    assert extend_to_working_day(date(2026, 7, 14)) == date(2026, 7, 15)     # fête nationale
    assert extend_to_working_day(date(2026, 12, 25)) == date(2026, 12, 28)   # Friday → Monday
    assert holiday_name(date(2026, 5, 1)) is not None
