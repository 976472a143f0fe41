"""In-process CPU cost of each page of the firm profile, and a cProfile of one of them.

    .venv/bin/python bench/web_load.py --data-dir /tmp/firm --think 0    # prepares the firm
    .venv/bin/python bench/web_profile.py /tmp/firm [law] [--mode warm|write|first]

The prepared folder is copied (never changed). With the response cache off, one lawyer
requests each page of their organisation's case files: first visits (a fresh process), warm
visits, and visits right after an API write (a new version of each case file). Printed: CPU
milliseconds per request (``time.process_time``: this process only, so the figure does not
move with the machine's other load). With a page name, the page's requests are profiled
with cProfile in the thread that runs them (handlers are run inline, not in the thread pool)
and the functions of ``recours`` are listed by cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PAGES = {"list": "/", "dossier": "/dossiers/{id}", "law": "/dossiers/{id}/law",
         "deadlines": "/dossiers/{id}/deadlines", "contract": "/dossiers/{id}/contract",
         "evidence report": "/runs/{run}"}
PASSWORD = "motdepasse-bench-1"
ROUNDS = 5


def inline_handlers() -> None:
    """Run sync handlers in the calling thread, so that one profiler sees them."""
    import anyio.to_thread

    async def run_sync(func: Callable[..., Any], *args: Any, **_: Any) -> Any:
        return func(*args)

    anyio.to_thread.run_sync = run_sync  # type: ignore[assignment]


class Site:
    def __init__(self, folder: Path) -> None:
        os.environ["RECOURS_DATA_DIR"] = str(folder)
        os.environ["RECOURS_RESPONSE_CACHE_MB"] = "0"
        from fastapi.testclient import TestClient

        from recours.settings import Settings
        from recours.web.app import create_app

        firm = json.loads((folder / "firm-bench.json").read_text())
        self.user = firm["users"][0]
        self.cases = firm["dossiers"][self.user["org"]]
        self.profile = cProfile.Profile()
        self.profiling = False
        app = create_app(Settings.from_env())

        async def wrapped(scope: Any, receive: Any, send: Any) -> None:
            if self.profiling:
                self.profile.enable()
            try:
                await app(scope, receive, send)
            finally:
                if self.profiling:
                    self.profile.disable()

        self.client = TestClient(wrapped, base_url="http://testserver")
        page = self.client.get("/login").text
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page)[1]  # type: ignore[index]
        answer = self.client.post("/login", follow_redirects=False, data={
            "email": self.user["email"], "password": PASSWORD, "csrf_token": csrf})
        assert answer.status_code == 303, answer.text

    def urls(self, name: str) -> list[str]:
        return [PAGES[name].format(**case) for case in self.cases]

    def visit(self, name: str) -> float:
        """CPU ms per request over one visit of each case file's page."""
        started = time.process_time()
        for url in self.urls(name):
            answer = self.client.get(url)
            assert answer.status_code == 200, url
        return (time.process_time() - started) * 1000 / len(self.cases)

    def write(self) -> None:
        """A new version of each case file, through the API (If-Match)."""
        api = {"Authorization": f"Bearer {self.user['token']}"}
        for case in self.cases:
            answer = self.client.get(f"/api/v1/dossiers/{case['id']}", headers=api)
            data = answer.json()["data"]
            data["title"] = data["title"][:250] + " ·"
            saved = self.client.put(f"/api/v1/dossiers/{case['id']}", json=data,
                                    headers={**api, "If-Match": answer.headers["etag"]})
            assert saved.status_code == 200, saved.text


def after_write(site: Site, name: str) -> float:
    site.write()
    return site.visit(name)


def costs(site: Site) -> None:
    """First visits once; warm visits and visits after a write: the median of ROUNDS (one
    visit can pay a SQLite checkpoint or a garbage collection)."""
    first = {name: site.visit(name) for name in PAGES}
    warm = {name: statistics.median(site.visit(name) for _ in range(ROUNDS)) for name in PAGES}
    after = {name: statistics.median(after_write(site, name) for _ in range(ROUNDS))
             for name in PAGES}
    print(f"{'page':<16} {'first visit':>12} {'warm':>8} {'after a write':>14}   (CPU ms/request,"
          f" median of {ROUNDS})")
    for name in PAGES:
        print(f"{name:<16} {first[name]:>12.1f} {warm[name]:>8.1f} {after[name]:>14.1f}")


def profile(site: Site, name: str, mode: str) -> None:
    if mode != "first":
        site.visit(name)
    site.profiling = True
    for _ in range(1 if mode == "first" else ROUNDS):
        if mode == "write":
            site.profiling = False
            site.write()
            site.profiling = True
        site.visit(name)
    site.profiling = False
    out = io.StringIO()
    pstats.Stats(site.profile, stream=out).sort_stats("cumulative").print_stats("recours", 40)
    print(out.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a folder prepared by web_load.py --data-dir")
    parser.add_argument("page", nargs="?", choices=sorted(PAGES), help="profile this page")
    parser.add_argument("--mode", choices=("warm", "write", "first"), default="warm")
    args = parser.parse_args()
    if not (args.folder / "firm-bench.json").is_file():
        sys.exit(f"{args.folder}: not prepared by bench/web_load.py --data-dir")
    inline_handlers()
    with tempfile.TemporaryDirectory(prefix="recours-profile-") as scratch:
        copy = Path(scratch) / "data"
        shutil.copytree(args.folder, copy)
        site = Site(copy)
        if args.page and args.mode == "first":
            profile(site, args.page, "first")
            return
        costs(site)
        if args.page:
            profile(site, args.page, args.mode)


if __name__ == "__main__":
    main()
