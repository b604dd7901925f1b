"""The initial conversation in the therapist's calendar: every invitation gets its appointment.

An invitation from now on books its conversation as an appointment (one hour, the
therapist, the site without a room or the citizen's home) with every check of a booking.
This migration moves the invitations made before: each one not undone by a correction
becomes an appointment of its case, in the order the meetings were sent and booked, so the
earlier invitation keeps its time.

The exclusion constraints of 0011 stay whole: an invitation whose time meets an appointment
already placed (the same therapist, or the same citizen) is not forced in. It is kept as it
was, the invitation row and its letter untouched, without an appointment, and its clash is
recorded in `invitation_booking_clashes` (the resource, and the appointment it met) for the
team leader to rebook. No booking is lost and no overlap enters the calendar. Each insert
runs in its own subtransaction (a PL/pgSQL exception block), so one refusal does not end
the migration.

Downgrading drops the clash list and the link, and deletes the conversations' appointments
(purpose initial_assessment without a course), which 0011 did not have.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 07:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLE = "traening_service"

# The invitations not undone by a correction, placed one by one, the earliest sent first.
MOVE_INVITATIONS = """
DO $$
DECLARE
    inv record;
    placed uuid;
    met uuid;
    met_staff boolean;
BEGIN
    FOR inv IN
        SELECT i.id, i.centre_id, i.case_id, c.citizen_id, i.therapist_id, i.place,
               i.site_id, i.meeting_at, e.actor
        FROM invitations i
        JOIN cases c ON c.id = i.case_id
        JOIN case_events e ON e.id = i.event_id
        WHERE NOT EXISTS (SELECT 1 FROM case_events u WHERE u.corrects = i.event_id)
        ORDER BY i.sent_on, i.meeting_at, i.id
    LOOP
        BEGIN
            INSERT INTO appointments (centre_id, citizen_id, case_id, purpose, provider,
                                      staff_id, place, site_id, starts_at, ends_at, booked_by)
            VALUES (inv.centre_id, inv.citizen_id, inv.case_id, 'initial_assessment',
                    'therapist', inv.therapist_id, inv.place,
                    CASE WHEN inv.place = 'site' THEN inv.site_id END,
                    inv.meeting_at, inv.meeting_at + interval '1 hour', inv.actor)
            RETURNING id INTO placed;
            UPDATE invitations SET appointment_id = placed WHERE id = inv.id;
        EXCEPTION WHEN exclusion_violation THEN
            SELECT a.id, a.staff_id IS NOT DISTINCT FROM inv.therapist_id INTO met, met_staff
            FROM appointments a
            WHERE a.status <> 'cancelled'
              AND (a.staff_id = inv.therapist_id OR a.citizen_id = inv.citizen_id)
              AND a.during && tstzrange(inv.meeting_at, inv.meeting_at + interval '1 hour')
            ORDER BY a.starts_at, a.id
            LIMIT 1;
            INSERT INTO invitation_booking_clashes (centre_id, invitation_id, resource,
                                                    clashing_appointment_id)
            VALUES (inv.centre_id, inv.id,
                    CASE WHEN met_staff THEN 'staff' ELSE 'citizen' END, met);
        END;
    END LOOP;
END
$$;
"""


def upgrade() -> None:
    op.add_column("invitations", sa.Column("appointment_id", sa.UUID(), nullable=True))
    op.create_foreign_key(
        op.f("fk_invitations_appointment_id_appointments"),
        "invitations",
        "appointments",
        ["appointment_id"],
        ["id"],
        ondelete="SET NULL",
    )
    op.create_table(
        "invitation_booking_clashes",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("centre_id", sa.UUID(), nullable=False),
        sa.Column("invitation_id", sa.UUID(), nullable=False),
        sa.Column("resource", sa.String(length=20), nullable=False),
        sa.Column("clashing_appointment_id", sa.UUID(), nullable=True),
        sa.Column(
            "found_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centres.id"],
            name=op.f("fk_invitation_booking_clashes_centre_id_centres"),
        ),
        sa.ForeignKeyConstraint(
            ["invitation_id"], ["invitations.id"], ondelete="CASCADE",
            name=op.f("fk_invitation_booking_clashes_invitation_id_invitations"),
        ),
        sa.ForeignKeyConstraint(
            ["clashing_appointment_id"], ["appointments.id"], ondelete="SET NULL",
            name=op.f("fk_invitation_booking_clashes_clashing_appointment_id_appointments"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invitation_booking_clashes")),
        sa.UniqueConstraint(
            "invitation_id", name=op.f("uq_invitation_booking_clashes_invitation_id")
        ),
    )  # fmt: skip
    op.execute(MOVE_INVITATIONS)
    op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON invitation_booking_clashes TO {ROLE}")


def downgrade() -> None:
    op.drop_table("invitation_booking_clashes")
    op.drop_constraint(
        op.f("fk_invitations_appointment_id_appointments"), "invitations", type_="foreignkey"
    )
    op.drop_column("invitations", "appointment_id")
    op.execute(
        "DELETE FROM appointments WHERE purpose = 'initial_assessment' AND course_id IS NULL"
    )
