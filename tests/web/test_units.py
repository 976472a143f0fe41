"""Small pieces of the web adapter, without a server."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from recours.store.models import LoginFailure, utcnow
from recours.store.throttle import LoginLimits, login_blocked, record_login_failure
from recours.web import charts, services
from recours.web.forms import field_of, form_to_data, validate_form
from recours.web.security import LoginLimiter, SessionData, SessionSigner
from tests.store.helpers import open_store


@pytest.mark.parametrize(("where", "field"), [
    ("formulaire: parties[0].name", "client_name"),
    ("formulaire: parties[1].siren", "vendor_siren"),
    ("formulaire: timeline[2].date", "event_date_2"),
    ("formulaire: losses[0].amount.amount", "loss_amount_0"),
    ("formulaire: contract.concluded_on", "contract_concluded_on"),
    ("formulaire: contract.price.amount.amount", "contract_price"),
    ("formulaire: ai_system.intended_purpose", "ai_intended_purpose"),
    ("formulaire: ai_system.ai_act.annex_iii_area", "ai_annex_iii_area"),
    ("formulaire", ""),
])
def test_problem_locations_map_to_form_fields(where: str, field: str) -> None:
    assert field_of(where, {}) == field


def test_french_amounts_are_understood() -> None:
    data = form_to_data({"contract_price": "480 000,50 €", "loss_amount_0": "1\u00a0000",
                         "loss_description_0": "x"})
    assert data["contract"]["price"]["amount"]["amount"] == 480000.5
    assert data["losses"][0]["amount"]["amount"] == 1000


def test_english_messages_on_request() -> None:
    _, problems = validate_form({"reference": "R"}, "en")
    assert problems["title"] == ["required field"]


def test_segments_cover_the_text_once() -> None:
    text = "Article 1. Le taux sera de 70 %. Article 2."
    marks = [{"start": 11, "end": 32, "label": "C1", "kind": "commitment"},
             {"start": 15, "end": 20, "label": "overlap", "kind": "x"},
             {"start": None, "end": None, "label": "elsewhere", "kind": "x"}]
    pieces = services.segments(text, marks)
    assert "".join(p for p, _ in pieces) == text
    assert [m["label"] for _, m in pieces if m] == ["C1"]


def test_timeline_labels_do_not_overlap() -> None:
    marks = [charts.Mark(date(2025, 1, d), f"événement {d}", "other") for d in range(1, 8)]
    svg = charts.timeline_svg(marks)
    assert svg.count("<circle") == 7
    lanes = charts._lanes([100.0, 110.0, 120.0, 400.0], 150.0)
    assert lanes == [0, 1, 2, 0]
    assert charts.timeline_svg([]) == ""


def test_intervals_chart_escapes_labels() -> None:
    svg = charts.intervals_svg([charts.Interval("<C1>", 0.5, 0.4, 0.6, 0.7,
                                                "breach_established")])
    assert "&lt;C1&gt;" in svg and "<C1>" not in svg


def _ci_widths(svg: str) -> list[float]:
    return [float(b) - float(a) for a, b in
            re.findall(r'<line class="ci" x1="([\d.]+)" y1="[\d.]+" x2="([\d.]+)"', svg)]


def test_intervals_chart_draws_proportions_on_one_labelled_scale() -> None:
    """Issue 15: every interval had its own unlabelled scale, so a 0.02-wide interval filled
    its row. Proportions now share one 0–1 axis with its graduations; a latency has its own."""
    rows = [charts.Interval("C1", 0.83, 0.82, 0.84, 0.80, "conformity_established", "auc"),
            charts.Interval("C2", 0.63, 0.60, 0.65, 0.70, "breach_established", "recall"),
            charts.Interval("C5", 232, 228, 237, 300, "conformity_established",
                            "latency_p95")]
    svg = charts.intervals_svg(rows, lang="fr")
    track = 760 - 90 - 190
    narrow, wider, _ = _ci_widths(svg)
    assert narrow < 0.05 * track  # 0.02 wide out of 1: a sliver, not the whole row
    assert abs(wider / narrow - 2.5) < 0.01  # the same scale for both proportions
    labels = re.findall(r'class="small tick-label"[^>]*>([^<]+)<', svg)
    assert {"0", "0,2", "0,4", "0,6", "0,8", "1"} <= set(labels)
    assert any(label.endswith(" ms") for label in labels)  # the latency's own axis, in ms
    assert svg.count('class="scale"') == 2


def test_session_cookie_is_tamper_proof() -> None:
    signer = SessionSigner("secret-" + "s" * 40)
    value = signer.dumps(SessionData(user_id=7, epoch=2, csrf="abc"))
    loaded = signer.loads(value)
    assert loaded is not None and (loaded.user_id, loaded.epoch, loaded.csrf) == (7, 2, "abc")
    assert signer.loads(value[:-2] + "xx") is None
    assert SessionSigner("another-secret-" + "t" * 40).loads(value) is None
    assert signer.loads(None) is None


def test_login_limiter_counts_per_account_and_address(tmp_path: Path) -> None:
    store = open_store(tmp_path, "sqlite")
    limiter = LoginLimiter(store, LoginLimits(per_account_and_ip=2, per_ip=3, per_account=4))
    for _ in range(2):
        limiter.failed("1.2.3.4", "a@x.fr")
    assert limiter.blocked("1.2.3.4", "a@x.fr")
    assert not limiter.blocked("5.6.7.8", "a@x.fr")
    limiter.failed("1.2.3.4", "b@x.fr")
    assert limiter.blocked("1.2.3.4", "c@x.fr")  # the address reached its limit
    limiter.succeeded("1.2.3.4", "a@x.fr")
    assert not limiter.blocked("5.6.7.8", "a@x.fr")
    for ip in ("9.9.9.1", "9.9.9.2", "9.9.9.3", "9.9.9.4"):  # one guess from each of 4 addresses
        limiter.failed(ip, "d@x.fr")
    assert limiter.blocked("9.9.9.5", "d@x.fr")  # the account reached its limit
    store.close()


def test_login_failures_are_shared_by_processes_and_expire(tmp_path: Path) -> None:
    first, second = open_store(tmp_path, "sqlite"), open_store(tmp_path, "sqlite")
    limits = LoginLimits(per_account_and_ip=3, window_seconds=60)
    one, two = LoginLimiter(first, limits), LoginLimiter(second, limits)
    one.failed("1.2.3.4", "a@x.fr")
    two.failed("1.2.3.4", "a@x.fr")
    one.failed("1.2.3.4", "a@x.fr")
    assert two.blocked("1.2.3.4", "a@x.fr")  # another worker on the same database
    later = utcnow() + timedelta(seconds=61)
    with second.write() as session:
        assert not login_blocked(session, limits, "1.2.3.4", "a@x.fr", later)
        record_login_failure(session, limits, "1.2.3.4", "b@x.fr", later)  # prunes the old
    with first.read() as session:
        assert session.query(LoginFailure).count() == 1
    first.close()
    second.close()
