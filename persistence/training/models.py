"""Training's tables: the course (forløb).

Every record belongs to a centre; unique indexes include the centre.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    String,
    Text,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, UUID
from sqlalchemy.orm import Mapped, mapped_column

from domain.training import OPEN_STATUSES, CourseStatus
from persistence.base import Base, created_at_column, id_column

STATUSES = ", ".join(f"'{status.value}'" for status in CourseStatus)
OPEN = ", ".join(f"'{status.value}'" for status in CourseStatus if status in OPEN_STATUSES)


class Course(Base):
    """A granted period of training (forløb). At most one open (planned, active or postponed)
    per citizen, held here."""

    __tablename__ = "courses"
    __table_args__ = (
        ForeignKeyConstraint(
            ["centre_id", "citizen_id"], ["citizens.centre_id", "citizens.id"],
            name="fk_courses_citizen_same_centre", ondelete="CASCADE",
        ),
        CheckConstraint(f"status IN ({STATUSES})", name="status"),
        CheckConstraint("ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on",
                        name="ends_after_start"),
        # Service standard: one offer at a time. Two staff granting at once cannot both win.
        Index("uq_courses_one_offer_per_citizen", "centre_id", "citizen_id", unique=True,
              postgresql_where=text(f"status IN ({OPEN})")),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = id_column()
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
    created_at: Mapped[datetime] = created_at_column()
