"""Calendar feeds' bodies."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import BaseModel, Field


class FeedOut(BaseModel):
    """A new private feed address; the earlier one stops working."""

    url: str = Field(
        description="The feed's path on this server. It holds the secret token: whoever has "
        "it reads the feed, so share it with your calendar only. Shown once."
    )


class FeedStatusOut(BaseModel):
    active: bool = Field(description="A feed address is issued and not revoked.")


class CalendarEntryOut(BaseModel):
    """One entry of a calendar: an appointment or a team occurrence."""

    kind: str = Field(description="appointment or team_occurrence")
    id: uuid.UUID
    title: str = Field(
        description="The citizen's name where the caller may see the course, "
        "else the kind of session; a team's name."
    )
    starts_at: datetime
    ends_at: datetime
    place: str = Field(description="site, home or nearby")
    staff_ids: list[uuid.UUID] = Field(description="Who gives it (a team's therapists).")
    site_id: uuid.UUID | None
    room_id: uuid.UUID | None
    team_id: uuid.UUID | None
    planned_on: date | None = Field(description="A team occurrence's planned date.")
    course_id: uuid.UUID | None = Field(description="Null when the caller may not see it.")
    citizen_id: uuid.UUID | None = Field(description="Null when the caller may not see it.")
