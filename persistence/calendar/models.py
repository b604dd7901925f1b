"""The staff's calendar feeds: one secret token per member of staff, kept as its digest.

The token in the feed's address is a capability (whoever holds it reads the feed), not
personal data; only its SHA-256 digest is stored, so a leaked table opens no feed. Revoking
deletes the row; a new token replaces the old, which then answers 404.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.orm import Mapped, mapped_column

from persistence.base import Base, created_at_column


class CalendarFeed(Base):
    __tablename__ = "calendar_feeds"

    staff_id: Mapped[uuid.UUID] = mapped_column(
        UUID(as_uuid=True), ForeignKey("staff_users.id", ondelete="CASCADE"), primary_key=True
    )
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id"))
    token_digest: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = created_at_column()
