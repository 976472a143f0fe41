"""Contract upload → analysis with the clauses highlighted in the text."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, File, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse
from markupsafe import Markup

from recours.store import AnalysisRow
from recours.web import actions, contract_view, services, views
from recours.web.context import Ctx
from recours.web.fragments import FragmentCache
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
    summary = _summary(ctx, view) if result else {}
    return render(ctx, "contract.html", view=view, d=view.dossier, tab="contract",
                  result=result, imported=imported, added=added, **summary)


def _summary(ctx: Ctx, view: views.DossierView) -> dict[str, Any]:
    """Values and commitments in words; the clauses by kind and the highlighted text."""
    result, lang = view.contract or {}, ctx.lang
    return {
        "values": contract_view.value_rows(result.get("values") or {}, lang),
        "commitment_rows": contract_view.commitment_rows(result.get("commitments") or [],
                                                         lang),
        "analysed": _analysed(ctx, view),
    }


def _analysed(ctx: Ctx, view: views.DossierView) -> Markup:
    """The clauses by kind and the contract's text with its clauses highlighted, rendered
    once per (contract analysis row, language) in the process (recours/web/fragments.py):
    the costly part of the page (a thousand highlighted pieces), the same for every member
    and every version of the case file until the next contract analysis. Without it each
    first view after a write re-rendered the whole text: the page's tail under load."""
    from recours.contract.render import KIND_LABELS

    result, lang = view.contract or {}, ctx.lang

    def draw() -> str:
        template = ctx.request.app.state.templates.env.get_template("_contract_analysed.html")
        return str(template.render(
            lang=lang, tr=ctx.tr, result=result, family_of=contract_view.FAMILY_OF,
            families=contract_view.families(result.get("kinds") or {}, KIND_LABELS, lang),
            legend=[(key, label.render(lang))
                    for key, (label, _) in contract_view.FAMILIES.items()],
            pieces=services.segments(result["text"], result["highlights"])))

    if view.contract_id is None:
        return Markup(draw())
    cache: FragmentCache = ctx.request.app.state.fragments
    return cache.get(("contract", view.contract_id, lang), draw)


@router.post("/dossiers/{public_id}/contract", dependencies=CSRF)
async def contract_upload(public_id: str, contract: UploadFile = File(...),  # noqa: B008
                          ctx: Ctx = CTX) -> RedirectResponse:
    data = await contract.read()
    await contract.close()
    analyse_upload(ctx, public_id, contract.filename or "contrat", data)
    return redirect(f"/dossiers/{public_id}/contract")
