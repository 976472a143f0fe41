"""Read models for pages: a dossier with everything hanging from it, upcoming deadlines."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from recours.dossier import Dossier
from recours.i18n import Lang
from recours.store import AnalysisRow, DocumentRow, DossierRow, FileRow, RunRow, Scope
from recours.store.repo import children, dossier_model, latest_analysis
from recours.web import charts, services

SOON_DAYS = 60


@dataclass
class DossierView:
    row: DossierRow
    dossier: Dossier
    files: list[FileRow] = field(default_factory=list)
    documents: list[DocumentRow] = field(default_factory=list)
    runs: list[RunRow] = field(default_factory=list)
    law: AnalysisRow | None = None
    contract: AnalysisRow | None = None

    def deadlines(self, lang: Lang) -> list[dict[str, Any]]:
        return services.deadlines_of(self.law.data if self.law else None, lang)

    def timeline_svg(self, lang: Lang) -> str:
        marks = [charts.Mark(e.date, e.description, str(e.type)) for e in self.dossier.events()]
        for d in self.deadlines(lang):
            end = d.get("extended_end") or d.get("end")
            if end:
                marks.append(charts.Mark(date.fromisoformat(end), d["label"], "deadline"))
        return charts.timeline_svg(marks)


def dossier_view(session: Session, row: DossierRow) -> DossierView:
    return DossierView(
        row=row, dossier=dossier_model(row), files=children(session, FileRow, row),
        documents=children(session, DocumentRow, row), runs=children(session, RunRow, row),
        law=latest_analysis(session, row, "law"), contract=latest_analysis(session, row, "contract"),
    )


def upcoming(session: Session, scope: Scope, lang: Lang, today: date) -> list[dict[str, Any]]:
    """Open deadlines of the organisation's dossiers ending within SOON_DAYS, soonest first."""
    latest = (select(func.max(AnalysisRow.id)).where(AnalysisRow.org_id == scope.org_id,
                                                    AnalysisRow.kind == "law")
              .group_by(AnalysisRow.dossier_id))
    rows = session.execute(
        select(AnalysisRow, DossierRow).join(DossierRow, DossierRow.id == AnalysisRow.dossier_id)
        .where(AnalysisRow.id.in_(latest))).all()
    found = []
    for analysis, dossier in rows:
        for d in services.deadlines_of(analysis.data, lang):
            end = d.get("extended_end") or d.get("end")
            if not end or d.get("status") in ("expired", "interrupted", "suspended_pending"):
                continue
            left = (date.fromisoformat(end) - today).days
            if 0 <= left <= SOON_DAYS:
                found.append({**d, "end_date": end, "left": left, "dossier": dossier})
    return sorted(found, key=lambda d: d["left"])
