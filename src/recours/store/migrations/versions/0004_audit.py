"""The audit log's running count and its signed heads: ``audit_log.seq`` (1, 2, 3…, unique,
covered by the hash of every new entry) and the ``audit_anchors`` table (append-only).
Existing entries are numbered in order; their hashes are left as they were.

Revision ID: 0004_audit
Revises: 0002
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_audit"
down_revision = "0003_storage"
branch_labels = None
depends_on = None

NUMBER = ("UPDATE audit_log SET seq = (SELECT COUNT(*) FROM audit_log AS earlier "
          "WHERE earlier.id <= audit_log.id)")


def _sqlite_triggers(table: str, create: bool) -> None:
    for verb in ("UPDATE", "DELETE"):
        if create:
            op.execute(f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                       f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb.lower()}")


def _postgres_append_only(table: str) -> None:
    op.execute(f"CREATE FUNCTION {table}_append_only() RETURNS trigger AS $$ BEGIN "
               f"RAISE EXCEPTION '{table} is append-only'; END; $$ LANGUAGE plpgsql")
    op.execute(f"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} "
               f"FOR EACH ROW EXECUTE FUNCTION {table}_append_only()")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.add_column("audit_log", sa.Column("seq", sa.Integer, nullable=True))
    if sqlite:
        _sqlite_triggers("audit_log", create=False)
        op.execute(NUMBER)
        _sqlite_triggers("audit_log", create=True)
    else:
        op.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
        op.execute(NUMBER)
        op.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change")
    op.create_index("ix_audit_log_seq", "audit_log", ["seq"], unique=True)
    op.create_table(
        "audit_anchors",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("head_hash", sa.String(64), nullable=False),
        sa.Column("reason", sa.String(20), nullable=False),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("signature", sa.String(128), nullable=False),
    )
    if sqlite:
        _sqlite_triggers("audit_anchors", create=True)
    else:
        _postgres_append_only("audit_anchors")


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if not sqlite:
        op.execute("DROP TRIGGER IF EXISTS audit_anchors_no_change ON audit_anchors")
        op.execute("DROP FUNCTION IF EXISTS audit_anchors_append_only()")
    op.drop_table("audit_anchors")
    op.drop_index("ix_audit_log_seq", "audit_log")
    if sqlite:
        _sqlite_triggers("audit_log", create=False)
        with op.batch_alter_table("audit_log") as batch:
            batch.drop_column("seq")
        _sqlite_triggers("audit_log", create=True)
    else:
        op.drop_column("audit_log", "seq")
