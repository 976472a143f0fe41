from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from recours.dossier import load_dossier
from recours.errors import DataError
from recours.i18n import T
from recours.store import DossierRow, RunRow, Scope, Store, create_organisation, create_user
from recours.store.repo import create_dossier
from recours.web.jobs import JobRunner, fail_interrupted
from tests.store.helpers import BACKENDS, open_store

MINIMAL = Path(__file__).resolve().parents[1] / "dossier" / "fixtures" / "minimal.yaml"


@pytest.fixture(params=BACKENDS)
def run_id(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Store, int]]:
    store = open_store(tmp_path, request.param)
    yield _pending_run(store)
    store.close()


def _pending_run(store: Store) -> tuple[Store, int]:
    with store.write() as session:
        org = create_organisation(session, "A")
        scope = Scope.of(create_user(session, org, "a@a.fr", "motdepasse-solide"))
        row: DossierRow = create_dossier(session, scope, load_dossier(MINIMAL))
        run = RunRow(org_id=org.id, dossier_id=row.id, status="pending", progress=0.0,
                     source={})
        session.add(run)
        session.flush()
        return store, run.id


def _run(store: Store, run_id: int) -> RunRow:
    with store.read() as session:
        return session.scalars(select(RunRow).where(RunRow.id == run_id)).one()


def test_a_failing_run_is_marked_failed_with_its_reason(run_id: tuple[Store, int]) -> None:
    store, rid = run_id
    runner = JobRunner(store)

    def work(progress):  # type: ignore[no-untyped-def]
        progress(0.5, "moitié")
        raise DataError(T("colonne « label » absente", "column 'label' missing"))

    runner.start(rid, work)
    runner.wait(rid, 30)
    run = _run(store, rid)
    assert run.status == "failed" and run.result is not None
    assert "colonne « label » absente" in run.result["error"]["fr"]
    assert "column 'label' missing" in run.result["error"]["en"]


def test_a_successful_run_keeps_its_result_and_finish_step(run_id: tuple[Store, int]) -> None:
    store, rid = run_id
    seen: list[dict[str, int]] = []
    runner = JobRunner(store)
    runner.start(rid, lambda progress: {"answer": 42}, lambda session, result: seen.append(result))
    runner.wait(rid, 30)
    run = _run(store, rid)
    assert (run.status, run.progress, run.result) == ("done", 1.0, {"answer": 42})
    assert seen == [{"answer": 42}]


def test_a_failing_finish_step_fails_the_run(run_id: tuple[Store, int]) -> None:
    store, rid = run_id
    runner = JobRunner(store)

    def finish(session, result):  # type: ignore[no-untyped-def]
        raise RuntimeError("dossier update failed")

    runner.start(rid, lambda progress: {"answer": 42}, finish)
    runner.wait(rid, 30)
    run = _run(store, rid)
    assert run.status == "failed"
    assert run.result is not None and "answer" not in run.result


def test_runs_left_running_are_failed_on_restart(run_id: tuple[Store, int]) -> None:
    store, rid = run_id
    assert fail_interrupted(store) == 1
    assert _run(store, rid).status == "failed"
    assert fail_interrupted(store) == 0
