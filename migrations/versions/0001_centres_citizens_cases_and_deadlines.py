"""Centres, sites, citizens, cases, deadlines, the service standard and the access log.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 07:29:34.939257
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "centres",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_centres")),
        sa.UniqueConstraint("code", name=op.f("uq_centres_code")),
    )
    op.create_table(
        "legal_bases",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("referral_kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.CheckConstraint(
            "referral_kind IN ('rehab_plan', 'application')",
            name=op.f("ck_legal_bases_referral_kind"),
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_legal_bases")),
    )
    op.create_table(
        "access_log",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column(
            "at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("request_id", sa.String(length=64), nullable=False),
        sa.Column("operation", sa.String(length=100), nullable=False),
        sa.Column("use", sa.String(length=20), nullable=False),
        sa.Column("citizen_ids", postgresql.ARRAY(sa.UUID()), nullable=False),
        sa.Column("criterion", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_access_log_centre_id_centres")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_log")),
    )
    op.create_index(
        "ix_access_log_citizens",
        "access_log",
        ["citizen_ids"],
        unique=False,
        postgresql_using="gin",
    )
    op.create_table(
        "citizens",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("cpr", sa.String(length=10), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("municipality_code", sa.String(length=3), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=True),
        sa.Column("general_practitioner", sa.String(length=200), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint("cpr ~ '^[0-9]{10}$'", name=op.f("ck_citizens_cpr_digits")),
        sa.CheckConstraint(
            "municipality_code ~ '^[0-9]{3}$'", name=op.f("ck_citizens_municipality_code_digits")
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_citizens_centre_id_centres")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_citizens")),
        sa.UniqueConstraint("centre_id", "cpr", name="uq_citizens_centre_cpr"),
        sa.UniqueConstraint("centre_id", "id", name="uq_citizens_centre_id"),
    )
    op.create_table(
        "closure_days",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_closure_days_centre_id_centres")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closure_days")),
        sa.UniqueConstraint("centre_id", "day", name="uq_closure_days_centre_day"),
    )
    op.create_table(
        "service_standard_limits",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("legal_basis", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "unit IN ('working_days', 'calendar_days', 'calendar_months', 'per_week')",
            name=op.f("ck_service_standard_limits_unit"),
        ),
        sa.CheckConstraint(
            "value >= 0", name=op.f("ck_service_standard_limits_value_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_service_standard_limits_centre_id_centres")
        ),
        sa.ForeignKeyConstraint(
            ["legal_basis"],
            ["legal_bases.code"],
            name=op.f("fk_service_standard_limits_legal_basis_legal_bases"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_standard_limits")),
        sa.UniqueConstraint(
            "centre_id",
            "legal_basis",
            "kind",
            "effective_from",
            name="uq_service_standard_limits_version",
        ),
    )
    op.create_table(
        "sites",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_sites_centre_id_centres")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sites")),
        sa.UniqueConstraint("centre_id", "code", name="uq_sites_centre_code"),
        sa.UniqueConstraint("centre_id", "id", name="uq_sites_centre_id"),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("citizen_id", sa.UUID(), nullable=False),
        sa.Column("site_id", sa.UUID(), nullable=False),
        sa.Column("legal_basis", sa.String(length=40), nullable=False),
        sa.Column("referral_kind", sa.String(length=20), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_date", sa.Date(), nullable=False),
        sa.Column("condition", sa.String(length=500), nullable=False),
        sa.Column("status", sa.String(length=40), server_default="received", nullable=False),
        sa.Column(
            "flags",
            postgresql.ARRAY(sa.Text()),
            server_default=sa.text("'{}'::text[]"),
            nullable=False,
        ),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "referral_kind IN ('rehab_plan', 'application')", name=op.f("ck_cases_referral_kind")
        ),
        sa.ForeignKeyConstraint(
            ["centre_id", "citizen_id"],
            ["citizens.centre_id", "citizens.id"],
            name="fk_cases_citizen_same_centre",
        ),
        sa.ForeignKeyConstraint(
            ["centre_id", "site_id"],
            ["sites.centre_id", "sites.id"],
            name="fk_cases_site_same_centre",
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"], name=op.f("fk_cases_centre_id_centres")
        ),
        sa.ForeignKeyConstraint(
            ["legal_basis"], ["legal_bases.code"], name=op.f("fk_cases_legal_basis_legal_bases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("centre_id", "id", name="uq_cases_centre_id"),
    )
    op.create_index("ix_cases_citizen", "cases", ["citizen_id"], unique=False)
    op.create_table(
        "applications",
        sa.Column("case_id", sa.UUID(), nullable=False),
        sa.Column("channel", sa.String(length=40), nullable=False),
        sa.Column("submitter", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_applications_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_applications")),
    )
    op.create_table(
        "case_deadlines",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("case_id", sa.UUID(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("met_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["centre_id", "case_id"],
            ["cases.centre_id", "cases.id"],
            name="fk_case_deadlines_case_same_centre",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_deadlines")),
        sa.UniqueConstraint("case_id", "kind", name="uq_case_deadlines_case_kind"),
    )
    op.create_index(
        "ix_case_deadlines_open_by_case",
        "case_deadlines",
        ["case_id", "due_date", "id"],
        unique=False,
        postgresql_where=sa.text("met_on IS NULL"),
    )
    op.create_index(
        "ix_case_deadlines_open_by_due",
        "case_deadlines",
        ["centre_id", "due_date", "id"],
        unique=False,
        postgresql_where=sa.text("met_on IS NULL"),
    )
    op.create_table(
        "rehab_plans",
        sa.Column("case_id", sa.UUID(), nullable=False),
        sa.Column("hospital", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=200), nullable=False),
        sa.Column("plan_type", sa.String(length=40), nullable=False),
        sa.Column("kl_codes", postgresql.ARRAY(sa.Text()), nullable=False),
        sa.Column("discharge_date", sa.Date(), nullable=False),
        sa.Column("health_start_date", sa.Date(), nullable=True),
        sa.Column("free_choice_date", sa.Date(), nullable=False),
        sa.CheckConstraint(
            "health_start_date IS NULL OR health_start_date >= discharge_date",
            name=op.f("ck_rehab_plans_health_start_after_discharge"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_rehab_plans_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_rehab_plans")),
    )

    legal_bases = sa.table(
        "legal_bases",
        sa.column("code", sa.String),
        sa.column("referral_kind", sa.String),
        sa.column("name", sa.String),
    )
    op.bulk_insert(
        legal_bases,
        [
            {"code": "SUL_140", "referral_kind": "rehab_plan",
             "name": "Genoptræning efter hospitalsophold (Sundhedsloven § 140)"},
            {"code": "SEL_86_1", "referral_kind": "application",
             "name": "Genoptræning (Serviceloven § 86, stk. 1)"},
            {"code": "SEL_86_2", "referral_kind": "application",
             "name": "Vedligeholdende træning (Serviceloven § 86, stk. 2)"},
        ],
    )  # fmt: skip


def downgrade() -> None:
    op.drop_table("rehab_plans")
    op.drop_index(
        "ix_case_deadlines_open_by_due",
        table_name="case_deadlines",
        postgresql_where=sa.text("met_on IS NULL"),
    )
    op.drop_index(
        "ix_case_deadlines_open_by_case",
        table_name="case_deadlines",
        postgresql_where=sa.text("met_on IS NULL"),
    )
    op.drop_table("case_deadlines")
    op.drop_table("applications")
    op.drop_index("ix_cases_citizen", table_name="cases")
    op.drop_table("cases")
    op.drop_table("sites")
    op.drop_table("service_standard_limits")
    op.drop_table("closure_days")
    op.drop_table("citizens")
    op.drop_index("ix_access_log_citizens", table_name="access_log", postgresql_using="gin")
    op.drop_table("access_log")
    op.drop_table("legal_bases")
    op.drop_table("centres")
