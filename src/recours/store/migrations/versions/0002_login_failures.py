"""Failed logins kept in the database, so that the login rate limit holds across server
processes (``recours serve --workers N``) and restarts.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False, index=True),
        sa.Column("ip", sa.String(64), nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
    )
    op.create_index("ix_login_failures_email_at", "login_failures", ["email", "at"])
    op.create_index("ix_login_failures_ip_at", "login_failures", ["ip", "at"])


def downgrade() -> None:
    op.drop_table("login_failures")
