"""The dossier list shows where each case stands and its next deadline."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

import yaml

from recours.dossier import Dossier
from recours.web.case_status import case_status
from tests.web.conftest import MINIMAL, Browser
from tests.web.test_evidence_demo import predictions_csv, wait_done


def _minimal(**changes: Any) -> dict[str, Any]:
    data = yaml.safe_load(MINIMAL.read_text(encoding="utf-8"))
    data.update(changes)
    return data


def _import(browser: Browser, data: dict[str, Any]) -> str:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode()
    response = browser.post("/dossiers/import",
                            files={"archive": ("dossier.yaml", text, "application/yaml")})
    assert response.status_code == 303, response.text
    return str(response.headers["location"]).rsplit("/", 1)[-1]


def _row(browser: Browser, reference: str) -> str:
    page = browser.client.get("/").text
    listing = page[page.index('id="dossier-list"'):]
    found = re.search(r"<tr><td><a href=\"/dossiers/\w+\">" + re.escape(reference)
                      + r"</a>.*?</tr>", listing, re.S)
    assert found, listing
    return re.sub(r"\s+", " ", found[0])


def test_a_case_moves_from_evidence_to_analysis_to_notice(alpha: Browser) -> None:
    data = _minimal()
    data["timeline"].append({"date": "2026-10-01", "type": "defect_discovery",
                             "description": "Taux de détection mesuré à 50 %"})
    pid = _import(alpha, data)
    assert "preuves à produire" in _row(alpha, "TEST-001")
    response = alpha.post(f"/dossiers/{pid}/evidence",
                          files={"dataset_tests": ("p.csv", predictions_csv(), "text/csv")})
    assert 'id="run-done"' in wait_done(alpha, response.headers["location"])
    assert "analyse juridique à faire" in _row(alpha, "TEST-001")
    today = date.today()
    assert alpha.post(f"/dossiers/{pid}/law", {"on": today.isoformat()}).status_code == 303
    row = _row(alpha, "TEST-001")
    assert "mise en demeure à envoyer" in row
    # the next deadline of the analysis is shown with its date and the days left
    assert re.search(r"dans \d+ jours", row), row


def test_an_incomplete_case_says_what_is_missing(alpha: Browser) -> None:
    data = _minimal(reference="VIDE-1", commitments=[], datasets=[],
                    timeline=[{"date": "2025-03-01", "type": "signature",
                               "description": "Signature"}])
    _import(alpha, data)
    row = _row(alpha, "VIDE-1")
    assert "à compléter" in row
    assert "les engagements mesurables ou les incidents" in row
    assert "commitments" not in row


def test_a_sent_notice_runs_its_cure_period(alpha: Browser) -> None:
    today = date.today()
    sent = today - timedelta(days=5)
    data = _minimal(reference="MED-1")
    data["contract"]["cure_period_days"] = 30
    data["timeline"].append({"date": sent.isoformat(), "type": "formal_notice_sent",
                             "description": "Mise en demeure envoyée", "by": "banque",
                             "to": "scoresoft"})
    pid = _import(alpha, data)
    assert "mise en demeure envoyée le" in _row(alpha, "MED-1")  # not analysed yet
    assert alpha.post(f"/dossiers/{pid}/law", {"on": today.isoformat()}).status_code == 303
    row = _row(alpha, "MED-1")
    assert "délai en cours" in row, row
    assert "Fin du délai pour remédier" in row, row


def _dossier(**changes: Any) -> Dossier:
    return Dossier.model_validate(_minimal(**changes))


def test_later_stages_come_from_the_timeline() -> None:
    base = _minimal()["timeline"]
    court = _dossier(timeline=[*base, {"date": "2026-09-01", "type": "legal_action",
                                       "description": "Assignation"}])
    assert case_status(court, [], date(2026, 12, 1), "fr").key == "court"
    closed = _dossier(timeline=[*base, {"date": "2026-09-01", "type": "legal_action",
                                        "description": "Assignation"},
                                {"date": "2027-03-01", "type": "judgment",
                                 "description": "Jugement"}])
    status = case_status(closed, [], date(2027, 4, 1), "en")
    assert (status.key, status.label) == ("closed", "closed")
    assert "1 March 2027" in status.detail


def test_a_run_after_the_analysis_asks_for_a_new_analysis() -> None:
    d = _dossier(evidence_runs=[{"id": "run-1", "run_at": "2026-11-20T10:00:00+00:00",
                                 "spec_sha256": "0" * 64}],
                 analysis={"on": "2026-11-10", "generated_at": "2026-11-10T09:00:00+00:00"})
    status = case_status(d, [], date(2026, 12, 1), "fr")
    assert status.key == "analysis" and "postérieure" in status.detail
    d.evidence_runs[0].run_at = datetime.fromisoformat("2026-11-01T10:00:00+00:00")
    assert case_status(d, [], date(2026, 12, 1), "fr").key == "notice"


def test_the_next_deadline_skips_expired_and_past_ones() -> None:
    deadlines = [
        {"label": "A", "end": "2026-11-01", "status": "open"},
        {"label": "B", "end": "2026-12-20", "status": "expired"},
        {"label": "C", "end": "2027-01-15", "status": "open"},
        {"label": "D", "end": "2026-12-10", "status": "open"},
    ]
    status = case_status(_dossier(), deadlines, date(2026, 12, 1), "fr")
    assert status.next_deadline is not None
    assert (status.next_deadline["label"], status.next_deadline["left"]) == ("D", 9)
