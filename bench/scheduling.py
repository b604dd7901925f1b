"""Scheduling under load: a therapist's week, booking a session, and a refused clash.

    .venv/bin/python -m bench.run --scheduling --reuse      (make bench-scheduling)

The database (`traening_bench_scheduling`): the bench's centre with 50 therapists, each with
a room of their own at one of the two sites, working Monday to Friday 08:00-16:00 and one
week's holiday in the past half year; a year of their calendar, from 26 weeks back to 26
ahead, in four 13-week cohorts of 14 citizens each (a case, a § 140 course of the
therapist's), every citizen twice a week: 28 sessions of 45 minutes in a therapist's week,
5-6 a working day (none on holidays or in the holiday week), about 70,000 appointments,
the past ones held (some cancelled or no-shows). Seeded set-based (generate_series).

The pages (each a `Page` of bench/pages.py that also runs its statements itself, since a
booking's later statements take values from its first):

- `week`: `GET /api/v1/staff/{id}/appointments` for a Monday-to-Sunday week, across
  therapists and weeks (about 28 bookings each); the statement is the endpoint's own
  (`persistence.scheduling.week.bookings_query`), its data query the same without the entry.
- `booking`: `POST /api/v1/appointments`, every request a distinct free slot (a citizen's
  third session of an ISO week, at 11:00 or 15:00 Copenhagen time, or a Friday afternoon) that
  passes every rule; the bench's bookings are deleted before each load phase. The statements
  are the endpoint's (`persistence.scheduling.booking`: the facts, the counts, the insert with
  its entry) in one transaction.
- `clash`: the same, at a time the therapist is already booked: refused with 409 after the
  same statements, the booking met named (`CLASH`) and the refused attempt logged.
- `proposals`: `POST /api/v1/courses/{id}/proposals` for active courses, from today or a day
  of the next three weeks over 14 days, half of them for the course's therapist and half for any
  therapist of its site (25); the statements are the endpoint's
  (`persistence.scheduling.assistant`: `COURSE`, `STAFF`, `ROOMS`, `TEAMS`) and its
  access-log entry, in one transaction.
- `calendar`: `GET /api/v1/calendar/entries`, alternately a therapist's Monday-to-Sunday
  week (about 28 appointments) and a site's working day (25 therapists' sessions, about 140),
  over the weeks of `week`; the statement is the endpoint's own
  (`persistence.calendar.entries.calendar_query`), its data query the same without the entry.
"""

from __future__ import annotations

import json
import uuid
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from api.clock import Clock
from bench.pages import Context, Planned
from bench.seed import BenchError, connect, site_rows
from domain.calendar import COPENHAGEN, WorkingDayCalendar
from domain.casework import REHAB_PLAN_BASES
from domain.scheduling import Place, PlaceKind, ProviderKind
from domain.training import Discipline, SessionPurpose
from persistence.access import entry
from persistence.access.reads import Compiled, compiled
from persistence.calendar.entries import calendar_query, calendar_read
from persistence.scheduling import Booking
from persistence.scheduling.assistant import (
    COURSE,
    ROOMS,
    STAFF,
    TEAMS,
    course_values,
    site_values,
)
from persistence.scheduling.booking import (
    CLASH,
    COUNTS,
    FACTS,
    INSERT,
    counts_values,
    facts_values,
    insert_values,
)
from persistence.scheduling.week import bookings_query, bookings_read

THERAPISTS, COHORTS, COHORT_WEEKS, CITIZENS = 50, 4, 13, 14
WEEKS = COHORTS * COHORT_WEEKS
NOW_WEEK = 26  # the year's week that holds today
SEED_BOOKER = "seed"
# A therapist's week: slot n (0-27) on weekday d (0 Monday) at 08:00 + h hours; citizen
# n % 14 has slots n and n + 14. Free: 11:00 and 15:00 every day, and Friday 13:00 and 14:00.
LAYOUT = [(d, h) for d in range(4) for h in (0, 1, 2, 4, 5, 6)] + [(4, h) for h in (0, 1, 2, 4)]
FREE = [(d, 3) for d in range(5)] + [(d, 7) for d in range(5)] + [(4, 5), (4, 6)]
SESSION = timedelta(minutes=45)

_LAYOUT_SQL = ", ".join(f"({n}, {d}, {h})" for n, (d, h) in enumerate(LAYOUT))

SEED = [
    """
    CREATE TEMP TABLE s_staff ON COMMIT DROP AS
    SELECT t, gen_random_uuid() AS staff_id, gen_random_uuid() AS room_id,
           (ARRAY[$1::uuid, $2::uuid])[t % 2 + 1] AS site_id
    FROM generate_series(0, 49) AS t
    """,
    """
    INSERT INTO staff_users (id, centre_id, username, display_name, password_hash, roles,
                             site_ids)
    SELECT staff_id, $1::uuid, 'bench-terapeut-' || lpad(t::text, 2, '0'), 'Terapeut ' || t,
           '!', ARRAY['therapist'], ARRAY[site_id]
    FROM s_staff
    """,
    """
    INSERT INTO rooms (id, centre_id, site_id, name, capacity)
    SELECT room_id, $1::uuid, site_id, 'Behandlingsrum ' || (t / 2 + 1), 1 FROM s_staff
    """,
    """
    INSERT INTO staff_working_hours (centre_id, staff_id, weekday, starts, ends)
    SELECT $1::uuid, staff_id, d, '08:00', '16:00' FROM s_staff, generate_series(1, 5) AS d
    """,
    """
    INSERT INTO staff_absences (centre_id, staff_id, kind, first_day, last_day, recorded_by)
    SELECT $1::uuid, staff_id, 'holiday', $2::date + 7 * (t % 20 + 2),
           $2::date + 7 * (t % 20 + 2) + 4, 'seed'
    FROM s_staff
    """,
    """
    CREATE TEMP TABLE s_course ON COMMIT DROP AS
    SELECT t, c, j, row_number() OVER () AS n, gen_random_uuid() AS citizen_id,
           gen_random_uuid() AS case_id, gen_random_uuid() AS course_id,
           $1::date + 7 * 13 * c AS starts
    FROM generate_series(0, 49) AS t, generate_series(0, 3) AS c, generate_series(0, 13) AS j
    """,
    # Birth dates from 1940 with serial 1500: apart from bench/seed.py's citizens.
    """
    INSERT INTO citizens (id, centre_id, cpr, birth_date, name, address, municipality_code,
                          phone)
    SELECT citizen_id, $1::uuid, to_char(born, 'DDMMYY') || '1500', born,
           'Kalenderborger ' || n, 'Kalendervej ' || (n % 300 + 1) || ', 2635 Ishøj',
           '183', lpad((20000000 + n)::text, 8, '0')
    FROM s_course CROSS JOIN LATERAL (SELECT DATE '1940-01-01' + n::int AS born) AS b
    """,
    """
    INSERT INTO cases (id, centre_id, citizen_id, site_id, legal_basis, referral_kind,
                       received_at, received_date, condition)
    SELECT co.case_id, $1::uuid, co.citizen_id, st.site_id, $2, 'rehab_plan',
           (co.starts - 14)::timestamptz, co.starts - 14, 'Benchmark: genoptræning efter fald'
    FROM s_course AS co JOIN s_staff AS st USING (t)
    """,
    """
    INSERT INTO courses (id, centre_id, citizen_id, case_id, legal_basis, site_id, status,
                         started_on, ended_on, planned_end_on, disciplines, form,
                         therapist_ids, note)
    SELECT co.course_id, $1::uuid, co.citizen_id, co.case_id, $2, st.site_id,
           CASE WHEN co.c < 2 THEN 'ended' WHEN co.c = 2 THEN 'active' ELSE 'planned' END,
           co.starts, CASE WHEN co.c < 2 THEN co.starts + 7 * 13 - 1 END,
           co.starts + 7 * 13 - 1, ARRAY['physiotherapy'], 'individual_at_centre',
           ARRAY[st.staff_id], 'bench:' || co.c || ':' || co.j
    FROM s_course AS co JOIN s_staff AS st USING (t)
    """,
    f"""
    INSERT INTO appointments (centre_id, citizen_id, course_id, case_id, purpose, form,
                              discipline, provider, staff_id, place, site_id, room_id,
                              starts_at, ends_at, status, booked_by)
    SELECT $1::uuid, co.citizen_id, co.course_id, co.case_id, 'training', 'individual',
           'physiotherapy', 'therapist', st.staff_id, 'site', st.site_id, st.room_id,
           a.at, a.at + interval '45 minutes',
           CASE WHEN a.at >= now() THEN 'booked'
                WHEN hashint4(co.n::int * 1000 + w * 30 + l.n) % 20 = 0 THEN 'no_show'
                WHEN hashint4(co.n::int * 1000 + w * 30 + l.n) % 20 = 1 THEN 'cancelled'
                ELSE 'attended' END,
           'seed'
    FROM s_course AS co
    JOIN s_staff AS st USING (t)
    CROSS JOIN generate_series(0, 12) AS w
    JOIN (VALUES {_LAYOUT_SQL}) AS l (n, d, h) ON l.n % 14 = co.j
    CROSS JOIN LATERAL (SELECT co.starts + 7 * w + l.d AS day) AS dd
    CROSS JOIN LATERAL (
        SELECT (dd.day + make_time(8 + l.h, 0, 0)) AT TIME ZONE 'Europe/Copenhagen' AS at
    ) AS a
    WHERE dd.day = ANY($2::date[]) AND co.c * 13 + w <> co.t % 20 + 2
    """,
]
SEED_ARGS = ["sites", "centre", "centre", "centre", "centre_start", "start", "centre", "basis",
             "basis", "days"]  # fmt: skip


def year_start(today: date) -> date:
    """The Monday 26 weeks before this week's."""
    return today - timedelta(days=today.weekday()) - timedelta(weeks=NOW_WEEK)


async def seed(url: str, centre_id: uuid.UUID, today: date) -> None:
    start = year_start(today)
    calendar = WorkingDayCalendar(())
    days = [start + timedelta(days=n) for n in range(WEEKS * 7)]
    working = [day for day in days if day.isoweekday() <= 5 and calendar.is_working_day(day)]
    async with connect(url) as connection:
        sites = [row["id"] for row in await site_rows(connection, centre_id)]
        values: dict[str, list[Any]] = {
            "sites": sites, "centre": [centre_id], "centre_start": [centre_id, start],
            "start": [start], "basis": [centre_id, REHAB_PLAN_BASES[0]],
            "days": [centre_id, working],
        }  # fmt: skip
        async with connection.transaction():
            for statement, name in zip(SEED, SEED_ARGS, strict=True):
                await connection.execute(statement, *values[name])
        await connection.execute(
            "VACUUM (ANALYZE) staff_users, rooms, citizens, cases, courses, appointments"
        )


async def seeded(url: str) -> int:
    """The seeded appointments (0 when the database is missing or unmigrated)."""
    try:
        async with connect(url) as connection:
            found = await connection.fetchval(
                "SELECT count(*) FROM appointments WHERE booked_by = $1", SEED_BOOKER
            )
            return int(found)
    except Exception:
        return 0


@dataclass
class Plan:
    """The seeded calendar as the pages address it."""

    start: date
    staff: list[tuple[uuid.UUID, uuid.UUID, uuid.UUID]] = field(default_factory=list)
    courses: dict[tuple[int, int, int], uuid.UUID] = field(default_factory=dict)


async def plan_of(url: str) -> Plan:
    async with connect(url) as connection:
        staff = await connection.fetch(
            "SELECT s.id, s.site_ids[1] AS site_id, r.id AS room_id FROM staff_users s "
            "JOIN rooms r ON r.site_id = s.site_ids[1] "
            "AND r.name = 'Behandlingsrum ' || (substr(s.username, 16)::int / 2 + 1) "
            "WHERE s.username LIKE 'bench-terapeut-%' ORDER BY s.username"
        )
        courses = await connection.fetch(
            "SELECT id, note, therapist_ids[1] AS staff_id, started_on FROM courses "
            "WHERE note LIKE 'bench:%'"
        )
    if len(staff) != THERAPISTS or not courses:
        raise BenchError("The scheduling seed is missing; run without --reuse.")
    plan = Plan(min(row["started_on"] for row in courses))
    plan.staff = [(row["id"], row["site_id"], row["room_id"]) for row in staff]
    number = {row["id"]: t for t, row in enumerate(staff)}
    for row in courses:
        _, cohort, citizen = row["note"].split(":")
        plan.courses[(number[row["staff_id"]], int(cohort), int(citizen))] = row["id"]
    return plan


def _moment(day: date, hour: int) -> str:
    return datetime.combine(day, time(hour), tzinfo=COPENHAGEN).isoformat()


def booking_body(plan: Plan, t: int, week: int, citizen: int, d: int, hour: int) -> str:
    staff_id, site_id, room_id = plan.staff[t]
    day = plan.start + timedelta(weeks=week, days=d)
    starts = datetime.combine(day, time(hour), tzinfo=COPENHAGEN)
    body = {
        "course_id": str(plan.courses[(t, week // COHORT_WEEKS, citizen)]),
        "provider": "therapist", "staff_id": str(staff_id), "discipline": "physiotherapy",
        "place": {"kind": "site", "site_id": str(site_id), "room_id": str(room_id)},
        "starts_at": starts.isoformat(), "ends_at": (starts + SESSION).isoformat(),
    }  # fmt: skip
    return f"POST\t/api/v1/appointments\t{json.dumps(body)}"


class Scheduling(ABC):
    """What the scheduling pages share: the plan, read when the bench or a raw server starts.
    Their statements take earlier answers, so a raw server calls `run`, not `data`/`full`."""

    name = ""
    walk = 1
    transaction = True
    expect = 200
    plan: Plan | None = None

    async def prepare(self, url: str, context: Context) -> None:
        self.plan = await plan_of(url)

    def data(self, query: Mapping[str, str], context: Context) -> list[Planned]:
        raise TypeError(f"the {self.name} page's statements are sent by `run`")

    def full(self, query: Mapping[str, str], context: Context) -> list[Planned]:
        raise TypeError(f"the {self.name} page's statements are sent by `run`")

    async def reset(self, url: str) -> None:  # noqa: B027 - a read has nothing to undo
        """Before each load phase: undo what the last phase booked (nothing, for a read)."""

    @abstractmethod
    async def run(self, connection: Any, target: str, query: Mapping[str, Any],
                  context: Context, mode: str) -> list[Any]:  # fmt: skip
        """The page's statements for one request over raw asyncpg; the last one's rows."""

    @abstractmethod
    def paths(self, context: Context, cursors: Sequence[str]) -> list[str]:
        """The request mix, the same for every variant."""


class Week(Scheduling):
    name = "week"
    transaction = False

    def paths(self, context: Context, cursors: Sequence[str]) -> list[str]:
        plan = self.plan
        assert plan is not None
        found = []
        # This week and the next three most, then weeks back and ahead, every therapist.
        for number, week in enumerate([26, 27, 26, 28, 25, 29, 26, 20, 27, 35, 12, 40]):
            for t in range(THERAPISTS):
                staff_id = plan.staff[(t + 7 * number) % THERAPISTS][0]
                monday = plan.start + timedelta(weeks=week)
                found.append(
                    f"/api/v1/staff/{staff_id}/appointments?first={monday}"
                    f"&last={monday + timedelta(days=6)}"
                )
        return found

    async def run(self, connection: Any, target: str, query: Mapping[str, Any],
                  context: Context, mode: str) -> list[Any]:  # fmt: skip
        """The endpoint's one statement (its data query alone in `data` mode)."""
        staff_id = uuid.UUID(urlsplit(target).path.split("/")[4])
        first, last = date.fromisoformat(query["first"]), date.fromisoformat(query["last"])
        start = datetime.combine(first, time(), tzinfo=COPENHAGEN)
        values: dict[str, Any] = {
            "centre_id": context.centre_id, "staff_id": staff_id, "start": start,
            "end": datetime.combine(last + timedelta(days=1), time(), tzinfo=COPENHAGEN),
        }  # fmt: skip
        if mode == "full":
            values.update(_entry(context, "scheduling-staff_appointments", "read"))
            statement = compiled(bookings_query("all", False), values)
        else:
            statement = compiled(bookings_read("all", False), values)
        return list(await connection.fetch(statement.sql, *statement.args(values)))


class Calendar(Scheduling):
    """The staff calendars' read: a therapist's week and a site's day, alternately."""

    name = "calendar"
    transaction = False

    def paths(self, context: Context, cursors: Sequence[str]) -> list[str]:
        plan = self.plan
        assert plan is not None
        sites = sorted({site_id for _, site_id, _ in plan.staff})
        found = []
        # The weeks of `Week`; a site's day is one of the week's working days.
        for number, week in enumerate([26, 27, 26, 28, 25, 29, 26, 20, 27, 35, 12, 40]):
            for t in range(THERAPISTS):
                monday = plan.start + timedelta(weeks=week)
                if t % 2 == 0:
                    staff_id = plan.staff[(t + 7 * number) % THERAPISTS][0]
                    sunday = monday + timedelta(days=6)
                    asked = f"first={monday}&last={sunday}&staff_id={staff_id}"
                else:
                    day = monday + timedelta(days=(t // 2) % 5)
                    asked = f"first={day}&last={day}&site_id={sites[(t // 2) % len(sites)]}"
                found.append(f"/api/v1/calendar/entries?{asked}")
        return found

    async def run(self, connection: Any, target: str, query: Mapping[str, Any],
                  context: Context, mode: str) -> list[Any]:  # fmt: skip
        """The endpoint's one statement (its data query alone in `data` mode); the bench's
        key sees every case."""
        first, last = date.fromisoformat(query["first"]), date.fromisoformat(query["last"])
        values: dict[str, Any] = {
            "centre_id": context.centre_id,
            "start": datetime.combine(first, time(), tzinfo=COPENHAGEN),
            "end": datetime.combine(last + timedelta(days=1), time(), tzinfo=COPENHAGEN),
        }  # fmt: skip
        shape = ("all", "staff_id" in query, "site_id" in query, False, False)
        for name in ("staff_id", "site_id"):
            if name in query:
                values[name] = uuid.UUID(query[name])
        if mode == "full":
            values.update(_entry(context, "calendar-entries", "read"))
            statement = compiled(calendar_query(*shape), values)
        else:
            statement = compiled(calendar_read(*shape), values)
        return list(await connection.fetch(statement.sql, *statement.args(values)))


def _entry(context: Context, operation: str, use: str) -> dict[str, Any]:
    return entry(
        centre_id=context.centre_id, actor="bench", request_id=uuid.uuid4().hex,
        operation=operation, use=use, api_key_id=context.key_id, client="api-key:bench",
    )  # fmt: skip


def _booking(body: Mapping[str, Any], context: Context) -> Booking:
    place = body["place"]
    return Booking(
        centre_id=context.centre_id, citizen_id=uuid.UUID(int=0),
        course_id=uuid.UUID(body["course_id"]), purpose=SessionPurpose.TRAINING,
        provider=ProviderKind(body["provider"]),
        place=Place(PlaceKind(place["kind"]), uuid.UUID(place["site_id"]),
                    uuid.UUID(place["room_id"])),
        starts_at=datetime.fromisoformat(body["starts_at"]),
        ends_at=datetime.fromisoformat(body["ends_at"]), booked_by="bench",
        discipline=Discipline(body["discipline"]), staff_id=uuid.UUID(body["staff_id"]),
    )  # fmt: skip


# The refused attempt's entry, as the API's error handler writes it after the rollback.
REFUSED = Compiled(
    "INSERT INTO access_log (centre_id, actor, request_id, operation, use, user_id, "
    "api_key_id, client, outcome, citizen_ids) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'refused', $9)",
    ("entry_centre_id", "entry_actor", "entry_request_id", "entry_operation", "entry_use",
     "entry_user_id", "entry_api_key_id", "entry_client", "citizen_ids"),
)  # fmt: skip


class _Refused(Exception):
    pass


class Book(Scheduling):
    """Distinct free slots: every booking passes every rule."""

    name = "booking"
    expect = 201
    bookings = 15_000

    def paths(self, context: Context, cursors: Sequence[str]) -> list[str]:
        plan = self.plan
        assert plan is not None
        calendar = WorkingDayCalendar(())
        found = []
        for number in range(self.bookings):
            t, slot = number % THERAPISTS, (number // THERAPISTS) % len(FREE)
            week = NOW_WEEK + number // (THERAPISTS * len(FREE))
            if week >= WEEKS:
                break
            d, h = FREE[slot]
            if calendar.is_working_day(plan.start + timedelta(weeks=week, days=d)):
                found.append(booking_body(plan, t, week, slot, d, 8 + h))
        return found

    async def reset(self, url: str) -> None:
        async with connect(url) as connection:
            await connection.execute("DELETE FROM appointments WHERE booked_by <> $1", SEED_BOOKER)
            await connection.execute("TRUNCATE access_log")

    async def run(self, connection: Any, target: str, query: Mapping[str, Any],
                  context: Context, mode: str) -> list[Any]:  # fmt: skip
        """The endpoint's statements in one transaction: facts, counts, the insert with its
        entry; a clash's look-up of the booking met, then the refused attempt's entry."""
        booking = _booking(query, context)
        values = _entry(context, "scheduling-book", "change")
        met: list[Any] = []
        try:
            async with connection.transaction():
                facts = (await _fetch(connection, FACTS, facts_values(booking)))[0]
                await _fetch(connection, COUNTS, counts_values(booking))
                booking = replace(booking, citizen_id=facts["citizen_id"])
                made = await _fetch(connection, INSERT,
                                    insert_values(booking, facts["case_id"], values))  # fmt: skip
                if made:
                    return made
                met = await _fetch(connection, CLASH, {
                    "citizen_id": booking.citizen_id, "home_helper_id": None,
                    "staff_id": booking.staff_id, "starts_at": booking.starts_at,
                    "ends_at": booking.ends_at,
                })  # fmt: skip
                raise _Refused  # rolled back, as the API's unit of work does
        except _Refused:
            await _fetch(connection, REFUSED, {**values, "citizen_ids": [booking.citizen_id]})
        return met


class Clash(Book):
    """At a time the therapist is already booked (another citizen's session): 409."""

    name = "clash"
    expect = 409

    def paths(self, context: Context, cursors: Sequence[str]) -> list[str]:
        plan = self.plan
        assert plan is not None
        calendar = WorkingDayCalendar(())
        found = []
        for number in range(600):
            t, citizen = number % THERAPISTS, (number // THERAPISTS) % CITIZENS
            week = NOW_WEEK + 1 + number % 12
            d, h = LAYOUT[(citizen + 1) % CITIZENS]  # the next citizen's first session
            if calendar.is_working_day(plan.start + timedelta(weeks=week, days=d)):
                found.append(booking_body(plan, t, week, citizen, d, 8 + h))
        return found

    async def reset(self, url: str) -> None:
        """Refused bookings write nothing to undo."""


# The read's entry, as `api.context.audit` writes it in the request's transaction.
LOGGED = Compiled(
    "INSERT INTO access_log (centre_id, actor, request_id, operation, use, criterion, "
    "user_id, api_key_id, client, outcome, citizen_ids) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'allowed', $10)",
    ("entry_centre_id", "entry_actor", "entry_request_id", "entry_operation", "entry_use",
     "entry_criterion", "entry_user_id", "entry_api_key_id", "entry_client", "citizen_ids"),
)  # fmt: skip


class Proposals(Scheduling):
    """The booking assistant's proposals for an active course: a read, logged."""

    name = "proposals"
    horizon = 14

    def paths(self, context: Context, cursors: Sequence[str]) -> list[str]:
        plan = self.plan
        assert plan is not None
        found = []
        for number in range(600):
            t, citizen = number % THERAPISTS, (number // THERAPISTS) % CITIZENS
            course_id = plan.courses[(t, NOW_WEEK // COHORT_WEEKS, citizen)]
            body: dict[str, Any] = {
                "from_day": str(today() + timedelta(days=number % 21)),
                "minutes": 45, "horizon_days": self.horizon, "limit": 5,
            }  # fmt: skip
            if number % 2 == 0:
                body["therapist_id"] = str(plan.staff[t][0])
            found.append(f"POST\t/api/v1/courses/{course_id}/proposals\t{json.dumps(body)}")
        return found

    async def run(self, connection: Any, target: str, query: Mapping[str, Any],
                  context: Context, mode: str) -> list[Any]:  # fmt: skip
        """The endpoint's statements in one transaction: the course, then its site's staff,
        rooms and teams, and the access-log entry of its citizen. The answer is the course's
        id and citizen: the API's answer is a few proposals, not the rows read."""
        course_id = uuid.UUID(urlsplit(target).path.split("/")[4])
        first = date.fromisoformat(query["from_day"])
        last = first + timedelta(days=int(query["horizon_days"]))
        async with connection.transaction():
            asked = course_values(context.centre_id, course_id, first, last)
            course = (await _fetch(connection, COURSE, asked))[0]
            chosen = query.get("therapist_id")
            values = site_values(context.centre_id, course_id, course["site_id"], first, last,
                                 uuid.UUID(chosen) if chosen else None)  # fmt: skip
            await _fetch(connection, STAFF, values)
            await _fetch(connection, ROOMS, values)
            await _fetch(connection, TEAMS, values)
            logged = _entry(context, "scheduling-propose", "read")
            await _fetch(connection, LOGGED, {**logged, "citizen_ids": [course["citizen_id"]]})
        return [(course["id"], course["citizen_id"])]


async def _fetch(connection: Any, statement: Compiled, values: Mapping[str, Any]) -> list[Any]:
    return list(await connection.fetch(statement.sql, *statement.args(values)))


PAGES: dict[str, Scheduling] = {
    page.name: page for page in (Week(), Book(), Clash(), Proposals(), Calendar())
}


def target_query(target: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(target).query))


def today() -> date:
    return Clock().today()
