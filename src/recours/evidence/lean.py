"""Import economy for a short-lived process (the CLI's ``evidence run``).

PyArrow imports pandas the first time it converts Python objects or NumPy arrays (the C++
side loads pandas' missing-value markers, the Python side its array types): 0.3 to 1 s of a
run that never uses pandas. :func:`without_pandas` refuses that import while the run lasts, so
PyArrow works as it does where pandas is not installed (the values read are the same; tested
by ``tests/evidence/test_lean.py``). The refusal is process-wide: a server, whose other
threads may need pandas, must not use it, nor a run that calls the user's Python function
(``--callable``), which may import pandas itself.
"""

from __future__ import annotations

import importlib.abc
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib.machinery import ModuleSpec
from types import ModuleType

# PyArrow also imports cloudpickle, where it is installed, in place of the standard pickle
# (for pickling Arrow objects, which a run never does): 10 to 30 ms, refused too; and
# dateutil.relativedelta the first time it converts a Python value (a label list, the empty
# string compared with), to recognise relativedelta objects a run never holds: 10 to 20 ms.
REFUSED = ("pandas", "cloudpickle", "dateutil")


class _Refuse(importlib.abc.MetaPathFinder):
    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if fullname.partition(".")[0] in self.names:
            raise ImportError(f"{fullname} is not loaded during an evidence run "
                              "(recours.evidence.lean)")
        return None


@contextmanager
def without_pandas() -> Iterator[None]:
    """Refuse ``import pandas`` (and ``cloudpickle``, ``dateutil``) inside the block, unless
    the module is already loaded."""
    names = tuple(n for n in REFUSED if n not in sys.modules)
    if not names:
        yield
        return
    finder = _Refuse(names)
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)


def preload_special_functions() -> None:
    """Load scipy.special's compiled functions (``scipy.special._ufuncs``) without running
    the package's initialisation, which also loads its array-API layer, numpy.f2py,
    numpy.ma and numpy.testing: about 0.05 s instead of 0.2 to 0.4 s. The functions are the
    very objects ``scipy.special`` exposes once it is imported (later, normally). While the
    functions load, a bare package stands in for ``scipy.special`` in ``sys.modules``: for
    the CLI only, never in a process whose other threads may import SciPy meanwhile. Any
    failure leaves SciPy to load as usual."""
    if "scipy.special" in sys.modules or "scipy.special._ufuncs" in sys.modules:
        return
    import importlib
    import importlib.util

    try:
        spec = importlib.util.find_spec("scipy.special")
    except ImportError:
        return
    if spec is None or not spec.submodule_search_locations:
        return
    stand_in = ModuleType("scipy.special")
    stand_in.__path__ = list(spec.submodule_search_locations)
    stand_in.__package__ = "scipy.special"
    sys.modules["scipy.special"] = stand_in
    try:
        importlib.import_module("scipy.special._ufuncs")
    except Exception:  # whatever went wrong, SciPy loads the usual way
        for name in [m for m in sys.modules if m.startswith("scipy.special.")]:
            del sys.modules[name]
    finally:
        if sys.modules.get("scipy.special") is stand_in:
            del sys.modules["scipy.special"]


# The variables the BLAS libraries NumPy may be built with read for their thread count.
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def single_threaded_blas() -> bool:
    """Start NumPy's BLAS with one thread. The evidence pass never multiplies matrices, but
    OpenBLAS starts one worker per core when NumPy loads and each worker spins, waiting for
    work, for about 0.1 s: CPU taken from the pass's own threads (reading, hashing) and, on
    a shared machine, from everyone else's. Must run before NumPy is imported (returns False
    if it already is); a value the user set is kept. For the CLI's process only, never with
    ``--callable`` (the user's model may want the threads)."""
    if "numpy" in sys.modules:
        return False
    for name in BLAS_THREAD_VARIABLES:
        os.environ.setdefault(name, "1")
    return True


MMAP_THRESHOLD = 256 << 20     # arrays below this size come from the heap, not fresh pages
TRIM_THRESHOLD = 1 << 30       # freed heap memory is kept for the next batch (process ends)


def keep_freed_memory() -> bool:
    """Ask glibc's allocator to serve the pass's large NumPy arrays from its heap and keep
    what is freed, instead of mapping fresh pages for every batch and returning them: the
    pages are then zeroed by the kernel once, not once per batch (at 10 M rows the pass spent
    0.6 s of system time in page faults, 0.2 s with this). Memory stays bounded by the
    largest batch; it is handed back when the process ends, so this is for the CLI's
    short-lived process. Returns False where the allocator is not glibc's."""
    import ctypes
    import ctypes.util

    if not sys.platform.startswith("linux"):
        return False
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    m_trim_threshold, m_mmap_threshold = -1, -3      # glibc's malloc.h
    return bool(mallopt(m_mmap_threshold, MMAP_THRESHOLD)) and bool(
        mallopt(m_trim_threshold, TRIM_THRESHOLD))
