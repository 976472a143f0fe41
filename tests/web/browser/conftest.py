"""A real uvicorn server on loopback and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from recours.store import Store, create_organisation, create_user

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
PASSWORD = "motdepasse-solide"

pytestmark = pytest.mark.browser


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            if not CHROMIUM.exists():
                item.add_marker(pytest.mark.skip(reason=f"{CHROMIUM} is not installed"))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from recours.web.app import create_app
    from tests.store.helpers import settings_for

    backend = "postgres" if os.environ.get("RECOURS_TEST_POSTGRES_URL") else "sqlite"
    settings = settings_for(tmp_path_factory.mktemp("web"), backend)
    store = Store.open(settings)
    with store.write() as session:
        for org_name, email in (("Cabinet Alpha", "a@alpha.fr"), ("Cabinet Beta", "b@beta.fr")):
            org = create_organisation(session, org_name)
            create_user(session, org, email, PASSWORD, name=email.split("@")[0], role="admin")
    port = _free_port()
    config = uvicorn.Config(create_app(settings, store), host="127.0.0.1", port=port,
                            log_level="warning", lifespan="off")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if uv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(10)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where screenshots go: RECOURS_SCREENSHOTS_DIR (e.g. docs/screenshots) or a temp dir."""
    folder = Path(os.environ.get("RECOURS_SCREENSHOTS_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder
