"""A failed run — e.g. interrupted by a server restart — starts again on its kept files."""

from __future__ import annotations

from fastapi import FastAPI

from recours.store import FileRow, RunRow, Store
from recours.web.jobs import fail_interrupted
from tests.web.conftest import Browser, import_minimal
from tests.web.test_evidence_demo import predictions_csv, wait_done


def _interrupted_run(app: FastAPI, alpha: Browser) -> str:
    """A run left 'running' by a stopped server, then failed when it starts again."""
    pid = import_minimal(alpha)
    response = alpha.post(f"/dossiers/{pid}/evidence",
                          files={"dataset_tests": ("predictions.csv", predictions_csv(),
                                                   "text/csv")})
    run_url = response.headers["location"]
    wait_done(alpha, run_url)
    store: Store = app.state.store
    with store.write() as session:  # as if the server had stopped in the middle of it
        run = session.query(RunRow).one()
        run.status, run.result, run.finished_at = "running", None, None
    assert fail_interrupted(store) == 1
    return run_url


def test_an_interrupted_run_starts_again_on_the_same_files(app: FastAPI,
                                                             alpha: Browser) -> None:
    run_url = _interrupted_run(app, alpha)
    fragment = alpha.client.get(run_url + "/progress").text
    assert "redémarrage" in fragment and 'id="run-restart"' in fragment
    store: Store = app.state.store
    with store.read() as session:
        files_before = session.query(FileRow).filter(FileRow.kind != "bundle").count()
        bundles_before = session.query(FileRow).filter(FileRow.kind == "bundle").count()
    again = alpha.post(run_url + "/restart")
    assert again.status_code == 303, again.text
    new_url = again.headers["location"]
    assert new_url != run_url
    done = wait_done(alpha, new_url)
    assert 'id="run-done"' in done and "Manquement établi" in done
    with store.read() as session:
        # nothing uploaded again; the run's sealed bundle is kept beside the files
        assert session.query(FileRow).filter(FileRow.kind != "bundle").count() == files_before
        bundles = session.query(FileRow).filter(FileRow.kind == "bundle").count()
        assert bundles == bundles_before + 1
        restarted = session.query(RunRow).filter(RunRow.status == "done").one()
        assert restarted.source["restart_of"] == run_url.rsplit("/", 1)[-1]


def test_only_failed_runs_of_ones_own_organisation_restart(app: FastAPI, alpha: Browser,
                                                           beta: Browser) -> None:
    run_url = _interrupted_run(app, alpha)
    assert beta.post(run_url + "/restart").status_code == 404
    again = alpha.post(run_url + "/restart")
    done_url = again.headers["location"]
    wait_done(alpha, done_url)
    refused = alpha.post(done_url + "/restart")
    assert refused.status_code == 422
    assert "seule une mesure échouée" in refused.text
