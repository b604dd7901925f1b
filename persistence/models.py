"""Tables. Every record belongs to a centre; unique indexes include the centre.

Integrity that must hold when two staff work at once lives here, in the schema.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, BYTEA, JSONB, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _id() -> Mapped[uuid.UUID]:
    return mapped_column(
        UUID(as_uuid=True), primary_key=True, server_default=text("gen_random_uuid()")
    )


def _created_at() -> Mapped[datetime]:
    return mapped_column(DateTime(timezone=True), server_default=func.now(), nullable=False)


class Centre(Base):
    __tablename__ = "centres"

    id: Mapped[uuid.UUID] = _id()
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = _created_at()


class Site(Base):
    __tablename__ = "sites"
    __table_args__ = (
        UniqueConstraint("centre_id", "code", name="uq_sites_centre_code"),
        # Lets children reference (centre_id, id) so a record can never point across centres.
        UniqueConstraint("centre_id", "id", name="uq_sites_centre_id"),
    )

    id: Mapped[uuid.UUID] = _id()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300))
    phone: Mapped[str] = mapped_column(String(30))


class ClosureDay(Base):
    """A day the centre is closed beyond the national holidays and default closure days."""

    __tablename__ = "closure_days"
    __table_args__ = (UniqueConstraint("centre_id", "day", name="uq_closure_days_centre_day"),)

    id: Mapped[uuid.UUID] = _id()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    day: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = _created_at()


class LegalBasisRow(Base):
    """Legal bases are data: a new law (the 2025 Ældrelov, say) is a new row."""

    __tablename__ = "legal_bases"
    __table_args__ = (
        CheckConstraint("referral_kind IN ('rehab_plan', 'application')", name="referral_kind"),
    )

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    referral_kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))


class ServiceStandardLimit(Base):
    __tablename__ = "service_standard_limits"
    __table_args__ = (
        UniqueConstraint(
            "centre_id", "legal_basis", "kind", "effective_from",
            name="uq_service_standard_limits_version",
        ),
        CheckConstraint("value >= 0", name="value_not_negative"),
        CheckConstraint(
            "unit IN ('working_days', 'calendar_days', 'calendar_months', 'per_week')",
            name="unit",
        ),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = _id()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    legal_basis: Mapped[str] = mapped_column(ForeignKey("legal_bases.code"))
    kind: Mapped[str] = mapped_column(String(60))
    value: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(20))
    effective_from: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = _created_at()


class Citizen(Base):
    __tablename__ = "citizens"
    __table_args__ = (
        UniqueConstraint("centre_id", "cpr", name="uq_citizens_centre_cpr"),
        UniqueConstraint("centre_id", "id", name="uq_citizens_centre_id"),
        CheckConstraint("cpr ~ '^[0-9]{10}$'", name="cpr_digits"),
        CheckConstraint("municipality_code ~ '^[0-9]{3}$'", name="municipality_code_digits"),
    )

    id: Mapped[uuid.UUID] = _id()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    cpr: Mapped[str] = mapped_column(String(10))
    birth_date: Mapped[date] = mapped_column(Date)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300))
    municipality_code: Mapped[str] = mapped_column(String(3))
    phone: Mapped[str | None] = mapped_column(String(30))
    general_practitioner: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = _created_at()


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
    )  # fmt: skip

    id: Mapped[uuid.UUID] = _id()
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
    # Records retention counts from the newest entry on the case.
    last_entry_at: Mapped[datetime] = _created_at()
    created_at: Mapped[datetime] = _created_at()


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

    id: Mapped[uuid.UUID] = _id()
    centre_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    case_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    position: Mapped[int] = mapped_column(Integer)
    event: Mapped[str | None] = mapped_column(String(40))
    occurred_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = _created_at()
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

    id: Mapped[uuid.UUID] = _id()
    centre_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    case_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    kind: Mapped[str] = mapped_column(String(40))
    due_date: Mapped[date] = mapped_column(Date)
    met_on: Mapped[date | None] = mapped_column(Date)


def _case_child(table: str) -> ForeignKeyConstraint:
    return ForeignKeyConstraint(
        ["centre_id", "case_id"], ["cases.centre_id", "cases.id"],
        name=f"fk_{table}_case_same_centre", ondelete="CASCADE",
    )  # fmt: skip


class Invitation(Base):
    """The booked initial conversation and examination, and how the invitation was sent."""

    __tablename__ = "invitations"
    __table_args__ = (
        _case_child("invitations"),
        CheckConstraint("place IN ('site', 'home')", name="place"),
        CheckConstraint("place = 'home' OR site_id IS NOT NULL", name="site_when_at_site"),
        CheckConstraint("channel IN ('letter', 'phone', 'digital_post')", name="channel"),
    )

    id: Mapped[uuid.UUID] = _id()
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


class Assessment(Base):
    """The initial assessment: the facts the therapist found and the rules' findings."""

    __tablename__ = "assessments"
    __table_args__ = (_case_child("assessments"),)

    id: Mapped[uuid.UUID] = _id()
    centre_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    case_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_events.id"), unique=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    findings: Mapped[list[dict[str, object]]] = mapped_column(JSONB)
    override_reason: Mapped[str | None] = mapped_column(String(2000))


class Decision(Base):
    """A grant or a refusal, and when the citizen got it (the complaint window counts from it)."""

    __tablename__ = "decisions"
    __table_args__ = (
        _case_child("decisions"),
        CheckConstraint("outcome IN ('grant', 'refuse')", name="outcome"),
        CheckConstraint("channel IN ('letter', 'digital_post')", name="channel"),
        CheckConstraint("received_on IS NULL OR received_on >= sent_on",
                        name="received_after_sent"),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = _id()
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


class Course(Base):
    """A granted period of training (forløb). At most one active per citizen, held here."""

    __tablename__ = "courses"
    __table_args__ = (
        ForeignKeyConstraint(
            ["centre_id", "citizen_id"], ["citizens.centre_id", "citizens.id"],
            name="fk_courses_citizen_same_centre", ondelete="CASCADE",
        ),
        CheckConstraint("status IN ('active', 'ended', 'cancelled')", name="status"),
        CheckConstraint("ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on",
                        name="ends_after_start"),
        # Service standard: one offer at a time. Two staff granting at once cannot both win.
        Index("uq_courses_one_active_per_citizen", "centre_id", "citizen_id", unique=True,
              postgresql_where=text("status = 'active'")),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = _id()
    centre_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    citizen_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    # The grant or start that created it; a correction of that event cancels the course.
    event_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case_events.id"))
    legal_basis: Mapped[str] = mapped_column(ForeignKey("legal_bases.code"))
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"))
    status: Mapped[str] = mapped_column(String(20))
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    # Recorded by staff from before this system, so the quarantine rule sees it.
    earlier: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    note: Mapped[str | None] = mapped_column(String(1000))
    disciplines: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default=text("'{}'"))
    form: Mapped[str | None] = mapped_column(String(40))
    transport_needed: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    created_at: Mapped[datetime] = _created_at()


class Complaint(Base):
    """A complaint about a decision, its reassessment and, when upheld, Ankestyrelsen."""

    __tablename__ = "complaints"
    __table_args__ = (_case_child("complaints"),)

    id: Mapped[uuid.UUID] = _id()
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


class Letter(Base):
    """A letter as sent: the PDF itself, its hash and the template version it came from."""

    __tablename__ = "letters"
    __table_args__ = (_case_child("letters"),)

    id: Mapped[uuid.UUID] = _id()
    centre_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    case_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    kind: Mapped[str] = mapped_column(String(40))
    template_version: Mapped[int | None] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes] = mapped_column(BYTEA)
    created_at: Mapped[datetime] = _created_at()
    created_by: Mapped[str] = mapped_column(String(200))


class LetterTemplate(Base):
    """A version of a letter's body, written by the team leader; the newest is in use."""

    __tablename__ = "letter_templates"
    __table_args__ = (
        UniqueConstraint("centre_id", "kind", "version", name="uq_letter_templates_version"),
    )

    id: Mapped[uuid.UUID] = _id()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    kind: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = _created_at()


class AccessLogEntry(Base):
    """Who used which citizen's data, when, and how (Datatilsynet's logging measure).

    Append-only: a trigger refuses updates, and deletes by anyone but the retention role.
    """

    __tablename__ = "access_log"
    __table_args__ = (
        Index("ix_access_log_citizens", "citizen_ids", postgresql_using="gin"),
        Index("ix_access_log_centre_at", "centre_id", "at", "id"),
        CheckConstraint("outcome IN ('allowed', 'refused')", name="outcome"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = _created_at()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    actor: Mapped[str] = mapped_column(String(200))
    request_id: Mapped[str] = mapped_column(String(64))
    operation: Mapped[str] = mapped_column(String(100))
    use: Mapped[str] = mapped_column(String(20))  # read, search, create, change, export, delete
    citizen_ids: Mapped[list[uuid.UUID]] = mapped_column(ARRAY(UUID(as_uuid=True)))
    criterion: Mapped[str | None] = mapped_column(String(200))
    user_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    api_key_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    client: Mapped[str] = mapped_column(String(100), server_default="")
    outcome: Mapped[str] = mapped_column(String(20), server_default="allowed")


class StaffUser(Base):
    __tablename__ = "staff_users"
    __table_args__ = (
        Index("uq_staff_users_username", text("lower(username)"), unique=True),
        CheckConstraint("username ~ '^[a-z0-9._-]{3,64}$'", name="username_form"),
    )

    id: Mapped[uuid.UUID] = _id()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    username: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(200))
    roles: Mapped[list[str]] = mapped_column(ARRAY(Text))
    site_ids: Mapped[list[uuid.UUID]] = mapped_column(
        ARRAY(UUID(as_uuid=True)), server_default=text("'{}'::uuid[]")
    )
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    password_changed_at: Mapped[datetime] = _created_at()
    created_at: Mapped[datetime] = _created_at()


class StaffSession(Base):
    """A browser session; the cookie holds the secret, this table only its SHA-256."""

    __tablename__ = "staff_sessions"
    __table_args__ = (Index("ix_staff_sessions_user", "user_id"),)

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"))
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = _created_at()
    last_seen_at: Mapped[datetime] = _created_at()
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ApiKey(Base):
    """An integration client's key: shown once, stored as SHA-256, revocable."""

    __tablename__ = "api_keys"

    id: Mapped[uuid.UUID] = _id()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    name: Mapped[str] = mapped_column(String(100))
    prefix: Mapped[str] = mapped_column(String(16), unique=True)
    secret_hash: Mapped[str] = mapped_column(String(64))
    scopes: Mapped[list[str]] = mapped_column(ARRAY(Text))
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    created_at: Mapped[datetime] = _created_at()
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class LoginFailure(Base):
    """Failed logins, counted per account and per client address to slow guessing."""

    __tablename__ = "login_failures"
    __table_args__ = (
        Index("ix_login_failures_username_at", "username", "at"),
        Index("ix_login_failures_address_at", "client_address", "at"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64))
    client_address: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = _created_at()
