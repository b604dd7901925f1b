"""The citizens' table.

Every record belongs to a centre; unique indexes include the centre.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.orm import Mapped, mapped_column

from persistence.base import Base, created_at_column, id_column


class Citizen(Base):
    __tablename__ = "citizens"
    __table_args__ = (
        UniqueConstraint("centre_id", "cpr", name="uq_citizens_centre_cpr"),
        UniqueConstraint("centre_id", "id", name="uq_citizens_centre_id"),
        CheckConstraint("cpr ~ '^[0-9]{10}$'", name="cpr_digits"),
        CheckConstraint("municipality_code ~ '^[0-9]{3}$'", name="municipality_code_digits"),
        CheckConstraint("general_practitioner_provider_number ~ '^[0-9]{6}$'",
                        name="provider_number_digits"),
        # A relative is named: no relation or phone without a name.
        CheckConstraint("relative_name IS NOT NULL OR (relative_relation IS NULL"
                        " AND relative_phone IS NULL)", name="relative_named"),
        # Search by part of the name (ILIKE '%part%') and by a phone's last eight digits, the
        # expressions persistence/casework/reach.py searches with (migration 0013).
        Index("ix_citizens_name_trigrams", "name", postgresql_using="gin",
              postgresql_ops={"name": "gin_trgm_ops"}),
        Index("ix_citizens_phone_last_eight", "centre_id",
              text("right(regexp_replace(phone, '[^0-9]', '', 'g'), 8)")),
        Index("ix_citizens_relative_phone_last_eight", "centre_id",
              text("right(regexp_replace(relative_phone, '[^0-9]', '', 'g'), 8)")),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    cpr: Mapped[str] = mapped_column(String(10))
    birth_date: Mapped[date] = mapped_column(Date)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300))
    municipality_code: Mapped[str] = mapped_column(String(3))
    phone: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(254))
    # The citizen's GP (praktiserende læge): the doctor's name, the clinic and its ydernummer.
    general_practitioner: Mapped[str | None] = mapped_column(String(200))
    general_practitioner_clinic: Mapped[str | None] = mapped_column(String(200))
    general_practitioner_provider_number: Mapped[str | None] = mapped_column(String(6))
    # A relative acting with the citizen (pårørende).
    relative_name: Mapped[str | None] = mapped_column(String(200))
    relative_relation: Mapped[str | None] = mapped_column(String(200))
    relative_phone: Mapped[str | None] = mapped_column(String(30))
    created_at: Mapped[datetime] = created_at_column()


class CitizenChange(Base):
    """One field of a citizen's record changed: who, when, the old and the new value. Never
    updated; deleted with the citizen."""

    __tablename__ = "citizen_changes"
    __table_args__ = (
        ForeignKeyConstraint(
            ["centre_id", "citizen_id"], ["citizens.centre_id", "citizens.id"],
            name="fk_citizen_changes_citizen_same_centre", ondelete="CASCADE",
        ),
        Index("ix_citizen_changes_citizen", "citizen_id", "changed_at"),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    citizen_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    changed_at: Mapped[datetime] = created_at_column()
    actor: Mapped[str] = mapped_column(String(200))
    user_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    field: Mapped[str] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(String(300))
    new_value: Mapped[str | None] = mapped_column(String(300))
