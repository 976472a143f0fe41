"""Background jobs (evidence runs): a thread per run, progress kept in the database.

The job's result is written in one transaction with its final status: a run that fails
leaves its row marked ``failed`` with the message, and nothing else.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from recours.errors import RecoursError
from recours.store import RunRow, Store
from recours.store.models import utcnow

Progress = Callable[[float, str], None]
Work = Callable[[Progress], dict[str, Any]]
# (session, result) -> None, in the run's final transaction, before ``result`` is stored (it
# may take out of it what is kept elsewhere, e.g. bytes kept as a file)
Finish = Callable[[Any, dict[str, Any]], None]


class JobRunner:
    def __init__(self, store: Store, max_parallel: int = 2) -> None:
        self.store = store
        self._slots = threading.BoundedSemaphore(max_parallel)
        self._threads: dict[int, threading.Thread] = {}

    def start(self, run_id: int, work: Work, finish: Finish | None = None) -> threading.Thread:
        thread = threading.Thread(target=self._run, args=(run_id, work, finish),
                                  name=f"recours-run-{run_id}", daemon=True)
        self._threads[run_id] = thread
        thread.start()
        return thread

    def wait(self, run_id: int, timeout: float | None = None) -> None:
        thread = self._threads.get(run_id)
        if thread is not None:
            thread.join(timeout)

    def _set(self, run_id: int, **values: Any) -> None:
        with self.store.write() as session:
            run = session.scalars(select(RunRow).where(RunRow.id == run_id)).one()
            for key, value in values.items():
                setattr(run, key, value)

    def _run(self, run_id: int, work: Work, finish: Finish | None) -> None:
        with self._slots:
            self._set(run_id, status="running", progress=0.0)

            def progress(fraction: float, message: str) -> None:
                self._set(run_id, progress=max(0.0, min(1.0, fraction)), message=message)

            try:
                result = work(progress)
                with self.store.write() as session:
                    run = session.scalars(select(RunRow).where(RunRow.id == run_id)).one()
                    if finish is not None:  # first: it may take out what is kept elsewhere
                        finish(session, result)
                    run.status, run.progress, run.result = "done", 1.0, result
                    run.finished_at, run.message = utcnow(), None
            except RecoursError as error:
                self._fail(run_id, {"fr": error.render("fr"), "en": error.render("en")})
            except Exception as error:  # a bug must not leave the run "running" forever
                self._fail(run_id, {"fr": f"erreur interne : {error!r}",
                                    "en": f"internal error: {error!r}"})

    def _fail(self, run_id: int, message: dict[str, str]) -> None:
        self._set(run_id, status="failed", finished_at=utcnow(),
                  result={"error": message}, message=message["fr"])


def fail_interrupted(store: Store) -> int:
    """Mark runs left pending or running by a stopped server as failed; return how many."""
    message = {"fr": "mesure interrompue par un redémarrage du serveur : relancez-la",
               "en": "run interrupted by a server restart: start it again"}
    with store.write() as session:
        runs = session.scalars(select(RunRow).where(RunRow.status.in_(("pending", "running"))))
        count = 0
        for run in runs:
            run.status, run.finished_at = "failed", utcnow()
            run.result, run.message = {"error": message}, message["fr"]
            count += 1
        return count
