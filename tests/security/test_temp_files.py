"""Finding 4, temporary files: client data never lands in the system's shared temporary folder.

The server's temporary files — a contract import's working dossier, uploads the web framework
spools to disk (a zip import, a contract, a dataset over 1 MiB) — go to a private folder of the
data folder (``<data>/work``, mode 0700), removed when the work ends however it ends, and by the
next start when the process was killed. Before: ``/tmp/recours-import-*`` and ``/tmp/#…``.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import socket
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI

from recours.store import cleanup
from tests.security.live import Server, environment, login, make_account
from tests.web.conftest import MINIMAL, Browser, import_minimal

CONTRACT = ("Article {n}. Le prestataire garantit une disponibilité de 99,5 % par mois ; à "
            "défaut, une pénalité de 1 000 euros par jour de retard est due.\n\n")
TEXT = "".join(CONTRACT.format(n=i) for i in range(1, 6)).encode()


def _work(app: FastAPI) -> Path:
    return Path(app.state.settings.data_dir) / "work"


@pytest.fixture
def no_system_tmp(tmp_path: Path) -> Iterator[Path]:
    """The process's temporary folder points at a folder that does not exist: whatever still
    writes to the system's temporary folder fails loudly."""
    missing = tmp_path / "no-system-tmp"
    saved = tempfile.tempdir
    tempfile.tempdir = str(missing)
    try:
        yield missing
    finally:
        tempfile.tempdir = saved


def test_contract_import_works_in_the_data_folder(app: FastAPI, alpha: Browser,
                                                  no_system_tmp: Path) -> None:
    pid = import_minimal(alpha)
    upload = alpha.post(f"/dossiers/{pid}/contract",
                        files={"contract": ("contrat.txt", TEXT, "text/plain")})
    assert upload.status_code == 303, upload.text
    imported = alpha.post(f"/dossiers/{pid}/contract/import")
    assert imported.status_code == 303, imported.text[:500]
    assert "imported=" in imported.headers["location"]
    assert not no_system_tmp.exists()
    work = _work(app)
    assert stat.S_IMODE(work.stat().st_mode) == 0o700
    assert not list(work.iterdir())  # removed on success


def test_a_failed_contract_import_leaves_no_folder(app: FastAPI, alpha: Browser) -> None:
    pid = import_minimal(alpha)
    upload = alpha.post(f"/dossiers/{pid}/contract",
                        files={"contract": ("contrat.txt", TEXT, "text/plain")})
    assert upload.status_code == 303, upload.text
    store = app.state.store
    blob = store.blobs.path(hashlib.sha256(TEXT).hexdigest())
    blob.write_bytes(b"\x00" * 64)  # the stored contract damaged on disk: its import fails
    before = set(Path(tempfile.gettempdir()).glob("recours-import-*"))
    failed = alpha.post(f"/dossiers/{pid}/contract/import")
    assert failed.status_code == 422, failed.text[:500]
    assert not list(_work(app).iterdir())  # removed on failure
    assert set(Path(tempfile.gettempdir()).glob("recours-import-*")) == before


def test_start_up_removes_abandoned_folders_and_keeps_live_ones(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with cleanup.scratch(data, "import") as mine:
        assert mine.parent == data / "work" and stat.S_IMODE(mine.stat().st_mode) == 0o700
        dead = _dead_pid()
        abandoned = [
            data / "work" / f"import-{dead}-12345-abc",  # a killed import
            data / "work" / f"tmp-{dead}-12345-def",  # a killed server's spool folder
            # its pid runs again, but as another process (a restart in a container)
            data / "work" / f"tmp-{os.getpid()}-1-ghi",
            data / "work" / "recours-import-stray",  # not ours at all
        ]
        for folder in abandoned:
            folder.mkdir()
            (folder / "dossier.yaml").write_text("reference: X\n")
        assert cleanup.sweep_scratch(data) == len(abandoned)
        assert mine.is_dir()  # its process runs: kept
        assert not any(folder.exists() for folder in abandoned)
    assert not mine.exists()


def test_scratch_prefix_must_be_a_plain_word(tmp_path: Path) -> None:
    with pytest.raises(ValueError), cleanup.scratch(tmp_path, "contract-import"):
        pass


def _dead_pid() -> int:
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_private_tempdir_takes_the_processes_temporary_files(tmp_path: Path) -> None:
    saved = tempfile.tempdir
    try:
        folder = cleanup.use_private_tempdir(tmp_path / "data")
        assert folder.parent == tmp_path / "data" / "work"
        assert tempfile.gettempdir() == str(folder)
        assert cleanup.use_private_tempdir(tmp_path / "data") == folder  # once per process
        with tempfile.SpooledTemporaryFile(max_size=10) as spool:
            spool.write(b"x" * 100)  # rolled over to a real file: where?
            target = os.readlink(f"/proc/self/fd/{spool.fileno()}")
        assert target.startswith(str(folder)), target
        assert cleanup._abandoned(folder) is False
    finally:
        tempfile.tempdir = saved


# A real server ---------------------------------------------------------------------------
@pytest.fixture
def live_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    env = environment(tmp_path / "data", TMPDIR=str(system_tmp))
    make_account(env)
    yield env


def _open_files(pid: int) -> list[str]:
    found = []
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            found.append(os.readlink(fd))
        except OSError:
            continue
    return found


def _multipart(csrf: str, name: str, content: bytes) -> tuple[bytes, str]:
    boundary = "recours" + secrets.token_hex(8)
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n"
            f"{csrf}\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"archive\"; "
            f"filename=\"{name}\"\r\nContent-Type: application/zip\r\n\r\n").encode()
    body += content + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def test_an_upload_spooled_to_disk_stays_in_the_data_folder(live_env: dict[str, str]) -> None:
    data = Path(live_env["RECOURS_DATA_DIR"])
    system_tmp = Path(live_env["TMPDIR"])
    server = Server(live_env)
    try:
        client, csrf = login(server.url)
        cookie = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
        # a 3 MiB "zip" that is none: spooled past 1 MiB, then refused
        body, content_type = _multipart(csrf, "dossier.zip", b"PK\x03\x04" + os.urandom(3 << 20))
        sock = socket.create_connection(("127.0.0.1", server.port), timeout=60)
        try:
            sock.sendall((f"POST /dossiers/import HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
                          f"Cookie: {cookie}\r\nContent-Type: {content_type}\r\n"
                          f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode())
            sock.sendall(body[: 2 << 20])  # 2 MiB sent; the rest is held back
            spooled: list[str] = []
            for _ in range(400):
                spooled = [f for f in _open_files(server.process.pid)
                           if f.startswith((str(data / "work"), str(system_tmp)))]
                if spooled:
                    break
                time.sleep(0.025)
            assert spooled, "the upload was not spooled to disk"
            assert all(f.startswith(str(data / "work") + "/tmp-") for f in spooled), spooled
            assert not list(system_tmp.iterdir())
            sock.sendall(body[2 << 20:])
            answer = b""
            while chunk := sock.recv(65536):
                answer += chunk
        finally:
            sock.close()
        assert answer.startswith(b"HTTP/1.1 422"), answer[:200]
        assert b"archive" in answer  # the French refusal of the archive
        folders = list((data / "work").iterdir())
        assert [f.name.split("-")[0] for f in folders] == ["tmp"]  # the server's own, only
        assert stat.S_IMODE(folders[0].stat().st_mode) == 0o700
        assert not list(folders[0].iterdir())  # the refused upload is gone
        # a dossier imported by zip still works
        imported = client.post("/dossiers/import", data={"csrf_token": csrf}, files={
            "archive": ("dossier.yaml", MINIMAL.read_bytes(), "application/yaml")})
        assert imported.status_code == 303, imported.text
        client.close()
        server.kill()  # its folder is left behind ...
        server.stop()
        assert [f.name for f in (data / "work").iterdir()] == [folders[0].name]
        again = Server(live_env)
        try:
            names = [f.name for f in (data / "work").iterdir()]
            assert folders[0].name not in names  # ... and collected by the next start
            assert len(names) == 1 and re.fullmatch(rf"tmp-{again.process.pid}-\d+-\w+",
                                                    names[0]), names
        finally:
            again.stop()
        # stopped (uvicorn ends by re-raising SIGTERM: no exit handler runs), its folder holds
        # nothing; the next start removes it
        assert all(not list(f.iterdir()) for f in (data / "work").iterdir())
    finally:
        server.stop()
    assert not list(system_tmp.iterdir())
