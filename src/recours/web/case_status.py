"""Where a case stands, read from its dossier and its latest legal analysis: what the dossier
list shows beside each case (« à compléter », « preuves à produire », « analyse à faire »,
« mise en demeure à envoyer », « mise en demeure envoyée », « délai en cours », expertise,
procédure, clos) with the next deadline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from recours.dossier import Dossier
from recours.dossier.timeline import EventType
from recours.i18n import Lang, T
from recours.web.filters import LOCALES, _long_date

# the later stages of a case, each opened by an event of the timeline (latest first)
STAGES: tuple[tuple[EventType, str, T], ...] = (
    (EventType.JUDGMENT, "closed", T("clos (jugement du {d})", "closed (judgment of {d})")),
    (EventType.LEGAL_ACTION, "court", T("procédure engagée le {d}", "proceedings since {d}")),
    (EventType.EXPERT_MEASURE_ORDERED, "expert",
     T("expertise ordonnée le {d}", "expert appointed on {d}")),
    (EventType.FORMAL_NOTICE_SENT, "notice_sent",
     T("mise en demeure envoyée le {d}", "formal notice sent on {d}")),
)
LABELS = {
    "incomplete": T("à compléter", "to complete"),
    "evidence": T("preuves à produire", "evidence to produce"),
    "analysis": T("analyse juridique à faire", "legal analysis to do"),
    "notice": T("mise en demeure à envoyer", "formal notice to send"),
    "notice_sent": T("mise en demeure envoyée", "formal notice sent"),
    "deadline": T("délai en cours", "time limit running"),
    "expert": T("expertise", "expert assessment"),
    "court": T("procédure", "proceedings"),
    "closed": T("clos", "closed"),
}
DEFECTS = (EventType.INCIDENT, EventType.DEFECT_DISCOVERY, EventType.COMPLAINT)


def long_date(value: date | str, lang: Lang) -> str:
    day = date.fromisoformat(value[:10]) if isinstance(value, str) else value
    return _long_date(day, LOCALES[lang])


@dataclass(frozen=True)
class CaseStatus:
    key: str
    label: str
    detail: str
    next_deadline: dict[str, Any] | None = None


def _utc(moment: datetime) -> datetime:
    """A naive time is UTC (the store writes UTC without an offset)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def missing_facts(dossier: Dossier) -> list[T]:
    """What the dossier still lacks before evidence and law can be worked on."""
    roles = {str(p.role) for p in dossier.parties}
    missing = []
    if "client" not in roles:
        missing.append(T("le client", "the client"))
    if not roles - {"client"}:
        missing.append(T("le cocontractant", "the other party"))
    if not dossier.commitments and not dossier.events(*DEFECTS):
        missing.append(T("les engagements mesurables ou les incidents",
                         "the measurable commitments or the incidents"))
    return missing


def next_deadline(deadlines: list[dict[str, Any]], today: date) -> dict[str, Any] | None:
    """The first deadline still open on ``today`` (``end_date``, ``left`` in days added)."""
    found = []
    for d in deadlines:
        end = d.get("end") or d.get("extended_end")
        if not end or d.get("status") in ("expired", "interrupted", "suspended_pending"):
            continue
        left = (date.fromisoformat(end) - today).days
        if left >= 0:
            found.append({**d, "end_date": end, "left": left})
    return min(found, key=lambda d: d["left"]) if found else None


def case_status(dossier: Dossier, deadlines: list[dict[str, Any]], today: date,
                lang: Lang) -> CaseStatus:
    """The case's stage and its next deadline (``deadlines``: the latest analysis's)."""
    nxt = next_deadline(deadlines, today)

    def status(key: str, detail: T | str = "") -> CaseStatus:
        text = detail.render(lang) if isinstance(detail, T) else detail
        return CaseStatus(key, LABELS[key].render(lang), text, nxt)

    for kind, key, words in STAGES:
        event = dossier.events(kind)
        if event:
            when = long_date(event[-1].date, lang)
            if key == "notice_sent" and nxt is not None:
                return status("deadline", T(f"{words.fr.format(d=when)} ; "
                                            f"{nxt['label']} le {long_date(nxt['end_date'], lang)}",
                                            f"{words.en.format(d=when)}; "
                                            f"{nxt['label']} on {long_date(nxt['end_date'], lang)}"))
            return status(key, T(words.fr.format(d=when), words.en.format(d=when)))
    missing = missing_facts(dossier)
    if missing:
        return status("incomplete", T("manque : " + ", ".join(m.fr for m in missing),
                                      "missing: " + ", ".join(m.en for m in missing)))
    runs = dossier.evidence_runs
    if dossier.commitments and not runs:
        return status("evidence", T("aucune mesure des engagements", "no run of the commitments"))
    analysis = dossier.analysis
    if analysis is None:
        return status("analysis")
    if runs and max(_utc(r.run_at) for r in runs) > _utc(analysis.generated_at):
        return status("analysis", T("une mesure est postérieure à la dernière analyse",
                                    "a run is later than the last analysis"))
    return status("notice", T(f"analyse du {long_date(analysis.on, lang)}",
                              f"analysis of {long_date(analysis.on, lang)}"))
