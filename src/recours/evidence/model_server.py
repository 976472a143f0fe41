"""A local test endpoint: a deterministic model for a dossier's test set, on 127.0.0.1 only.

``recours evidence serve-model dossier.yaml`` answers each test case of the dossier's
predictions dataset with the answer recorded for it in that dataset (the score, label or
forecast the delivered system gave: a replay), so that an endpoint run
(``recours evidence run --endpoint``, or the web application's « système à interroger »)
finds the same verdicts as the run on the file. A case the dataset does not hold answers
HTTP 404 (counted as a failed request). The payload is matched exactly as the runners build
it (:func:`recours.evidence.runners.case_rows`): the test set's row without the truth and
output columns.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from recours.errors import RunnerError
from recours.evidence.runners.base import answer_column, case_rows, json_value
from recours.i18n import T

HOST = "127.0.0.1"
DEFAULT_PORT = 8765
MAX_BODY = 1 << 20


def payload_key(payload: Any) -> str:
    """The canonical form a payload is looked up by (keys sorted, compact)."""
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass
class ReplayModel:
    """The recorded answer of every test case of one dataset."""

    dataset: str
    field: str                      # "score", "prediction" or "forecast"
    answers: dict[str, Any]

    def answer(self, payload: Any) -> tuple[int, dict[str, Any]]:
        key = payload_key(payload)
        if key not in self.answers:
            return 404, {"error": "unknown test case (not in the dossier's dataset)",
                         "dataset": self.dataset}
        return 200, {self.field: self.answers[key]}

    def describe(self) -> dict[str, Any]:
        return {"model": "recours replay", "dataset": self.dataset, "answers": self.field,
                "cases": len(self.answers), "method": "POST a test case as JSON"}


def replay_model(dossier_path: Path) -> ReplayModel:
    """The replay model of the dossier's predictions dataset (the one an endpoint run
    sends); :class:`RunnerError` when that dataset records no answer."""
    from recours.evidence.run import resolve_spec, target_dataset

    _, spec = resolve_spec(dossier_path, None)
    ds = target_dataset(spec)
    role = answer_column(ds)
    if role not in ds.columns:
        role = "prediction" if "prediction" in ds.columns else role
    if role not in ds.columns:
        raise RunnerError(
            T(f"le jeu « {ds.id} » ne contient aucune réponse du système (colonne "
              f"« {answer_column(ds)} » ou « prediction »)",
              f"dataset '{ds.id}' holds no answer of the system ('{answer_column(ds)}' or "
              "'prediction' column)"), where=str(dossier_path),
            fix=T("déclarez la colonne des réponses dans datasets/…/columns",
                  "map the answers' column under datasets/…/columns"))
    column = ds.columns[role]
    answers: dict[str, Any] = {}
    for _, payload, row in case_rows(spec.data_path(ds), ds):
        value = json_value(row.get(column))
        if role != "prediction" and isinstance(value, str):
            value = float(value.replace(",", "."))
        answers.setdefault(payload_key(payload), value)
    return ReplayModel(ds.id, role, answers)


def _handler(model: ReplayModel) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"          # keep-alive: the runners reuse connections

        def _send(self, code: int, body: dict[str, Any]) -> None:
            data = json.dumps(body, ensure_ascii=False).encode()
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self._send(200, model.describe())

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                self.close_connection = True
                return self._send(413, {"error": "body too large"})
            try:
                payload = json.loads(self.rfile.read(length) or b"null")
            except ValueError:
                return self._send(400, {"error": "body is not JSON"})
            self._send(*model.answer(payload))

        def log_message(self, *args: object) -> None:
            pass

    return Handler


class ModelServer:
    """The replay model served over HTTP on 127.0.0.1 (``port`` 0: a free port)."""

    def __init__(self, model: ReplayModel, port: int = DEFAULT_PORT) -> None:
        self.model = model
        try:
            self.httpd = ThreadingHTTPServer((HOST, port), _handler(model))
        except OSError as exc:
            raise RunnerError(T(f"impossible d'écouter sur {HOST}:{port} : {exc.strerror}",
                                f"cannot listen on {HOST}:{port}: {exc.strerror}"),
                              fix=T("choisissez un autre --port (0 : un port libre)",
                                    "choose another --port (0: a free port)")) from exc
        self.httpd.daemon_threads = True

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.httpd.server_address[1]}/predict"

    def serve_forever(self) -> None:
        try:
            self.httpd.serve_forever()
        finally:
            self.httpd.server_close()

    def shutdown(self) -> None:
        self.httpd.shutdown()


@contextmanager
def serving(dossier_path: Path, port: int = 0) -> Iterator[str]:
    """Serve the dossier's replay model in a background thread; yield its address."""
    server = ModelServer(replay_model(dossier_path), port)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.url
    finally:
        server.shutdown()
        thread.join()
