"""Finding 4 — deletion that deletes: a deleted dossier's blobs go (unless another record uses
them), a crash during an upload or a run leaves nothing once the server starts again, and an
evidence run's scratch folder is removed when the run ends."""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from recours.dossier import load_dossier
from recours.settings import Settings
from recours.store import DocumentRow, FileRow, Store
from recours.web import actions
from recours.web.app import create_app
from tests.local_http import QuietHandler, serving
from tests.security.live import Server, environment, login, make_account
from tests.web.conftest import MINIMAL, Browser, alpha, app, import_minimal  # noqa: F401
from tests.web.test_evidence_demo import predictions_csv

CONTRACT = ("Article {n}. Le prestataire garantit une disponibilité de 99,5 % par mois ; à "
            "défaut, une pénalité de 1 000 euros par jour de retard est due.\n\n")


def _text(tag: str) -> bytes:
    """A short contract (the upload is analysed: it must read as one), told apart by ``tag``."""
    return ("".join(CONTRACT.format(n=i) for i in range(1, 6)) + tag + "\n").encode()


def _blob(store: Store, data: bytes) -> Path:
    return store.blobs.path(hashlib.sha256(data).hexdigest())


def _contract(browser: Browser, pid: str, name: str, data: bytes) -> None:
    response = browser.post(f"/dossiers/{pid}/contract",
                            files={"contract": (name, data, "text/plain")})
    assert response.status_code == 303, response.text


def _second_dossier(browser: Browser) -> str:
    data = load_dossier(MINIMAL).model_dump(mode="json", exclude_defaults=True)
    data["reference"] = "TEST-002"
    response = browser.client.post("/api/v1/dossiers", json=data,
                                   headers={"X-CSRF-Token": browser.csrf})
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def test_deleting_a_dossier_removes_the_blobs_only_it_used(app: FastAPI,  # noqa: F811
                                                           alpha: Browser) -> None:  # noqa: F811
    store: Store = app.state.store
    pid, other = import_minimal(alpha), _second_dossier(alpha)
    own, shared = _text("Propre au dossier."), _text("Commun aux deux dossiers.")
    _contract(alpha, pid, "propre.txt", own)
    _contract(alpha, pid, "commun.txt", shared)
    _contract(alpha, other, "commun.txt", shared)
    document = alpha.client.post(f"/api/v1/dossiers/{pid}/documents",
                                 json={"kind": "note", "format": "md"},
                                 headers={"X-CSRF-Token": alpha.csrf})
    assert document.status_code == 201, document.text
    with store.read() as session:
        note = store.blobs.path(session.scalars(select(DocumentRow.sha256)).one())
    for path in (_blob(store, own), _blob(store, shared), note):
        assert path.is_file()

    assert alpha.post(f"/dossiers/{pid}/delete").status_code == 303
    assert not _blob(store, own).exists()
    assert not note.exists()
    assert _blob(store, shared).is_file()  # the other dossier still uses it
    with store.read() as session:
        kept = session.scalars(select(FileRow).where(
            FileRow.sha256 == hashlib.sha256(shared).hexdigest())).one()
    assert alpha.client.get(f"/files/{kept.public_id}").content == shared

    assert alpha.client.delete(f"/api/v1/dossiers/{other}", headers={
        "X-CSRF-Token": alpha.csrf, "If-Match": "*"}).status_code == 204
    assert not _blob(store, shared).exists()
    assert not [p for p in store.blobs.root.rglob("*") if p.is_file()]


def test_leftovers_are_collected_when_the_server_starts(app: FastAPI) -> None:  # noqa: F811
    store: Store = app.state.store
    settings: Settings = app.state.settings
    browser = Browser(app).login("a@alpha.fr")
    pid = import_minimal(browser)
    used = _text("Contrat du dossier.")
    _contract(browser, pid, "contrat.txt", used)
    orphan, _ = store.blobs.put(b"written by an upload whose server was killed")
    half = store.blobs.path("ab" * 32)
    half.parent.mkdir(parents=True, exist_ok=True)
    partial = half.parent / f".{half.name}.k1ll3d.tmp"
    partial.write_bytes(b"half a file")
    dead = _dead_pid()
    abandoned = settings.data_dir / "work" / f"run-{dead}-abc123"
    abandoned.mkdir(parents=True)
    (abandoned / "predictions.csv").write_bytes(b"defaut,score\n1,0.9\n")
    live = settings.data_dir / "work" / f"run-{os.getpid()}-live01"
    live.mkdir()

    create_app(settings, store)  # a start, on the same store

    assert not store.blobs.path(orphan).exists()
    assert not partial.exists()
    assert _blob(store, used).is_file()
    assert not abandoned.exists()
    assert live.is_dir()  # its process still runs: maybe a run in progress


def _dead_pid() -> int:
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_run_works_in_a_scratch_folder_removed_when_it_ends(app: FastAPI) -> None:  # noqa: F811
    store: Store = app.state.store
    work = app.state.settings.data_dir / "work"
    dossier = load_dossier(MINIMAL)
    seen: list[list[Path]] = []

    def progress(_fraction: float, _message: str) -> None:
        seen.append(sorted(work.iterdir()) if work.is_dir() else [])

    good = {"tests": ("p.csv", predictions_csv())}
    result = actions.run_work(store, dossier, good, None)(progress)
    assert result["results"]
    assert seen and all(len(found) == 1 for found in seen)  # inside the data folder
    assert not list(work.iterdir())
    seen.clear()
    bad = {"tests": ("p.csv", b"autre,colonne\n1,2\n")}
    with pytest.raises(Exception, match="defaut"):
        actions.run_work(store, dossier, bad, None)(progress)
    assert seen and not list(work.iterdir())


# Real kill -9 of a real server ---------------------------------------------------------------
@pytest.fixture
def live_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = environment(tmp_path / "data", TMPDIR=str(temp), RECOURS_ENDPOINT_ALLOW="127.0.0.1")
    make_account(env)
    yield env


def _blob_files(data_dir: Path) -> list[Path]:
    root = data_dir / "blobs"
    return [p for p in root.rglob("*") if p.is_file()] if root.is_dir() else []


def _referenced(env: dict[str, str]) -> set[str]:
    store = Store(Settings.from_env(env))  # no start-up work: only look
    try:
        with store.read() as session:
            return set(session.scalars(select(FileRow.sha256)))
    finally:
        store.close()


def test_a_kill_during_an_upload_leaves_no_orphan_after_restart(
        live_env: dict[str, str]) -> None:
    data_dir = Path(live_env["RECOURS_DATA_DIR"])
    server = Server(live_env)
    try:
        client, csrf = login(server.url)
        imported = client.post("/dossiers/import", data={"csrf_token": csrf}, files={
            "archive": ("dossier.yaml", MINIMAL.read_bytes(), "application/yaml")})
        pid = imported.headers["location"].rsplit("/", 1)[-1]
        # a long contract: its blob is written at once, its analysis takes seconds
        big = "".join(CONTRACT.format(n=i) for i in range(12000)).encode()
        upload = threading.Thread(target=lambda: _quietly(
            client.post, f"/dossiers/{pid}/contract", data={"csrf_token": csrf},
            files={"contract": ("contrat.txt", big, "text/plain")}), daemon=True)
        upload.start()
        for _ in range(3000):
            if _blob_files(data_dir):
                break
            time.sleep(0.005)
        server.kill()
        upload.join(timeout=60)
        client.close()
    finally:
        server.stop()
    orphans = [p for p in _blob_files(data_dir)
               if p.parent.name + p.name not in _referenced(live_env)]
    assert orphans, "the kill did not land between the blob and the commit"

    again = Server(live_env)
    try:
        assert again.process.poll() is None
        assert all(not p.exists() for p in orphans)
        assert not _blob_files(data_dir)
    finally:
        again.stop()


def _quietly(call, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
    with contextlib.suppress(Exception):  # the server is killed in the middle of the request
        call(*args, **kwargs)


class Stuck(QuietHandler):
    """A model that answers nothing until released: the run waits on it."""

    release = threading.Event()

    def do_POST(self) -> None:
        self.release.wait(timeout=60)
        self.send(200, b'{"score": 0.5}')


def _run_folders(env: dict[str, str]) -> list[Path]:
    found = list(Path(env["TMPDIR"]).glob("recours-run-*"))
    work = Path(env["RECOURS_DATA_DIR"]) / "work"  # (the server's own tmp-… folder aside)
    return found + list(work.glob("run-*"))


def test_a_kill_during_a_run_leaves_no_run_folder_after_restart(
        live_env: dict[str, str]) -> None:
    from tests.web.test_evidence_endpoint import cases_csv

    Stuck.release.clear()
    with serving(Stuck) as model:
        server = Server(live_env)
        try:
            client, csrf = login(server.url)
            imported = client.post("/dossiers/import", data={"csrf_token": csrf}, files={
                "archive": ("dossier.yaml", MINIMAL.read_bytes(), "application/yaml")})
            pid = imported.headers["location"].rsplit("/", 1)[-1]
            started = client.post(f"/dossiers/{pid}/evidence",
                                  data={"csrf_token": csrf, "endpoint": f"{model}/score"},
                                  files={"dataset_tests": ("cas.csv", cases_csv(), "text/csv")})
            assert started.status_code == 303, started.text
            for _ in range(2000):
                if _run_folders(live_env):
                    break
                time.sleep(0.01)
            assert _run_folders(live_env), "the run did not start"
            server.kill()
            client.close()
        finally:
            Stuck.release.set()
            server.stop()
    assert _run_folders(live_env)
    again = Server(live_env)
    try:
        assert not _run_folders(live_env)
    finally:
        again.stop()
