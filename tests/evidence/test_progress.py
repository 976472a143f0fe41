"""``recours evidence run`` draws its progress bar on a terminal only: through a
pseudo-terminal the run (bar included) succeeds; through a pipe Rich's progress module is
not even loaded."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import sys
sys.argv = ["recours", *sys.argv[1:]]
from recours.cli.main import run
try:
    run()
except SystemExit as exc:
    code = exc.code or 0
else:
    code = 0
sys.stderr.write(f"\\nexit={code} progress={'rich.progress' in sys.modules}\\n")
"""


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize("terminal", [True, False])
def test_progress_bar_on_a_terminal_only(tmp_path: Path, terminal: bool) -> None:
    shutil.copytree(EXAMPLES / "credit-scoring", tmp_path / "c")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
           "RECOURS_DATA_DIR": str(tmp_path / "data"), "COLUMNS": "120", "TERM": "xterm"}
    args = [sys.executable, "-c", PROBE, "evidence", "run", str(tmp_path / "c" / "dossier.yaml"),
            "--out", str(tmp_path / "b"), "--no-dossier-update",
            "--key", str(tmp_path / "key.pem")]
    if terminal:
        leader, follower = os.openpty()

        def drain() -> None:          # the terminal's screen: read so the writer never waits
            with contextlib.suppress(OSError):
                while os.read(leader, 1 << 16):
                    pass

        reader = threading.Thread(target=drain, daemon=True)
        reader.start()
        try:
            proc = subprocess.run(args, stdout=follower, stderr=subprocess.PIPE, env=env,
                                  timeout=300, text=True)
        finally:
            os.close(follower)
            reader.join(5)
            os.close(leader)
    else:
        proc = subprocess.run(args, capture_output=True, env=env, timeout=300, text=True)
    tail = proc.stderr.strip().splitlines()[-1]
    assert tail == f"exit=0 progress={terminal}", proc.stderr
    assert (tmp_path / "b.zip").is_file()
