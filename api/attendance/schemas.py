"""Attendance's bodies: registrations, flags and their resolution, the worklist's lists, a
course's pause and ending, and transport."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from api.fields import Address, CalendarDate, Moment, Note, Reason
from api.schemas import Body
from domain.attendance import CancellationReason, CancelledBy, FlagKind, FlagResolution
from domain.scheduling import OccurrenceStatus
from domain.training import Attendance, EndReason
from persistence.attendance import FinalStatusChannel, TransportNeed


class CancellationIn(Body):
    reason: CancellationReason = Field(description="Illness (never counted) or another reason.")
    by: CancelledBy = Field(description="The citizen, or the centre (never counted).")
    reported_at: Moment = Field(description="When the cancellation was reported.")


class RegistrationIn(Body):
    """Attended, cancelled, no-show or sent home; a correction names the registration in
    force (and may set the session back to booked)."""

    attendance: Attendance
    cancellation: CancellationIn | None = Field(None, description="Only with `cancelled`.")
    corrects: uuid.UUID | None = Field(None, description="The registration this corrects.")


class CancellationOut(BaseModel):
    reason: CancellationReason
    by: CancelledBy
    reported_at: datetime


class RegistrationOut(BaseModel):
    id: uuid.UUID
    appointment_id: uuid.UUID | None = Field(description="None for a seat at a class.")
    seat_id: uuid.UUID | None = Field(None, description="The team seat, for a class.")
    occurrence_id: uuid.UUID | None = Field(None, description="The team occurrence (holdgang).")
    attendance: Attendance
    cancellation: CancellationOut | None
    corrects: uuid.UUID | None
    recorded_at: datetime
    recorded_by: str
    in_force: bool = Field(description="False once a later registration corrected it.")


class CountedSessionOut(BaseModel):
    registration_id: uuid.UUID
    appointment_id: uuid.UUID | None = Field(description="None for a seat at a class.")
    seat_id: uuid.UUID | None = None
    occurrence_id: uuid.UUID | None = None
    starts_at: datetime
    attendance: Attendance


class FlagOut(BaseModel):
    kind: FlagKind
    count: int
    text: str
    raised_by: uuid.UUID = Field(description="The registration that raised it.")
    sessions: list[CountedSessionOut] = Field(description="The sessions counted toward it.")


class CourseAttendanceOut(BaseModel):
    """A course's attendance as its events leave it."""

    course_id: uuid.UUID
    cancellations: int = Field(description="The citizen's cancellations not due to illness.")
    no_shows: int
    cancellations_allowed: int
    no_shows_allowed: int
    flags: list[FlagOut]
    registrations: list[RegistrationOut]


class RegisteredOut(BaseModel):
    registration: RegistrationOut
    attendance: CourseAttendanceOut


class FlagResolutionIn(Body):
    resolution: FlagResolution
    note: Note | None = Field(None, description="Required: why (at most 2000 characters).")


class WorklistFlagItem(BaseModel):
    course_id: uuid.UUID
    kind: FlagKind
    text: str
    count: int
    raised_at: datetime
    citizen_id: uuid.UUID
    citizen_name: str
    legal_basis: str
    site_id: uuid.UUID | None


class FollowUpItem(BaseModel):
    course_id: uuid.UUID
    citizen_id: uuid.UUID
    citizen_name: str
    citizen_phone: str | None
    last_missed: datetime = Field(description="The latest cancelled or missed session.")


class ResumptionItem(BaseModel):
    course_id: uuid.UUID
    citizen_id: uuid.UUID
    citizen_name: str
    expected_resume_on: date
    reason: str
    due: bool = Field(description="The expected resumption is today or has passed.")


class DaySessionOut(BaseModel):
    """A session of the day for quick registration, with its registration in force."""

    appointment_id: uuid.UUID
    course_id: uuid.UUID | None
    citizen_id: uuid.UUID
    citizen_name: str
    starts_at: datetime
    ends_at: datetime
    status: Attendance
    registration_id: uuid.UUID | None
    begun: bool


class PostponementIn(Body):
    reason: Note | None = None
    starts_on: CalendarDate
    expected_resume_on: CalendarDate | None = None


class PostponementOut(BaseModel):
    id: uuid.UUID
    course_id: uuid.UUID
    reason: str
    starts_on: date
    expected_resume_on: date
    resumed_on: date | None
    released: int = Field(description="How many bookings the pause released.")


class EndingIn(Body):
    reason: EndReason | None = None
    note: Note | None = None
    ended_on: CalendarDate
    follow_up_on: CalendarDate | None = Field(
        None, description="A follow-up conversation before the final end (self-training)."
    )
    self_training_material: Note | None = Field(
        None, description="The guidance and self-training exercises handed out."
    )
    home_care_involved: bool = False


class EndingOut(BaseModel):
    course_id: uuid.UUID
    reason: EndReason
    note: str | None
    ended_on: date
    is_decision: bool = Field(description="A § 86 course ended other than at the citizen's wish.")
    final_status_expected: bool
    follow_up_on: date | None
    self_training_material: str | None
    home_care_involved: bool
    released: int = Field(0, description="Bookings after the end, released.")
    final_status_letter_id: uuid.UUID | None = None
    final_status_channel: FinalStatusChannel | None = None
    final_status_sent_at: datetime | None = None
    ending_decision_sent_on: date | None = Field(
        None, description="The day the decision to end (a § 86 course) was sent, once it is."
    )


class FinalStatusIn(Body):
    channel: FinalStatusChannel = Field(
        description="Sent by post, or marked for a MedCom message to the clinic."
    )


class TransportIn(Body):
    reason: Reason
    from_address: Address
    to_address: Address
    needs: list[TransportNeed] = Field(default_factory=list, max_length=4)


class TripIn(Body):
    agreed_pickup: Moment
    actual_pickup: Moment
    arrival: Moment
    session_end: Moment
    departure: Moment
    drop_off: Moment


class TripOut(BaseModel):
    id: uuid.UUID
    appointment_id: uuid.UUID
    agreed_pickup: datetime
    actual_pickup: datetime
    arrival: datetime
    session_end: datetime
    departure: datetime
    drop_off: datetime
    way_there_minutes: int
    way_home_minutes: int
    flagged_legs: list[str] = Field(description="The legs over an hour: there, home.")


class TransportOut(BaseModel):
    course_id: uuid.UUID
    reason: str | None
    from_address: str | None
    to_address: str | None
    needs: list[TransportNeed]
    trips: list[TripOut]
    within_target: int
    flagged: int
    share_within_target: float | None = Field(description="None without trips.")


class SiteComplianceOut(BaseModel):
    """A site's trips in the period and how many kept the target of an hour each way."""

    site_id: uuid.UUID | None = Field(description="None: sessions with no site.")
    site_name: str | None
    trips: int
    within_target: int
    flagged: int = Field(description="Trips with a leg over an hour.")
    share_within_target: float | None = Field(description="None without trips.")


class TransportComplianceOut(BaseModel):
    """Counts only: no citizen is named."""

    model_config = ConfigDict(populate_by_name=True)

    from_: date = Field(alias="from", serialization_alias="from")
    to: date
    sites: list[SiteComplianceOut]


class SeatMarkIn(Body):
    """What became of one seat at the occurrence; a correction names the registration in
    force (and may set the seat back to booked)."""

    seat_id: uuid.UUID
    attendance: Attendance
    cancellation: CancellationIn | None = Field(None, description="Only with `cancelled`.")
    corrects: uuid.UUID | None = Field(None, description="The registration this corrects.")


class ClassRegistrationIn(Body):
    marks: list[SeatMarkIn] = Field(
        min_length=1, max_length=60, description="One mark per seat, each seat once."
    )


class SeatRegistrationOut(BaseModel):
    seat_id: uuid.UUID
    course_id: uuid.UUID
    registration_id: uuid.UUID
    attendance: Attendance


class CourseCountsOut(BaseModel):
    """A course's counts after the registrations (its appointments and seats together)."""

    course_id: uuid.UUID
    cancellations: int
    no_shows: int
    flags: list[FlagKind] = Field(description="The course's open flags.")


class ClassRegisteredOut(BaseModel):
    occurrence_id: uuid.UUID
    registrations: list[SeatRegistrationOut]
    courses: list[CourseCountsOut]


class ClassSeatOut(BaseModel):
    seat_id: uuid.UUID
    course_id: uuid.UUID
    citizen_id: uuid.UUID | None = Field(description="None where the caller may not see it.")
    citizen_name: str | None
    registration_id: uuid.UUID | None = Field(description="The registration in force.")
    attendance: Attendance = Field(description="`booked` until registered.")
    cancellation_reason: CancellationReason | None
    cancelled_by: CancelledBy | None


class ClassSessionOut(BaseModel):
    """A team occurrence (holdgang) for registration, with its seats held on its day."""

    occurrence_id: uuid.UUID
    team_id: uuid.UUID
    team_name: str
    starts_at: datetime
    ends_at: datetime
    status: OccurrenceStatus
    begun: bool
    seats: list[ClassSeatOut]
