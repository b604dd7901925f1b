"""Training's bodies: the course (forløb), its start and an earlier course."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import (
    BaseModel,
    Field,
    StrictBool,
)

from api.fields import (
    CalendarDate,
    Day,
    FilledNote,
    FilledShortNote,
    Note,
    Reasons,
)
from api.schemas import BETWEEN_RECEIPT_AND_TODAY, Body, LegalBasisCode
from domain.scheduling import PlaceKind, ProviderKind
from domain.training import (
    Attendance,
    CourseForm,
    CourseStatus,
    Discipline,
    ExceptionReason,
    GoalStatus,
    ServiceGroup,
    SessionPurpose,
)


class TrainingStartIn(Body):
    """§ 140: training started. A citizen with an active course continues it or ends it."""

    started_on: CalendarDate = Field(description=BETWEEN_RECEIPT_AND_TODAY)
    form: CourseForm
    disciplines: list[Discipline] = Field(min_length=1, max_length=2)
    transport_needed: StrictBool = False
    active_course: Literal["continue", "end"] | None = Field(
        default=None, description="Required when the citizen already has an active course."
    )
    early_start_reason: FilledShortNote | None = Field(
        default=None,
        description="Required for a start before the later start date the hospital's plan "
        "names for health reasons; kept as the note of the start in the case's history.",
    )
    therapist_ids: list[uuid.UUID] = Field(
        default_factory=list, max_length=10,
        description="The course's responsible therapists (therapist, visitator or team "
        "leader); for a continued course they replace the ones recorded when given.",
    )  # fmt: skip


class CourseOut(BaseModel):
    id: uuid.UUID
    case_id: uuid.UUID | None
    legal_basis: str
    site_id: uuid.UUID | None
    status: Literal[CourseStatus.ACTIVE, CourseStatus.ENDED, CourseStatus.CANCELLED]
    started_on: date | None
    ended_on: date | None
    earlier: bool
    note: str | None


class EarlierCourseIn(Body):
    """A municipal course from before this system, so the quarantine rule sees it."""

    legal_basis: LegalBasisCode
    started_on: Day | None = Field(default=None, description="Not after the end.")
    ended_on: Day = Field(description="Not after today.")
    note: Note | None = None


class CoursePlanIn(Body):
    """How the course is given. The whole plan is replaced and the change dated."""

    disciplines: list[Discipline] = Field(min_length=1, max_length=2)
    form: CourseForm
    site_id: uuid.UUID | None = Field(
        default=None, description="Required for training at the centre."
    )
    therapist_ids: list[uuid.UUID] = Field(
        min_length=1, max_length=10, description="The responsible therapists."
    )
    started_on: CalendarDate
    planned_end_on: CalendarDate | None = Field(default=None, description="Not before the start.")


class GoalIn(Body):
    text: FilledNote
    measure: FilledShortNote | None = None
    target_date: CalendarDate | None = Field(
        default=None, description="Not before the course's start."
    )


class GoalChangeIn(Body):
    """The fields given replace the goal's current ones; a change that changes nothing is
    refused (rule `goal_unchanged`)."""

    text: FilledNote | None = None
    measure: FilledShortNote | None = None
    target_date: CalendarDate | None = None
    status: GoalStatus | None = None


class GoalVersionOut(BaseModel):
    version: int
    text: str
    measure: str | None
    target_date: date | None
    status: GoalStatus
    changed_by: str
    changed_at: datetime


class GoalOut(BaseModel):
    id: uuid.UUID
    text: str
    measure: str | None
    target_date: date | None
    status: GoalStatus
    version: int
    changed_at: datetime
    history: list[GoalVersionOut] = Field(description="Every version, oldest first.")


class ServicesIn(Body):
    codes: list[uuid.UUID] = Field(
        max_length=20, description="FSIII training services (their national codes), each once."
    )


class TrainingServiceOut(BaseModel):
    """An FSIII training service a course's content is chosen from."""

    code: str
    system: str
    display: str
    group: ServiceGroup = Field(description="The legal-basis group the service belongs to.")


class ServiceOut(BaseModel):
    code: str
    system: str
    display: str
    added_by: str
    added_at: datetime


class NoteIn(Body):
    text: Reasons
    corrects_id: uuid.UUID | None = Field(
        default=None, description="The note this one corrects, of the same course."
    )
    appointment_id: uuid.UUID | None = None


class NoteOut(BaseModel):
    id: uuid.UUID
    text: str
    author_name: str
    written_at: datetime
    corrects_id: uuid.UUID | None
    appointment_id: uuid.UUID | None
    corrected: bool = Field(description="A later note corrects this one.")


class FrequencyExceptionIn(Body):
    reason: ExceptionReason
    note: FilledShortNote | None = Field(
        default=None, description="Required when the reason is `other`."
    )
    starts_on: CalendarDate
    ends_on: CalendarDate = Field(description="Not before the start.")


class FrequencyExceptionOut(BaseModel):
    id: uuid.UUID
    course_id: uuid.UUID
    reason: ExceptionReason
    note: str | None
    starts_on: date
    ends_on: date
    recorded_by: str
    recorded_at: datetime


class CourseAppointmentOut(BaseModel):
    """An appointment as its course lists it; scheduling's `AppointmentOut` adds what links
    it elsewhere (course, case, who booked it)."""

    id: uuid.UUID
    purpose: SessionPurpose
    discipline: Discipline | None
    provider: ProviderKind
    staff_id: uuid.UUID | None
    home_helper_id: uuid.UUID | None
    supervisor_id: uuid.UUID | None
    place: PlaceKind
    site_id: uuid.UUID | None
    room_id: uuid.UUID | None
    starts_at: datetime
    ends_at: datetime
    status: Attendance
    outside_hours_reason: str | None


class BookableStaffOut(BaseModel):
    id: uuid.UUID
    display_name: str
    provider: ProviderKind = Field(description="How they are booked: therapist or assistant.")


class BookableStaffListOut(BaseModel):
    """Who may be booked for the course's sessions."""

    maintenance: bool = Field(
        description="Vedligeholdende training: a training assistant of the course's site or a "
        "home helper may give a session, under a supervising therapist."
    )
    staff: list[BookableStaffOut] = Field(
        description="Active therapists (also the supervisors), and for vedligeholdende "
        "training the training assistants of the course's site."
    )


class CourseDetailOut(BaseModel):
    """The course with its plan and everything recorded on it."""

    id: uuid.UUID
    citizen_id: uuid.UUID
    case_id: uuid.UUID | None
    legal_basis: str
    status: CourseStatus
    disciplines: list[Discipline]
    form: CourseForm | None
    site_id: uuid.UUID | None
    therapist_ids: list[uuid.UUID]
    started_on: date | None
    planned_end_on: date | None
    ended_on: date | None
    plan_changed_at: datetime | None
    goals: list[GoalOut]
    services: list[ServiceOut]
    notes: list[NoteOut] = Field(description="Every note, oldest first, corrected ones marked.")
    frequency_exceptions: list[FrequencyExceptionOut]
    appointments: list[CourseAppointmentOut]


class ExceptionInForceOut(FrequencyExceptionOut):
    citizen_id: uuid.UUID
    citizen_name: str
