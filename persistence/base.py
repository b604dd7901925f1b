"""The declarative base every capability's tables share: one metadata, one naming convention
for constraints, and the columns every table spells the same way.

Integrity that must hold when two staff work at once lives in the schema.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    DateTime,
    ForeignKeyConstraint,
    MetaData,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import UUID
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


def id_column() -> Mapped[uuid.UUID]:
    return mapped_column(
        UUID(as_uuid=True), primary_key=True, server_default=text("gen_random_uuid()")
    )


def created_at_column() -> Mapped[datetime]:
    return mapped_column(DateTime(timezone=True), server_default=func.now(), nullable=False)


def case_child(table: str) -> ForeignKeyConstraint:
    """A record of a case, in the same centre as its case."""
    return ForeignKeyConstraint(
        ["centre_id", "case_id"], ["cases.centre_id", "cases.id"],
        name=f"fk_{table}_case_same_centre", ondelete="CASCADE",
    )  # fmt: skip
