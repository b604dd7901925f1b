"""Casework's tables: the case, its events, referral, deadlines, invitation, assessment, decision
and complaint.

Every record belongs to a centre; unique indexes include the centre.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID
from sqlalchemy.orm import Mapped, mapped_column

from persistence.base import Base, case_child, created_at_column, id_column


class Case(Base):
    """Everything about one referral, from receipt to end (sag)."""

    __tablename__ = "cases"
    __table_args__ = (
        ForeignKeyConstraint(
            ["centre_id", "citizen_id"], ["citizens.centre_id", "citizens.id"],
            name="fk_cases_citizen_same_centre",
        ),
        ForeignKeyConstraint(
            ["centre_id", "site_id"], ["sites.centre_id", "sites.id"],
            name="fk_cases_site_same_centre",
        ),
        UniqueConstraint("centre_id", "id", name="uq_cases_centre_id"),
        CheckConstraint("referral_kind IN ('rehab_plan', 'application')", name="referral_kind"),
        Index("ix_cases_citizen", "citizen_id"),
        # A sender's own reference (the ESDH journal number) names one case: a referral sent
        # again is answered with the case it opened.
        Index(
            "uq_cases_sender_reference", "centre_id", "sender_system", "sender_reference",
            unique=True, postgresql_where=text("sender_reference IS NOT NULL"),
        ),
        CheckConstraint(
            "(sender_system IS NULL) = (sender_reference IS NULL)", name="sender_reference_system"
        ),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    citizen_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    site_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    legal_basis: Mapped[str] = mapped_column(ForeignKey("legal_bases.code"))
    referral_kind: Mapped[str] = mapped_column(String(20))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    received_date: Mapped[date] = mapped_column(Date)  # Copenhagen date of receipt
    condition: Mapped[str] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(40), server_default="received")
    flags: Mapped[list[str]] = mapped_column(
        ARRAY(Text), server_default=text("'{}'::text[]"), nullable=False
    )
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The therapist the case is assigned to, who sees it whatever its site.
    assigned_to: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    # Who sent the referral (the API key's name, or a name the sender gives) and its own
    # reference for it; both or neither.
    sender_system: Mapped[str | None] = mapped_column(String(100))
    sender_reference: Mapped[str | None] = mapped_column(String(100))
    # An earlier case of the same citizen, legal basis and day of receipt: flagged for staff
    # as a likely duplicate, never refused.
    possible_duplicate_of: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL")
    )
    # Records retention counts from the newest entry on the case.
    last_entry_at: Mapped[datetime] = created_at_column()
    created_at: Mapped[datetime] = created_at_column()


class CaseEventRow(Base):
    """One dated step in a case's life; history is never edited, only corrected."""

    __tablename__ = "case_events"
    __table_args__ = (
        ForeignKeyConstraint(
            ["centre_id", "case_id"], ["cases.centre_id", "cases.id"],
            name="fk_case_events_case_same_centre", ondelete="CASCADE",
        ),
        # Events are numbered per case; the number orders the history, whatever the clocks.
        UniqueConstraint("case_id", "position", name="uq_case_events_case_position"),
        # An event is undone at most once.
        UniqueConstraint("corrects", name="uq_case_events_corrects"),
        CheckConstraint("(event IS NULL) <> (corrects IS NULL)", name="event_or_correction"),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    case_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    position: Mapped[int] = mapped_column(Integer)
    event: Mapped[str | None] = mapped_column(String(40))
    occurred_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = created_at_column()
    actor: Mapped[str] = mapped_column(String(200))
    user_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    corrects: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case_events.id"))
    note: Mapped[str | None] = mapped_column(String(1000))


class RehabPlan(Base):
    """The hospital plan behind a § 140 case (one per case)."""

    __tablename__ = "rehab_plans"
    __table_args__ = (
        CheckConstraint(
            "health_start_date IS NULL OR health_start_date >= discharge_date",
            name="health_start_after_discharge",
        ),
    )

    case_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    hospital: Mapped[str] = mapped_column(String(200))
    department: Mapped[str] = mapped_column(String(200))
    plan_type: Mapped[str] = mapped_column(String(40))
    kl_codes: Mapped[list[str]] = mapped_column(ARRAY(Text))
    discharge_date: Mapped[date] = mapped_column(Date)
    health_start_date: Mapped[date | None] = mapped_column(Date)
    free_choice_date: Mapped[date] = mapped_column(Date)
    # Sundhedsloven § 140, stk. 4: what was offered, and when, against the free-choice date.
    start_offered_on: Mapped[date | None] = mapped_column(Date)  # the offer was made
    first_start_offered: Mapped[date | None] = mapped_column(Date)  # the start it offered
    free_choice_offered: Mapped[bool | None] = mapped_column(Boolean)
    citizen_choice: Mapped[str | None] = mapped_column(String(20))  # municipal or private


class Application(Base):
    """The citizen's application behind a § 86 case (one per case)."""

    __tablename__ = "applications"

    case_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    channel: Mapped[str] = mapped_column(String(40))
    submitter: Mapped[str] = mapped_column(String(40))


class CaseDeadline(Base):
    __tablename__ = "case_deadlines"
    __table_args__ = (
        UniqueConstraint("case_id", "kind", name="uq_case_deadlines_case_kind"),
        ForeignKeyConstraint(
            ["centre_id", "case_id"], ["cases.centre_id", "cases.id"],
            name="fk_case_deadlines_case_same_centre", ondelete="CASCADE",
        ),
        # The worklist walks open deadlines in due order; these keep that an index scan.
        Index(
            "ix_case_deadlines_open_by_due", "centre_id", "due_date", "id",
            postgresql_where=text("met_on IS NULL"),
        ),
        Index(
            "ix_case_deadlines_open_by_case", "case_id", "due_date", "id",
            postgresql_where=text("met_on IS NULL"),
        ),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    case_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    kind: Mapped[str] = mapped_column(String(40))
    due_date: Mapped[date] = mapped_column(Date)
    met_on: Mapped[date | None] = mapped_column(Date)


class Invitation(Base):
    """The booked initial conversation and examination, and how the invitation was sent."""

    __tablename__ = "invitations"
    __table_args__ = (
        case_child("invitations"),
        CheckConstraint("place IN ('site', 'home')", name="place"),
        CheckConstraint("place = 'home' OR site_id IS NOT NULL", name="site_when_at_site"),
        CheckConstraint("channel IN ('letter', 'phone', 'digital_post')", name="channel"),
    )

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    case_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_events.id"), unique=True)
    meeting_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    place: Mapped[str] = mapped_column(String(10))
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"))
    therapist_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_users.id"))
    sent_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20))
    letter_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("letters.id"))
    # The conversation in the therapist's calendar (migration 0012 moved the earlier ones).
    appointment_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("appointments.id", ondelete="SET NULL")
    )


class InvitationBookingClash(Base):
    """An invitation from before bookings that could not be put in the calendar: its time
    met another booking of the therapist or the citizen. The invitation is kept as it was;
    the clash is listed here to be rebooked."""

    __tablename__ = "invitation_booking_clashes"

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    invitation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("invitations.id", ondelete="CASCADE"), unique=True
    )
    resource: Mapped[str] = mapped_column(String(20))  # staff or citizen
    clashing_appointment_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("appointments.id", ondelete="SET NULL")
    )
    found_at: Mapped[datetime] = created_at_column()


class Assessment(Base):
    """The initial assessment: the facts the therapist found and the rules' findings."""

    __tablename__ = "assessments"
    __table_args__ = (case_child("assessments"),)

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    case_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_events.id"), unique=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    findings: Mapped[list[dict[str, object]]] = mapped_column(JSONB)
    override_reason: Mapped[str | None] = mapped_column(String(2000))


class Decision(Base):
    """A grant, a refusal or the end of a § 86 course, and when the citizen got it (the
    complaint window counts from it)."""

    __tablename__ = "decisions"
    __table_args__ = (
        case_child("decisions"),
        CheckConstraint("outcome IN ('grant', 'refuse', 'end')", name="outcome"),
        CheckConstraint("channel IN ('letter', 'digital_post')", name="channel"),
        CheckConstraint("received_on IS NULL OR received_on >= sent_on",
                        name="received_after_sent"),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    case_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_events.id"), unique=True)
    outcome: Mapped[str] = mapped_column(String(10))
    sent_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20))
    received_on: Mapped[date | None] = mapped_column(Date)
    disciplines: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default=text("'{}'"))
    form: Mapped[str | None] = mapped_column(String(40))
    transport_needed: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    reasons: Mapped[str | None] = mapped_column(Text)
    findings: Mapped[list[dict[str, object]]] = mapped_column(JSONB, server_default=text("'[]'"))
    after_complaint: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    letter_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("letters.id"))


class Complaint(Base):
    """A complaint about a decision, its reassessment and, when upheld, Ankestyrelsen."""

    __tablename__ = "complaints"
    __table_args__ = (case_child("complaints"),)

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    case_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_events.id"), unique=True)
    decision_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("decisions.id"))
    received_on: Mapped[date] = mapped_column(Date)
    window_ends: Mapped[date | None] = mapped_column(Date)
    late: Mapped[bool] = mapped_column(Boolean)
    reassessment_due: Mapped[date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(10))  # upheld or changed
    reassessed_on: Mapped[date | None] = mapped_column(Date)
    reassessment_note: Mapped[str | None] = mapped_column(Text)
    forwarded_on: Mapped[date | None] = mapped_column(Date)
    bundle_letter_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("letters.id"))
