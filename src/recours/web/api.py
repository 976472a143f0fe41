"""The JSON API (``/api/v1``): the same services as the pages, described by OpenAPI.

Authenticate with an API token (``Authorization: Bearer rct_…``, created on the account
page) or with the session cookie plus the ``X-CSRF-Token`` header for changes. A dossier's
answers carry its ``ETag``; ``PUT`` requires ``If-Match`` (see :mod:`recours.web.preconditions`).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Body, Depends, File, Request, Response, UploadFile
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from recours.dossier import validate_data
from recours.store import AnalysisRow, DocumentRow, DossierRow, FileRow, RunRow, repo
from recours.web import services
from recours.web.context import Ctx, check_csrf
from recours.web.pages.common import user_ctx
from recours.web.pages.contract import analyse_upload
from recours.web.pages.documents import generate
from recours.web.pages.evidence import start_run, uploads
from recours.web.pages.law import run_legal_analysis
from recours.web.preconditions import if_match

router = APIRouter(prefix="/api/v1", tags=["recours"], dependencies=[Depends(check_csrf)])
CTX = Depends(user_ctx)


class DossierSummary(BaseModel):
    id: str
    reference: str
    title: str
    version: int
    updated_at: datetime


class DossierOut(DossierSummary):
    data: dict[str, Any]


class FileOut(BaseModel):
    id: str
    filename: str
    kind: str
    media_type: str
    size: int
    sha256: str


class RunOut(BaseModel):
    id: str
    status: str
    progress: float
    result: dict[str, Any] | None


class DocumentRequest(BaseModel):
    kind: str = "mise-en-demeure"
    format: str = "docx"
    on: date | None = None


def _summary(row: DossierRow) -> DossierSummary:
    return DossierSummary(id=row.public_id, reference=row.reference, title=row.title,
                          version=row.version, updated_at=row.updated_at)


def _full(row: DossierRow) -> DossierOut:
    return DossierOut(**_summary(row).model_dump(), data=row.data)


def _file(row: FileRow | DocumentRow) -> FileOut:
    return FileOut(id=row.public_id, filename=row.filename, kind=row.kind,
                   media_type=row.media_type, size=row.size, sha256=row.sha256)


@router.get("/me")
def me(ctx: Ctx = CTX) -> dict[str, Any]:
    assert ctx.user is not None
    return {"email": ctx.user.email, "name": ctx.user.name, "role": ctx.user.role,
            "organisation": ctx.user.organisation.name, "lang": ctx.lang}


@router.get("/dossiers")
def list_dossiers(ctx: Ctx = CTX) -> list[DossierSummary]:
    with ctx.store.read() as session:
        return [_summary(r) for r in repo.list_dossiers(session, ctx.scope)]


def _tagged(row: DossierRow, response: Response) -> DossierOut:
    response.headers["ETag"] = repo.etag(row)
    return _full(row)


@router.post("/dossiers", status_code=201)
def create_dossier(response: Response, data: dict[str, Any] = Body(...),  # noqa: B008
                   ctx: Ctx = CTX) -> DossierOut:
    dossier = validate_data(data, Path("body"))
    with ctx.store.write() as session:
        return _tagged(repo.create_dossier(session, ctx.scope, dossier), response)


@router.get("/dossiers/{dossier_id}", response_model=DossierOut)
def get_dossier(dossier_id: str, ctx: Ctx = CTX) -> Response:
    """The dossier, with its version as ``ETag`` (send it back in ``If-Match`` to change it).
    The stored JSON text is sent as is (no decoding and re-encoding of the whole case file)."""
    with ctx.store.read() as session:
        row, data = repo.owned_with_json(session, ctx.scope, dossier_id)
    head = _summary(row).model_dump_json()
    body = f'{head[:-1]},"data":{data}}}'.encode()
    return Response(body, media_type="application/json", headers={"ETag": repo.etag(row)})


@router.put("/dossiers/{dossier_id}")
def put_dossier(dossier_id: str, request: Request, response: Response,
                data: dict[str, Any] = Body(...), ctx: Ctx = CTX) -> DossierOut:  # noqa: B008
    """Replace the dossier (a new version). ``If-Match`` with the ETag read is required:
    428 without it, 412 when someone else saved a version in between."""
    expected = if_match(request, required=True)
    dossier = validate_data(data, Path("body"))
    with ctx.store.write() as session:  # the old content is replaced, never read: not loaded
        row = repo.get_owned(session, ctx.scope, DossierRow, dossier_id, light=True, lock=True)
        return _tagged(repo.update_dossier(session, ctx.scope, row, dossier,
                                           expected_version=expected), response)


@router.delete("/dossiers/{dossier_id}", status_code=204)
def delete_dossier(dossier_id: str, request: Request, ctx: Ctx = CTX) -> None:
    """Delete the dossier, its files and documents (``If-Match`` honoured when given)."""
    expected = if_match(request, required=False)
    with ctx.store.write() as session:
        row = repo.get_owned(session, ctx.scope, DossierRow, dossier_id, lock=True)
        repo.delete_dossier(session, ctx.scope, row, expected_version=expected)


@router.get("/dossiers/{dossier_id}/analysis", response_model=dict[str, Any] | None)
def get_analysis(dossier_id: str, ctx: Ctx = CTX) -> Response:
    """The latest legal analysis, in the request's language (``?lang=en``); ``null`` when
    the case file has not been analysed yet."""
    with ctx.store.read() as session:
        found = repo.latest_law_id_owned(session, ctx.scope, dossier_id)
        if found is None:
            return Response(b"null", media_type="application/json")
        body = ctx.store.analysis_json(session, found, ctx.lang)
    return Response(body, media_type="application/json")


@router.post("/dossiers/{dossier_id}/analysis", status_code=201)
def post_analysis(dossier_id: str, request: Request, on: date | None = None,
                  ctx: Ctx = CTX) -> dict[str, Any]:
    """Run the legal analysis and keep it in the dossier (``If-Match`` honoured when given)."""
    analysis: AnalysisRow = run_legal_analysis(ctx, dossier_id, on or date.today(),
                                               if_match(request, required=False))
    result: dict[str, Any] = analysis.data.get(ctx.lang) or analysis.data["fr"]
    return result


@router.get("/dossiers/{dossier_id}/deadlines")
def get_deadlines(dossier_id: str, ctx: Ctx = CTX) -> list[dict[str, Any]]:
    with ctx.store.read() as session:
        row = repo.get_owned(session, ctx.scope, DossierRow, dossier_id)
        found = repo.latest_analysis_id(session, row, "law")
        data = ctx.store.analysis_data(session, found) if found else None
        dossier = ctx.store.dossier_readonly(session, row)
    # the calendar: the analysis's deadlines and the plan's windows (notice, cure period)
    return services.calendar_of(data, dossier, ctx.lang)


@router.get("/dossiers/{dossier_id}/files")
def list_files(dossier_id: str, ctx: Ctx = CTX) -> list[FileOut]:
    with ctx.store.read() as session:
        row = repo.get_owned(session, ctx.scope, DossierRow, dossier_id)
        return [_file(f) for f in repo.children(session, FileRow, row)]


@router.post("/dossiers/{dossier_id}/contract", status_code=201)
async def post_contract(dossier_id: str, contract: UploadFile = File(...),  # noqa: B008
                        ctx: Ctx = CTX) -> dict[str, Any]:
    """Upload a contract and analyse it; returns the analysis (without the full text)."""
    data = await contract.read()
    await contract.close()
    analysis = analyse_upload(ctx, dossier_id, contract.filename or "contrat", data)
    return {k: v for k, v in analysis.data.items() if k != "text"}


@router.post("/dossiers/{dossier_id}/documents", status_code=201)
def post_document(dossier_id: str, request: DocumentRequest, ctx: Ctx = CTX) -> FileOut:
    row = generate(ctx, dossier_id, request.kind, request.format, request.on or date.today())
    return _file(row)


@router.post("/dossiers/{dossier_id}/evidence", status_code=202)
async def post_evidence(dossier_id: str, request: Request, ctx: Ctx = CTX) -> RunOut:
    """Start an evidence run: multipart fields ``dataset_<id>`` (one file per dataset of the
    case file), optionally ``spec`` (YAML) and ``endpoint`` (the address of the system under
    test: the predictions dataset's file then holds the test cases, each sent to it). Poll
    ``GET /api/v1/runs/{id}``."""
    run = await run_in_threadpool(start_run, ctx, dossier_id, await uploads(request))
    return RunOut(id=run.public_id, status=run.status, progress=run.progress, result=None)


@router.get("/runs/{run_id}")
def get_run(run_id: str, ctx: Ctx = CTX) -> RunOut:
    with ctx.store.read() as session:
        run = repo.get_owned(session, ctx.scope, RunRow, run_id)
    return RunOut(id=run.public_id, status=run.status, progress=run.progress, result=run.result)


