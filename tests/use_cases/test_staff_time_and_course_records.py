"""Staff time, rooms, home helpers, the course's plan content and journal, and a session
marked attended, without HTTP. The clock stands at Monday 23 November 2026, 10:00 in
Copenhagen."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from api.scheduling.schemas import AbsenceIn, BookingIn, WorkingHoursIn
from api.scheduling.use_cases import (
    add_absence,
    add_home_helper,
    add_room,
    book,
    list_home_helpers,
    list_rooms,
    mark_attended,
    set_working_hours,
    staff_week,
    working_hours,
)
from api.training.schemas import CoursePlanIn, NoteIn, ServicesIn
from api.training.use_cases import add_note, set_plan, set_services
from domain.errors import NotFound
from domain.training import TRAINING_SERVICES
from tests.use_cases.conftest import Centre
from tests.use_cases.test_scheduling import _course, _home_visit


async def test_a_working_week_is_kept_and_read_back(centre: Centre) -> None:
    staff_id = centre.leader.principal.id
    week = WorkingHoursIn.model_validate(
        {"hours": [{"weekday": 1, "starts": "08:00", "ends": "15:30"}]}
    )
    await centre.leader(set_working_hours, staff_id, week)
    read = await centre.leader(working_hours, staff_id)
    assert [(s.weekday, s.starts, s.ends) for s in read.hours] == [(1, "08:00", "15:30")]


async def test_an_absence_lists_the_booking_it_hits(centre: Centre) -> None:
    course_id, _ = await _course(centre)
    staff_id = centre.leader.principal.id
    booked = await centre.leader(book, _home_visit(course_id, staff_id))
    absence = AbsenceIn.model_validate(
        {"kind": "illness", "first_day": "2026-11-23", "last_day": "2026-11-24"}
    )
    added = await centre.leader(add_absence, staff_id, absence)
    assert [hit.id for hit in added.hits] == [booked.id]


async def test_rooms_and_home_helpers_are_added_and_listed(centre: Centre) -> None:
    site_id = centre.sites["syd"]
    room = await centre.leader(add_room, site_id, "Sal 1", 8)
    assert [(r.id, r.capacity) for r in await centre.leader(list_rooms, site_id)] == [(room.id, 8)]
    with pytest.raises(NotFound):
        await centre.leader(list_rooms, uuid.uuid4())
    helper = await centre.leader(add_home_helper, "Hanne Hjælper", "Hjemmeplejen Syd")
    assert [h.id for h in await centre.leader(list_home_helpers)] == [helper.id]


async def test_content_and_a_corrected_note_show_on_the_course(centre: Centre) -> None:
    course_id, _ = await _course(centre)
    code = uuid.UUID(TRAINING_SERVICES[0].code)
    shown = await centre.leader(set_services, course_id, ServicesIn(codes=[code]))
    assert [s.code for s in shown.services] == [str(code)]
    first = await centre.leader(add_note, course_id, NoteIn(text="Gik 20 m"))
    [note] = first.notes
    fixed = await centre.leader(add_note, course_id, NoteIn(text="Gik 200 m", corrects_id=note.id))
    assert [(n.text, n.corrected) for n in fixed.notes] == [
        ("Gik 20 m", True),
        ("Gik 200 m", False),
    ]


async def test_a_session_held_is_marked_attended_and_shows_in_the_week(centre: Centre) -> None:
    course_id, _ = await _course(centre)
    staff_id = centre.leader.principal.id
    earlier = {"starts_at": "2026-11-23T08:00:00+01:00", "ends_at": "2026-11-23T09:00:00+01:00"}
    visit = BookingIn.model_validate(
        {**_home_visit(course_id, staff_id).model_dump(mode="json"), **earlier}
    )
    booked = await centre.leader(book, visit)
    marked = await centre.leader(mark_attended, booked.id)
    assert marked.status == "attended"
    week = await centre.leader(staff_week, staff_id, date(2026, 11, 23), date(2026, 11, 29))
    assert [item.id for item in week] == [booked.id]


async def test_a_plan_names_its_therapists_and_period(centre: Centre) -> None:
    course_id, _ = await _course(centre)
    plan = CoursePlanIn.model_validate(
        {
            "disciplines": ["physiotherapy"], "form": "individual_at_home",
            "therapist_ids": [str(centre.leader.principal.id)], "started_on": "2026-11-23",
            "planned_end_on": "2027-02-19",
        }
    )  # fmt: skip
    shown = await centre.leader(set_plan, course_id, plan)
    assert shown.therapist_ids == [centre.leader.principal.id]
    assert shown.planned_end_on == date(2027, 2, 19)
    with pytest.raises(NotFound):
        await centre.north(set_plan, course_id, plan)
