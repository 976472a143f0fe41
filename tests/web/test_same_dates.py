"""The CLI, the web app (page, API, .ics) and the documents give the same dates for the same
dossier and analysis date — the deadlines, the date by which the notice should go out, and
the cure period (projected before the notice, computed once it is sent)."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from recours.cli.main import app as cli
from recours.examples import examples_dir
from recours.law import dates
from tests.web.conftest import Browser

ON = "2026-11-26"
EXAMPLE = examples_dir() / "credit-scoring" / "dossier.yaml"


def _events(ics: str) -> dict[str, str]:
    """uid → date (YYYY-MM-DD) of every event of an iCalendar file."""
    found = {}
    for block in ics.split("BEGIN:VEVENT")[1:]:
        uid = re.search(r"UID:(\S+)", block)
        day = re.search(r"DTSTART;VALUE=DATE:(\d{4})(\d{2})(\d{2})", block)
        assert uid and day, block
        found[uid[1]] = f"{day[1]}-{day[2]}-{day[3]}"
    return found


def _plain(text: str) -> str:
    return re.sub(r"[\u00a0\u202f ]+", " ", html.unescape(text))


def _cli(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), env={"RECOURS_LANG": "fr"})
    assert result.exit_code == 0, result.output
    return result.output


def _variant(tmp_path: Path, sent: bool) -> Path:
    data: dict[str, Any] = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data["contract"]["cure_period_days"] = 30
    if sent:
        data["timeline"].append({"date": "2026-11-16", "type": "formal_notice_sent",
                                 "description": "Mise en demeure envoyée"})
    path = tmp_path / ("envoyee" if sent else "a-envoyer") / "dossier.yaml"
    path.parent.mkdir()
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("sent", [False, True], ids=["notice-to-send", "notice-sent"])
def test_cli_web_and_documents_give_the_same_dates(alpha: Browser, tmp_path: Path,
                                                   sent: bool) -> None:
    dossier = _variant(tmp_path, sent)
    # the CLI: printed calendar, .ics, and the case memo
    cli_ics = tmp_path / "cli.ics"
    printed = _plain(_cli("law", "deadlines", str(dossier), "--on", ON, "--ics", str(cli_ics)))
    cli_events = _events(cli_ics.read_text(encoding="utf-8"))
    memo = tmp_path / "note.md"
    _cli("documents", "generate", str(dossier), "--kind", "note", "--format", "md", "--on", ON,
         "-o", str(memo))
    cli_memo = _plain(memo.read_text(encoding="utf-8"))

    # the web: the same dossier analysed on the same date
    imported = alpha.post("/dossiers/import", files={
        "archive": ("dossier.yaml", dossier.read_bytes(), "application/yaml")})
    assert imported.status_code == 303, imported.text
    pid = imported.headers["location"].rsplit("/", 1)[-1]
    assert alpha.post(f"/dossiers/{pid}/law", {"on": ON}).status_code == 303
    api = alpha.client.get(f"/api/v1/dossiers/{pid}/deadlines").json()
    web_events = _events(alpha.client.get(f"/dossiers/{pid}/deadlines.ics").text)
    page = _plain(re.sub(r"<[^>]+>", "", alpha.client.get(f"/dossiers/{pid}/deadlines").text))
    made = alpha.post(f"/dossiers/{pid}/documents", {"kind": "note", "fmt": "md", "on": ON})
    assert made.status_code == 303, made.text
    listing = alpha.client.get(f"/dossiers/{pid}/documents").text
    web_memo = _plain(alpha.client.get(re.findall(r'href="(/documents/[^"]+)"', listing)[0]).text)

    reference = yaml.safe_load(dossier.read_text(encoding="utf-8"))["reference"]
    assert web_events == cli_events
    assert {f"{reference}-{d['id']}@recours": d["end"] for d in api} == cli_events
    ids = {d["id"] for d in api}
    assert "fr.civil.1226.cure_period" in ids
    assert ("strategy.formal_notice" in ids) is not sent  # done once the notice is sent
    for d in api:
        day = _plain(dates.fr(date.fromisoformat(d["end"])))
        label = _plain(d["label"])
        assert f"{day} — {label}" in printed, (day, label)
        assert f"{day} — {label}" in page, (day, label)
        if d["kind"] == "plan":  # the memo's plan gives the same date to send the notice
            assert f"au plus tard le {day}" in cli_memo and f"au plus tard le {day}" in web_memo
        elif not d.get("projected"):  # the memo's table of deadlines
            for memo_text in (cli_memo, web_memo):
                row = next((r for r in memo_text.splitlines() if r.startswith(f"| {label} |")),
                           None)
                assert row is not None and day in row, (label, day)
