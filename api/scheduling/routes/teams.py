"""Teams (hold): the team and its occurrences, seats, the waiting list and seat offers."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, status

from api.context import guard
from api.fields import CalendarDate
from api.scheduling import teams
from api.scheduling.team_schemas import (
    FromDayIn,
    MoveIn,
    OccurrenceOut,
    OfferOut,
    ReleaseIn,
    RestOfSeriesIn,
    SeatIn,
    SeatOut,
    SeriesChangeOut,
    TeamDetailOut,
    TeamIn,
    TeamOut,
    WaitingIn,
    WaitingOut,
)
from api.unit_of_work import Work
from domain.access import Permission

router = APIRouter(tags=["teams"])
MANAGE = guard(Permission.SCHEDULING_MANAGE)
READ_TEAMS = guard(Permission.CENTRE_READ)
READ = guard(Permission.COURSES_READ, citizen_data="read")
CHANGE = guard(Permission.COURSES_WRITE, citizen_data="change")
# The team leader confirms the offer of a freed seat; the offer names the citizen.
OFFER = guard(Permission.SCHEDULING_MANAGE, citizen_data="change")
PlannedOn = Annotated[CalendarDate, Path(description="The date the weekly pattern planned.")]
CLASH: dict[int | str, dict[str, Any]] = {
    409: {"description": "A clash: `rule` names it (team_occurrence_clash, room_double_booked)"}
}


@router.post(
    "/teams", operation_id="teams-create", status_code=status.HTTP_201_CREATED,
    responses=CLASH, **MANAGE,
)  # fmt: skip
async def create(body: TeamIn, work: Work) -> TeamOut:
    """Create a team; its occurrences are planned from the weekly times, skipping closure
    days and public holidays. Refused: a room smaller than the capacity (422,
    `team_room_capacity`), a room of another site, the room taken at one of its times (409)."""
    return await teams.create_team(work, body)


@router.get("/teams", operation_id="teams-list", **READ_TEAMS)
async def list_teams(
    work: Work, site_id: Annotated[uuid.UUID | None, Query(description="One site's.")] = None
) -> list[TeamOut]:
    """The centre's teams with their seats taken."""
    return await teams.list_teams(work, site_id)


@router.get("/teams/{team_id}", operation_id="teams-get", **READ)
async def get(team_id: uuid.UUID, work: Work) -> TeamDetailOut:
    """The team with its occurrences, seats and waiting list (citizens named where the
    caller may see their course)."""
    return await teams.team_detail(work, team_id)


@router.post(
    "/teams/{team_id}/occurrences/{planned_on}/move", operation_id="teams-move_occurrence",
    responses=CLASH, **MANAGE,
)  # fmt: skip
async def move_occurrence(
    team_id: uuid.UUID, planned_on: PlannedOn, body: MoveIn, work: Work
) -> OccurrenceOut:
    """New times for one occurrence (held again if it was cancelled); no other changes.
    Refused on a closure day, over another occurrence of the team or a booking of its room."""
    return await teams.move_occurrence(work, team_id, planned_on, body)


@router.post(
    "/teams/{team_id}/occurrences/{planned_on}/cancel", operation_id="teams-cancel_occurrence",
    **MANAGE,
)  # fmt: skip
async def cancel_occurrence(team_id: uuid.UUID, planned_on: PlannedOn, work: Work) -> OccurrenceOut:
    """Aflys one occurrence; its row stays, cancelled."""
    return await teams.cancel_occurrence(work, team_id, planned_on)


@router.post(
    "/teams/{team_id}/rest-of-series", operation_id="teams-change_rest_of_series",
    responses=CLASH, **MANAGE,
)  # fmt: skip
async def change_rest(team_id: uuid.UUID, body: RestOfSeriesIn, work: Work) -> SeriesChangeOut:
    """New weekly times from a date to the team's end: one row per planned date, the dates
    the new times drop removed (listed), earlier occurrences unchanged."""
    return await teams.change_rest_of_series(work, team_id, body)


@router.post(
    "/teams/{team_id}/rest-of-series/cancel", operation_id="teams-cancel_rest_of_series",
    **MANAGE,
)  # fmt: skip
async def cancel_rest(team_id: uuid.UUID, body: FromDayIn, work: Work) -> list[OccurrenceOut]:
    """Aflys every occurrence from a date; the rows stay."""
    return await teams.cancel_rest_of_series(work, team_id, body)


@router.post(
    "/teams/{team_id}/seats", operation_id="teams-take_seat",
    status_code=status.HTTP_201_CREATED,
    responses={409: {"description": "The team is full (`waiting_list_offered`: true), or the "
                                    "course has a seat already"}},
    **CHANGE,
)  # fmt: skip
async def take_seat(team_id: uuid.UUID, body: SeatIn, work: Work) -> SeatOut:
    """A seat for a course: an open course of the team's site and discipline, within the
    weekly team limit. A full team answers 409 with `waiting_list_offered`; a seat offered
    to another course is not free; the course offered a seat takes it here."""
    return await teams.take_seat(work, team_id, body)


@router.post(
    "/teams/{team_id}/seats/{seat_id}/release", operation_id="teams-release_seat", **CHANGE
)
async def release_seat(
    team_id: uuid.UUID, seat_id: uuid.UUID, body: ReleaseIn, work: Work
) -> SeatOut:
    """The seat is given up from a day; the team leader may then offer it."""
    return await teams.release_seat(work, team_id, seat_id, body)


@router.post(
    "/teams/{team_id}/waiting-list", operation_id="teams-join_waiting_list",
    status_code=status.HTTP_201_CREATED, **CHANGE,
)  # fmt: skip
async def join_waiting_list(team_id: uuid.UUID, body: WaitingIn, work: Work) -> WaitingOut:
    """The course joins the end of the waiting list, once."""
    return await teams.join_waiting_list(work, team_id, body)


@router.post("/teams/{team_id}/waiting-list/offer", operation_id="teams-offer_seat", **OFFER)
async def offer_seat(team_id: uuid.UUID, work: Work) -> OfferOut:
    """The team leader confirms: a free seat is offered to the first waiting without an
    offer, and held for them. Refused when no seat is free (`no_free_seat`)."""
    return await teams.offer_seat(work, team_id)


@router.post(
    "/teams/{team_id}/waiting-list/{course_id}/decline", operation_id="teams-decline_seat",
    **CHANGE,
)  # fmt: skip
async def decline_seat(team_id: uuid.UUID, course_id: uuid.UUID, work: Work) -> OfferOut:
    """The citizen declines the seat offered and leaves the list; the next waiting is
    offered it."""
    return await teams.decline_seat(work, team_id, course_id)
