"""Read models for pages: a dossier with everything hanging from it, upcoming deadlines."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer

from recours.dossier import Dossier
from recours.i18n import Lang
from recours.store import AnalysisRow, DocumentRow, DossierRow, FileRow, RunRow, Scope, Store
from recours.store.repo import children, latest_analysis_id, owned_with_latest_law
from recours.web import charts, services
from recours.web.case_status import CaseStatus, case_status

SOON_DAYS = 60
UPCOMING = 10
LOOK_UP = -1  # dossier_view's law_id: not known yet (row ids are positive)


@dataclass
class DossierView:
    row: DossierRow
    dossier: Dossier
    files: list[FileRow] = field(default_factory=list)
    documents: list[DocumentRow] = field(default_factory=list)
    runs: list[RunRow] = field(default_factory=list)
    law: dict[str, Any] | None = None
    contract: dict[str, Any] | None = None
    law_id: int | None = None  # the row of ``law`` (immutable: a key for rendered parts)
    contract_id: int | None = None  # the row of ``contract`` (likewise)

    def deadlines(self, lang: Lang) -> list[dict[str, Any]]:
        return services.deadlines_of(self.law, lang)

    def calendar(self, lang: Lang) -> list[dict[str, Any]]:
        """The deadlines and the plan's windows (notice to send, its cure period), as the
        CLI's ``recours law deadlines`` gives them."""
        return services.calendar_of(self.law, self.dossier, lang)

    def timeline_svg(self, lang: Lang) -> str:
        marks = [charts.Mark(e.date, e.description, str(e.type)) for e in self.dossier.events()]
        for d in self.calendar(lang):
            end = d.get("end") or d.get("extended_end")
            if end:
                marks.append(charts.Mark(date.fromisoformat(end), d["label"], "deadline"))
        return charts.timeline_svg(marks)


CHILDREN = {"files": FileRow, "documents": DocumentRow, "runs": RunRow}


def dossier_view(store: Store, session: Session, row: DossierRow,
                 contract: bool = False, law_id: int | None = LOOK_UP,
                 lists: tuple[str, ...] = ()) -> DossierView:
    """The dossier, its latest legal analysis, the lists of children a page shows (``lists``:
    some of "files", "documents", "runs"; the others stay empty), and the contract analysis
    when asked (it holds the whole contract text). ``law_id``: the latest legal analysis id
    when the caller already has it (``LOOK_UP``: look it up)."""
    if law_id == LOOK_UP:
        law_id = latest_analysis_id(session, row, "law")
    contract_id = latest_analysis_id(session, row, "contract") if contract else None
    loaded: dict[str, Any] = {name: children(session, CHILDREN[name], row) for name in lists}
    return DossierView(
        row=row, dossier=store.dossier_readonly(session, row), **loaded,
        law=store.analysis_data(session, law_id) if law_id else None, law_id=law_id,
        contract=store.analysis_data(session, contract_id) if contract_id else None,
        contract_id=contract_id,
    )


def load(store: Store, session: Session, scope: Scope, public_id: str,
         contract: bool = False, lists: tuple[str, ...] = ()) -> DossierView:
    """The view of the dossier ``public_id`` in the caller's organisation (read only)."""
    row, law_id = owned_with_latest_law(session, scope, public_id)
    return dossier_view(store, session, row, contract, law_id, lists)


def latest_deadlines(store: Store, session: Session, scope: Scope,
                     lang: Lang) -> dict[int, tuple[str, str, list[dict[str, Any]]]]:
    """dossier row id → (public id, reference, calendar of its latest legal analysis: its
    deadlines and the plan's windows)."""
    latest = (select(func.max(AnalysisRow.id)).where(AnalysisRow.org_id == scope.org_id,
                                                    AnalysisRow.kind == "law")
              .group_by(AnalysisRow.dossier_id))
    rows = session.execute(       # the rows' large data column is not read: the cached
        select(AnalysisRow.id, DossierRow)     # validated dossier is (dossier_readonly)
        .options(defer(DossierRow.data))
        .join(DossierRow, DossierRow.id == AnalysisRow.dossier_id)
        .where(AnalysisRow.id.in_(latest))).all()
    return {row.id: (row.public_id, row.reference,
                     services.calendar_of(store.analysis_data(session, analysis_id),
                                          store.dossier_readonly(session, row), lang))
            for analysis_id, row in rows}


def upcoming(store: Store, session: Session, scope: Scope, lang: Lang,
             today: date, deadlines: dict[int, tuple[str, str, list[dict[str, Any]]]]
             | None = None) -> list[dict[str, Any]]:
    """The organisation's next open deadlines (latest analysis of each dossier), soonest
    first, at most UPCOMING; those within SOON_DAYS are flagged ``soon``."""
    if deadlines is None:
        deadlines = latest_deadlines(store, session, scope, lang)
    found = []
    for public_id, reference, items in deadlines.values():
        dossier = {"public_id": public_id, "reference": reference}
        for d in items:
            end = d.get("end") or d.get("extended_end")
            if not end or d.get("status") in ("expired", "interrupted", "suspended_pending"):
                continue
            left = (date.fromisoformat(end) - today).days
            if left >= 0:
                found.append({**d, "end_date": end, "left": left, "dossier": dossier,
                              "soon": left <= SOON_DAYS})
    return sorted(found, key=lambda d: d["left"])[:UPCOMING]


def statuses(store: Store, session: Session, rows: list[DossierRow], lang: Lang, today: date,
             deadlines: dict[int, tuple[str, str, list[dict[str, Any]]]],
             ) -> dict[int, CaseStatus]:
    """Each listed dossier's stage and next deadline."""
    return {row.id: case_status(store.dossier_readonly(session, row),
                                deadlines.get(row.id, ("", "", []))[2], today, lang)
            for row in rows}
