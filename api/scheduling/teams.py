"""Teams' use cases: create and read a team, move or cancel one occurrence or the rest of
the series, take a seat, wait for one, and offer a freed seat.

A seat or a place on the waiting list is made through its course, so it follows the
course's need-to-know rule (`api.training.visible_course`), and the team's page names a
seated or waiting citizen only where the caller may see their course. Every use of a
citizen's data is logged in the same transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date

from api.attendance import centre_cancelled, courses_on_team_from, recount_flags
from api.context import audit
from api.scheduling.schemas import clock
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
    WeeklyTimeIn,
    WeeklyTimeOut,
)
from api.training import may_see_course, visible_course
from api.unit_of_work import UnitOfWork
from domain.errors import NotFound
from domain.scheduling import WeeklyTime
from persistence import scheduling
from persistence.centre import get_site
from persistence.citizens import Citizen
from persistence.scheduling import TeamOccurrence, TeamRecord, TeamSeat, WaitingListEntry
from persistence.training import get_course


def _weekly(times: Iterable[WeeklyTimeIn]) -> list[WeeklyTime]:
    return [WeeklyTime(t.weekday, clock(t.starts), clock(t.ends)) for t in times]


def team_out(record: TeamRecord, seats_taken: int) -> TeamOut:
    row, facts = record.row, record.facts
    return TeamOut(
        id=row.id, name=row.name, site_id=row.site_id, room_id=row.room_id,
        discipline=facts.discipline,
        weekly_times=[WeeklyTimeOut(weekday=w.weekday, starts=w.starts.strftime("%H:%M"),
                                    ends=w.ends.strftime("%H:%M")) for w in facts.weekly_times],
        capacity=row.capacity, therapist_ids=list(row.therapist_ids), starts_on=row.starts_on,
        ends_on=row.ends_on, seats_taken=seats_taken,
    )  # fmt: skip


def occurrence_out(row: TeamOccurrence) -> OccurrenceOut:
    return OccurrenceOut.model_validate(row, from_attributes=True)


async def _site(work: UnitOfWork, site_id: uuid.UUID) -> None:
    await get_site(work.session, work.caller.centre_id, site_id)


async def create_team(work: UnitOfWork, body: TeamIn) -> TeamOut:
    """A team and its occurrences; no citizen's data is touched."""
    await _site(work, body.site_id)
    record = await scheduling.create_team(
        work.session, work.caller.centre_id, name=body.name, site_id=body.site_id,
        room_id=body.room_id, discipline=body.discipline, weekly_times=_weekly(body.weekly_times),
        capacity=body.capacity, therapist_ids=body.therapist_ids, starts_on=body.starts_on,
        ends_on=body.ends_on, created_by=work.caller.actor,
    )  # fmt: skip
    return team_out(record, 0)


async def list_teams(work: UnitOfWork, site_id: uuid.UUID | None) -> list[TeamOut]:
    """The centre's teams (of one site when asked), with their seats taken: three queries."""
    session, centre_id = work.session, work.caller.centre_id
    rows = await scheduling.teams_of_centre(session, centre_id, site_id=site_id)
    weekly = await scheduling.weekly_times_of(session, [row.id for row in rows])
    counts = await scheduling.seat_counts(session, [row.id for row in rows])
    return [
        team_out(TeamRecord(row, scheduling.team_facts(row, weekly.get(row.id, [])), []),
                 counts.get(row.id, 0))
        for row in rows
    ]  # fmt: skip


async def _names(
    work: UnitOfWork, entries: Sequence[TeamSeat | WaitingListEntry]
) -> dict[uuid.UUID, Citizen | None]:
    """The citizen of each course the caller may see, by course; None where they may not."""
    session, centre_id = work.session, work.caller.centre_id
    citizens = await scheduling.citizens_by_id(session, {entry.citizen_id for entry in entries})
    shown: dict[uuid.UUID, Citizen | None] = {}
    for entry in entries:
        course = await get_course(session, centre_id, entry.course_id)
        visible = await may_see_course(work, course)
        shown[entry.course_id] = citizens.get(entry.citizen_id) if visible else None
    return shown


def _waiting_out(entry: WaitingListEntry, citizen: Citizen | None) -> WaitingOut:
    return WaitingOut(
        course_id=entry.course_id, citizen_id=citizen.id if citizen else None,
        citizen_name=citizen.name if citizen else None, placed_at=entry.placed_at,
        offered_at=entry.offered_at,
    )  # fmt: skip


def _seat_out(seat: TeamSeat, citizen: Citizen | None) -> SeatOut:
    return SeatOut(
        id=seat.id, team_id=seat.team_id, course_id=seat.course_id,
        citizen_id=citizen.id if citizen else None,
        citizen_name=citizen.name if citizen else None, from_day=seat.from_day,
    )  # fmt: skip


async def team_detail(work: UnitOfWork, team_id: uuid.UUID) -> TeamDetailOut:
    """The team's page: occurrences, seats and waiting list; the citizens named are logged."""
    session, caller = work.session, work.caller
    record = await scheduling.get_team(session, caller.centre_id, team_id)
    seats = await scheduling.seats_of_team(session, team_id)
    waiting = await scheduling.waiting_list_of(session, team_id)
    names = await _names(work, [*seats, *waiting])
    await audit(session, caller, use="read",
                citizen_ids={c.id for c in names.values() if c is not None})  # fmt: skip
    return TeamDetailOut(
        **team_out(record, len(seats)).model_dump(),
        occurrences=[occurrence_out(row) for row in record.occurrences],
        seats=[_seat_out(seat, names[seat.course_id]) for seat in seats],
        waiting_list=[_waiting_out(entry, names[entry.course_id]) for entry in waiting],
    )


async def move_occurrence(
    work: UnitOfWork, team_id: uuid.UUID, planned_on: date, body: MoveIn
) -> OccurrenceOut:
    row = await scheduling.move_team_occurrence(
        work.session, work.caller.centre_id, team_id, planned_on,
        starts_at=body.starts_at, ends_at=body.ends_at, now=work.caller.now(),
    )  # fmt: skip
    return occurrence_out(row)


async def cancel_occurrence(
    work: UnitOfWork, team_id: uuid.UUID, planned_on: date
) -> OccurrenceOut:
    row = await scheduling.cancel_team_occurrence(
        work.session, work.caller.centre_id, team_id, planned_on, now=work.caller.now()
    )
    await centre_cancelled(work, [row.id])
    return occurrence_out(row)


async def change_rest_of_series(
    work: UnitOfWork, team_id: uuid.UUID, body: RestOfSeriesIn
) -> SeriesChangeOut:
    registered = await courses_on_team_from(work, team_id, body.from_day)
    record, change = await scheduling.change_rest(
        work.session, work.caller.centre_id, team_id, from_day=body.from_day,
        weekly_times=_weekly(body.weekly_times), now=work.caller.now(),
    )  # fmt: skip
    if change.removed:
        # The dropped dates' cancellations went with them (persistence.scheduling.change_rest
        # refuses to drop a held session): the flags they counted toward are recounted.
        await recount_flags(work, registered)
    return SeriesChangeOut(
        occurrences=[occurrence_out(row) for row in record.occurrences],
        removed=[occurrence.planned_on for occurrence in change.removed],
    )


async def cancel_rest_of_series(
    work: UnitOfWork, team_id: uuid.UUID, body: FromDayIn
) -> list[OccurrenceOut]:
    rows = await scheduling.cancel_rest_of_series(
        work.session, work.caller.centre_id, team_id, body.from_day, now=work.caller.now()
    )
    await centre_cancelled(work, [row.id for row in rows])
    return [occurrence_out(row) for row in rows]


async def _team_exists(work: UnitOfWork, team_id: uuid.UUID) -> None:
    """The team the address names: an unknown one is the address's 404."""
    try:
        await scheduling.get_team(work.session, work.caller.centre_id, team_id)
    except NotFound as unknown:
        raise NotFound(unknown.message) from None


async def take_seat(work: UnitOfWork, team_id: uuid.UUID, body: SeatIn) -> SeatOut:
    """A seat for the course; a full team is a 409 offering its waiting list."""
    session, caller = work.session, work.caller
    await _team_exists(work, team_id)
    course = await visible_course(work, body.course_id, use="change")
    record = await scheduling.get_team(session, caller.centre_id, team_id)
    seat = await scheduling.take_seat(
        session, caller.centre_id, team_id, course.id,
        from_day=body.from_day or max(caller.today(), record.row.starts_on),
        booked_by=caller.actor, now=caller.now(),
    )  # fmt: skip
    await audit(session, caller, use="change", citizen_ids=[course.citizen_id])
    citizen = (await scheduling.citizens_by_id(session, {course.citizen_id}))[course.citizen_id]
    return _seat_out(seat, citizen)


async def release_seat(
    work: UnitOfWork, team_id: uuid.UUID, seat_id: uuid.UUID, body: ReleaseIn
) -> SeatOut:
    session, caller = work.session, work.caller
    seats = {seat.id: seat for seat in await scheduling.seats_of_team(session, team_id)}
    if seat_id not in seats:
        raise NotFound("Pladsen findes ikke.")
    course = await visible_course(work, seats[seat_id].course_id, use="change")
    seat = await scheduling.release_seat(session, caller.centre_id, team_id, seat_id, on=body.on)
    await audit(session, caller, use="change", citizen_ids=[course.citizen_id])
    return _seat_out(seat, None)


async def join_waiting_list(work: UnitOfWork, team_id: uuid.UUID, body: WaitingIn) -> WaitingOut:
    session, caller = work.session, work.caller
    await _team_exists(work, team_id)
    course = await visible_course(work, body.course_id, use="change")
    entry = await scheduling.join_team_waiting_list(
        session, caller.centre_id, team_id, course.id, placed_by=caller.actor, now=caller.now()
    )
    await audit(session, caller, use="change", citizen_ids=[course.citizen_id])
    citizen = (await scheduling.citizens_by_id(session, {course.citizen_id}))[course.citizen_id]
    return _waiting_out(entry, citizen)


async def _offer_out(work: UnitOfWork, entry: WaitingListEntry | None) -> OfferOut:
    if entry is None:
        return OfferOut(offered=None)
    names = await _names(work, [entry])
    citizen = names[entry.course_id]
    await audit(work.session, work.caller, use="change", citizen_ids=[entry.citizen_id])
    return OfferOut(offered=_waiting_out(entry, citizen))


async def offer_seat(work: UnitOfWork, team_id: uuid.UUID) -> OfferOut:
    """The team leader's confirmation: the free seat goes to the first waiting."""
    entry = await scheduling.offer_seat(
        work.session, work.caller.centre_id, team_id, now=work.caller.now()
    )
    return await _offer_out(work, entry)


async def decline_seat(work: UnitOfWork, team_id: uuid.UUID, course_id: uuid.UUID) -> OfferOut:
    """The citizen declines; the seat is offered to the next waiting (the answer)."""
    course = await visible_course(work, course_id, use="change")
    entry = await scheduling.decline_seat(
        work.session, work.caller.centre_id, team_id, course.id, now=work.caller.now()
    )
    await audit(work.session, work.caller, use="change", citizen_ids=[course.citizen_id])
    return await _offer_out(work, entry)
