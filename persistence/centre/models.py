"""The centre's tables: centres, sites, closure days, legal bases and the service standard's limits.

Every record belongs to a centre; unique indexes include the centre.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from persistence.base import Base, created_at_column, id_column


class Centre(Base):
    __tablename__ = "centres"

    id: Mapped[uuid.UUID] = id_column()
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = created_at_column()


class Site(Base):
    __tablename__ = "sites"
    __table_args__ = (
        UniqueConstraint("centre_id", "code", name="uq_sites_centre_code"),
        # Lets children reference (centre_id, id) so a record can never point across centres.
        UniqueConstraint("centre_id", "id", name="uq_sites_centre_id"),
    )

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300))
    phone: Mapped[str] = mapped_column(String(30))


class ClosureDay(Base):
    """A day the centre is closed beyond the national holidays and default closure days."""

    __tablename__ = "closure_days"
    __table_args__ = (UniqueConstraint("centre_id", "day", name="uq_closure_days_centre_day"),)

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    day: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = created_at_column()


class LegalBasisRow(Base):
    """Legal bases are data: a new law (the 2025 Ældrelov, say) is a new row."""

    __tablename__ = "legal_bases"
    __table_args__ = (
        CheckConstraint("referral_kind IN ('rehab_plan', 'application')", name="referral_kind"),
        CheckConstraint("training IN ('rehabilitation', 'maintenance')", name="training"),
    )

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    referral_kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))  # formal: Sundhedsloven § 140
    short_name: Mapped[str] = mapped_column(String(60))  # as caseworkers write it: SUL § 140
    service: Mapped[str] = mapped_column(String(200))  # without the paragraph: Genoptræning
    # Genoptræning or vedligeholdende træning: decides the need test and the quarantine.
    training: Mapped[str] = mapped_column(String(20))


class ServiceStandardLimit(Base):
    __tablename__ = "service_standard_limits"
    __table_args__ = (
        UniqueConstraint(
            "centre_id", "legal_basis", "kind", "effective_from",
            name="uq_service_standard_limits_version",
        ),
        CheckConstraint("value >= 0", name="value_not_negative"),
        CheckConstraint(
            "unit IN ('working_days', 'calendar_days', 'calendar_months', 'per_week', 'count')",
            name="unit",
        ),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    legal_basis: Mapped[str] = mapped_column(ForeignKey("legal_bases.code"))
    kind: Mapped[str] = mapped_column(String(60))
    value: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(20))
    effective_from: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = created_at_column()
