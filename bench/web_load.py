"""Web load benchmark (loopback only, bounded), two profiles.

    .venv/bin/python bench/web_load.py [--profile firm] [--clients 50] [--orgs 5] [--think 0 1]
    .venv/bin/python bench/web_load.py --profile single [--requests 20] [--cache both]

``--profile firm`` (default, bench/web_load_firm.py): a firm's mixed load with the response
cache off — 50 distinct lawyers of 5 organisations, each with their own session and API
token, on distinct case files, reading the list, dossier, legal-analysis, deadlines, contract
and evidence-report pages with API writes (If-Match, 412 handled) mixed in; p50/p95/p99 per
page, the machine's load average and cores.

``--profile single``: p50/p95 latency of one dossier page and of the analysis API under 50
concurrent clients sharing one session, next to a static file served by the same server (the
floor any page pays), printed as ratios. It starts ``uvicorn`` on 127.0.0.1 with a fresh
SQLite database in a temporary folder, imports the credit-scoring example, runs its legal
analysis once, then measures two phases:
clients sending their next request as soon as the previous one is answered (saturation:
latency is then the queue of 50 requests times the service time), and clients pausing about
a second between requests (50 people working at once). Target: p95 < 150 ms.

Each phase runs twice: with the server as shipped (its validated response cache answers a
repeated read after one query, src/recours/web/response_cache.py), and with
``RECOURS_RESPONSE_CACHE_MB=0`` (every request routed, loaded and rendered: the cost of a
first visit or of a page that just changed). ``--cache on`` or ``--cache off`` runs one.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "motdepasse-bench-1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def prepare(data_dir: Path) -> str:
    """Account, token, example dossier and its legal analysis; return the dossier id."""
    os.environ["RECOURS_DATA_DIR"] = str(data_dir)
    from recours.dossier import load_dossier
    from recours.examples import example_dossiers
    from recours.settings import Settings
    from recours.store import Store, create_organisation, create_user
    from recours.store.repo import Scope, create_dossier
    from recours.web import actions

    store = Store.open(Settings.from_env())
    with store.write() as session:
        org = create_organisation(session, "Bench")
        user = create_user(session, org, "bench@recours.test", PASSWORD, role="admin")
        scope = Scope.of(user)
        row = create_dossier(session, scope, load_dossier(example_dossiers()[0]))
    actions.legal_analysis(store, scope, row.public_id, date(2026, 11, 26))
    store.close()
    return row.public_id


def server_stack() -> str:
    """What uvicorn will run on: httptools and uvloop when installed, else h11 and asyncio."""
    import importlib.util

    http = "httptools" if importlib.util.find_spec("httptools") else "h11 (pure Python)"
    loop = "uvloop" if importlib.util.find_spec("uvloop") else "asyncio"
    return f"uvicorn {http} + {loop}"


def start_server(port: int, workers: int, cache: str) -> subprocess.Popen[bytes]:
    env = os.environ.copy()
    if cache == "off":
        env["RECOURS_RESPONSE_CACHE_MB"] = "0"
    command = [sys.executable, "-m", "uvicorn", "--factory", "recours.web.app:app_from_env",
               "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--timeout-keep-alive", "120",
               "--workers", str(workers)]
    return subprocess.Popen(command, env=env)


async def wait_up(base: str) -> None:
    async with httpx.AsyncClient() as client:
        for _ in range(200):
            try:
                if (await client.get(f"{base}/login")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError("server did not start")


async def login(base: str) -> tuple[dict[str, str], str]:
    async with httpx.AsyncClient(base_url=base) as client:
        page = await client.get("/login")
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text)[1]  # type: ignore[index]
        await client.post("/login", data={"email": "bench@recours.test", "password": PASSWORD,
                                          "csrf_token": csrf})
        cookies = dict(client.cookies)
        fresh = await client.get("/account")  # the session (and its CSRF token) rotated
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', fresh.text)[1]  # type: ignore[index]
        account = await client.post("/account/tokens", data={"name": "bench",
                                                             "csrf_token": csrf})
        token = re.search(r'<code id="new-token">([^<]+)</code>', account.text)[1]  # type: ignore[index]
    return cookies, token


class Connection:
    """A minimal keep-alive HTTP/1.1 client: the measuring side must cost far less than the
    server it measures, on the same two cores."""

    def __init__(self, host: str, port: int, headers: dict[str, str]) -> None:
        self.host, self.port = host, port
        self.extra = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        return (await self.request("GET", path))[0]

    async def request(self, method: str, path: str, body: bytes = b"",
                      headers: dict[str, str] | None = None,
                      ) -> tuple[int, dict[str, str], bytes]:
        """Send one request on the kept connection; return status, headers (lower-case
        names) and body."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        more = "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
        if body:
            more += f"Content-Length: {len(body)}\r\n"
        head = f"{method} {path} HTTP/1.1\r\nHost: {self.host}\r\n{self.extra}{more}\r\n"
        self.writer.write(head.encode("latin-1") + body)
        raw = await self.reader.readuntil(b"\r\n\r\n")
        lines = raw.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        answer = {k.strip().lower(): v.strip()
                  for k, v in (line.split(":", 1) for line in lines[1:] if ":" in line)}
        return status, answer, await self.reader.readexactly(int(answer.get("content-length", 0)))

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def measure(base: str, path: str, clients: int, requests: int, think: float,
                  headers: dict[str, str] | None = None) -> list[float]:
    host, port = base.removeprefix("http://").split(":")
    latencies: list[float] = []

    async def one_client() -> None:
        connection = Connection(host, int(port), headers or {})
        try:
            await connection.get(path)  # connect and warm up
            if think:  # people do not all click at the same instant
                await asyncio.sleep(random.uniform(0, think))
            for _ in range(requests):
                started = time.perf_counter()
                status = await connection.get(path)
                latencies.append((time.perf_counter() - started) * 1000)
                if status != 200:
                    raise RuntimeError(f"{path}: HTTP {status}")
                if think:
                    await asyncio.sleep(think * random.uniform(0.5, 1.5))
        finally:
            connection.close()

    await asyncio.gather(*(one_client() for _ in range(clients)))
    return latencies


def summary(name: str, values: list[float]) -> tuple[float, float]:
    cuts = statistics.quantiles(values, n=100)
    p50, p95 = cuts[49], cuts[94]
    print(f"{name:<34} n={len(values):>5}  p50={p50:7.1f} ms  p95={p95:7.1f} ms")
    return p50, p95


async def run(args: argparse.Namespace, dossier_id: str, base: str, cache: str) -> None:
    await wait_up(base)
    cookies, token = await login(base)
    for think in args.think:
        pace = "no pause (saturation)" if not think else f"~{think:g} s between requests"
        print(f"\n[response cache {cache}] {args.clients} concurrent clients x {args.requests} "
              f"requests, {pace}, {args.workers} server worker(s), {server_stack()}, "
              f"loopback {base}")
        await phase(args, dossier_id, base, cookies, token, think)


async def phase(args: argparse.Namespace, dossier_id: str, base: str, cookies: dict[str, str],
                token: str, think: float) -> None:
    n, k = args.clients, args.requests
    static = await measure(base, "/static/recours.css", n, k, think)
    cookie = "; ".join(f"{k}={v}" for k, v in cookies.items())
    page = await measure(base, f"/dossiers/{dossier_id}", n, k, think, {"Cookie": cookie})
    api = await measure(base, f"/api/v1/dossiers/{dossier_id}/analysis", n, k, think,
                        {"Authorization": f"Bearer {token}"})
    _, s95 = summary("static file (floor)", static)
    _, p95 = summary("dossier page (HTML, session)", page)
    _, a95 = summary("analysis API (JSON, token)", api)
    print(f"ratio p95 page/static = {p95 / s95:.1f}x, api/static = {a95 / s95:.1f}x")
    for name, value in (("dossier page", p95), ("analysis API", a95)):
        verdict = "OK" if value < 150 else "ABOVE TARGET"
        print(f"{name}: p95 {value:.1f} ms vs target 150 ms -> {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", choices=("firm", "single"), default="firm",
                        help="firm: distinct users, case files and pages with writes, cache "
                             "off (bench/web_load_firm.py); single: one page, one session")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=None,
                        help="requests per client (default 40 firm, 20 single)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--cache", choices=("both", "on", "off"), default="both",
                        help="single profile: server's response cache as shipped (on), off, "
                             "or both runs (the firm profile always runs it off)")
    parser.add_argument("--think", type=float, nargs="+", default=[0.0, 1.0],
                        help="pause between a client's requests, seconds (one phase each)")
    parser.add_argument("--orgs", type=int, default=5, help="firm: organisations")
    parser.add_argument("--copies", type=int, default=2,
                        help="firm: copies of each example case file per organisation")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="firm: keep the prepared database here and reuse it next time")
    parser.add_argument("--seed", type=int, default=1, help="firm: the mix's random seed")
    args = parser.parse_args()
    args.requests = args.requests or (40 if args.profile == "firm" else 20)
    if args.clients > 200 or args.requests > 200 or max(args.think) > 10 or args.copies > 10:
        parser.error("bounded benchmark: at most 200 clients and 200 requests each")
    if args.profile == "firm":
        from web_load_firm import run_firm

        if args.data_dir is not None:
            args.data_dir.mkdir(parents=True, exist_ok=True)
            run_firm(args, args.data_dir.resolve())
            return
        with tempfile.TemporaryDirectory(prefix="recours-bench-") as folder:
            run_firm(args, Path(folder))
        return
    with tempfile.TemporaryDirectory(prefix="recours-bench-") as folder:
        dossier_id = prepare(Path(folder))
        for cache in ("on", "off") if args.cache == "both" else (args.cache,):
            port = free_port()
            server = start_server(port, args.workers, cache)
            try:
                asyncio.run(run(args, dossier_id, f"http://127.0.0.1:{port}", cache))
            finally:
                server.terminate()
                server.wait(10)


if __name__ == "__main__":
    main()
