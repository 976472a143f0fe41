"""Transactional operations on a dossier, shared by the pages, the JSON API and the demo.

Each runs in one transaction: the uploaded file, the analysis and the audit entry are kept
together, or nothing is (a failed analysis leaves no file behind).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from recours.dossier import AnalysisRecord, Dossier, EvidenceRun
from recours.errors import InputError
from recours.i18n import Lang, T
from recours.store import (
    AnalysisRow,
    DocumentRow,
    DossierRow,
    FileRow,
    RunRow,
    Scope,
    Store,
    repo,
)
from recours.store.blobs import safe_filename
from recours.store.models import utcnow
from recours.web import services
from recours.web.endpoints import AddressPolicy, check_endpoint

CONTRACT_TYPES = (".pdf", ".docx", ".txt", ".md")
DATA_TYPES = (".csv", ".jsonl", ".parquet", ".json")
Uploads = dict[str, tuple[str, bytes]]


def analyse_contract(store: Store, scope: Scope, public_id: str, filename: str,
                     data: bytes) -> AnalysisRow:
    with store.write() as session:
        row = repo.get_owned(session, scope, DossierRow, public_id)
        file = store.add_file(session, scope, row, "contract", filename, data,
                              allowed=CONTRACT_TYPES)
        result = services.contract_analysis(data, file.filename, repo.dossier_model(row))
        analysis = AnalysisRow(org_id=row.org_id, dossier_id=row.id, kind="contract",
                               file_id=file.id, data=result)
        session.add(analysis)
        session.flush()
        scope.log(session, "contract.analyse", row.public_id, file=file.public_id)
        return analysis


def import_contract(store: Store, scope: Scope, public_id: str,
                    expected_version: repo.Expected = None) -> dict[str, Any]:
    """Merge the latest analysed contract's clauses and commitments into the dossier."""
    with store.write() as session:
        row = repo.get_owned(session, scope, DossierRow, public_id, lock=True)
        repo.check_version(row, expected_version)
        latest = repo.latest_analysis(session, row, "contract")
        file = session.get(FileRow, latest.file_id) if latest and latest.file_id else None
        if file is None:
            raise InputError(T("aucun contrat analysé dans ce dossier",
                               "no analysed contract in this case file"),
                             fix=T("téléversez d'abord le contrat", "upload the contract first"))
        with store.scratch("import") as folder:
            dossier, report = services.import_contract(
                repo.dossier_model(row), store.blobs.read(file.sha256), file.filename, folder)
        repo.update_dossier(session, scope, row, dossier, action="contract.import")
        return report


def legal_analysis(store: Store, scope: Scope, public_id: str, on: date,
                   expected_version: repo.Expected = None) -> AnalysisRow:
    """Analyse and keep the result (analysis row + the dossier's analysis slot) at once
    (``expected_version``: refuse if the dossier is no longer at that version)."""
    with store.write() as session:
        row = repo.get_owned(session, scope, DossierRow, public_id, lock=True)
        scope.require_write()
        repo.check_version(row, expected_version)
        dossier = repo.dossier_model(row)
        result = services.legal_analysis(dossier, on)
        analysis = AnalysisRow(org_id=row.org_id, dossier_id=row.id, kind="law", data=result)
        session.add(analysis)
        dossier.analysis = AnalysisRecord(on=on, generated_at=utcnow(), data=result["fr"])
        repo.update_dossier(session, scope, row, dossier, action="law.analyse")
        return analysis


def generate_document(store: Store, scope: Scope, public_id: str, kind: str, fmt: str,
                      on: date, lang: Lang) -> tuple[DocumentRow, bytes]:
    with store.write() as session:
        row = repo.get_owned(session, scope, DossierRow, public_id)
        scope.require_write()
        data, name, media = services.generate_document(repo.dossier_model(row), kind, fmt, on,
                                                       lang)
        return store.add_document(session, scope, row, kind, fmt, name, media, data), data


def create_run(store: Store, scope: Scope, public_id: str, data: Uploads,
               spec: bytes | None, endpoint: str | None = None) -> tuple[RunRow, Dossier]:
    """Keep the uploaded files and a pending run together (``endpoint``: the address of the
    system under test, checked against the allowed addresses before anything is kept)."""
    if endpoint:
        endpoint = check_endpoint(endpoint, store.settings.endpoint_allow)
    if not data:
        raise InputError(T("aucun fichier de données", "no data file"),
                         fix=T("joignez les données de chaque jeu déclaré",
                               "attach the data of each declared dataset"))
    with store.write() as session:
        row = repo.get_owned(session, scope, DossierRow, public_id)
        files = {dataset: store.add_file(session, scope, row, "data", name, content,
                                         DATA_TYPES).public_id
                 for dataset, (name, content) in data.items()}
        spec_file = (store.add_file(session, scope, row, "spec", "spec.yaml", spec,
                                    (".yaml",)).public_id if spec is not None else None)
        run = RunRow(org_id=row.org_id, dossier_id=row.id, status="pending", progress=0.0,
                     source={"datasets": {k: v[0] for k, v in data.items()},
                             "spec": spec is not None, "endpoint": endpoint,
                             "files": files, "spec_file": spec_file})
        session.add(run)
        session.flush()
        scope.log(session, "evidence.start", run.public_id, dossier=row.public_id)
        return run, repo.dossier_model(row)


def restart_run(store: Store, scope: Scope, run_id: str
                ) -> tuple[RunRow, Dossier, Uploads, bytes | None, str | None]:
    """A new pending run on the same kept files (and endpoint) as the failed run ``run_id``
    — e.g. one interrupted by a server restart; nothing is uploaded again."""
    with store.write() as session:
        old = repo.get_owned(session, scope, RunRow, run_id)
        scope.require_write()
        source = dict(old.source or {})
        if old.status != "failed" or not source.get("files"):
            raise InputError(T("seule une mesure échouée dont les fichiers sont conservés peut "
                               "être relancée", "only a failed run whose files are kept can be "
                               "started again"), where=run_id,
                             fix=T("lancez une nouvelle mesure depuis l'onglet Preuves",
                                   "start a new run from the Evidence tab"))
        data: Uploads = {}
        for dataset, file_id in source["files"].items():
            kept = repo.get_owned(session, scope, FileRow, file_id)
            data[dataset] = (kept.filename, store.blobs.read(kept.sha256))
        spec = None
        if source.get("spec_file"):
            kept = repo.get_owned(session, scope, FileRow, source["spec_file"])
            spec = store.blobs.read(kept.sha256)
        row = session.get(DossierRow, old.dossier_id)
        assert row is not None
        run = RunRow(org_id=old.org_id, dossier_id=old.dossier_id, status="pending",
                     progress=0.0, source={**source, "restart_of": old.public_id})
        session.add(run)
        session.flush()
        scope.log(session, "evidence.restart", run.public_id, dossier=row.public_id,
                  previous=old.public_id)
        return run, repo.dossier_model(row), data, spec, source.get("endpoint")


def run_work(store: Store, dossier: Dossier, data: Uploads, spec: bytes | None,
             endpoint: str | None = None, *, allow: tuple[str, ...] = (),
             ) -> Callable[[services.Progress], dict[str, Any]]:
    """The run's work, in a scratch folder of the data folder removed when the run ends
    (done or failed; one left by a killed server is removed at the next start); an endpoint
    is called under the outbound address policy (public addresses and ``allow``), checked
    again at every redirect and connection."""
    policy = AddressPolicy(allow)
    seal = services.Seal(key_path=store.settings.signing_key, tsa_url=store.settings.tsa_url,
                         lang="en" if dossier.language == "en" else "fr")

    def work(progress: services.Progress) -> dict[str, Any]:
        with store.scratch("run") as folder:
            return services.evidence_run(dossier, folder, data, spec, progress, endpoint,
                                         policy=policy, seal=seal)
    return work


def run_finish(store: Store, scope: Scope, dossier_id: int,
               run_id: str) -> Callable[[Session, dict[str, Any]], None]:
    """Record the finished run in the dossier, in the run's final transaction: the sealed
    bundle (zip) is kept as a file of the dossier and its seals are written in the dossier's
    run, as the CLI writes them; the journal of an endpoint run (every request and answer)
    is kept as a file too. Each uploaded dataset's hash becomes the hash of the file
    measured."""
    def finish(session: Session, result: dict[str, Any]) -> None:
        journal = result.pop("journal", None)
        bundle = result.pop("bundle_zip", None)
        row = session.get(DossierRow, dossier_id, with_for_update=True)
        if row is None:
            return
        if journal is not None:
            kept = store.add_file(session, scope, row, "data", f"journal-{run_id[:8]}.jsonl",
                                  journal, (".jsonl",))
            result["endpoint"]["journal_file"] = kept.public_id
        seal = result.get("seal") or {}
        name = None
        if bundle is not None:
            name = f"{safe_filename(row.reference)}-preuve-{run_id[:8]}.zip"
            kept = store.add_file(session, scope, row, "bundle", name, bundle, (".zip",))
            seal.update(file=kept.public_id, zip_name=kept.filename)
            name = kept.filename
        dossier = repo.dossier_model(row)
        _measured_hashes(dossier, result)
        run_at = (datetime.fromisoformat(seal["run_at"]) if seal.get("run_at")
                  else datetime.now().astimezone())
        dossier.evidence_runs.append(EvidenceRun(
            id=run_id, run_at=run_at, spec_sha256=result["spec_sha256"], bundle=name,
            merkle_root=seal.get("merkle_root"), signature=seal.get("signature"),
            public_key=seal.get("public_key"), key_fingerprint=seal.get("key_fingerprint"),
            timestamp=seal.get("timestamp"), results=result.get("results", [])))
        repo.update_dossier(session, scope, row, dossier, action="evidence.done")
    return finish


def _measured_hashes(dossier: Dossier, result: dict[str, Any]) -> None:
    """The dossier's datasets carry the SHA-256 of the file the run measured (the bundle's
    ``inputs.json`` holds the same)."""
    measured = {d["id"]: d.get("sha256") for d in result.get("datasets", []) if d.get("sha256")}
    for declared in dossier.datasets:
        if declared.id in measured:
            declared.sha256 = measured[declared.id]
