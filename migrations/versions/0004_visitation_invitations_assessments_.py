"""Visitation: invitations, assessments, decisions, courses, complaints, letters

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 18:32:26.594636
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "letter_templates",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_letter_templates_centre_id_centres")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_templates")),
        sa.UniqueConstraint("centre_id", "kind", "version", name="uq_letter_templates_version"),
    )
    op.create_table(
        "courses",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("citizen_id", sa.UUID(), nullable=False),
        sa.Column("case_id", sa.UUID(), nullable=True),
        sa.Column("event_id", sa.UUID(), nullable=True),
        sa.Column("legal_basis", sa.String(length=40), nullable=False),
        sa.Column("site_id", sa.UUID(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("earlier", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("note", sa.String(length=1000), nullable=True),
        sa.Column(
            "disciplines",
            postgresql.ARRAY(sa.Text()),
            server_default=sa.text("'{}'"),
            nullable=False,
        ),
        sa.Column("form", sa.String(length=40), nullable=True),
        sa.Column(
            "transport_needed", sa.Boolean(), server_default=sa.text("false"), nullable=False
        ),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "status IN ('active', 'ended', 'cancelled')", name=op.f("ck_courses_status")
        ),
        sa.CheckConstraint(
            "ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on",
            name=op.f("ck_courses_ends_after_start"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_courses_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["case_events.id"], name=op.f("fk_courses_event_id_case_events")
        ),
        sa.ForeignKeyConstraint(
            ["centre_id", "citizen_id"],
            ["citizens.centre_id", "citizens.id"],
            name="fk_courses_citizen_same_centre",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["legal_basis"], ["legal_bases.code"], name=op.f("fk_courses_legal_basis_legal_bases")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_courses_site_id_sites")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_courses")),
    )
    op.create_index(
        "uq_courses_one_active_per_citizen",
        "courses",
        ["centre_id", "citizen_id"],
        unique=True,
        postgresql_where=sa.text("status = 'active'"),
    )
    op.create_table(
        "letters",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("case_id", sa.UUID(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("template_version", sa.Integer(), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("pdf", postgresql.BYTEA(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["centre_id", "case_id"],
            ["cases.centre_id", "cases.id"],
            name="fk_letters_case_same_centre",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letters")),
    )
    op.create_table(
        "assessments",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("case_id", sa.UUID(), nullable=False),
        sa.Column("event_id", sa.UUID(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("findings", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("override_reason", sa.String(length=2000), nullable=True),
        sa.ForeignKeyConstraint(
            ["centre_id", "case_id"],
            ["cases.centre_id", "cases.id"],
            name="fk_assessments_case_same_centre",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["case_events.id"], name=op.f("fk_assessments_event_id_case_events")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessments")),
        sa.UniqueConstraint("event_id", name=op.f("uq_assessments_event_id")),
    )
    op.create_table(
        "decisions",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("case_id", sa.UUID(), nullable=False),
        sa.Column("event_id", sa.UUID(), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column(
            "disciplines",
            postgresql.ARRAY(sa.Text()),
            server_default=sa.text("'{}'"),
            nullable=False,
        ),
        sa.Column("form", sa.String(length=40), nullable=True),
        sa.Column(
            "transport_needed", sa.Boolean(), server_default=sa.text("false"), nullable=False
        ),
        sa.Column("reasons", sa.Text(), nullable=True),
        sa.Column(
            "findings",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'"),
            nullable=False,
        ),
        sa.Column("after_complaint", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("letter_id", sa.UUID(), nullable=True),
        sa.CheckConstraint(
            "channel IN ('letter', 'digital_post')", name=op.f("ck_decisions_channel")
        ),
        sa.CheckConstraint("outcome IN ('grant', 'refuse')", name=op.f("ck_decisions_outcome")),
        sa.CheckConstraint(
            "received_on IS NULL OR received_on >= sent_on",
            name=op.f("ck_decisions_received_after_sent"),
        ),
        sa.ForeignKeyConstraint(
            ["centre_id", "case_id"],
            ["cases.centre_id", "cases.id"],
            name="fk_decisions_case_same_centre",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["case_events.id"], name=op.f("fk_decisions_event_id_case_events")
        ),
        sa.ForeignKeyConstraint(
            ["letter_id"], ["letters.id"], name=op.f("fk_decisions_letter_id_letters")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
        sa.UniqueConstraint("event_id", name=op.f("uq_decisions_event_id")),
    )
    op.create_table(
        "invitations",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("case_id", sa.UUID(), nullable=False),
        sa.Column("event_id", sa.UUID(), nullable=False),
        sa.Column("meeting_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("place", sa.String(length=10), nullable=False),
        sa.Column("site_id", sa.UUID(), nullable=True),
        sa.Column("therapist_id", sa.UUID(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("letter_id", sa.UUID(), nullable=True),
        sa.CheckConstraint(
            "channel IN ('letter', 'phone', 'digital_post')", name=op.f("ck_invitations_channel")
        ),
        sa.CheckConstraint(
            "place = 'home' OR site_id IS NOT NULL", name=op.f("ck_invitations_site_when_at_site")
        ),
        sa.CheckConstraint("place IN ('site', 'home')", name=op.f("ck_invitations_place")),
        sa.ForeignKeyConstraint(
            ["centre_id", "case_id"],
            ["cases.centre_id", "cases.id"],
            name="fk_invitations_case_same_centre",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["case_events.id"], name=op.f("fk_invitations_event_id_case_events")
        ),
        sa.ForeignKeyConstraint(
            ["letter_id"], ["letters.id"], name=op.f("fk_invitations_letter_id_letters")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_invitations_site_id_sites")
        ),
        sa.ForeignKeyConstraint(
            ["therapist_id"],
            ["staff_users.id"],
            name=op.f("fk_invitations_therapist_id_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invitations")),
        sa.UniqueConstraint("event_id", name=op.f("uq_invitations_event_id")),
    )
    op.create_table(
        "complaints",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("case_id", sa.UUID(), nullable=False),
        sa.Column("event_id", sa.UUID(), nullable=False),
        sa.Column("decision_id", sa.UUID(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("window_ends", sa.Date(), nullable=True),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("reassessment_due", sa.Date(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=True),
        sa.Column("reassessed_on", sa.Date(), nullable=True),
        sa.Column("reassessment_note", sa.Text(), nullable=True),
        sa.Column("forwarded_on", sa.Date(), nullable=True),
        sa.Column("bundle_letter_id", sa.UUID(), nullable=True),
        sa.ForeignKeyConstraint(
            ["bundle_letter_id"],
            ["letters.id"],
            name=op.f("fk_complaints_bundle_letter_id_letters"),
        ),
        sa.ForeignKeyConstraint(
            ["centre_id", "case_id"],
            ["cases.centre_id", "cases.id"],
            name="fk_complaints_case_same_centre",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decisions.id"], name=op.f("fk_complaints_decision_id_decisions")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["case_events.id"], name=op.f("fk_complaints_event_id_case_events")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
        sa.UniqueConstraint("event_id", name=op.f("uq_complaints_event_id")),
    )
    op.add_column("rehab_plans", sa.Column("start_offered_on", sa.Date(), nullable=True))
    op.add_column("rehab_plans", sa.Column("first_start_offered", sa.Date(), nullable=True))
    op.add_column("rehab_plans", sa.Column("free_choice_offered", sa.Boolean(), nullable=True))
    op.add_column("rehab_plans", sa.Column("citizen_choice", sa.String(length=20), nullable=True))


def downgrade() -> None:
    op.drop_column("rehab_plans", "citizen_choice")
    op.drop_column("rehab_plans", "free_choice_offered")
    op.drop_column("rehab_plans", "first_start_offered")
    op.drop_column("rehab_plans", "start_offered_on")
    op.drop_table("complaints")
    op.drop_table("invitations")
    op.drop_table("decisions")
    op.drop_table("assessments")
    op.drop_table("letters")
    op.drop_index(
        "uq_courses_one_active_per_citizen",
        table_name="courses",
        postgresql_where=sa.text("status = 'active'"),
    )
    op.drop_table("courses")
    op.drop_table("letter_templates")
