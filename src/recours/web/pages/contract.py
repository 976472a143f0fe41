"""Contract upload → analysis with the clauses highlighted in the text."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, File, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse

from recours.i18n import Lang
from recours.store import AnalysisRow
from recours.web import actions, contract_view, services, views
from recours.web.context import Ctx
from recours.web.pages.common import CSRF, CTX, redirect, render

router = APIRouter(include_in_schema=False)


def analyse_upload(ctx: Ctx, public_id: str, filename: str, data: bytes) -> AnalysisRow:
    """Keep the file and its analysis together, or neither (one transaction)."""
    return actions.analyse_contract(ctx.store, ctx.scope, public_id, filename, data)


@router.post("/dossiers/{public_id}/contract/import", dependencies=CSRF)
def contract_import(public_id: str, ctx: Ctx = CTX) -> RedirectResponse:
    report = actions.import_contract(ctx.store, ctx.scope, public_id)
    added = ",".join(report["added"]) or "-"
    return redirect(f"/dossiers/{public_id}/contract?imported={report['clauses']}&added={added}")


@router.get("/dossiers/{public_id}/contract", response_class=HTMLResponse)
def contract_page(public_id: str, imported: int | None = None, added: str | None = None,
                  ctx: Ctx = CTX) -> HTMLResponse:
    with ctx.store.read() as session:
        view = views.load(ctx.store, session, ctx.scope, public_id, contract=True)
    result = view.contract
    pieces = services.segments(result["text"], result["highlights"]) if result else []
    summary = _summary(result, ctx.lang) if result else {}
    return render(ctx, "contract.html", view=view, d=view.dossier, tab="contract",
                  result=result, pieces=pieces, imported=imported, added=added,
                  family_of=contract_view.FAMILY_OF, **summary)


def _summary(result: dict[str, Any], lang: Lang) -> dict[str, Any]:
    """Clauses by kind under their family, values and commitments in words, the legend."""
    from recours.contract.render import KIND_LABELS

    return {
        "families": contract_view.families(result.get("kinds") or {}, KIND_LABELS, lang),
        "values": contract_view.value_rows(result.get("values") or {}, lang),
        "commitment_rows": contract_view.commitment_rows(result.get("commitments") or [],
                                                         lang),
        "legend": [(key, label.render(lang))
                   for key, (label, _) in contract_view.FAMILIES.items()],
    }


@router.post("/dossiers/{public_id}/contract", dependencies=CSRF)
async def contract_upload(public_id: str, contract: UploadFile = File(...),  # noqa: B008
                          ctx: Ctx = CTX) -> RedirectResponse:
    data = await contract.read()
    await contract.close()
    analyse_upload(ctx, public_id, contract.filename or "contrat", data)
    return redirect(f"/dossiers/{public_id}/contract")
