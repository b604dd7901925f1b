"""Received hospital plans (MedCom GGOP): each kept as it came, with its receipt and what
became of it (a case, another municipality's, or failed with the reason).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01 08:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLE = "traening_service"


def upgrade() -> None:
    op.create_table(
        "ggop_messages",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("message_id", sa.String(length=100), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("status", sa.String(length=30), server_default="received", nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=True),
        sa.Column("reason_field", sa.String(length=100), nullable=True),
        sa.Column("case_id", sa.UUID(), nullable=True),
        sa.Column("citizen_id", sa.UUID(), nullable=True),
        sa.Column("hospital", sa.String(length=200), nullable=True),
        sa.Column("department", sa.String(length=200), nullable=True),
        sa.Column("patient_name", sa.String(length=201), nullable=True),
        sa.Column("sender_ean", sa.String(length=13), nullable=True),
        sa.Column("receiver_ean", sa.String(length=13), nullable=True),
        sa.Column("receiver_municipality", sa.String(length=3), nullable=True),
        sa.Column("plan_type", sa.String(length=40), nullable=True),
        sa.Column("discharge_date", sa.Date(), nullable=True),
        sa.Column("start_text", sa.String(length=500), nullable=True),
        sa.Column(
            "diagnoses",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
        sa.Column(
            "receipt",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.Column("handled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("handled_by", sa.String(length=200), nullable=True),
        sa.CheckConstraint(
            "status IN ('received', 'mapped', 'failed', 'other_municipality')",
            name=op.f("ck_ggop_messages_status"),
        ),
        sa.CheckConstraint(
            "octet_length(raw) <= 1048576", name=op.f("ck_ggop_messages_raw_bounded")
        ),
        sa.CheckConstraint(
            "status <> 'mapped' OR case_id IS NOT NULL",
            name=op.f("ck_ggop_messages_mapped_has_case"),
        ),
        sa.ForeignKeyConstraint(
            ["centre_id", "case_id"],
            ["cases.centre_id", "cases.id"],
            name="fk_ggop_messages_case_same_centre",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_ggop_messages_centre_id_centres")
        ),
        sa.ForeignKeyConstraint(
            ["citizen_id"],
            ["citizens.id"],
            name=op.f("fk_ggop_messages_citizen_id_citizens"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ggop_messages")),
        sa.UniqueConstraint("centre_id", "message_id", name="uq_ggop_messages_centre_message"),
    )
    op.create_index(
        "ix_ggop_messages_centre_received", "ggop_messages", ["centre_id", "received_at"]
    )
    op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ggop_messages TO {ROLE}")


def downgrade() -> None:
    op.drop_index("ix_ggop_messages_centre_received", table_name="ggop_messages")
    op.drop_table("ggop_messages")
