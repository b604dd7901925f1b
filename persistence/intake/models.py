"""Intake's tables: the idempotency keys integrations send with their writes."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, UUID
from sqlalchemy.orm import Mapped, mapped_column

from persistence.base import Base, created_at_column, id_column


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
