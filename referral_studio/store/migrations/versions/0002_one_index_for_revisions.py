"""Revisions keep one index: the unique (offer_id, number) one already serves lookups by offer.

The first schema also indexed offer_id alone; SQLite uses the unique index's leading column
for those lookups and for the cascade, so the second index only made every save write twice.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_revisions_offer_id", table_name="revisions")


def downgrade() -> None:
    op.create_index("ix_revisions_offer_id", "revisions", ["offer_id"])
