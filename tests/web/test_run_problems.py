"""Issue 15, as a new user meets it: the contract imported into the case file adds
commitments the uploaded data cannot measure (an availability with no dataset of probes, an
equity gap whose group column is still the placeholder « group »). The run must say which
commitment and what to do, in words — not fail with ``KeyError('up')``, a server path or
« corrigez « columns » dans la spécification »."""

from __future__ import annotations

import html
import re
from typing import Any

import yaml

from tests.web.conftest import MINIMAL, Browser
from tests.web.test_evidence_demo import predictions_csv, wait_done


def _run(alpha: Browser, extra: list[dict[str, Any]]) -> str:
    data = yaml.safe_load(MINIMAL.read_text(encoding="utf-8"))
    data["commitments"] += extra
    imported = alpha.post("/dossiers/import", files={"archive": (
        "dossier.yaml", yaml.safe_dump(data, allow_unicode=True).encode(), "application/yaml")})
    assert imported.status_code == 303, imported.text
    pid = imported.headers["location"].rsplit("/", 1)[-1]
    started = alpha.post(f"/dossiers/{pid}/evidence", files={
        "dataset_tests": ("predictions.csv", predictions_csv(), "text/csv")})
    assert started.status_code == 303, started.text
    fragment = wait_done(alpha, started.headers["location"])
    assert "La mesure a échoué" in fragment, fragment
    found = re.search(r'<pre class="message">(.*?)</pre>', fragment, re.S)
    assert found, fragment
    return html.unescape(found[1])


def test_a_commitment_the_data_cannot_measure_is_named(alpha: Browser) -> None:
    message = _run(alpha, [{"id": "C2", "metric": "availability", "comparator": ">=",
                            "threshold": 0.995}])
    assert "KeyError" not in message and "erreur interne" not in message
    # in the reader's words, the code only in parentheses
    assert "engagement C2 (disponibilité)" in message, message
    assert "l'état du service sondé (disponible ou non) (up)" in message, message
    assert "associez l'engagement C2 au jeu de données" in message


def test_a_missing_group_column_names_the_dataset_not_a_server_path(alpha: Browser) -> None:
    message = _run(alpha, [{"id": "C6", "metric": "equal_opportunity_gap", "comparator": "<=",
                            "threshold": 0.05, "cutoff": 0.5, "dataset": "tests",
                            "group_by": "group"}])
    assert "colonne absente : « group »" in message
    assert "« tests »" in message
    assert "/data/" not in message and "/tmp" not in message
    assert "spécification" not in message and "« columns »" not in message
    assert "étape Engagements" in message
