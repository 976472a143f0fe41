"""Start-up: ``recours … --help`` loads none of the heavy libraries (issue 16). Each command
imports what it needs when it runs; a help screen needs none of them. No timing assertion:
the check is which modules a fresh interpreter holds after the help is printed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("numpy", "scipy", "pyarrow", "pandas", "weasyprint", "reportlab", "sqlalchemy",
         "alembic", "fastapi", "starlette", "uvicorn", "matplotlib", "pypdf", "docx", "duckdb",
         "cryptography", "rfc3161_client", "httpx", "jinja2", "holidays", "dateutil",
         "recours.contract.kinds", "recours.law", "recours.documents", "recours.store")
PROBE = """
import json, sys
args, heavy = json.loads(sys.argv[1]), json.loads(sys.argv[2])
sys.argv = ["recours", *args]
from recours.cli.main import run
try:
    run()
except SystemExit:
    pass
print(json.dumps(sorted(m for m in sys.modules
                        if any(m == h or m.startswith(h + ".") for h in heavy))))
"""


def _loaded(args: list[str], heavy: tuple[str, ...] = HEAVY, expect: str = "Usage",
            env: dict[str, str] | None = None) -> list[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
           "COLUMNS": "100", **(env or {})}
    out = subprocess.run([sys.executable, "-c", PROBE, json.dumps(args), json.dumps(heavy)],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0 and expect in out.stdout, out.stdout + out.stderr
    loaded: list[str] = json.loads(out.stdout.strip().splitlines()[-1])
    return loaded


@pytest.mark.parametrize("args", [
    ["--help"], ["dossier", "--help"], ["contract", "--help"], ["evidence", "--help"],
    ["evidence", "run", "--help"], ["evidence", "verify", "--help"], ["law", "--help"],
    ["documents", "--help"], ["documents", "generate", "--help"], ["serve", "--help"],
])
def test_help_imports_no_heavy_library(args: list[str]) -> None:
    assert _loaded(args) == [], f"recours {' '.join(args)} imported heavy modules"


@pytest.mark.parametrize("case", ["tests/dossier/fixtures/minimal.yaml",
                                  "examples/credit-scoring/dossier.yaml"])
def test_validate_imports_no_heavy_library(case: str) -> None:
    """``recours dossier validate`` needs the dossier models and the YAML reader: none of
    the numeric, document, database, web, date or law libraries (issue 16)."""
    heavy = (*HEAVY, "rich.markdown", "rich.table", "recours.evidence", "recours.contract")
    assert _loaded(["dossier", "validate", str(ROOT / case)], heavy, expect="valide") == []


def test_law_analyse_loads_one_country_s_holidays_and_nothing_numeric() -> None:
    """``recours law analyse`` computes working days with France's calendar alone
    (recours.law.public_holidays), not the library's registry of every country."""
    heavy = ("holidays", "numpy", "scipy", "pyarrow", "pandas", "sqlalchemy", "jinja2",
             "docx", "pypdf", "weasyprint", "reportlab", "fastapi", "httpx", "cryptography")
    loaded = _loaded(["law", "analyse", str(ROOT / "examples" / "credit-scoring" /
                                             "dossier.yaml"), "--on", "2026-12-07"],
                     heavy, expect="")
    assert "holidays.countries.france" in loaded
    countries = [m for m in loaded if m.startswith("holidays.countries.")]
    assert countries == ["holidays.countries.france"], countries
    assert [m for m in loaded if not m.startswith("holidays")] == []


def test_lazy_groups_show_the_help_of_their_module() -> None:
    """The root help lists each group with the text its own module gives it."""
    import importlib

    from recours.cli.common import state
    from recours.cli.main import GROUPS

    for name, (module, texts) in GROUPS.items():
        sub = importlib.import_module(module)
        assert sub.app.info.help == texts[state.lang == "en"], name


PLUGINS = """
import sys
sys.argv = ["recours", "dossier", "validate", sys.argv[1]]
from recours.cli.main import run
try:
    run()
except SystemExit as exc:
    assert not exc.code, exc.code
from pydantic.plugin import _loader
print(_loader._plugins is None)
"""


def test_a_command_does_not_scan_for_pydantic_plugins() -> None:
    """Validating a dossier builds the pydantic models without looking for plugins in every
    installed distribution's entry points (recours.cli.main.run)."""
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    out = subprocess.run([sys.executable, "-c", PLUGINS,
                          str(ROOT / "tests" / "dossier" / "fixtures" / "minimal.yaml")],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.strip().splitlines()[-1] == "True"


GC_PROBE = """
import gc, os, sys, threading, time
sys.argv = ["recours", *sys.argv[1:]]
from recours.cli.main import run
if sys.argv[1] == "evidence":       # a server: look at the collector once it answers
    def check():
        for _ in range(600):
            time.sleep(0.05)
            if gc.isenabled():
                print("enabled", flush=True)
                os._exit(0)
        os._exit(3)
    threading.Thread(target=check, daemon=True).start()
try:
    run()
except SystemExit as exc:
    assert not exc.code, exc.code
print("enabled" if gc.isenabled() else "disabled")
"""


def _gc_state(args: list[str]) -> str:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    out = subprocess.run([sys.executable, "-c", GC_PROBE, *args], capture_output=True,
                         text=True, env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    return out.stdout.strip().splitlines()[-1]


def test_one_shot_commands_run_without_the_cycle_collector_servers_with_it() -> None:
    """recours.cli.common.short_lived / long_lived: a command is a short-lived process, a
    server is not."""
    minimal = str(ROOT / "tests" / "dossier" / "fixtures" / "minimal.yaml")
    assert _gc_state(["dossier", "validate", minimal]) == "disabled"
    example = str(ROOT / "examples" / "credit-scoring" / "dossier.yaml")
    assert _gc_state(["evidence", "serve-model", example, "--port", "0"]) == "enabled"


def test_the_forbidden_yaml_characters_are_the_yaml_reader_s() -> None:
    """recours.dossier.yaml_limits names the refused ranges (fast to compile): the same set
    as the complement of what ruamel's YAML 1.2 reader accepts, at every code point."""
    import re

    from recours.dossier.yaml_limits import _FORBIDDEN

    accepted = re.compile("[\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd"
                          "\U00010000-\U0010ffff]")
    text = "".join(map(chr, range(0x110000)))
    refused = {m.start() for m in _FORBIDDEN.finditer(text)}
    assert refused == {i for i, ch in enumerate(text) if not accepted.match(ch)}
    assert len(refused) == 9 + 2 + 18 + 6 + 26 + 2048 + 2      # C0, C1, surrogates, U+FFFE-F


def test_known_currencies_are_babel_s_list() -> None:
    """recours.dossier.base reads the currency codes without importing babel.numbers: the
    same set as babel.numbers.list_currencies()."""
    from babel.numbers import list_currencies

    from recours.dossier.base import known_currencies

    assert known_currencies() == frozenset(list_currencies()) and "EUR" in known_currencies()


VERIFY = """
import json, sys
sys.argv = ["recours", "evidence", "verify", sys.argv[1], "--allow-unknown-key"]
from recours.cli.main import run
try:
    run()
except SystemExit:
    pass
print(json.dumps(sorted(m for m in ("httpx", "recours.dossier", "numpy", "pyarrow")
                        if m in sys.modules)))
"""


@pytest.mark.slow
def test_verify_loads_neither_the_http_client_nor_the_dossier_models(tmp_path: Path) -> None:
    """Checking a bundle needs its files and the crypto: no HTTP client (only requesting a
    timestamp does), no dossier models (only --dossier does), no NumPy or PyArrow."""
    import shutil

    from typer.testing import CliRunner

    from recours.cli.main import app
    from tests.conftest import EXAMPLES

    shutil.copytree(EXAMPLES / "credit-scoring", tmp_path / "c")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
           "RECOURS_DATA_DIR": str(tmp_path / "data")}
    made = CliRunner().invoke(app, ["evidence", "run", str(tmp_path / "c" / "dossier.yaml"),
                                    "--out", str(tmp_path / "b"), "--no-dossier-update",
                                    "--key", str(tmp_path / "key.pem")])
    assert made.exit_code == 0, made.output
    out = subprocess.run([sys.executable, "-c", VERIFY, str(tmp_path / "b")],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


POWER = """
import json, sys
sys.argv = ["recours", "evidence", "power", "--threshold", "0.8", "--true", "0.75"]
from recours.cli.main import run
try:
    run()
except SystemExit as exc:
    assert not exc.code
print(json.dumps(sorted(m for m in ("scipy.special", "numpy.f2py", "recours.dossier")
                        if m in sys.modules)))
"""


def test_power_loads_scipy_special_functions_only() -> None:
    """``evidence power`` preloads scipy.special's compiled functions (not the package, whose
    initialisation loads numpy.f2py and the array-API layer) and no dossier model."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    out = subprocess.run([sys.executable, "-c", POWER], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "540" in out.stdout
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


ANALYSE = """
import json, sys
sys.argv = ["recours", "contract", "analyse", sys.argv[1], "-f", "json"]
from recours.cli.main import run
try:
    run()
except SystemExit as exc:
    assert not exc.code, exc.code
from recours.contract.kinds.base import LazyPattern
from recours.contract.kinds.detect import _FAST
patterns = [p for f in _FAST for p, _ in f.triggers] + [n for f in _FAST for n in f.negations]
print("PROBE", json.dumps({"modules": sorted(m for m in ("pypdf", "docx", "lxml", "recours.dossier",
                                                "recours.contract.kinds.prefilter")
                                    if m in sys.modules),
                  "lazy": all(isinstance(p, LazyPattern) for p in patterns),
                  "compiled": sum(p._compiled is not None for p in patterns),
                  "patterns": len(patterns)}))
"""


@pytest.mark.parametrize(("name", "loaded"), [("contrat-credisense.pdf", ["pypdf"]),
                                              ("contrat-credisense.docx", ["docx", "lxml"])])
def test_contract_analyse_loads_the_reader_of_its_format_and_compiles_few_rules(
        name: str, loaded: list[str]) -> None:
    """``recours contract analyse``: the reader of the file's format only (pypdf for a PDF,
    python-docx and lxml for a DOCX: recours.contract.reading), no dossier model, no parse of
    the rules' patterns (their prefilter words come from the generated table,
    recours.contract.kinds.prefilter_table), and only the patterns whose words occur in the
    contract are compiled (recours.contract.kinds.base.LazyPattern)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    out = subprocess.run([sys.executable, "-c", ANALYSE,
                          str(ROOT / "examples" / "credit-scoring" / name)],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert '"liability_cap"' in out.stdout
    probe = json.loads(out.stdout.rpartition("PROBE ")[2])
    assert probe["modules"] == loaded
    assert probe["lazy"]
    assert 0 < probe["compiled"] < probe["patterns"] / 2, probe


RUN = """
import json, sys
sys.argv = ["recours", "evidence", "run", sys.argv[1], "--out", sys.argv[2], "--key", sys.argv[3]]
from recours.dossier import yamlio
parses = []
parse = yamlio.parse_yaml_bytes
yamlio.parse_yaml_bytes = lambda data, where: parses.append(where) or parse(data, where)
from recours.cli.main import run
try:
    run()
except SystemExit as exc:
    assert not exc.code, exc.code
print(json.dumps({"parses": len(parses),
                  "modules": sorted(m for m in ("pyarrow.parquet", "pyarrow.json", "pandas",
                                                "rich.markdown", "recours.contract", "httpx")
                                    if m in sys.modules)}))
"""


@pytest.mark.slow
def test_evidence_run_on_csv_parses_the_dossier_once_and_loads_no_parquet(tmp_path: Path) -> None:
    """``recours evidence run`` on the credit-scoring example (CSV data): the dossier file is
    parsed once, for loading and for recording the run (recours.dossier.yamlio.read_yaml), and
    neither PyArrow's Parquet nor its JSON reader is imported (recours.evidence.parquet)."""
    import shutil

    shutil.copytree(ROOT / "examples" / "credit-scoring", tmp_path / "c")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
           "RECOURS_DATA_DIR": str(tmp_path / "data")}
    out = subprocess.run([sys.executable, "-c", RUN, str(tmp_path / "c" / "dossier.yaml"),
                          str(tmp_path / "b"), str(tmp_path / "key.pem")],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    probe = json.loads(out.stdout.strip().splitlines()[-1])
    assert probe == {"parses": 1, "modules": []}
    assert "run-" in (tmp_path / "c" / "dossier.yaml").read_text(encoding="utf-8")
