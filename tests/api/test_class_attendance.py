"""Attendance on class seats over HTTP, with hand-worked sequences: a whole class registered
in one request; a course's flags counting its appointments and its seats together; illness
and the centre's cancellations not counted, sent home counting toward neither, corrections
moving the counts back; a cancelled occurrence refused; bad input a problem naming the rule
and field with nothing written; two registrations of one seat at once leaving one; the
citizens logged.

The clock stands at Monday 23 November 2026, 10:00 in Copenhagen. The team (test_teams's
Knæholdet, capacity raised to 3) meets on Tuesdays 10:00-11:00 (09:00-10:00 UTC): 1, 8 and
15 December. Individual sessions are booked at 18:00 on 24, 25 and 26 November.
"""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from api.clock import FixedClock
from tests.api.helpers import started_course
from tests.api.test_attendance import (
    FRIDAY_27_NOON,
    WEEK_48,
    cancelled,
    events,
    mark,
    move_clock,
    sessions,
)
from tests.api.test_teams import new_team
from tests.conftest import log_in, make_client

TUESDAY_1_HALF_PAST_TEN = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
TUESDAY_15_NOON = datetime(2026, 12, 15, 11, 0, tzinfo=UTC)
OTHER_CPRS = ("030380-3333", "020280-2222")


async def seated(
    client: httpx.AsyncClient, course_ids: list[str]
) -> tuple[str, list[str], list[str]]:
    """A team with the courses seated: (team id, occurrence ids by date, seat ids)."""
    team = await new_team(client, capacity=3)
    seats = []
    for course in course_ids:
        made = await client.post(f"/api/v1/teams/{team['id']}/seats", json={"course_id": course})
        assert made.status_code == 201, made.text
        seats.append(made.json()["id"])
    page = (await client.get(f"/api/v1/teams/{team['id']}")).json()
    return team["id"], [o["id"] for o in page["occurrences"]], seats


async def register(
    client: httpx.AsyncClient, occurrence: str, *marks: dict[str, Any]
) -> httpx.Response:
    return await client.post(
        f"/api/v1/team-occurrences/{occurrence}/attendance", json={"marks": list(marks)}
    )


def seat_mark(seat: str, attendance: str, **more: Any) -> dict[str, Any]:
    return {"seat_id": seat, "attendance": attendance, **more}


async def three_seated(client: httpx.AsyncClient) -> tuple[list[str], str, list[str], list[str]]:
    courses = [(await started_course(client))["id"]]
    for cpr in OTHER_CPRS:
        courses.append((await started_course(client, cpr=cpr))["id"])
    team, occurrences, seats = await seated(client, courses)
    return courses, team, occurrences, seats


async def test_a_whole_class_is_registered_in_one_request(
    client: httpx.AsyncClient, clock: FixedClock, engine: AsyncEngine
) -> None:
    courses, _, (tuesday_1, *_), seats = await three_seated(client)
    # Before the class only a cancellation can be registered; one refusal writes nothing.
    early = await register(
        client, tuesday_1, seat_mark(seats[0], "cancelled", **cancelled()),
        seat_mark(seats[1], "attended"),
    )  # fmt: skip
    assert (early.status_code, early.json()["rule"]) == (422, "attendance_after_start")
    assert early.json()["errors"][0]["field"] == "marks.1.attendance"
    assert await events(engine) == 0
    await move_clock(client, clock, TUESDAY_1_HALF_PAST_TEN)
    done = await register(
        client, tuesday_1, seat_mark(seats[0], "attended"), seat_mark(seats[1], "attended"),
        seat_mark(seats[2], "no_show"),
    )  # fmt: skip
    assert done.status_code == 201, done.text
    answer = done.json()
    assert [r["attendance"] for r in answer["registrations"]] == ["attended", "attended", "no_show"]
    counts = {
        c["course_id"]: (c["no_shows"], c["cancellations"], c["flags"]) for c in answer["courses"]
    }
    assert counts == {courses[0]: (0, 0, []), courses[1]: (0, 0, []), courses[2]: (1, 0, [])}
    assert await events(engine) == 3
    shown = (await client.get(f"/api/v1/team-occurrences/{tuesday_1}/attendance")).json()
    assert (shown["status"], shown["begun"]) == ("planned", True)
    by_seat = {s["seat_id"]: s for s in shown["seats"]}
    assert [by_seat[seat]["attendance"] for seat in seats] == ["attended", "attended", "no_show"]
    assert by_seat[seats[0]]["citizen_name"] == "Test Testesen"
    day = (await client.get("/api/v1/attendance/classes", params={"on": "2026-12-01"})).json()
    assert [(c["occurrence_id"], len(c["seats"])) for c in day] == [(tuesday_1, 3)]
    # The course's own page lists the seat's registration.
    course = (await client.get(f"/api/v1/courses/{courses[2]}/attendance")).json()
    [registration] = course["registrations"]
    assert (registration["appointment_id"], registration["seat_id"]) == (None, seats[2])
    again = await register(client, tuesday_1, seat_mark(seats[0], "no_show"))
    assert (again.status_code, again.json()["rule"]) == (409, "attendance_once")


RECOUNT = text(
    """
    SELECT count(*) FILTER (WHERE attendance = 'no_show') AS no_shows,
           count(*) FILTER (WHERE attendance = 'cancelled' AND cancelled_by = 'citizen'
                            AND cancellation_reason = 'other') AS cancellations
    FROM (SELECT DISTINCT ON (appointment_id, seat_id, occurrence_id) attendance,
                 cancelled_by, cancellation_reason
          FROM attendance_events WHERE course_id = :course AND kind = 'registration'
          ORDER BY appointment_id, seat_id, occurrence_id, version DESC) AS latest
    """
)


async def recount(engine: AsyncEngine, course: str) -> tuple[int, int]:
    """The course's counts straight from the stored events: each session's last version."""
    async with engine.connect() as connection:
        row = (await connection.execute(RECOUNT, {"course": course})).one()
    return int(row.no_shows), int(row.cancellations)


async def test_the_flags_count_a_courses_appointments_and_seats_together(
    client: httpx.AsyncClient, clock: FixedClock, engine: AsyncEngine
) -> None:
    course, (first, second, _) = await sessions(client, WEEK_48)
    _, (tuesday_1, tuesday_8, tuesday_15), (seat,) = await seated(client, [course])
    await move_clock(client, clock, FRIDAY_27_NOON)
    for appointment in (first, second):
        assert (await mark(client, appointment, "no_show")).status_code == 201
    await move_clock(client, clock, TUESDAY_15_NOON)
    # Sent home counts toward neither rule: no flag at the seat's registration.
    home = await register(client, tuesday_1, seat_mark(seat, "sent_home"))
    assert home.json()["courses"] == [
        {"course_id": course, "cancellations": 0, "no_shows": 2, "flags": []}
    ]
    # Illness, and the centre's own cancellation, do not count either.
    ill = await register(client, tuesday_8, seat_mark(seat, "cancelled", **cancelled("illness")))
    assert ill.json()["courses"][0]["cancellations"] == 0
    raised = await register(client, tuesday_15, seat_mark(seat, "no_show"))
    assert raised.json()["courses"][0]["flags"] == ["no_shows"]
    state = (await client.get(f"/api/v1/courses/{course}/attendance")).json()
    [flag] = state["flags"]
    assert (flag["kind"], flag["count"]) == ("no_shows", 3)
    assert [(s["appointment_id"], s["occurrence_id"]) for s in flag["sessions"]] == [
        (first, None), (second, None), (None, tuesday_15),
    ]  # fmt: skip
    listed = (await client.get("/api/v1/worklist/attendance-flags")).json()
    assert [(item["course_id"], item["kind"]) for item in listed] == [(course, "no_shows")]
    # A correction of the seat's no-show takes the flag back; the counts follow.
    mistaken = raised.json()["registrations"][0]["registration_id"]
    corrected = await register(client, tuesday_15, seat_mark(seat, "attended", corrects=mistaken))
    assert corrected.status_code == 201, corrected.text
    assert corrected.json()["courses"][0] == {
        "course_id": course, "cancellations": 0, "no_shows": 2, "flags": []
    }  # fmt: skip
    assert (await client.get("/api/v1/worklist/attendance-flags")).json() == []
    by_centre = await register(
        client, tuesday_8, seat_mark(seat, "cancelled", corrects=ill.json()["registrations"][0]
                                     ["registration_id"], **cancelled(by="centre")),
    )  # fmt: skip
    assert by_centre.json()["courses"][0]["cancellations"] == 0
    shown = (await client.get(f"/api/v1/courses/{course}/attendance")).json()
    assert (shown["no_shows"], shown["cancellations"]) == await recount(engine, course) == (2, 0)


async def test_a_cancelled_occurrence_and_other_bad_input_write_nothing(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    _, team, (_, tuesday_8, _), seats = await three_seated(client)
    cancelled_8 = await client.post(f"/api/v1/teams/{team}/occurrences/2026-12-08/cancel")
    assert cancelled_8.status_code == 200, cancelled_8.text
    on_cancelled = await register(
        client, tuesday_8, seat_mark(seats[0], "cancelled", **cancelled())
    )
    assert (on_cancelled.status_code, on_cancelled.json()["rule"]) == (
        422,
        "attendance_on_cancelled",
    )
    assert on_cancelled.headers["content-type"].startswith("application/problem+json")
    shown = (await client.get(f"/api/v1/team-occurrences/{tuesday_8}/attendance")).json()
    assert shown["status"] == "cancelled"
    occurrences = (await client.get(f"/api/v1/teams/{team}")).json()["occurrences"]
    tuesday_1 = occurrences[0]["id"]
    twice = await register(
        client, tuesday_1, seat_mark(seats[0], "cancelled", **cancelled()),
        seat_mark(seats[0], "cancelled", **cancelled()),
    )  # fmt: skip
    assert (twice.status_code, twice.json()["rule"]) == (422, "seat_once_per_request")
    no_details = await register(client, tuesday_1, seat_mark(seats[1], "cancelled"))
    assert (no_details.status_code, no_details.json()["rule"]) == (422, "cancellation_details")
    assert no_details.json()["errors"][0]["field"] == "marks.0.cancellation"
    unknown_seat = await register(
        client, tuesday_1, seat_mark(str(uuid.uuid4()), "cancelled", **cancelled())
    )
    # A seat named in the body that the occurrence does not have: the input is at fault.
    assert unknown_seat.status_code == 422
    assert unknown_seat.json()["errors"][0]["field"] == "marks.0.seat_id"
    nowhere = await register(
        client, str(uuid.uuid4()), seat_mark(seats[0], "cancelled", **cancelled())
    )
    assert nowhere.status_code == 404
    empty = await client.post(
        f"/api/v1/team-occurrences/{tuesday_1}/attendance", json={"marks": []}
    )
    assert empty.status_code == 422
    extra = await register(client, tuesday_1, seat_mark(seats[0], "maybe"))
    assert extra.status_code == 422
    assert await events(engine) == 0


async def test_two_registrations_of_one_seat_at_once_leave_one(
    client: httpx.AsyncClient, app: FastAPI, engine: AsyncEngine, clock: FixedClock
) -> None:
    _, _, (tuesday_1, *_), seats = await three_seated(client)
    await move_clock(client, clock, TUESDAY_1_HALF_PAST_TEN)
    clients = [make_client(app) for _ in range(2)]
    for one in clients:
        await log_in(one, "leder")
    answers = await asyncio.gather(
        register(clients[0], tuesday_1, seat_mark(seats[0], "attended"),
                 seat_mark(seats[1], "attended")),
        register(clients[1], tuesday_1, seat_mark(seats[1], "no_show")),
    )  # fmt: skip
    for one in clients:
        await one.aclose()
    assert sorted(answer.status_code for answer in answers) == [201, 409]
    winner = next(answer for answer in answers if answer.status_code == 201)
    assert await events(engine) == len(winner.json()["registrations"])


async def test_a_class_registration_logs_its_citizens(
    client: httpx.AsyncClient, clock: FixedClock, engine: AsyncEngine
) -> None:
    _, _, (tuesday_1, *_), seats = await three_seated(client)
    await move_clock(client, clock, TUESDAY_1_HALF_PAST_TEN)
    done = await register(client, tuesday_1, *(seat_mark(seat, "attended") for seat in seats))
    assert done.status_code == 201, done.text
    async with engine.connect() as connection:
        logged = await connection.scalar(
            text("SELECT cardinality(citizen_ids) FROM access_log "
                 "WHERE operation = 'attendance-register_class' AND use = 'change'")
        )  # fmt: skip
    assert logged == 3


async def awaiting(client: httpx.AsyncClient) -> list[tuple[str, str]]:
    listed = (await client.get("/api/v1/worklist/awaiting-booking")).json()
    return [(item["course_id"], item["last_missed"]) for item in listed]


async def test_a_seats_missed_sessions_and_coming_classes_count_for_follow_up(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    """The course has only its seat. A no-show on the 1st: the classes of the 8th and 15th
    are its next bookings, nothing to follow up. The citizen cancels both: the 15th
    (09:00 UTC) is the last missed and nothing comes after, so the course is listed. The
    cancellation of the 15th corrected back to booked: the 15th is a coming class again."""
    course = (await started_course(client))["id"]
    _, (tuesday_1, tuesday_8, tuesday_15), [seat] = await seated(client, [course])
    await move_clock(client, clock, TUESDAY_1_HALF_PAST_TEN)
    assert (await register(client, tuesday_1, seat_mark(seat, "no_show"))).status_code == 201
    assert await awaiting(client) == []
    assert (
        await register(client, tuesday_8, seat_mark(seat, "cancelled", **cancelled()))
    ).status_code == 201
    assert await awaiting(client) == []
    last = await register(client, tuesday_15, seat_mark(seat, "cancelled", **cancelled()))
    assert last.status_code == 201, last.text
    assert await awaiting(client) == [(course, "2026-12-15T09:00:00Z")]
    [made] = last.json()["registrations"]
    undo = seat_mark(seat, "booked", corrects=made["registration_id"])
    assert (await register(client, tuesday_15, undo)).status_code == 201
    assert await awaiting(client) == []


async def counted(client: httpx.AsyncClient, course: str) -> tuple[int, list[str]]:
    page = (await client.get(f"/api/v1/courses/{course}/attendance")).json()
    return page["cancellations"], [flag["kind"] for flag in page["flags"]]


async def cancel_all_three(
    client: httpx.AsyncClient,
) -> tuple[str, str, list[str], str]:
    """One seated course whose citizen cancels the classes of 1, 8 and 15 December: three
    cancellations of their own, one more than the rule allows, so the course is flagged."""
    course = (await started_course(client))["id"]
    team, occurrences, [seat] = await seated(client, [course])
    for occurrence in occurrences:
        made = await register(client, occurrence, seat_mark(seat, "cancelled", **cancelled()))
        assert made.status_code == 201, made.text
    assert await counted(client, course) == (3, ["cancellations"])
    return course, team, occurrences, seat


async def test_the_centre_cancelling_a_class_takes_the_citizens_cancellation_off_the_count(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    """The centre cancels the 15th: the citizen's cancellation of it is corrected to one by
    the centre, 2 left, the flag lowered. Then the rest of the series from the 1st: 0 left.
    Every registration stays as an event; the seat's registration in force is the centre's."""
    course, team, occurrences, seat = await cancel_all_three(client)
    single = await client.post(f"/api/v1/teams/{team}/occurrences/2026-12-15/cancel")
    assert single.status_code == 200, single.text
    assert await counted(client, course) == (2, [])
    assert (await client.get("/api/v1/worklist/attendance-flags")).json() == []
    rest = await client.post(
        f"/api/v1/teams/{team}/rest-of-series/cancel", json={"from_day": "2026-12-01"}
    )
    assert rest.status_code == 200, rest.text
    assert await counted(client, course) == (0, [])
    assert await recount(engine, course) == (0, 0)
    assert await events(engine) == 6
    shown = (await client.get(f"/api/v1/team-occurrences/{occurrences[1]}/attendance")).json()
    [held] = shown["seats"]
    assert (held["seat_id"], held["attendance"], held["cancelled_by"]) == (
        seat,
        "cancelled",
        "centre",
    )


async def test_a_series_change_dropping_cancelled_dates_recounts_and_keeps_held_sessions(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    """From the 14th on Thursdays drops Tuesday the 15th: its cancellation goes with it (2
    left, the flag lowered). With a no-show registered on the 1st, a change from the 1st,
    which would drop it, is refused with nothing changed."""
    course, team, occurrences, _ = await cancel_all_three(client)
    thursdays = [{"weekday": 4, "starts": "09:00", "ends": "10:00"}]
    changed = await client.post(
        f"/api/v1/teams/{team}/rest-of-series",
        json={"from_day": "2026-12-14", "weekly_times": thursdays},
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["removed"] == ["2026-12-15"]
    assert await counted(client, course) == (2, [])
    other = (await started_course(client, cpr=OTHER_CPRS[0]))["id"]
    seat_2 = (await client.post(f"/api/v1/teams/{team}/seats", json={"course_id": other})).json()[
        "id"
    ]
    await move_clock(client, clock, TUESDAY_1_HALF_PAST_TEN)
    missed = await register(client, occurrences[0], seat_mark(seat_2, "no_show"))
    assert missed.status_code == 201, missed.text
    refused = await client.post(
        f"/api/v1/teams/{team}/rest-of-series",
        json={"from_day": "2026-12-01", "weekly_times": thursdays},
    )
    assert (refused.status_code, refused.json()["rule"]) == (409, "occurrence_has_attendance")
    assert refused.json()["errors"][0]["field"] == "from_day"
    assert await counted(client, other) == (0, [])
    assert (await counted(client, course))[0] == 2
