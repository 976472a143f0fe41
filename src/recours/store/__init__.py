"""Storage: the only package that knows SQL (SQLAlchemy 2, Alembic migrations).

SQLite by default (WAL mode, in the data folder), PostgreSQL by URL (psycopg 3). Files are
kept by content hash under the data folder; every write is one transaction.
"""

from recours.store.accounts import (
    authenticate,
    create_organisation,
    create_token,
    create_user,
    user_for_token,
)
from recours.store.audit import verify_chain
from recours.store.blobs import check_upload
from recours.store.core import Store
from recours.store.models import (
    AnalysisRow,
    ApiToken,
    AuditEntry,
    DocumentRow,
    DossierRow,
    FileRow,
    Organisation,
    RunRow,
    User,
)
from recours.store.repo import Scope

__all__ = [
    "AnalysisRow",
    "ApiToken",
    "AuditEntry",
    "DocumentRow",
    "DossierRow",
    "FileRow",
    "Organisation",
    "RunRow",
    "Scope",
    "Store",
    "User",
    "authenticate",
    "check_upload",
    "create_organisation",
    "create_token",
    "create_user",
    "user_for_token",
    "verify_chain",
]
