"""A throw-away PostgreSQL server for the test run, on a loopback port.

When ``RECOURS_TEST_POSTGRES_URL`` is not set and PostgreSQL's server programs are installed
(Debian: ``postgresql``), the root conftest starts one before collection, so that every
PostgreSQL-parametrised test runs against a real server; it is stopped at the end. Run as root,
the server runs as the ``postgres`` system user (PostgreSQL refuses to run as root).
Set ``RECOURS_TEST_POSTGRES=0`` to skip it.
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Server:
    url: str
    data_dir: Path
    bin_dir: Path
    prefix: list[str]

    def stop(self) -> None:
        subprocess.run([*self.prefix, str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir),
                        "-m", "immediate", "stop"], capture_output=True, check=False)
        shutil.rmtree(self.data_dir.parent, ignore_errors=True)


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start() -> Server | None:
    """Start a server and return it, or ``None`` when PostgreSQL is not installed."""
    bin_dir = _bin_dir()
    if bin_dir is None:
        return None
    prefix: list[str] = []
    root = Path(tempfile.mkdtemp(prefix="recours-pg-"))
    data_dir = root / "data"
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(root, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    run = lambda *args: subprocess.run([*prefix, *args], capture_output=True, text=True,  # noqa: E731
                                       check=True, timeout=120)
    run(str(bin_dir / "initdb"), "-D", str(data_dir), "-A", "trust", "-U", "recours",
        "-E", "UTF8", "--no-sync")
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
    run(str(bin_dir / "pg_ctl"), "-D", str(data_dir), "-o", options, "-l",
        str(root / "server.log"), "-w", "start")
    server = Server(f"postgresql+psycopg://recours@127.0.0.1:{port}/recours_test",
                    data_dir, bin_dir, prefix)
    try:
        run(str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "recours",
            "recours_test")
    except subprocess.CalledProcessError:
        server.stop()
        raise
    return server


_STARTED: list[Server] = []


def ensure_started() -> str | None:
    """Once per process: start a server unless one is named or disabled; give its URL."""
    if os.environ.get("RECOURS_TEST_POSTGRES_URL"):
        return os.environ["RECOURS_TEST_POSTGRES_URL"]
    if os.environ.get("RECOURS_TEST_POSTGRES") == "0":
        return None
    server = start()
    if server is None:
        return None
    _STARTED.append(server)
    atexit.register(stop_started)
    os.environ["RECOURS_TEST_POSTGRES_URL"] = server.url
    return server.url


def stop_started() -> None:
    """Stop the server this process started, if any (safe to call twice)."""
    while _STARTED:
        _STARTED.pop().stop()
        os.environ.pop("RECOURS_TEST_POSTGRES_URL", None)
