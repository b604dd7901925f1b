"""The citizen's plans as sent (training_plans), and a therapist's discipline on staff.

A plan row names its letter (kept with the case) and its course; both cascade, so retention
deleting a case deletes its plans. A member of staff's discipline is optional (only therapists
have one) and one of the two disciplines.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-01 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLE = "traening_service"


def upgrade() -> None:
    op.add_column("staff_users", sa.Column("discipline", sa.String(length=40), nullable=True))
    op.create_check_constraint(
        "discipline",
        "staff_users",
        "discipline IS NULL OR discipline IN ('physiotherapy', 'occupational_therapy')",
    )
    op.create_table(
        "training_plans",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("course_id", sa.UUID(), nullable=False),
        sa.Column("letter_id", sa.UUID(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("sessions", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_by", sa.String(length=200), nullable=False),
        sa.CheckConstraint(
            "channel IN ('printed', 'letter', 'digital_post')",
            name=op.f("ck_training_plans_channel"),
        ),
        sa.CheckConstraint("sessions > 0", name=op.f("ck_training_plans_sessions_listed")),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_training_plans_centre_id_centres")
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["courses.id"],
            name=op.f("fk_training_plans_course_id_courses"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["letter_id"],
            ["letters.id"],
            name=op.f("fk_training_plans_letter_id_letters"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_plans")),
    )
    op.create_index(
        "ix_training_plans_course", "training_plans", ["course_id", "sent_at"], unique=False
    )
    op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON training_plans TO {ROLE}")


def downgrade() -> None:
    op.drop_index("ix_training_plans_course", table_name="training_plans")
    op.drop_table("training_plans")
    op.drop_constraint("discipline", "staff_users", type_="check")
    op.drop_column("staff_users", "discipline")
