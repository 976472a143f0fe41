"""The firm profile of ``bench/web_load.py``: a firm's mixed, uncached load.

Several organisations, several lawyers each — every client is a distinct user with its own
logged-in session cookie and its own API token — reading distinct case files: the case-file
list, the dossier page, the legal analysis, the deadlines, the contract and the evidence
report, with API writes mixed in (``GET`` the dossier, ``PUT`` it back changed with
``If-Match: <ETag>``; a 412 means a colleague saved in between: read again and retry). The
server runs with ``RECOURS_RESPONSE_CACHE_MB=0``, so every request is routed, loaded and
rendered. Per page: p50/p95/p99; for the run: throughput, the machine's load average sampled
every second, its cores, and the CPU the server processes used.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import statistics
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from web_load import PASSWORD, Connection, free_port, server_stack, start_server, wait_up

if TYPE_CHECKING:
    from recours.store import Store

ON = date(2026, 11, 26)
PAGES = {  # name: (weight in the mix, path template)
    "case-file list": (1, "/"),
    "dossier page": (3, "/dossiers/{dossier}"),
    "legal analysis": (2, "/dossiers/{dossier}/law"),
    "deadlines": (2, "/dossiers/{dossier}/deadlines"),
    "contract": (2, "/dossiers/{dossier}/contract"),
    "evidence report": (2, "/runs/{run}"),
}
WRITE_WEIGHT = 1  # one API read-modify-write per this many weights of page reads
MAX_RETRIES = 20  # a 412 is retried after a short random pause, as a client would
PREPARED = "firm-bench.json"


@dataclass
class Firm:
    """What the prepared database holds: per organisation its users and case files."""

    users: list[dict[str, str]] = field(default_factory=list)  # email, org, token
    dossiers: dict[str, list[dict[str, str]]] = field(default_factory=dict)  # org: [{id, run}]


def prepare(data_dir: Path, orgs: int, lawyers: int, copies: int) -> Firm:
    """Organisations, lawyers and tokens; each organisation gets ``copies`` of each example,
    each through the pipeline (contract analysis, evidence run, legal analysis). Kept in
    ``data_dir`` and reused by a later run with the same folder and sizes."""
    os.environ["RECOURS_DATA_DIR"] = str(data_dir)  # the server started later reads it too
    marker = data_dir / PREPARED
    wanted = {"orgs": orgs, "lawyers": lawyers, "copies": copies}
    if marker.is_file():
        saved = json.loads(marker.read_text())
        if saved["sizes"] == wanted:
            return Firm(saved["users"], saved["dossiers"])
        raise SystemExit(f"{data_dir} holds a firm of other sizes ({saved['sizes']}): "
                         "give an empty --data-dir")
    from recours.settings import Settings
    from recours.store import Store

    store = Store.open(Settings.from_env())
    firm = Firm()
    try:
        for o in range(orgs):
            started = time.perf_counter()
            org_name, cases = _organisation(store, o, lawyers, copies, firm)
            firm.dossiers[org_name] = cases
            print(f"prepared {org_name}: {lawyers} lawyers, {len(cases)} case files "
                  f"({time.perf_counter() - started:.0f} s)", flush=True)
    finally:
        store.close()
    marker.write_text(json.dumps({"sizes": wanted, "users": firm.users,
                                  "dossiers": firm.dossiers}))
    return firm


def _organisation(store: Store, o: int, lawyers: int, copies: int,
                  firm: Firm) -> tuple[str, list[dict[str, str]]]:
    from recours.dossier import load_dossier
    from recours.examples import example_dossiers
    from recours.store import Scope, create_organisation, create_user
    from recours.store.accounts import create_token
    from recours.store.repo import create_dossier
    from recours.web import demo

    org_name = f"Cabinet {o + 1}"
    with store.write() as session:
        org = create_organisation(session, org_name)
        users = [create_user(session, org, f"avocat{k + 1}@cabinet{o + 1}.test", PASSWORD,
                             name=f"Avocat {k + 1}", role="lawyer") for k in range(lawyers)]
        for user in users:
            firm.users.append({"email": user.email, "org": org_name,
                               "token": create_token(session, user, "bench")[1]})
        scope = Scope.of(users[0])
    cases = []
    for copy in range(copies):
        for path in example_dossiers():
            dossier = load_dossier(path)
            dossier = dossier.model_copy(update={"reference": f"{dossier.reference}-{copy + 1}"})
            with store.write() as session:
                row = create_dossier(session, scope, dossier)
            item = demo.DemoDossier(dossier.reference, row.public_id)
            demo._contract(store, scope, item, path)
            demo._evidence(store, scope, item, path)
            demo._law(store, scope, item, ON)
            cases.append({"id": row.public_id, "run": _latest_run(store, row.id)})
    return org_name, cases


def _latest_run(store: Store, dossier_id: int) -> str:
    from sqlalchemy import select

    from recours.store import RunRow

    with store.read() as session:
        return str(session.scalars(select(RunRow.public_id).where(
            RunRow.dossier_id == dossier_id).order_by(RunRow.id.desc())).first())


async def login(base: str, email: str) -> str:
    """Log in through the login form; return the session cookie header."""
    import httpx

    async with httpx.AsyncClient(base_url=base) as client:
        page = await client.get("/login")
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text)[1]  # type: ignore[index]
        answer = await client.post("/login", data={"email": email, "password": PASSWORD,
                                                   "csrf_token": csrf})
        if answer.status_code != 303:  # a refused login answers the form again
            raise RuntimeError(f"login of {email} failed: HTTP {answer.status_code}")
        return "; ".join(f"{k}={v}" for k, v in client.cookies.items())


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    conflicts: int = 0
    writes: int = 0

    def add(self, name: str, started: float) -> None:
        self.latencies.setdefault(name, []).append((time.perf_counter() - started) * 1000)


def _mix() -> tuple[list[str], list[int]]:
    names = [*PAGES, "write"]
    return names, [*(w for w, _ in PAGES.values()), WRITE_WEIGHT]


async def client(base: str, user: dict[str, str], cookie: str, cases: list[dict[str, str]],
                 requests: int, think: float, tally: Tally, rng: random.Random) -> None:
    host, port = base.removeprefix("http://").split(":")
    page = Connection(host, int(port), {"Cookie": cookie})
    api = Connection(host, int(port), {"Authorization": f"Bearer {user['token']}"})
    names, weights = _mix()
    try:
        await page.get("/")  # connect and warm up
        await api.get("/api/v1/me")
        if think:
            await asyncio.sleep(rng.uniform(0, think))
        for _ in range(requests):
            case = rng.choice(cases)
            name = rng.choices(names, weights)[0]
            if name == "write":
                await write(api, case["id"], tally, rng)
            else:
                path = PAGES[name][1].format(dossier=case["id"], run=case["run"])
                started = time.perf_counter()
                status = await page.get(path)
                tally.add(name, started)
                if status != 200:
                    raise RuntimeError(f"{user['email']} {path}: HTTP {status}")
            if think:
                await asyncio.sleep(think * rng.uniform(0.5, 1.5))
    finally:
        page.close()
        api.close()


async def write(api: Connection, dossier_id: str, tally: Tally, rng: random.Random) -> None:
    """Read the dossier (ETag), change its title, PUT it with If-Match; on 412 read again."""
    path = f"/api/v1/dossiers/{dossier_id}"
    for attempt in range(MAX_RETRIES):
        if attempt:
            await asyncio.sleep(rng.uniform(0, 0.02 * attempt))
        started = time.perf_counter()
        status, headers, body = await api.request("GET", path)
        tally.add("API read (GET dossier)", started)
        if status != 200:
            raise RuntimeError(f"GET {path}: HTTP {status}")
        data = json.loads(body)["data"]
        title = re.sub(r" · rév\. \d+$", "", data["title"])
        data["title"] = f"{title} · rév. {rng.randrange(1000)}"
        started = time.perf_counter()
        status, _, _ = await api.request(
            "PUT", path, json.dumps(data).encode(),
            {"If-Match": headers["etag"], "Content-Type": "application/json"})
        tally.add("API write (PUT If-Match)", started)
        if status == 200:
            tally.writes += 1
            return
        if status != 412:
            raise RuntimeError(f"PUT {path}: HTTP {status}")
        tally.conflicts += 1
    raise RuntimeError(f"PUT {path}: still 412 after {MAX_RETRIES} tries")


class LoadSampler:
    """The machine's 1-minute load average, read every second while the phase runs."""

    def __init__(self) -> None:
        self.samples: list[float] = []
        self.task: asyncio.Task[None] | None = None

    async def _loop(self) -> None:
        while True:
            self.samples.append(os.getloadavg()[0])
            await asyncio.sleep(1)

    def __enter__(self) -> LoadSampler:
        self.task = asyncio.get_running_loop().create_task(self._loop())
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.task is not None
        self.task.cancel()


def process_tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by ``pid`` and its children (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(stat.parent.name) == pid or int(fields[1]) == pid:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def report(tally: Tally, elapsed: float, load: list[float], cpu: float,
           client_cpu: float) -> None:
    count = sum(len(v) for v in tally.latencies.values())
    print(f"{count} requests in {elapsed:.1f} s = {count / elapsed:.0f} requests/s; "
          f"{tally.writes} writes saved, {tally.conflicts} answered 412 and retried")
    print(f"machine: {os.cpu_count()} cores, 1-min load average during the phase "
          f"min {min(load):.2f} / mean {statistics.fmean(load):.2f} / max {max(load):.2f}; "
          f"server processes used {cpu:.1f} CPU-s ({cpu / elapsed:.2f} cores), "
          f"the bench client {client_cpu:.1f} CPU-s")
    print(f"{'page':<28} {'n':>5} {'p50':>8} {'p95':>8} {'p99':>8}   target p95 < 150 ms")
    for name, values in tally.latencies.items():
        cuts = statistics.quantiles(values, n=100)
        verdict = "OK" if cuts[94] < 150 else "ABOVE"
        print(f"{name:<28} {len(values):>5} {cuts[49]:>6.1f}ms {cuts[94]:>6.1f}ms "
              f"{cuts[98]:>6.1f}ms   {verdict}")


async def phase(base: str, firm: Firm, requests: int, think: float, seed: int,
                server_pid: int) -> None:
    await wait_up(base)
    cookies = [await login(base, user["email"]) for user in firm.users]
    tally = Tally()
    rng = random.Random(seed)
    cpu_before, client_before = process_tree_cpu(server_pid), time.process_time()
    started = time.perf_counter()
    with LoadSampler() as sampler:
        await asyncio.gather(*(
            client(base, user, cookie, firm.dossiers[user["org"]], requests, think, tally,
                   random.Random(rng.random()))
            for user, cookie in zip(firm.users, cookies, strict=True)))
    elapsed = time.perf_counter() - started
    report(tally, elapsed, sampler.samples or [os.getloadavg()[0]],
           process_tree_cpu(server_pid) - cpu_before, time.process_time() - client_before)


def run_firm(args: argparse.Namespace, data_dir: Path) -> None:
    orgs, clients = args.orgs, args.clients
    if clients % orgs:
        raise SystemExit(f"--clients ({clients}) must be a multiple of --orgs ({orgs})")
    firm = prepare(data_dir, orgs, clients // orgs, args.copies)
    cases = sum(len(v) for v in firm.dossiers.values())
    for think in args.think:
        pace = "back to back" if not think else f"~{think:g} s between requests"
        print(f"\n[firm profile, response cache off] {clients} clients = {orgs} organisations "
              f"x {clients // orgs} lawyers, each its own session and token; {cases} case "
              f"files; {args.requests} requests per client, {pace}; "
              f"{args.workers} server worker(s), {server_stack()}", flush=True)
        port = free_port()
        server = start_server(port, args.workers, "off")
        try:
            asyncio.run(phase(f"http://127.0.0.1:{port}", firm, args.requests,
                              think, args.seed, server.pid))
        finally:
            server.terminate()
            server.wait(10)
