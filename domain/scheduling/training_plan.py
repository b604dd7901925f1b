"""The citizen's plan (træningsplan): the coming sessions of a course, as the letter lists them.

A course's sessions are its individual appointments and the occurrences of the teams it has
a seat on. The plan lists those still to come, in time order: a cancelled appointment or
occurrence is not a session, a seat's occurrences count from its first day and until the day
it was given up, and nothing is listed on a day the centre is closed (a public holiday or a
closure day recorded after the session was planned: the citizen is told again when it moves).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from domain.calendar import COPENHAGEN, WorkingDayCalendar
from domain.errors import RuleViolation
from domain.scheduling.appointment import PlaceKind
from domain.scheduling.team import is_closed
from domain.training import SessionPurpose


class PlanChannel(StrEnum):
    """How the plan reached the citizen."""

    PRINTED = "printed"  # udskrevet og givet til borgeren
    LETTER = "letter"  # sendt som brev med posten
    DIGITAL_POST = "digital_post"


PLAN_CHANNEL_DANISH: dict[PlanChannel, str] = {
    PlanChannel.PRINTED: "udskrevet og givet til borgeren",
    PlanChannel.LETTER: "sendt som brev",
    PlanChannel.DIGITAL_POST: "sendt med Digital Post",
}

MAX_PLAN_SESSIONS = 200
"""A plan on paper lists at most this many sessions (a year of three a week is 156)."""


@dataclass(frozen=True, slots=True)
class PlannedSession:
    """A session of the course, as the plan needs it: when, what, where.

    A team's occurrence carries its team and the seat's first and (when given up) first free
    day; an appointment carries its purpose instead. Names are as the letter prints them."""

    starts_at: datetime
    ends_at: datetime
    place: PlaceKind
    purpose: SessionPurpose = SessionPurpose.TRAINING
    site_name: str | None = None
    site_address: str | None = None
    room_name: str | None = None
    team_id: uuid.UUID | None = None
    team_name: str | None = None
    seat_from: date | None = None
    seat_released_on: date | None = None

    @property
    def what(self) -> str:
        """What the session is, in Danish: the team's name, or the appointment's purpose."""
        if self.team_id is not None:
            return f"Hold: {self.team_name}" if self.team_name else "Hold"
        return PURPOSE_IN_PLAN[self.purpose]


PURPOSE_IN_PLAN: dict[SessionPurpose, str] = {
    SessionPurpose.TRAINING: "Individuel træning",
    SessionPurpose.INITIAL_ASSESSMENT: "Indledende samtale og undersøgelse",
    SessionPurpose.FOLLOW_UP: "Opfølgende samtale",
}


def _local_day(moment: datetime) -> date:
    return moment.astimezone(COPENHAGEN).date()


def _seated(session: PlannedSession) -> bool:
    """An occurrence belongs to the plan on the days the seat holds it."""
    day = _local_day(session.starts_at)
    if session.seat_from is not None and day < session.seat_from:
        return False
    return session.seat_released_on is None or day < session.seat_released_on


def coming_sessions(
    sessions: Iterable[PlannedSession], *, now: datetime, calendar: WorkingDayCalendar
) -> list[PlannedSession]:
    """The sessions from `now` on, in time order, left out on the days the centre is closed.

    Refuses an empty plan (nothing to send) and one longer than a letter can list."""
    if now.utcoffset() is None:
        raise ValueError("now must be an aware datetime")
    coming = sorted(
        (
            session
            for session in sessions
            if session.starts_at >= now
            and _seated(session)
            and not is_closed(_local_day(session.starts_at), calendar)
        ),
        key=lambda session: (session.starts_at, session.ends_at),
    )
    if not coming:
        raise RuleViolation(
            "Forløbet har ingen kommende træningstider, så der er ingen plan at sende.",
            field="course_id",
            rule="training_plan_empty",
        )
    if len(coming) > MAX_PLAN_SESSIONS:
        raise RuleViolation(
            f"Planen kan højst vise {MAX_PLAN_SESSIONS} træningstider; forløbet har"
            f" {len(coming)} kommende.",
            field="course_id",
            rule="training_plan_too_long",
        )
    return coming
