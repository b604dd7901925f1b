"""The decision to end a § 86 course is a decision of the case (outcome `end`); the limits
on cancellations and no-shows are service-standard data (unit `count`).

Every centre's standard gets the two limits at 2 ("more than 2" cancellations not due to
illness, or no-shows, flag the course), for each legal basis it has limits for, from the
day its first version took effect, so courses flag as they did before.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-01 12:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UNITS = "'working_days', 'calendar_days', 'calendar_months', 'per_week'"


def upgrade() -> None:
    op.drop_constraint(op.f("ck_decisions_outcome"), "decisions", type_="check")
    op.create_check_constraint(
        op.f("ck_decisions_outcome"), "decisions", "outcome IN ('grant', 'refuse', 'end')"
    )
    op.drop_constraint(
        op.f("ck_service_standard_limits_unit"), "service_standard_limits", type_="check"
    )
    op.create_check_constraint(
        op.f("ck_service_standard_limits_unit"),
        "service_standard_limits",
        f"unit IN ({UNITS}, 'count')",
    )
    op.execute(
        """
        INSERT INTO service_standard_limits
            (id, centre_id, legal_basis, kind, value, unit, effective_from)
        SELECT gen_random_uuid(), first.centre_id, first.legal_basis, kinds.kind, 2, 'count',
               first.effective_from
        FROM (SELECT centre_id, legal_basis, min(effective_from) AS effective_from
              FROM service_standard_limits GROUP BY centre_id, legal_basis) AS first
        CROSS JOIN (VALUES ('cancellations_allowed'), ('no_shows_allowed')) AS kinds (kind)
        ON CONFLICT DO NOTHING
        """
    )


def downgrade() -> None:
    op.execute(
        "DELETE FROM service_standard_limits "
        "WHERE kind IN ('cancellations_allowed', 'no_shows_allowed') OR unit = 'count'"
    )
    op.drop_constraint(
        op.f("ck_service_standard_limits_unit"), "service_standard_limits", type_="check"
    )
    op.create_check_constraint(
        op.f("ck_service_standard_limits_unit"), "service_standard_limits", f"unit IN ({UNITS})"
    )
    op.execute("DELETE FROM decisions WHERE outcome = 'end'")
    op.drop_constraint(op.f("ck_decisions_outcome"), "decisions", type_="check")
    op.create_check_constraint(
        op.f("ck_decisions_outcome"), "decisions", "outcome IN ('grant', 'refuse')"
    )
