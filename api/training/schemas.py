"""Training's bodies: the course (forløb), its start and an earlier course."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Literal

from pydantic import (
    BaseModel,
    Field,
    StrictBool,
)

from api.fields import (
    CalendarDate,
    Day,
    FilledShortNote,
    Note,
)
from api.schemas import BETWEEN_RECEIPT_AND_TODAY, Body, LegalBasisCode
from domain.training.course import CourseForm, CourseStatus, Discipline


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
