"""Idempotent writes for integrations, and the sender's own reference on a referral.

`idempotency_keys` holds each client's `Idempotency-Key`, the fingerprint of the request it
came with, its state and the answer stored for repeats; unique per (client, key), so of two
requests with one key only one claims it. Cases get the sender's system and reference (the
ESDH journal number; unique per centre and system, so a referral sent again finds its case)
and a link to an earlier case that looks like the same referral (flagged, never refused).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "idempotency_keys",
        sa.Column(
            "id", postgresql.UUID(as_uuid=True), server_default=sa.text("gen_random_uuid()"),
            nullable=False,
        ),
        sa.Column("centre_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("client", sa.String(length=60), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("claim", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("response_status", sa.Integer(), nullable=True),
        sa.Column("response_body", sa.LargeBinary(), nullable=True),
        sa.Column(
            "citizen_ids", postgresql.ARRAY(postgresql.UUID(as_uuid=True)),
            server_default=sa.text("'{}'::uuid[]"), nullable=False,
        ),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "state IN ('in_progress', 'completed')", name=op.f("ck_idempotency_keys_state")
        ),
        sa.CheckConstraint(
            "state <> 'completed' OR (response_status IS NOT NULL AND response_body IS NOT NULL)",
            name=op.f("ck_idempotency_keys_completed_has_response"),
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_idempotency_keys_centre_id_centres")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_idempotency_keys")),
        sa.UniqueConstraint("client", "key", name="uq_idempotency_keys_client_key"),
    )  # fmt: skip
    op.create_index("ix_idempotency_keys_created_at", "idempotency_keys", ["created_at"])

    op.add_column("cases", sa.Column("sender_system", sa.String(length=100), nullable=True))
    op.add_column("cases", sa.Column("sender_reference", sa.String(length=100), nullable=True))
    op.add_column(
        "cases",
        sa.Column("possible_duplicate_of", postgresql.UUID(as_uuid=True), nullable=True),
    )
    op.create_foreign_key(
        op.f("fk_cases_possible_duplicate_of_cases"), "cases", "cases",
        ["possible_duplicate_of"], ["id"], ondelete="SET NULL",
    )  # fmt: skip
    op.create_check_constraint(
        op.f("ck_cases_sender_reference_system"),
        "cases",
        "(sender_system IS NULL) = (sender_reference IS NULL)",
    )
    op.create_index(
        "uq_cases_sender_reference", "cases", ["centre_id", "sender_system", "sender_reference"],
        unique=True, postgresql_where=sa.text("sender_reference IS NOT NULL"),
    )  # fmt: skip


def downgrade() -> None:
    op.drop_index("uq_cases_sender_reference", table_name="cases")
    op.drop_constraint(op.f("ck_cases_sender_reference_system"), "cases", type_="check")
    op.drop_constraint(op.f("fk_cases_possible_duplicate_of_cases"), "cases", type_="foreignkey")
    op.drop_column("cases", "possible_duplicate_of")
    op.drop_column("cases", "sender_reference")
    op.drop_column("cases", "sender_system")
    op.drop_index("ix_idempotency_keys_created_at", table_name="idempotency_keys")
    op.drop_table("idempotency_keys")
