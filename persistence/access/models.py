"""Access's tables: staff, their sessions and API keys, failed logins and the access log.

Every record belongs to a centre; unique indexes include the centre.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    String,
    Text,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, UUID
from sqlalchemy.orm import Mapped, mapped_column

from domain.training import Discipline
from persistence.base import Base, created_at_column, id_column

_DISCIPLINES = ", ".join(f"'{member.value}'" for member in Discipline)


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
    at: Mapped[datetime] = created_at_column()
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
        CheckConstraint(f"discipline IS NULL OR discipline IN ({_DISCIPLINES})",
                        name="discipline"),
    )  # fmt: skip

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    username: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(200))
    roles: Mapped[list[str]] = mapped_column(ARRAY(Text))
    site_ids: Mapped[list[uuid.UUID]] = mapped_column(
        ARRAY(UUID(as_uuid=True)), server_default=text("'{}'::uuid[]")
    )
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    # A therapist's profession (fysioterapeut or ergoterapeut); none for other staff.
    discipline: Mapped[str | None] = mapped_column(String(40))
    password_changed_at: Mapped[datetime] = created_at_column()
    created_at: Mapped[datetime] = created_at_column()


class StaffSession(Base):
    """A browser session; the cookie holds the secret, this table only its SHA-256."""

    __tablename__ = "staff_sessions"
    __table_args__ = (Index("ix_staff_sessions_user", "user_id"),)

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"))
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = created_at_column()
    last_seen_at: Mapped[datetime] = created_at_column()
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ApiKey(Base):
    """An integration client's key: shown once, stored as SHA-256, revocable."""

    __tablename__ = "api_keys"

    id: Mapped[uuid.UUID] = id_column()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    name: Mapped[str] = mapped_column(String(100))
    prefix: Mapped[str] = mapped_column(String(16), unique=True)
    secret_hash: Mapped[str] = mapped_column(String(64))
    scopes: Mapped[list[str]] = mapped_column(ARRAY(Text))
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    created_at: Mapped[datetime] = created_at_column()
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
    at: Mapped[datetime] = created_at_column()
