"""French public holidays (CPC 642 al. 2) from the ``holidays`` library, loaded alone.

``import holidays`` runs the library's package initialisation (its registry, version lookup
through the installed distributions' metadata) and ``holidays.country_holidays("FR")`` then
imports ``holidays.countries``, which imports every country's module (≈ 250): about 0.15 s
of each ``recours law`` command, for one country. :func:`france` imports the one module
``holidays.countries.france`` (and the calendars and groups it imports itself) while bare
stand-ins hold the places of the ``holidays`` and ``holidays.countries`` packages; the
stand-ins are removed as soon as it is loaded, and nothing of the library is changed: the
class is the one ``holidays.country_holidays("FR")`` instantiates, with the same defaults
(``tests/law/test_public_holidays.py`` compares every holiday of 1900–2100). Any failure
falls back to the library's usual import. In this project nothing else imports ``holidays``;
the load runs under a lock and once per process.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import threading
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from holidays import HolidayBase

_LOCK = threading.Lock()


@cache
def france() -> type[HolidayBase]:
    """The ``holidays`` library's class of French public holidays."""
    with _LOCK:
        if "holidays" not in sys.modules:
            try:
                return _alone()
            except Exception:  # whatever went wrong, the library loads the usual way
                pass
        from holidays.countries.france import France

        return France


def _alone() -> type[HolidayBase]:
    spec = importlib.util.find_spec("holidays")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("holidays")
    root = list(spec.submodule_search_locations)
    stand_ins: dict[str, ModuleType] = {}
    for name, path in (("holidays", root),
                       ("holidays.countries", [os.path.join(p, "countries") for p in root])):
        module = ModuleType(name)
        module.__path__ = path
        module.__package__ = name
        stand_ins[name] = sys.modules[name] = module
    try:
        found: type[HolidayBase] = importlib.import_module("holidays.countries.france").France
        return found
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
