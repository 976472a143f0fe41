"""A real ``recours serve`` in a subprocess on a loopback port, and a logged-in httpx client."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

import recours
from recours.settings import Settings
from recours.store import Store, create_organisation, create_user

SOURCES = Path(recours.__file__).resolve().parents[1]  # the server runs the tests' own sources
PASSWORD = "motdepasse-solide"
SECRET = "test-secret-" + "x" * 40


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def environment(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RECOURS_")}
    env.update({"RECOURS_DATA_DIR": str(data_dir), "RECOURS_SECRET_KEY": SECRET,
                "PYTHONPATH": str(SOURCES) + os.pathsep + env.get("PYTHONPATH", "")})
    env.update(extra)
    return env


def make_account(env: dict[str, str], email: str = "e@cab.fr") -> None:
    store = Store.open(Settings.from_env(env))
    with store.write() as session:
        create_user(session, create_organisation(session, "Cabinet"), email, PASSWORD,
                    role="lawyer")
    store.close()


class Server:
    """``python -m recours serve`` on 127.0.0.1; :meth:`kill` sends SIGKILL."""

    def __init__(self, env: dict[str, str]) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from recours.cli.main import run; run()", "serve",
             "--host", "127.0.0.1", "--port", str(self.port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self._wait_ready()

    def _wait_ready(self) -> None:
        for _ in range(600):
            if self.process.poll() is not None:
                raise AssertionError(self.errors())
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        raise AssertionError("server did not start")

    def errors(self) -> str:
        if self.process.stderr is None:
            return "server exited"
        text = self.process.stderr.read().decode()
        self.process.stderr.close()
        return text

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()
        if self.process.stderr and not self.process.stderr.closed:
            self.process.stderr.close()


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF token in page"
    return found[1]


def login(url: str, email: str = "e@cab.fr") -> tuple[httpx.Client, str]:
    """A client logged in on the server at ``url``, and its CSRF token."""
    client = httpx.Client(base_url=url, timeout=60)
    page = client.get("/login")
    response = client.post("/login", data={"email": email, "password": PASSWORD, "next": "/",
                                           "csrf_token": csrf_of(page.text)})
    assert response.status_code == 303, response.text
    return client, csrf_of(client.get("/").text)
