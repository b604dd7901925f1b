"""Registering a class's attendance over HTTP, next to its raw ceiling, in one run.

    .venv/bin/python -m bench.attendance        (make bench-attendance)

Builds its own database (`traening_bench_attendance`): the bench's centre, 20 teams at Syd in
rooms of their own, 12 seats each (a citizen's active course on every seat) and 30 past
occurrences each, one a weekday at 10:00 Copenhagen time: 600 classes of 12. Seeded
set-based. Then every class is registered once per variant, `--concurrency` at a time, one
request of 12 marks each (a no-show, a citizen's cancellation for illness and ten attended;
which seat varies), so a course's no-shows pass the rule's limit as the run goes and its flag
is written too:

- raw asyncpg: this process sends the endpoint's own statements
  (`persistence.attendance.classes`: the facts with the courses locked, the courses' events,
  the write with the flags and the access-log entry), one transaction per class, the marks
  checked by the same domain code (`api.attendance.classes.plan_marks`): the ceiling;
- API, 1 worker (and 2): `POST /api/v1/team-occurrences/{id}/attendance` to
  `uvicorn api.app:create_app`, as `make run` serves it, with an API key of the bench.

The events, flags and access log are emptied between the variants. The report (Markdown) goes
to stdout: classes per second, the ratio API ÷ raw (target ≥ 0.5) and p50/p99 per class
(target p99 < 100 ms); progress goes to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from api.__main__ import migrate
from api.attendance.classes import plan_marks
from api.attendance.schemas import SeatMarkIn
from api.security.authentication import api_key_text, new_prefix
from api.security.secrets import digest, new_token
from bench.intake import (
    IntakeServer,
    Timing,
    asyncpg_pool,
    cpu_per_message,
    drive,
    environment,
    free_port,
)
from bench.run import PYTHON, Variant
from bench.seed import ADD_KEY, BenchError, connect, log, provision
from domain.access import Permission
from domain.calendar import COPENHAGEN
from domain.casework import REHAB_PLAN_BASES
from domain.centre import Limit, LimitKind, LimitUnit, ServiceStandard
from domain.training import Attendance
from persistence.access import entry
from persistence.attendance.classes import (
    EVENTS,
    FACTS,
    WRITE,
    events_of,
    facts_values,
    occurrence_facts,
    write_values,
)
from persistence.database import (
    SERVICE_LOGIN,
    embedded_running,
    recreate_database,
    server_url,
    stop_embedded,
    with_database,
    with_user,
)

DATABASE = "traening_bench_attendance"
TEAMS, SEATS, OCCURRENCES = 20, 12, 30
TARGET_RATIO, P99_TARGET_MS = 0.5, 100.0
SCOPES = [
    Permission.COURSES_READ.value,
    Permission.COURSES_WRITE.value,
    Permission.CASES_ALL_SITES.value,
]
EMPTY = "TRUNCATE attendance_flags, attendance_events, access_log"

SEED = [
    """
    CREATE TEMP TABLE s_team ON COMMIT DROP AS
    SELECT t, gen_random_uuid() AS team_id, gen_random_uuid() AS room_id
    FROM generate_series(0, $1 - 1) AS t
    """,
    """
    INSERT INTO rooms (id, centre_id, site_id, name, capacity)
    SELECT room_id, $1::uuid, $2::uuid, 'Holdsal ' || t, 12 FROM s_team
    """,
    """
    INSERT INTO teams (id, centre_id, site_id, room_id, name, discipline, capacity,
                       therapist_ids, starts_on, ends_on, created_by)
    SELECT team_id, $1::uuid, $2::uuid, room_id, 'Benchhold ' || t, 'physiotherapy', 12,
           '{}', $3::date, $3::date + 365, 'bench'
    FROM s_team
    """,
    """
    CREATE TEMP TABLE s_seat ON COMMIT DROP AS
    SELECT t, k, row_number() OVER () AS n, gen_random_uuid() AS citizen_id,
           gen_random_uuid() AS course_id
    FROM generate_series(0, $1 - 1) AS t, generate_series(0, 11) AS k
    """,
    # Birth dates from 1930 with serial 1700: apart from the other benches' citizens.
    """
    INSERT INTO citizens (id, centre_id, cpr, birth_date, name, address, municipality_code)
    SELECT citizen_id, $1::uuid, to_char(born, 'DDMMYY') || '1700', born, 'Holdborger ' || n,
           'Holdvej ' || n || ', 2635 Ishøj', '183'
    FROM s_seat CROSS JOIN LATERAL (SELECT DATE '1930-01-01' + n::int AS born) AS b
    """,
    """
    INSERT INTO courses (id, centre_id, citizen_id, legal_basis, site_id, status, started_on,
                         planned_end_on, disciplines, form, therapist_ids)
    SELECT course_id, $1::uuid, citizen_id, $4, $2::uuid, 'active', $3::date,
           $3::date + 365, ARRAY['physiotherapy'], 'team_training', '{}'
    FROM s_seat
    """,
    """
    INSERT INTO team_seats (centre_id, team_id, course_id, citizen_id, from_day, booked_by)
    SELECT $1::uuid, s_team.team_id, course_id, citizen_id, $2::date, 'bench'
    FROM s_seat JOIN s_team USING (t)
    """,
    """
    INSERT INTO team_occurrences (centre_id, team_id, room_id, planned_on, starts_at, ends_at)
    SELECT $1::uuid, team_id, room_id, day,
           (day + time '10:00') AT TIME ZONE 'Europe/Copenhagen',
           (day + time '11:00') AT TIME ZONE 'Europe/Copenhagen'
    FROM s_team, unnest($2::date[]) AS day
    """,
]


def class_days(today: date) -> list[date]:
    """The last OCCURRENCES weekdays before today, oldest first."""
    found: list[date] = []
    day = today
    while len(found) < OCCURRENCES:
        day -= timedelta(days=1)
        if day.isoweekday() <= 5:
            found.append(day)
    return sorted(found)


async def prepare(url: str) -> tuple[str, uuid.UUID, uuid.UUID]:
    """A fresh database with the centre, the classes and an API key that may register them:
    (the key, the centre's id, the key's id)."""
    await recreate_database(url)
    await asyncio.to_thread(migrate, url)
    centre_id = await provision(url)
    secret, prefix = new_token(), new_prefix()
    today = datetime.now(COPENHAGEN).date()
    days = class_days(today)
    async with connect(url) as connection:
        key_id = await connection.fetchval(
            ADD_KEY, centre_id, "bench-attendance", prefix, digest(secret), SCOPES
        )
        syd = await connection.fetchval(
            "SELECT id FROM sites WHERE centre_id = $1 AND code = 'syd'", centre_id
        )
        start = days[0] - timedelta(days=7)
        values: list[list[Any]] = [
            [TEAMS], [centre_id, syd], [centre_id, syd, start], [TEAMS], [centre_id],
            [centre_id, syd, start, REHAB_PLAN_BASES[0]], [centre_id, start], [centre_id, days],
        ]  # fmt: skip
        async with connection.transaction():
            for statement, args in zip(SEED, values, strict=True):
                await connection.execute(statement, *args)
        await connection.execute(
            "VACUUM (ANALYZE) citizens, courses, teams, team_seats, team_occurrences"
        )
    return api_key_text(prefix, secret), centre_id, key_id


async def classes(url: str) -> list[tuple[uuid.UUID, list[dict[str, Any]]]]:
    """Every occurrence with its 12 marks: one no-show, one illness, ten attended."""
    async with connect(url) as connection:
        rows = await connection.fetch(
            "SELECT o.id, array_agg(s.id ORDER BY s.created_at, s.id) AS seats "
            "FROM team_occurrences o JOIN team_seats s ON s.team_id = o.team_id "
            "GROUP BY o.id, o.starts_at ORDER BY o.starts_at, o.id"
        )
    found = []
    for number, row in enumerate(rows):
        marks: list[dict[str, Any]] = []
        for index, seat in enumerate(row["seats"]):
            mark: dict[str, Any] = {"seat_id": str(seat), "attendance": "attended"}
            if index == number % SEATS:
                mark["attendance"] = "no_show"
            elif index == (number + 5) % SEATS:
                mark["attendance"] = "cancelled"
                mark["cancellation"] = {
                    "reason": "illness", "by": "citizen", "reported_at": "2020-01-01T07:00:00Z",
                }  # fmt: skip
            marks.append(mark)
        found.append((row["id"], marks))
    return found


# --- The ceiling: the endpoint's statements over raw asyncpg --------------------------------


async def raw_ceiling(
    url: str, centre_id: uuid.UUID, key_id: uuid.UUID,
    items: Sequence[tuple[uuid.UUID, list[dict[str, Any]]]], n: int,
) -> Timing:  # fmt: skip
    pool = await asyncpg_pool(url, n)
    # The API keeps the service standard in its process cache: read it once here too.
    async with pool.acquire() as connection:
        standard = ServiceStandard(
            Limit(row["legal_basis"], LimitKind(row["kind"]), row["value"],
                  LimitUnit(row["unit"]), row["effective_from"])
            for row in await connection.fetch(
                "SELECT legal_basis, kind, value, unit, effective_from"
                " FROM service_standard_limits WHERE centre_id = $1", centre_id,
            )
        )  # fmt: skip

    async def send(item: tuple[uuid.UUID, list[dict[str, Any]]]) -> bool:
        occurrence_id, given = item
        marks = [SeatMarkIn.model_validate(mark) for mark in given]
        now = datetime.now(UTC)
        values = entry(
            centre_id=centre_id, actor="bench", request_id=uuid.uuid4().hex,
            operation="attendance-register_class", use="change", api_key_id=key_id,
            client="api-key:bench",
        )  # fmt: skip
        async with pool.acquire() as connection, connection.transaction():
            facts_args = facts_values(centre_id, occurrence_id, [m.seat_id for m in marks])
            facts = occurrence_facts(await connection.fetch(FACTS.sql, *FACTS.args(facts_args)))
            courses = sorted({seat.course_id for seat in facts.seats.values()})
            row = (await connection.fetch(EVENTS.sql, *EVENTS.args({"course_ids": courses})))[0]
            read = events_of(row, courses)
            made, states = plan_marks(facts, read, marks, now, standard)
            attended = {
                facts.seats[one.seat_id].case_id
                for one in made
                if one.registration.attendance is Attendance.ATTENDED
            }
            write = write_values(
                centre_id=centre_id, occurrence_id=facts.id, day=facts.day, made=made,
                flags={course: state.flags for course, state in states.items()},
                kept=read.flags, training_cases=[case for case in attended if case],
                citizen_ids=[seat.citizen_id for seat in facts.seats.values()],
                recorded_by="bench", now=now, entry=values,
            )  # fmt: skip
            await connection.fetch(WRITE.sql, *WRITE.args(write))
        return True

    try:
        return await drive(items, n, send)  # type: ignore[arg-type]
    finally:
        await pool.close()


# --- Over HTTP ------------------------------------------------------------------------------


async def over_http(
    key: str, items: Sequence[tuple[uuid.UUID, list[dict[str, Any]]]], n: int, port: int
) -> Timing:
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    limits = httpx.Limits(max_connections=n, max_keepalive_connections=n)
    failures: list[str] = []
    async with httpx.AsyncClient(
        base_url=f"http://127.0.0.1:{port}", headers=headers, limits=limits, timeout=60
    ) as client:

        async def send(item: tuple[uuid.UUID, list[dict[str, Any]]]) -> bool:
            occurrence_id, marks = item
            response = await client.post(
                f"/api/v1/team-occurrences/{occurrence_id}/attendance",
                content=json.dumps({"marks": marks}),
            )
            if response.status_code != 201 and not failures:
                failures.append(response.text[:300])
                log(f"First failure: {response.status_code} {failures[0]}")
            return response.status_code == 201

        return await drive(items, n, send)  # type: ignore[arg-type]


def report(measured: Sequence[tuple[str, Timing]], facts: list[str]) -> str:
    raw = measured[0][1]
    lines = [
        "## Attendance: a class of 12 registered over HTTP vs. raw asyncpg", "",
        f"`{' '.join(['.venv/bin/python -m bench.attendance', *sys.argv[1:]])}`", "", *facts, "",
        "| variant | classes | errors | seconds | classes/s | ÷ raw | p50 ms | p99 ms | max ms "
        "| server CPU ms/class |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]  # fmt: skip
    for name, timing in measured:
        lines.append(
            f"| {name} | {len(timing.latencies)} | {timing.errors} | {timing.seconds:.1f} "
            f"| {timing.throughput:.0f} | {timing.throughput / raw.throughput:.2f} "
            f"| {timing.percentile(0.5):.1f} | {timing.percentile(0.99):.1f} "
            f"| {max(timing.latencies) * 1000:.1f} | {cpu_per_message(timing)} |"
        )
    lines.append("")
    for name, timing in measured[1:]:
        ratio = timing.throughput / raw.throughput
        p99 = timing.percentile(0.99)
        lines.append(
            f"- {name}: {'meets' if ratio >= TARGET_RATIO else 'misses'} ≥ {TARGET_RATIO} × "
            f"raw asyncpg ({ratio:.2f}); {'meets' if p99 < P99_TARGET_MS else 'misses'} "
            f"p99 < {P99_TARGET_MS:.0f} ms ({p99:.1f} ms)"
        )
    return "\n".join(lines)


async def empty(url: str) -> None:
    async with connect(url) as connection:
        await connection.execute(EMPTY)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.attendance", description=__doc__)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--database", default=DATABASE, help="the bench's own database")
    parser.add_argument(
        "--workers", type=int, action="append", help="API worker processes (default: 1 and 2)"
    )
    options = parser.parse_args(argv)
    options.workers = options.workers or [1, 2]
    # The intake bench's environment lines; the last (its method) is replaced below.
    options.messages, options.rounds, options.warmup = TEAMS * OCCURRENCES, 1, 0
    started_here = not os.environ.get("DATABASE_URL") and not embedded_running()
    try:
        url = with_database(server_url(), options.database)
        log(f"Recreating {options.database} ...")
        key, centre_id, key_id = asyncio.run(prepare(url))
        service = with_user(url, SERVICE_LOGIN)
        items = asyncio.run(classes(url))
        facts = environment(options)
        facts[-1] = (
            f"- {len(items)} classes of {SEATS} per variant (20 teams, 30 past occurrences "
            f"each), {options.concurrency} at a time; events, flags and log emptied between"
        )
        log("Raw asyncpg ...")
        raw = asyncio.run(raw_ceiling(service, centre_id, key_id, items, options.concurrency))
        measured: list[tuple[str, Timing]] = [("raw asyncpg (same statements)", raw)]
        uvicorn = [PYTHON, "-m", "uvicorn", "api.app:create_app", "--factory", "--host"]
        port = free_port()
        uvicorn += ["127.0.0.1", "--port", str(port), "--log-level", "warning"]
        uvicorn += ["--no-proxy-headers", "--loop", "uvloop", "--http", "httptools"]
        env = {"SERVICE_DATABASE_URL": service, "TRAENING_STEADY_GC": "1"}
        for workers in options.workers:
            name = f"API, {workers} worker{'s' if workers > 1 else ''}"
            variant = Variant(name, [*uvicorn, "--workers", str(workers)], env)
            asyncio.run(empty(url))
            with tempfile.TemporaryDirectory(prefix="bench-attendance-") as folder:
                server = IntakeServer(variant, Path(folder), port)
                try:
                    server.wait_ready()
                    log(f"{name} ...")
                    cpu = server.cpu_seconds()
                    api = asyncio.run(over_http(key, items, options.concurrency, port))
                    api.server_cpu = server.cpu_seconds() - cpu
                finally:
                    server.stop()
            if api.errors:
                raise BenchError(f"{name}: {api.errors} classes were not answered 201.")
            measured.append((name, api))
        facts.append(f"- Load average at the end {os.getloadavg()[0]:.1f}")
        print(report(measured, facts), flush=True)
    finally:
        if started_here and embedded_running():
            stop_embedded()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
