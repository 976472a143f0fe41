"""Finding 1 (critical): no file of the server is reachable through a path in a dossier.

A dataset ``path`` in a dossier (editable by any member of an organisation, in the YAML page
or by ``PUT``) or in an uploaded spec used to be resolved on the server: a web evidence run
opened ``../../etc/passwd`` or the server's signing key, and its error quoted the file's first
line. The web now reads uploaded files only, matched to their dataset by id; the CLI confines
paths to the dossier's folder unless ``--allow-outside``; the signing key lives outside the data
folder and must be private.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi import FastAPI
from ruamel.yaml import YAML
from typer.testing import CliRunner

from recours.cli.main import app as cli
from recours.errors import InputError, PathOutsideError
from recours.keyfiles import check_secrets, relocate_legacy_key
from recours.settings import Settings
from recours.web.app import create_app
from tests.store.helpers import settings_for
from tests.web.conftest import MINIMAL, Browser
from tests.web.test_evidence_demo import predictions_csv, wait_done

SECRET = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIHNlY3JldC1zaWduaW5nLWtleQ==\n"
runner = CliRunner()


def _secret(tmp_path: Path) -> Path:
    target = tmp_path / "server-secrets" / "ed25519.pem"
    target.parent.mkdir()
    target.write_text(SECRET)
    return target


def _climb_to(target: Path) -> str:
    """A relative path that climbs to the root whatever the working folder, then descends."""
    return "../" * 40 + str(target).lstrip("/")


def _dossier_yaml(extra_path: str) -> bytes:
    """The minimal dossier plus a dataset at ``extra_path`` with a commitment that reads it."""
    yaml = YAML()
    data = yaml.load(MINIMAL.read_text(encoding="utf-8"))
    data["datasets"].append({"id": "leak", "path": extra_path, "kind": "predictions",
                             "format": "csv",
                             "columns": {"label": "defaut", "score": "score"}})
    commitment = dict(data["commitments"][0])
    commitment["id"], commitment["dataset"] = "C2", "leak"
    data["commitments"].append(commitment)
    from io import StringIO
    out = StringIO()
    yaml.dump(data, out)
    return out.getvalue().encode()


def _import(browser: Browser, content: bytes) -> str:
    response = browser.post("/dossiers/import",
                            files={"archive": ("dossier.yaml", content, "application/yaml")})
    assert response.status_code == 303, response.text
    return str(response.headers["location"]).rsplit("/", 1)[-1]


def _leaks(text: str) -> bool:
    """The file's content, or the server folder it lies in, shown to the tenant."""
    return "BEGIN PRIVATE KEY" in text or "MC4CAQAw" in text or "server-secrets" in text


def test_a_dossier_path_never_opens_a_server_file(alpha: Browser, tmp_path: Path) -> None:
    secret = _secret(tmp_path)
    pid = _import(alpha, _dossier_yaml(_climb_to(secret)))
    response = alpha.post(f"/dossiers/{pid}/evidence",
                          files={"dataset_tests": ("predictions.csv", predictions_csv(),
                                                   "text/csv")})
    assert response.status_code == 303, response.text
    fragment = wait_done(alpha, response.headers["location"])
    assert not _leaks(fragment), fragment
    assert "La mesure a échoué" in fragment
    assert "leak" in fragment  # the dataset whose file was not uploaded is named
    api = alpha.client.get(f"/api/v1/dossiers/{pid}/evidence")
    assert not _leaks(api.text)


def test_an_uploaded_spec_reads_the_uploads_only(alpha: Browser, tmp_path: Path) -> None:
    secret = _secret(tmp_path)
    pid = _import(alpha, MINIMAL.read_bytes())
    spec = (
        "recours_spec: 1\n"
        "datasets:\n"
        f"  - {{id: tests, path: '{_climb_to(secret)}', kind: predictions, format: csv,\n"
        "      columns: {label: defaut, score: score}}\n"
        "commitments:\n"
        "  - {id: C1, metric: recall, comparator: '>=', threshold: 0.7, cutoff: 0.5,\n"
        "     dataset: tests}\n"
    ).encode()
    response = alpha.post(f"/dossiers/{pid}/evidence",
                          files={"dataset_tests": ("predictions.csv", predictions_csv(),
                                                   "text/csv"),
                                 "spec": ("spec.yaml", spec, "application/yaml")})
    assert response.status_code == 303, response.text
    fragment = wait_done(alpha, response.headers["location"])
    assert not _leaks(fragment), fragment
    assert 'id="run-done"' in fragment and "Manquement établi" in fragment  # the upload


def _case(tmp_path: Path) -> Path:
    case = tmp_path / "affaire"
    (case / "data").mkdir(parents=True)
    shutil.copy(MINIMAL, case / "dossier.yaml")
    (tmp_path / "ailleurs").mkdir()
    (tmp_path / "ailleurs" / "predictions.csv").write_bytes(predictions_csv())
    return case


def _point_dataset(case: Path, path: str) -> None:
    text = (case / "dossier.yaml").read_text(encoding="utf-8")
    (case / "dossier.yaml").write_text(text.replace("path: data/predictions.csv",
                                                    f"path: {path}"), encoding="utf-8")


def test_cli_refuses_a_path_outside_the_case_folder(tmp_path: Path) -> None:
    case = _case(tmp_path)
    _point_dataset(case, "../ailleurs/predictions.csv")
    refused = runner.invoke(cli, ["evidence", "run", str(case / "dossier.yaml"),
                                  "--out", str(tmp_path / "preuve")])
    assert refused.exit_code == 2, refused.output
    assert "sort du dossier de l'affaire" in refused.output
    assert "--allow-outside" in refused.output
    assert not (tmp_path / "preuve").exists()
    allowed = runner.invoke(cli, ["evidence", "run", str(case / "dossier.yaml"),
                                  "--out", str(tmp_path / "preuve"), "--allow-outside"])
    assert allowed.exit_code == 0, allowed.output


def test_cli_refuses_a_symbolic_link_that_leaves_the_folder(tmp_path: Path) -> None:
    case = _case(tmp_path)
    (case / "data" / "predictions.csv").symlink_to(_secret(tmp_path))
    refused = runner.invoke(cli, ["evidence", "run", str(case / "dossier.yaml"),
                                  "--out", str(tmp_path / "preuve")])
    assert refused.exit_code == 2, refused.output
    assert not _leaks(refused.output)
    assert "sort du dossier" in refused.output


def test_a_path_inside_the_folder_still_runs(tmp_path: Path) -> None:
    case = _case(tmp_path)
    (case / "data" / "predictions.csv").write_bytes(predictions_csv())
    ok = runner.invoke(cli, ["evidence", "run", str(case / "dossier.yaml"),
                             "--out", str(case / "preuve")])
    assert ok.exit_code == 0, ok.output


def test_spec_data_path_is_confined(tmp_path: Path) -> None:
    from recours.evidence.spec import load_spec

    (tmp_path / "spec.yaml").write_text(
        "recours_spec: 1\ndatasets:\n  - {id: d, path: ../x.csv, kind: predictions,\n"
        "      columns: {label: y, score: s}}\ncommitments:\n"
        "  - {id: C1, metric: recall, comparator: '>=', threshold: 0.7, cutoff: 0.5,"
        " dataset: d}\n", encoding="utf-8")
    spec = load_spec(tmp_path / "spec.yaml")
    with pytest.raises(PathOutsideError) as caught:
        spec.data_path(spec.datasets[0])
    assert caught.value.where == "datasets[d].path"
    assert spec.with_root(tmp_path, allow_outside=True).data_path(spec.datasets[0]) == (
        tmp_path.parent / "x.csv").resolve()


# The signing key ---------------------------------------------------------------------------
def test_the_signing_key_is_kept_out_of_the_data_folder(tmp_path: Path) -> None:
    settings = Settings.from_env({"RECOURS_DATA_DIR": str(tmp_path / "data")})
    assert (tmp_path / "data") not in settings.signing_key.parents
    inside = tmp_path / "data" / "cle.pem"
    inside.parent.mkdir()
    inside.write_text(SECRET)
    inside.chmod(0o600)
    with pytest.raises(InputError) as caught:
        check_secrets(tmp_path / "data", inside)
    assert "dans le dossier de données" in caught.value.render("fr")


def test_a_key_others_can_read_stops_the_server(tmp_path: Path) -> None:
    key = tmp_path / "keys" / "ed25519.pem"
    key.parent.mkdir(mode=0o700)
    key.write_text(SECRET)
    key.chmod(0o644)
    settings = settings_for(tmp_path, "sqlite", RECOURS_SIGNING_KEY=str(key))
    with pytest.raises(InputError) as caught:
        create_app(settings)
    assert f"chmod 600 {key}" in caught.value.render("fr")
    key.chmod(0o600)
    application: FastAPI = create_app(settings)
    application.state.store.close()


def test_a_key_left_in_the_data_folder_is_moved_out(tmp_path: Path) -> None:
    data = tmp_path / "data"
    legacy = data / "keys" / "ed25519.pem"
    legacy.parent.mkdir(parents=True)
    legacy.write_text(SECRET)
    legacy.chmod(0o600)
    target = tmp_path / "config" / "keys" / "ed25519.pem"
    assert relocate_legacy_key(data, target) == legacy
    assert target.read_text() == SECRET and not legacy.exists()
    assert target.stat().st_mode & 0o077 == 0
    check_secrets(data, target)
    legacy.parent.mkdir(exist_ok=True)
    legacy.write_text(SECRET)  # both places: the one left behind must be dealt with by hand
    assert relocate_legacy_key(data, target) is None
    with pytest.raises(InputError) as caught:
        check_secrets(data, target)
    assert "restée dans le dossier de données" in caught.value.render("fr")


def test_the_web_report_reads_no_bundle_folder_named_by_a_dossier(tmp_path: Path) -> None:
    from recours.documents.report import _bundle_dir

    assert _bundle_dir(str(tmp_path), None) is None
    assert _bundle_dir("../../etc", None) is None
    assert _bundle_dir("preuve", tmp_path) == tmp_path / "preuve"
