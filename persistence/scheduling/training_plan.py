"""The citizen's plan: a course's sessions with their places, and the plans sent.

Two statements read the sessions: the course's booked appointments with their site and room,
and the held occurrences of the teams it has a seat on with the team's site and room. The
domain (`coming_sessions`) picks the coming ones.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import and_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.scheduling import OccurrenceStatus, PlaceKind, PlanChannel, PlannedSession
from domain.training import Attendance, SessionPurpose
from persistence.centre import Site
from persistence.scheduling.models import Appointment, Room, TrainingPlanSent
from persistence.scheduling.team_models import Team, TeamOccurrence, TeamSeat


async def plan_sessions(
    session: AsyncSession, centre_id: uuid.UUID, course_id: uuid.UUID, *, after: datetime
) -> list[PlannedSession]:
    """The course's booked appointments and its seats' held occurrences starting at or after
    `after`, each with its place as the plan prints it."""
    booked = await session.execute(
        select(
            Appointment.starts_at, Appointment.ends_at, Appointment.place, Appointment.purpose,
            Site.name, Site.address, Room.name,
        )
        .outerjoin(Site, Site.id == Appointment.site_id)
        .outerjoin(Room, Room.id == Appointment.room_id)
        .where(
            Appointment.centre_id == centre_id, Appointment.course_id == course_id,
            Appointment.status == Attendance.BOOKED.value, Appointment.starts_at >= after,
        )
    )  # fmt: skip
    sessions = []
    for starts, ends, place, purpose, site_name, site_address, room_name in booked.all():
        sessions.append(
            PlannedSession(
                starts_at=starts,
                ends_at=ends,
                place=PlaceKind(place),
                purpose=SessionPurpose(purpose),
                site_name=site_name,
                site_address=site_address,
                room_name=room_name,
            )
        )
    seated = await session.execute(
        select(
            TeamOccurrence.starts_at, TeamOccurrence.ends_at, Team.id, Team.name, Site.name,
            Site.address, Room.name, TeamSeat.from_day, TeamSeat.released_on,
        )
        .join(TeamSeat, TeamSeat.team_id == TeamOccurrence.team_id)
        .join(Team, Team.id == TeamOccurrence.team_id)
        .join(Site, and_(Site.centre_id == Team.centre_id, Site.id == Team.site_id))
        .join(Room, Room.id == TeamOccurrence.room_id)
        .where(
            TeamSeat.centre_id == centre_id, TeamSeat.course_id == course_id,
            TeamOccurrence.status == OccurrenceStatus.PLANNED.value,
            TeamOccurrence.starts_at >= after,
        )
    )  # fmt: skip
    for row in seated.all():
        starts, ends, team_id, team_name, site_name, site_address, room_name = row[:7]
        sessions.append(
            PlannedSession(
                starts_at=starts,
                ends_at=ends,
                place=PlaceKind.SITE,
                site_name=site_name,
                site_address=site_address,
                room_name=room_name,
                team_id=team_id,
                team_name=team_name,
                seat_from=row[7],
                seat_released_on=row[8],
            )
        )
    return sessions


async def add_training_plan(
    session: AsyncSession,
    centre_id: uuid.UUID,
    course_id: uuid.UUID,
    *,
    letter_id: uuid.UUID,
    channel: PlanChannel,
    sessions: int,
    at: datetime,
    by: str,
) -> TrainingPlanSent:
    row = TrainingPlanSent(
        centre_id=centre_id, course_id=course_id, letter_id=letter_id, channel=channel.value,
        sessions=sessions, sent_at=at, sent_by=by,
    )  # fmt: skip
    session.add(row)
    await session.flush()
    return row


async def training_plans_of(
    session: AsyncSession, centre_id: uuid.UUID, course_id: uuid.UUID
) -> list[TrainingPlanSent]:
    """The plans sent for a course, the newest first."""
    rows = await session.scalars(
        select(TrainingPlanSent)
        .where(TrainingPlanSent.centre_id == centre_id, TrainingPlanSent.course_id == course_id)
        .order_by(TrainingPlanSent.sent_at.desc(), TrainingPlanSent.id.desc())
        .limit(100)
    )
    return list(rows)
