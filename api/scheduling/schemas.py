"""Scheduling's bodies: working hours, absences, rooms, home helpers and appointments."""

from __future__ import annotations

import uuid
from datetime import date, time
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from api.fields import CalendarDate, FilledShortNote, Integer, Moment, Name, ShortNote
from api.schemas import Body
from api.training import CourseAppointmentOut
from domain.attendance import CancellationReason, CancelledBy
from domain.scheduling import AbsenceKind, PlaceKind, ProviderKind
from domain.training import Discipline, SessionPurpose

CLOCK_PATTERN = r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]$"
ClockTime = Annotated[str, Field(pattern=CLOCK_PATTERN, description="HH:MM, Copenhagen time.")]


def clock(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


class WorkingHoursStretch(Body):
    weekday: Integer = Field(ge=1, le=7, description="1 Monday to 7 Sunday.")
    starts: ClockTime
    ends: ClockTime = Field(description="After the start; stretches of a day do not overlap.")


class WorkingHoursIn(Body):
    """The member of staff's whole working week; replaces the one recorded."""

    hours: list[WorkingHoursStretch] = Field(max_length=21)


class WorkingHoursStretchOut(BaseModel):
    weekday: int
    starts: str
    ends: str


class WorkingHoursOut(BaseModel):
    staff_id: uuid.UUID
    hours: list[WorkingHoursStretchOut]


class AbsenceIn(Body):
    kind: AbsenceKind
    first_day: CalendarDate
    last_day: CalendarDate = Field(description="Not before the first day.")
    note: ShortNote | None = None


class CancelIn(Body):
    """Who cancelled and why: required for a course's session, which is registered through
    attendance and counted as they say; a case's conversation needs neither."""

    reason: CancellationReason | None = Field(
        None, description="Illness (never counted) or another reason."
    )
    by: CancelledBy | None = Field(None, description="The citizen, or the centre (never counted).")
    reported_at: Moment | None = Field(None, description="When it was reported; now by default.")


class AppointmentOut(CourseAppointmentOut):
    """The appointment with its course or, for the initial conversation, its case."""

    course_id: uuid.UUID | None
    case_id: uuid.UUID | None
    booked_by: str


class StaffAbsenceOut(BaseModel):
    id: uuid.UUID
    staff_id: uuid.UUID
    kind: AbsenceKind
    first_day: date
    last_day: date
    note: str | None


class AbsenceOut(StaffAbsenceOut):
    hits: list[AppointmentOut] = Field(
        description="The member of staff's bookings on the absence's days, to rebook; "
        "nothing is moved or cancelled by itself."
    )


class RoomIn(Body):
    name: Name
    capacity: Integer = Field(ge=1, le=100, description="Sessions the room holds at once.")


class RoomOut(BaseModel):
    id: uuid.UUID
    site_id: uuid.UUID
    name: str
    capacity: int


class HomeHelperIn(Body):
    name: Name
    home_care_unit: Name


class HomeHelperOut(BaseModel):
    id: uuid.UUID
    name: str
    home_care_unit: str


class PlaceIn(Body):
    kind: PlaceKind
    site_id: uuid.UUID | None = Field(default=None, description="At a site only.")
    room_id: uuid.UUID | None = Field(default=None, description="At a site only: its room.")


class BookingIn(Body):
    """An individual appointment of a course. A training assistant or a home helper gives
    vedligeholdende training only, with the supervising therapist named."""

    course_id: uuid.UUID
    purpose: Literal[SessionPurpose.TRAINING, SessionPurpose.FOLLOW_UP] = SessionPurpose.TRAINING
    provider: ProviderKind
    staff_id: uuid.UUID | None = Field(default=None, description="Unless a home helper gives it.")
    home_helper_id: uuid.UUID | None = Field(default=None, description="For a home helper.")
    supervisor_id: uuid.UUID | None = Field(
        default=None, description="The supervising therapist; required unless a therapist gives it."
    )
    discipline: Discipline | None = None
    place: PlaceIn
    starts_at: Moment
    ends_at: Moment = Field(description="After the start, the same day, at most 8 hours later.")
    outside_hours_reason: FilledShortNote | None = Field(
        default=None,
        description="Why, when booked outside the provider's working hours or during an absence.",
    )


class MyDayItem(AppointmentOut):
    citizen_id: uuid.UUID
    citizen_name: str
    citizen_phone: str | None
    address: str | None = Field(description="The citizen's address, for a visit at home or nearby.")


class WeekItem(AppointmentOut):
    citizen_id: uuid.UUID | None = Field(description="Null when the caller may not see the course.")
    citizen_name: str | None
