"""Fixed cost of every CLI command: its help screen and its main job on the bundled examples.

Each command runs in a fresh process (``python -m recours …``), best of ``--repeat`` (5)
kept, wall and CPU (user + system of the child); with ``--baseline-src DIR`` (another
checkout's ``src``) the same commands run from that code too, interleaved in the same loop so
both meet the same machine load. The load average is printed before and after: on a shared
machine the wall figures mean little, the CPU ones less so.

Run:  .venv/bin/python bench/cli_startup.py [--baseline-src /work/main/src] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def commands(work: Path) -> dict[str, list[str]]:
    credit = work / "credit-scoring"
    return {
        "--help": ["--help"],
        "dossier --help": ["dossier", "--help"],
        "contract --help": ["contract", "--help"],
        "evidence --help": ["evidence", "--help"],
        "evidence run --help": ["evidence", "run", "--help"],
        "law --help": ["law", "--help"],
        "documents --help": ["documents", "--help"],
        "serve --help": ["serve", "--help"],
        "dossier validate (credit-scoring)": ["dossier", "validate", str(credit / "dossier.yaml")],
        "contract analyse (credit-scoring PDF)": [
            "contract", "analyse", str(credit / "contrat-credisense.pdf")],
        "contract analyse (credit-scoring DOCX)": [
            "contract", "analyse", str(credit / "contrat-credisense.docx")],
        "evidence run (credit-scoring, dossier updated)": [
            "evidence", "run", str(credit / "dossier.yaml"), "--out", str(work / "bundle"),
            "--key", str(work / "keys" / "ed25519.pem")],
        "evidence verify (that bundle)": [
            "evidence", "verify", str(work / "bundle"), "--allow-unknown-key"],
        "law analyse (credit-scoring)": [
            "law", "analyse", str(credit / "dossier.yaml"), "--on", "2026-12-07"],
        "law deadlines (credit-scoring)": [
            "law", "deadlines", str(credit / "dossier.yaml"), "--on", "2026-12-07"],
    }


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _fresh(work: Path) -> None:
    """A fresh copy of the credit-scoring case (evidence run writes into its dossier)."""
    shutil.rmtree(work / "credit-scoring", ignore_errors=True)
    shutil.copytree(EXAMPLES / "credit-scoring", work / "credit-scoring")


def measure(sources: dict[str, Path], repeat: int) -> dict[tuple[str, str], tuple[float, float]]:
    work = Path(tempfile.mkdtemp(prefix="recours-startup-"))
    (work / "keys").mkdir(mode=0o700)
    for src in sources.values():  # byte-code compiled once, as ``pip install`` does
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(src / "recours")],
                       check=True)
    best: dict[tuple[str, str], tuple[float, float]] = {}
    cases = commands(work)
    for _ in range(repeat):
        for label, args in cases.items():
            for name, src in sources.items():
                if args[:2] == ["evidence", "run"]:
                    _fresh(work)
                    shutil.rmtree(work / "bundle", ignore_errors=True)
                    (work / "bundle.zip").unlink(missing_ok=True)
                elif not (work / "credit-scoring").exists():
                    _fresh(work)
                env = {**os.environ, "RECOURS_DATA_DIR": str(work / "data"), "COLUMNS": "100",
                       "PYTHONPATH": os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")])}
                start, used = time.perf_counter(), _cpu()
                done = subprocess.run([sys.executable, "-m", "recours", *args], env=env,
                                      capture_output=True)
                wall, cpu = time.perf_counter() - start, _cpu() - used
                if done.returncode != 0:
                    raise SystemExit(f"{name}: recours {' '.join(args)} failed:\n"
                                     f"{done.stderr.decode()[-2000:]}")
                key = (label, name)
                old = best.get(key)
                best[key] = (wall, cpu) if old is None else (min(old[0], wall), min(old[1], cpu))
    shutil.rmtree(work, ignore_errors=True)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--baseline-src", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    sources = {"now": ROOT / "src"}
    if args.baseline_src is not None:
        sources["baseline"] = args.baseline_src
    load_before = os.getloadavg()
    best = measure(sources, args.repeat)
    load_after = os.getloadavg()
    print(f"load average before {load_before[0]:.2f} / after {load_after[0]:.2f}, "
          f"{os.cpu_count()} CPUs, best of {args.repeat} fresh processes, interleaved")
    head = "| command | " + " | ".join(f"{n} wall / CPU" for n in sources) + " |"
    print(head)
    print("|---|" + "---|" * len(sources))
    for label in commands(Path("/")):
        cells = [f"{best[(label, n)][0]:.2f} / {best[(label, n)][1]:.2f} s" for n in sources]
        print(f"| `recours {label}` | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
