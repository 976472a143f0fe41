"""Members are invited from the administration page only (``/admin``: a link, the invitee
chooses their password); the account page's « add a member » form is gone, and with it the
placeholders it kept for addresses another organisation uses (they could never sign in).

Revision ID: 0006_ops
Revises: 0005_admin
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_ops"
down_revision = "0005_admin"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_table("member_invitations")


def downgrade() -> None:
    op.create_table(
        "member_invitations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("org_id", sa.Integer, sa.ForeignKey("organisations.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("org_id", "email", name="uq_member_invitation_org_email"),
    )
