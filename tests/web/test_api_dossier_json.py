"""``GET /api/v1/dossiers/{id}`` sends the stored JSON text as is: the same answer as the
model's (id, reference, title, version, updated_at, data), its ETag, 404 across organisations,
and the OpenAPI description still names the answer's schema."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from recours.store import DossierRow, Store
from recours.web.api import DossierOut
from tests.web.conftest import Browser, import_minimal


def test_get_dossier_answers_the_stored_json(app: FastAPI, alpha: Browser,
                                             beta: Browser) -> None:
    pid = import_minimal(alpha)
    answer = alpha.client.get(f"/api/v1/dossiers/{pid}")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    store: Store = app.state.store
    with store.read() as session:
        row = session.scalars(select(DossierRow).where(DossierRow.public_id == pid)).one()
        expected = DossierOut(id=row.public_id, reference=row.reference, title=row.title,
                              version=row.version, updated_at=row.updated_at, data=row.data)
    assert answer.headers["etag"] == f'"v{row.version}"'
    assert answer.json() == expected.model_dump(mode="json")
    assert beta.client.get(f"/api/v1/dossiers/{pid}").status_code == 404
    assert TestClient(app).get(f"/api/v1/dossiers/{pid}").status_code == 401
    schema = app.openapi()["paths"]["/api/v1/dossiers/{dossier_id}"]["get"]
    assert "DossierOut" in str(schema["responses"]["200"])
