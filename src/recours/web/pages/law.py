"""Legal analysis (citations show the article text on hover), deadlines and .ics export."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Form
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup

from recours.law.deadlines import to_ics
from recours.store import AnalysisRow, repo
from recours.web import actions, law_view, services, views
from recours.web.context import Ctx
from recours.web.fragments import FragmentCache
from recours.web.pages.common import CSRF, CTX, redirect, render

router = APIRouter(include_in_schema=False)


def run_legal_analysis(ctx: Ctx, public_id: str, on: date,
                       expected_version: repo.Expected = None) -> AnalysisRow:
    return actions.legal_analysis(ctx.store, ctx.scope, public_id, on, expected_version)


def _articles(analysis: dict[str, Any] | None, lang: str) -> dict[str, dict[str, object]]:
    if analysis is None:
        return {}
    found: dict[str, dict[str, object]] = {}
    for finding in analysis.get(lang, analysis.get("fr", {})).get("findings", []):
        for citation in finding.get("citations", []):
            key = citation.get("article") or citation.get("ref")
            if key and key not in found:
                found[key] = services.article(key) or {}
    return found


@router.get("/dossiers/{public_id}/law", response_class=HTMLResponse)
def law_page(public_id: str, area: str = "", status: str = "", sort: str = "",
             ctx: Ctx = CTX) -> HTMLResponse:
    """The analysis: its synthesis first, then the findings by area (``area``, ``status``:
    filters; ``sort``: strength or status)."""
    with ctx.store.read() as session:
        view = views.load(ctx.store, session, ctx.scope, public_id)
    data = view.law.get(ctx.lang, view.law.get("fr")) if view.law else None
    today = date.today()
    findings = list(data.get("findings") or []) if data else []
    chosen = {"area": area, "status": status, "sort": sort}
    return render(ctx, "law.html", view=view, d=view.dossier, tab="law", analysis=data,
                  today=today.isoformat(), findings=_findings(ctx, view, findings, chosen),
                  synthesis=law_view.synthesis(data, ctx.lang, today) if data else None,
                  areas=law_view.areas_present(findings, ctx.lang), chosen=chosen)


def _findings(ctx: Ctx, view: views.DossierView, findings: list[dict[str, Any]],
              chosen: dict[str, str]) -> Markup:
    """The findings by area, rendered once per (analysis row, language, filter) in the
    process (recours/web/fragments.py): the costly part of the page, the same for every
    member and every version of the case file until the next analysis."""

    def draw() -> str:
        template = ctx.request.app.state.templates.env.get_template("_findings.html")
        return str(template.render(
            lang=ctx.lang, tr=ctx.tr, articles=_articles(view.law, ctx.lang),
            groups=law_view.grouped(findings, ctx.lang, **chosen)))

    if view.law_id is None or not law_view.known_filter(**chosen):
        return Markup(draw())  # nothing to key on, or a filter no form offers
    cache: FragmentCache = ctx.request.app.state.fragments
    return cache.get(("law", view.law_id, ctx.lang, *chosen.values()), draw)


@router.post("/dossiers/{public_id}/law", dependencies=CSRF)
def law_run(public_id: str, on: str = Form(""), ctx: Ctx = CTX) -> RedirectResponse:
    day = date.fromisoformat(on) if on else date.today()
    run_legal_analysis(ctx, public_id, day)
    return redirect(f"/dossiers/{public_id}/law")


@router.get("/dossiers/{public_id}/deadlines", response_class=HTMLResponse)
def deadlines_page(public_id: str, ctx: Ctx = CTX) -> HTMLResponse:
    with ctx.store.read() as session:
        view = views.load(ctx.store, session, ctx.scope, public_id)
    calendar = view.calendar(ctx.lang)
    return render(ctx, "deadlines.html", view=view, d=view.dossier, tab="deadlines",
                  deadlines=calendar, months=_months(calendar))


def _months(deadlines: list[dict[str, object]]) -> list[tuple[str, list[dict[str, object]]]]:
    """Deadlines grouped by month of the date to act by, for the calendar."""
    grouped: dict[str, list[dict[str, object]]] = {}
    for d in deadlines:
        end = d.get("end") or d.get("extended_end")
        if isinstance(end, str):
            grouped.setdefault(end[:7], []).append(d)
    return sorted(grouped.items())


@router.get("/dossiers/{public_id}/deadlines.ics")
def deadlines_ics(public_id: str, ctx: Ctx = CTX) -> Response:
    with ctx.store.read() as session:
        view = views.load(ctx.store, session, ctx.scope, public_id)
    data = to_ics(view.calendar(ctx.lang), view.row.reference, ctx.lang)
    return Response(data, media_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition":
                             f'attachment; filename="{view.row.reference}-echeances.ics"'})


@router.get("/articles/{ref:path}", response_class=HTMLResponse)
def article_page(ref: str, ctx: Ctx = CTX) -> HTMLResponse:
    return render(ctx, "article.html", article=services.article(ref), ref=ref)
