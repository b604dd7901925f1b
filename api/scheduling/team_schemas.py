"""Teams' bodies: the team, its occurrences, seats and waiting list; the booking assistant."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import BaseModel, Field

from api.fields import CalendarDate, Integer, Moment, Name
from api.scheduling.plan_schemas import TrainingPlanOut
from api.scheduling.schemas import ClockTime
from api.schemas import Body
from domain.scheduling import OccurrenceStatus, PlanChannel
from domain.training import Discipline


class WeeklyTimeIn(Body):
    weekday: Integer = Field(ge=1, le=5, description="1 Monday to 5 Friday; once a day.")
    starts: ClockTime
    ends: ClockTime = Field(description="After the start.")


class WeeklyTimeOut(BaseModel):
    weekday: int
    starts: str
    ends: str


class TeamIn(Body):
    """A team (hold): its occurrences are planned from the weekly times, less closure days
    and public holidays."""

    name: Name = Field(description="At most 100 characters.")
    site_id: uuid.UUID
    room_id: uuid.UUID = Field(description="A room of the site holding at least `capacity`.")
    discipline: Discipline
    weekly_times: list[WeeklyTimeIn] = Field(min_length=1, max_length=5)
    capacity: Integer = Field(ge=1, le=100, description="Seats.")
    therapist_ids: list[uuid.UUID] = Field(min_length=1, max_length=10)
    starts_on: CalendarDate
    ends_on: CalendarDate = Field(description="Not before the start, at most a year later.")


class TeamOut(BaseModel):
    id: uuid.UUID
    name: str
    site_id: uuid.UUID
    room_id: uuid.UUID
    discipline: Discipline
    weekly_times: list[WeeklyTimeOut]
    capacity: int
    therapist_ids: list[uuid.UUID]
    starts_on: date
    ends_on: date
    seats_taken: int = Field(description="Seats taken now (an offered seat is not counted).")


class OccurrenceOut(BaseModel):
    id: uuid.UUID
    team_id: uuid.UUID
    planned_on: date = Field(description="The date the weekly pattern planned it for; fixed.")
    starts_at: datetime
    ends_at: datetime
    status: OccurrenceStatus
    moved: bool = Field(description="Its times were set by hand.")
    sequence: int = Field(description="How many times it was changed.")


class SeatOut(BaseModel):
    id: uuid.UUID
    team_id: uuid.UUID
    course_id: uuid.UUID
    citizen_id: uuid.UUID | None = Field(description="Null when the caller may not see the course.")
    citizen_name: str | None
    from_day: date


class WaitingOut(BaseModel):
    course_id: uuid.UUID
    citizen_id: uuid.UUID | None = Field(description="Null when the caller may not see the course.")
    citizen_name: str | None
    placed_at: datetime
    offered_at: datetime | None = Field(description="When a freed seat was offered to it.")


class TeamDetailOut(TeamOut):
    occurrences: list[OccurrenceOut]
    seats: list[SeatOut]
    waiting_list: list[WaitingOut] = Field(description="First placed first.")


class MoveIn(Body):
    starts_at: Moment
    ends_at: Moment = Field(description="After the start, the same day.")


class FromDayIn(Body):
    from_day: CalendarDate = Field(description="Within the team's period.")


class RestOfSeriesIn(FromDayIn):
    weekly_times: list[WeeklyTimeIn] = Field(min_length=1, max_length=5)


class SeriesChangeOut(BaseModel):
    occurrences: list[OccurrenceOut]
    removed: list[date] = Field(description="Planned dates the new times dropped (deleted).")


class SeatIn(Body):
    course_id: uuid.UUID
    from_day: CalendarDate | None = Field(
        default=None, description="The first day; the team's start when left out."
    )


class ReleaseIn(Body):
    on: CalendarDate = Field(description="The first day the seat is free.")


class WaitingIn(Body):
    course_id: uuid.UUID


class OfferOut(BaseModel):
    offered: WaitingOut | None = Field(description="Null when nobody waits.")


# The booking assistant.


class ProposalsIn(Body):
    from_day: CalendarDate
    minutes: Integer = Field(default=45, ge=15, le=480, description="The session's length.")
    therapist_id: uuid.UUID | None = Field(
        default=None, description="A chosen therapist; any of the course's site when left out."
    )
    horizon_days: Integer = Field(default=14, ge=1, le=56)
    limit: Integer = Field(default=5, ge=1, le=20)


class ProposalOut(BaseModel):
    starts_at: datetime
    ends_at: datetime
    therapist_id: uuid.UUID
    room_id: uuid.UUID


class FreeSeatOut(BaseModel):
    team_id: uuid.UUID
    name: str
    free_seats: int
    next_occurrence_at: datetime | None


class ProposalsOut(BaseModel):
    proposals: list[ProposalOut]
    free_seats: list[FreeSeatOut]


class SeriesIn(Body):
    """A weekly series from a proposal. Without `commit` the answer is a dry run: every date
    with its refusal, nothing saved. With `commit` the accepted dates are booked in one
    transaction (the refused ones are left out, as the dry run showed)."""

    starts_at: Moment
    ends_at: Moment
    therapist_id: uuid.UUID
    room_id: uuid.UUID
    weeks: Integer = Field(ge=1, le=52)
    commit: bool = False
    plan_channel: PlanChannel | None = Field(
        default=None,
        description="With `commit`: also send the citizen's plan of coming sessions this way"
        " (printed, letter or digital_post), in the same transaction.",
    )


class SeriesDateOut(BaseModel):
    starts_at: datetime
    ends_at: datetime
    refused_rule: str | None = Field(description="The rule refusing this date; null if free.")
    refused_message: str | None
    appointment_id: uuid.UUID | None = Field(description="Once committed and booked.")


class SeriesOut(BaseModel):
    dates: list[SeriesDateOut]
    committed: bool
    training_plan: TrainingPlanOut | None = Field(
        default=None, description="The plan sent with the committed series, when asked for."
    )
