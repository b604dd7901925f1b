"""Intake's tables: the idempotency keys integrations send with their writes, and every
hospital plan (GGOP) received, kept as it came, with what became of it. The referral and case
tables are casework's; a mapped message names its case."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID
from sqlalchemy.orm import Mapped, mapped_column

from persistence.base import Base, created_at_column, id_column

MAX_RAW_BYTES = 1_048_576  # the intake's body limit (domain.intake.MAX_MESSAGE_BYTES)


class GgopMessage(Base):
    """One MedCom hospital plan as received: the original bytes, the receipt given, and the
    case it opened or the reason it could not be mapped."""

    __tablename__ = "ggop_messages"
    __table_args__ = (
        # A plan delivered twice is one message: the second delivery gets the first receipt.
        UniqueConstraint("centre_id", "message_id", name="uq_ggop_messages_centre_message"),
        ForeignKeyConstraint(
            ["centre_id", "case_id"], ["cases.centre_id", "cases.id"],
            name="fk_ggop_messages_case_same_centre", ondelete="CASCADE",
        ),
        CheckConstraint(
            "status IN ('received', 'mapped', 'failed', 'other_municipality')", name="status"
        ),
        CheckConstraint(f"octet_length(raw) <= {MAX_RAW_BYTES}", name="raw_bounded"),
        CheckConstraint("status <> 'mapped' OR case_id IS NOT NULL", name="mapped_has_case"),
        # The staff's list: what needs handling first, then the newest.
        Index("ix_ggop_messages_centre_received", "centre_id", "received_at"),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    message_id: Mapped[str] = mapped_column(String(100))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(30), server_default="received")
    reason: Mapped[str | None] = mapped_column(String(500))
    reason_field: Mapped[str | None] = mapped_column(String(100))
    case_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    citizen_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("citizens.id", ondelete="CASCADE")
    )
    # What the plan said, where it could be read, for the staff's list.
    hospital: Mapped[str | None] = mapped_column(String(200))
    department: Mapped[str | None] = mapped_column(String(200))
    patient_name: Mapped[str | None] = mapped_column(String(201))  # as the plan gives it
    sender_ean: Mapped[str | None] = mapped_column(String(13))
    receiver_ean: Mapped[str | None] = mapped_column(String(13))
    receiver_municipality: Mapped[str | None] = mapped_column(String(3))
    plan_type: Mapped[str | None] = mapped_column(String(40))
    discharge_date: Mapped[date | None] = mapped_column(Date)
    start_text: Mapped[str | None] = mapped_column(String(500))  # a start given as free text
    diagnoses: Mapped[list[dict[str, str]]] = mapped_column(
        JSONB, server_default=text("'[]'::jsonb")
    )
    receipt: Mapped[dict[str, object]] = mapped_column(JSONB, server_default=text("'{}'::jsonb"))
    handled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    handled_by: Mapped[str | None] = mapped_column(String(200))


class IdempotencyKeyRow(Base):
    """A client's key, the request it was first sent with, and the answer it got.

    Unique per client: two requests with one key race for this row, and only one inserts it.
    """

    __tablename__ = "idempotency_keys"
    __table_args__ = (
        UniqueConstraint("client", "key", name="uq_idempotency_keys_client_key"),
        CheckConstraint("state IN ('in_progress', 'completed')", name="state"),
        CheckConstraint(
            "state <> 'completed' OR (response_status IS NOT NULL AND response_body IS NOT NULL)",
            name="completed_has_response",
        ),
        # The retention job deletes expired keys by age.
        Index("ix_idempotency_keys_created_at", "created_at"),
    )

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    # "api_key:<id>" or "user:<id>": whose key it is.
    client: Mapped[str] = mapped_column(String(60))
    key: Mapped[str] = mapped_column(String(255))
    # SHA-256 of method, path and canonical body (domain.intake.fingerprint).
    fingerprint: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(20))
    # Which request holds the claim: a request whose claim was taken over may not answer.
    claim: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    claimed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    response_status: Mapped[int | None] = mapped_column(Integer)
    response_body: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Whose data the stored answer holds: a replay is logged under them (the access log).
    citizen_ids: Mapped[list[uuid.UUID]] = mapped_column(
        ARRAY(UUID(as_uuid=True)), server_default=text("'{}'::uuid[]"), nullable=False
    )
    created_at: Mapped[datetime] = created_at_column()
