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
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from persistence.base import Base, created_at_column, id_column


class Citizen(Base):
    __tablename__ = "citizens"
    __table_args__ = (
        UniqueConstraint("centre_id", "cpr", name="uq_citizens_centre_cpr"),
        UniqueConstraint("centre_id", "id", name="uq_citizens_centre_id"),
        CheckConstraint("cpr ~ '^[0-9]{10}$'", name="cpr_digits"),
        CheckConstraint("municipality_code ~ '^[0-9]{3}$'", name="municipality_code_digits"),
    )

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    cpr: Mapped[str] = mapped_column(String(10))
    birth_date: Mapped[date] = mapped_column(Date)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300))
    municipality_code: Mapped[str] = mapped_column(String(3))
    phone: Mapped[str | None] = mapped_column(String(30))
    general_practitioner: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = created_at_column()
