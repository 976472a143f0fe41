"""Accounts per organisation: an address is unique within an organisation, not across the
server, so that inviting or accepting an address another organisation uses creates an
account like any other and answers the same (no cross-organisation oracle). The accounts of
one address share their salt (one hash per login, the password picks the account):
existing accounts, one per address, keep theirs.

Revision ID: 0008_accounts
Revises: 0007_workflow
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0008_accounts"
down_revision = "0007_workflow"
branch_labels = None
depends_on = None

#: Names for the constraints SQLite keeps unnamed (``unique=True`` in 0001).
NAMING = {"uq": "uq_%(table_name)s_%(column_0_name)s"}


def _old_unique() -> str:
    return "uq_users_email" if op.get_context().dialect.name == "sqlite" else "users_email_key"


def upgrade() -> None:
    with op.batch_alter_table("users", naming_convention=NAMING) as batch:
        batch.drop_constraint(_old_unique(), type_="unique")
        batch.create_unique_constraint("uq_users_org_email", ["org_id", "email"])
        batch.create_index("ix_users_email", ["email"])


def downgrade() -> None:
    """Back to one account per address: fails (and changes nothing) while an address has
    accounts in several organisations."""
    with op.batch_alter_table("users", naming_convention=NAMING) as batch:
        batch.drop_index("ix_users_email")
        batch.drop_constraint("uq_users_org_email", type_="unique")
        batch.create_unique_constraint(_old_unique(), ["email"])
