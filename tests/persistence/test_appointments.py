"""Booking individual appointments on real PostgreSQL: every rule refuses with nothing
written, overlaps are refused by the database and name the booking they meet, and two
bookings at once of one therapist, one full room or one citizen give exactly one.

Copenhagen is UTC+1 in winter: 10:00 there is 09:00 UTC. Week 53 of 2026 runs Monday
28 December 2026 to Sunday 3 January 2027; Thursday 31 December is a closure day and Friday
1 January a holiday, so its working days are 28, 29 and 30 December.
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from domain.errors import NotFound, RuleViolation
from domain.scheduling import (
    AbsenceKind,
    BookingClash,
    Place,
    PlaceKind,
    ProviderKind,
    Resource,
    StaffUnavailable,
    record_absence,
)
from domain.training import (
    ExceptionReason,
    FrequencyLimitExceeded,
    OutsideCourse,
    SessionPurpose,
    record_exception,
)
from persistence.scheduling import (
    Appointment,
    Booking,
    add_absence,
    add_home_helper,
    book_appointment,
    cancel_appointment,
)
from persistence.training import add_frequency_exception, get_course
from tests.conftest import count_rows
from tests.persistence.conftest import World

HOME = Place(PlaceKind.HOME)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def session_at(world: World, day: date, hour_utc: int = 9, **changes: object) -> Booking:
    """A one-hour individual session of the genoptræning course, at the citizen's home."""
    booking = Booking(
        centre_id=world.centre_id,
        citizen_id=world.rehab_citizen,
        course_id=world.rehab_course,
        purpose=SessionPurpose.TRAINING,
        provider=ProviderKind.THERAPIST,
        staff_id=world.therapists[0],
        place=HOME,
        starts_at=utc(day.year, day.month, day.day, hour_utc),
        ends_at=utc(day.year, day.month, day.day, hour_utc + 1),
        booked_by="terapeut1",
    )
    return replace(booking, **changes)  # type: ignore[arg-type]


async def book(engine: AsyncEngine, booking: Booking) -> Appointment:
    async with engine.begin() as connection:
        return await book_appointment(AsyncSession(bind=connection), booking)


async def book_and_hold(engine: AsyncEngine, booking: Booking) -> uuid.UUID:
    """Book, then keep the transaction open a moment before committing, so a booking made
    at the same time meets this one uncommitted."""
    async with engine.begin() as connection:
        appointment = await book_appointment(AsyncSession(bind=connection), booking)
        await asyncio.sleep(0.3)
        return appointment.id


async def test_a_booking_is_kept_with_its_place_and_supervision(
    world: World, service_engine: AsyncEngine, engine: AsyncEngine
) -> None:
    booked = await book(service_engine, session_at(world, date(2027, 1, 4)))
    assert booked.status == "booked"
    assert booked.case_id == world.rehab_case  # goes with the case by retention
    assert await count_rows(engine, "appointments") == 1


async def test_one_therapist_double_booked_is_refused_naming_the_booking(
    world: World, service_engine: AsyncEngine, engine: AsyncEngine
) -> None:
    first = await book(service_engine, session_at(world, date(2027, 1, 4)))
    # 9:30-10:30 UTC meets 9:00-10:00 UTC; another citizen, so only the therapist clashes.
    other = session_at(
        world,
        date(2027, 1, 4),
        citizen_id=world.third_citizen,
        course_id=None,
        case_id=world.third_case,
        purpose=SessionPurpose.INITIAL_ASSESSMENT,
        starts_at=utc(2027, 1, 4, 9, 30),
        ends_at=utc(2027, 1, 4, 10, 30),
    )
    with pytest.raises(BookingClash) as refused:
        await book(service_engine, other)
    assert refused.value.resource is Resource.STAFF
    assert refused.value.clashing_appointment_id == first.id
    assert await count_rows(engine, "appointments") == 1
    # Back to back is no overlap: 10:00-11:00 UTC.
    await book(
        service_engine, replace(other, starts_at=utc(2027, 1, 4, 10), ends_at=utc(2027, 1, 4, 11))
    )


async def test_a_cancelled_booking_frees_its_time(
    world: World, service_engine: AsyncEngine
) -> None:
    first = await book(service_engine, session_at(world, date(2027, 1, 4)))
    async with service_engine.begin() as connection:
        await cancel_appointment(
            AsyncSession(bind=connection), world.centre_id, first.id, now=utc(2027, 1, 2, 12)
        )
    again = await book(service_engine, session_at(world, date(2027, 1, 4)))
    assert again.id != first.id


async def test_outside_working_hours_needs_a_reason(
    world: World, service_engine: AsyncEngine, engine: AsyncEngine
) -> None:
    # 15:30-16:30 in Copenhagen runs past 16:00.
    late = session_at(
        world, date(2027, 1, 4), starts_at=utc(2027, 1, 4, 14, 30), ends_at=utc(2027, 1, 4, 15, 30)
    )
    with pytest.raises(StaffUnavailable) as refused:
        await book(service_engine, late)
    assert refused.value.rule == "outside_working_hours"
    assert await count_rows(engine, "appointments") == 0
    kept = await book(service_engine, replace(late, outside_hours_reason="Borgeren arbejder"))
    assert kept.outside_hours_reason == "Borgeren arbejder"


async def test_an_absence_refuses_bookings_and_lists_the_ones_it_hits(
    world: World, service_engine: AsyncEngine
) -> None:
    tuesday = await book(service_engine, session_at(world, date(2027, 1, 5)))
    await book(service_engine, session_at(world, date(2027, 1, 7)))
    async with service_engine.begin() as connection:
        _, hit = await add_absence(
            AsyncSession(bind=connection),
            world.centre_id,
            world.therapists[0],
            record_absence(
                AbsenceKind.ILLNESS, first_day=date(2027, 1, 5), last_day=date(2027, 1, 6)
            ),
            note=None,
            recorded_by="leder",
        )
    assert [appointment.id for appointment in hit] == [tuesday.id]
    with pytest.raises(StaffUnavailable, match="sygdom"):
        await book(service_engine, session_at(world, date(2027, 1, 6)))


async def test_closure_days_and_the_course_period_refuse_bookings(
    world: World, service_engine: AsyncEngine, engine: AsyncEngine
) -> None:
    with pytest.raises(RuleViolation) as refused:
        await book(service_engine, session_at(world, date(2026, 12, 31)))
    assert refused.value.rule == "closure_day"
    # The course runs 1 December 2026 to its planned end 31 March 2027.
    with pytest.raises(OutsideCourse) as refused:
        await book(service_engine, session_at(world, date(2026, 11, 30)))
    assert refused.value.rule == "course_period"
    with pytest.raises(OutsideCourse):
        await book(service_engine, session_at(world, date(2027, 4, 1)))
    async with engine.begin() as connection:
        await connection.execute(
            text("UPDATE courses SET status = 'ended', ended_on = '2027-01-15' WHERE id = :id"),
            {"id": world.rehab_course},
        )
    with pytest.raises(OutsideCourse) as refused:
        await book(service_engine, session_at(world, date(2027, 1, 11)))
    assert refused.value.rule == "course_open"
    assert await count_rows(engine, "appointments") == 0


async def test_the_frequency_limit_across_new_year_and_its_exception(
    world: World, service_engine: AsyncEngine, engine: AsyncEngine
) -> None:
    for day in (28, 29, 30):
        await book(service_engine, session_at(world, date(2026, 12, day)))
    # Saturday 2 January 2027 is still week 53 of 2026: a fourth session is refused.
    saturday = session_at(world, date(2027, 1, 2), outside_hours_reason="Weekend efter aftale")
    with pytest.raises(FrequencyLimitExceeded) as refused:
        await book(service_engine, saturday)
    assert str(refused.value.week) == "uge 53 2026"
    assert refused.value.limit == 3
    assert await count_rows(engine, "appointments") == 3
    # Monday 4 January 2027 starts week 1 of 2027.
    await book(service_engine, session_at(world, date(2027, 1, 4)))
    # An exception for 1-3 January lets the Saturday through.
    async with service_engine.begin() as connection:
        session = AsyncSession(bind=connection)
        course = await get_course(session, world.centre_id, world.rehab_course)
        await add_frequency_exception(
            session,
            course,
            record_exception(
                ExceptionReason.ACQUIRED_BRAIN_INJURY,
                note=None,
                starts_on=date(2027, 1, 1),
                ends_on=date(2027, 1, 3),
            ),
            by="terapeut1",
        )
    await book(service_engine, saturday)
    assert await count_rows(engine, "appointments") == 5


async def test_an_initial_conversation_does_not_count_toward_the_limit(
    world: World, service_engine: AsyncEngine
) -> None:
    for day in (28, 29, 30):
        await book(service_engine, session_at(world, date(2026, 12, day)))
    follow_up = session_at(world, date(2026, 12, 30), hour_utc=12, purpose=SessionPurpose.FOLLOW_UP)
    await book(service_engine, follow_up)


async def test_assistants_and_home_helpers_only_under_supervision_of_maintenance(
    world: World, service_engine: AsyncEngine, engine: AsyncEngine
) -> None:
    assistant = session_at(
        world,
        date(2027, 1, 4),
        provider=ProviderKind.TRAINING_ASSISTANT,
        staff_id=world.assistant,
        supervisor_id=world.therapists[0],
    )
    with pytest.raises(RuleViolation) as refused:
        await book(service_engine, assistant)
    assert refused.value.rule == "supervision_maintenance_only"
    upkeep = replace(
        assistant, citizen_id=world.maintenance_citizen, course_id=world.maintenance_course
    )
    with pytest.raises(RuleViolation) as refused:
        await book(service_engine, replace(upkeep, supervisor_id=None))
    assert refused.value.field == "supervisor_id"
    kept = await book(service_engine, upkeep)
    assert kept.supervisor_id == world.therapists[0]
    async with service_engine.begin() as connection:
        helper = await add_home_helper(
            AsyncSession(bind=connection),
            world.centre_id,
            name="Hanne Hjælper",
            home_care_unit="Hjemmeplejen Nord",
        )
    by_helper = replace(
        upkeep,
        provider=ProviderKind.HOME_HELPER,
        staff_id=None,
        home_helper_id=helper.id,
        starts_at=utc(2027, 1, 5, 9),
        ends_at=utc(2027, 1, 5, 10),
    )
    assert (await book(service_engine, by_helper)).home_helper_id == helper.id
    assert await count_rows(engine, "appointments") == 2


async def test_a_room_holds_its_capacity(world: World, service_engine: AsyncEngine) -> None:
    in_hall = Place(PlaceKind.SITE, world.syd, world.hall)
    first = await book(service_engine, session_at(world, date(2027, 1, 4), place=in_hall))
    second = session_at(
        world,
        date(2027, 1, 4),
        place=in_hall,
        citizen_id=world.third_citizen,
        course_id=None,
        case_id=world.third_case,
        purpose=SessionPurpose.INITIAL_ASSESSMENT,
        staff_id=world.therapists[1],
    )
    await book(service_engine, second)  # the hall holds two
    third = replace(
        second,
        citizen_id=world.maintenance_citizen,
        case_id=None,
        course_id=world.maintenance_course,
        purpose=SessionPurpose.TRAINING,
        staff_id=world.therapists[2],
    )
    with pytest.raises(BookingClash) as refused:
        await book(service_engine, third)
    assert refused.value.resource is Resource.ROOM
    assert refused.value.clashing_appointment_id == first.id
    with pytest.raises(NotFound):
        await book(
            service_engine, replace(third, place=Place(PlaceKind.SITE, world.syd, uuid.uuid4()))
        )


async def _exactly_one(engine: AsyncEngine, first: Booking, second: Booking) -> BookingClash:
    results = await asyncio.gather(
        book_and_hold(engine, first), book_and_hold(engine, second), return_exceptions=True
    )
    won = [result for result in results if isinstance(result, uuid.UUID)]
    lost = [result for result in results if isinstance(result, BookingClash)]
    assert len(won) == 1, results
    assert len(lost) == 1, results
    assert lost[0].clashing_appointment_id == won[0]
    assert await count_rows(engine, "appointments") == 1
    return lost[0]


async def test_two_simultaneous_bookings_of_one_therapist_give_exactly_one(
    world: World, service_engine: AsyncEngine
) -> None:
    first = session_at(world, date(2027, 1, 4))
    second = session_at(
        world,
        date(2027, 1, 4),
        citizen_id=world.third_citizen,
        course_id=None,
        case_id=world.third_case,
        purpose=SessionPurpose.INITIAL_ASSESSMENT,
    )
    lost = await _exactly_one(service_engine, first, second)
    assert lost.resource is Resource.STAFF


async def test_two_simultaneous_bookings_of_one_citizen_give_exactly_one(
    world: World, service_engine: AsyncEngine
) -> None:
    first = session_at(world, date(2027, 1, 4))
    second = session_at(
        world,
        date(2027, 1, 4),
        staff_id=world.therapists[1],
        starts_at=utc(2027, 1, 4, 9, 30),
        ends_at=utc(2027, 1, 4, 10, 30),
    )
    lost = await _exactly_one(service_engine, first, second)
    assert lost.resource is Resource.CITIZEN


async def test_two_simultaneous_bookings_of_a_room_at_capacity_give_exactly_one(
    world: World, service_engine: AsyncEngine
) -> None:
    room = Place(PlaceKind.SITE, world.syd, world.room)  # room for one
    first = session_at(world, date(2027, 1, 4), place=room)
    second = session_at(
        world,
        date(2027, 1, 4),
        place=room,
        citizen_id=world.third_citizen,
        course_id=None,
        case_id=world.third_case,
        purpose=SessionPurpose.INITIAL_ASSESSMENT,
        staff_id=world.therapists[1],
    )
    lost = await _exactly_one(service_engine, first, second)
    assert lost.resource is Resource.ROOM


async def test_a_case_supervisor_or_staff_of_another_citizen_or_nobody_is_unknown(
    world: World, service_engine: AsyncEngine, engine: AsyncEngine
) -> None:
    conversation = session_at(
        world,
        date(2027, 1, 4),
        citizen_id=world.third_citizen,
        course_id=None,
        case_id=world.rehab_case,
        purpose=SessionPurpose.INITIAL_ASSESSMENT,
    )
    with pytest.raises(NotFound) as refused:
        await book(service_engine, conversation)  # the case is another citizen's
    assert refused.value.field == "case_id"
    with pytest.raises(NotFound) as refused:
        await book(service_engine, session_at(world, date(2027, 1, 4), staff_id=uuid.uuid4()))
    assert refused.value.field == "staff_id"
    upkeep = session_at(
        world,
        date(2027, 1, 4),
        citizen_id=world.maintenance_citizen,
        course_id=world.maintenance_course,
        provider=ProviderKind.TRAINING_ASSISTANT,
        supervisor_id=uuid.uuid4(),
    )
    with pytest.raises(NotFound) as refused:
        await book(service_engine, upkeep)
    assert refused.value.field == "supervisor_id"
    assert await count_rows(engine, "appointments") == 0


async def test_two_simultaneous_bookings_of_the_weeks_last_session_give_exactly_one(
    world: World, service_engine: AsyncEngine, engine: AsyncEngine
) -> None:
    for day in (28, 29):
        await book(service_engine, session_at(world, date(2026, 12, day)))
    # Two therapists book Wednesday 30 December at different hours: the week's third session.
    morning = session_at(world, date(2026, 12, 30), hour_utc=8)
    noon = session_at(world, date(2026, 12, 30), hour_utc=11, staff_id=world.therapists[1])
    results = await asyncio.gather(
        book_and_hold(service_engine, morning),
        book_and_hold(service_engine, noon),
        return_exceptions=True,
    )
    refused = [result for result in results if isinstance(result, FrequencyLimitExceeded)]
    assert len(refused) == 1, results
    assert str(refused[0].week) == "uge 53 2026"
    assert await count_rows(engine, "appointments") == 3


async def test_the_provider_is_booked_in_the_role_they_hold(
    world: World, service_engine: AsyncEngine, engine: AsyncEngine
) -> None:
    upkeep = session_at(
        world, date(2027, 1, 4), citizen_id=world.maintenance_citizen,
        course_id=world.maintenance_course, provider=ProviderKind.TRAINING_ASSISTANT,
        staff_id=world.therapists[1], supervisor_id=world.therapists[0],
    )  # fmt: skip
    with pytest.raises(RuleViolation) as refused:
        await book(service_engine, upkeep)
    assert (refused.value.rule, refused.value.field) == ("provider_role", "staff_id")
    as_therapist = session_at(world, date(2027, 1, 4), staff_id=world.assistant)
    with pytest.raises(RuleViolation) as refused:
        await book(service_engine, as_therapist)
    assert (refused.value.rule, refused.value.field) == ("provider_role", "staff_id")
    assert await count_rows(engine, "appointments") == 0
