"""The daily trip list of a site for the municipal transport service, over HTTP.

The clock stands at Monday 23 November 2026. On Tuesday 1 December at Træningscenter Syd:
course A (transport with a wheelchair and an escort) has an individual session 12:00-12:45,
picked up as agreed at 11:15, and a home visit at 08:00 that needs no car; course B (transport
with a walker) has a seat on the team that meets 10:00-11:00; course C has a session at the
site but no transport. The list holds B's team session first (10:00, no pick-up agreed yet),
then A's session (picked up 11:15); never a CPR number.
"""

from __future__ import annotations

import csv
import io
import uuid
from typing import Any

import httpx
from fastapi import FastAPI
from pypdf import PdfReader
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.api.helpers import CITIZEN, site_ids, started_course, therapist_id
from tests.api.test_teams import new_team, room
from tests.conftest import add_staff, log_in, make_client

DAY = "2026-12-01"
A_FROM, B_FROM = "Ishøj Strandvej 1, 2635 Ishøj", "Vallensbæk Torvevej 3, 2625 Vallensbæk"
TO = "Ishøj Boulevard 2A, 2635 Ishøj"


def _booking(course: str, staff: str, at: str, place: dict[str, Any]) -> dict[str, Any]:
    hour, minute = at.split(":")
    ends = f"{int(hour):02d}:{int(minute) + 45:02d}"
    return {
        "course_id": course, "provider": "therapist", "staff_id": staff,
        "discipline": "physiotherapy", "place": place,
        "starts_at": f"{DAY}T{at}:00+01:00", "ends_at": f"{DAY}T{ends}:00+01:00",
    }  # fmt: skip


async def _book(client: httpx.AsyncClient, body: dict[str, Any]) -> str:
    booked = await client.post("/api/v1/appointments", json=body)
    assert booked.status_code == 201, booked.text
    return str(booked.json()["id"])


async def _grant(
    client: httpx.AsyncClient, course: str, from_address: str, needs: list[str]
) -> None:
    body = {"reason": "Kan ikke tage bussen", "from_address": from_address, "to_address": TO,
            "needs": needs}  # fmt: skip
    granted = await client.put(f"/api/v1/courses/{course}/transport", json=body)
    assert granted.status_code == 200, granted.text


async def _day_at_syd(client: httpx.AsyncClient) -> tuple[str, set[str]]:
    """The bookings of the day; (Syd's id, the listed citizens' ids)."""
    syd = (await site_ids(client))["syd"]
    staff = await therapist_id(client)
    salen = await room(client, name="Sal 2")
    at_syd = {"kind": "site", "site_id": syd, "room_id": salen}
    a = await started_course(client)
    b = await started_course(client, cpr="030380-3333")
    c = await started_course(client, cpr="020280-2222")
    await _grant(client, a["id"], A_FROM, ["wheelchair", "escort"])
    await _grant(client, b["id"], B_FROM, ["walker"])
    session = await _book(client, _booking(a["id"], staff, "12:00", at_syd))
    await _book(client, _booking(a["id"], staff, "08:00", {"kind": "home"}))
    await _book(client, _booking(c["id"], staff, "14:00", at_syd))
    trip = {
        "agreed_pickup": f"{DAY}T11:15:00+01:00", "actual_pickup": f"{DAY}T11:20:00+01:00",
        "arrival": f"{DAY}T11:50:00+01:00", "session_end": f"{DAY}T12:45:00+01:00",
        "departure": f"{DAY}T12:50:00+01:00", "drop_off": f"{DAY}T13:30:00+01:00",
    }  # fmt: skip
    driven = await client.post(f"/api/v1/appointments/{session}/trip", json=trip)
    assert driven.status_code == 201, driven.text
    team = await new_team(client)
    seated = await client.post(f"/api/v1/teams/{team['id']}/seats", json={"course_id": b["id"]})
    assert seated.status_code == 201, seated.text
    listed = [(await client.get(f"/api/v1/courses/{x['id']}")).json() for x in (a, b)]
    return syd, {course["citizen_id"] for course in listed}


def _rows(response: httpx.Response) -> list[list[str]]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))


async def _last_entry(engine: AsyncEngine) -> Any:
    async with engine.connect() as connection:
        return (
            await connection.execute(text("SELECT * FROM access_log ORDER BY id DESC LIMIT 1"))
        ).one()


async def test_the_days_trips_at_a_site_as_csv_and_pdf_logged_as_an_export(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    syd, citizens = await _day_at_syd(client)
    path = f"/api/v1/sites/{syd}/trip-list"
    answer = await client.get(path, params={"on": DAY})
    rows = _rows(answer)
    assert rows == [
        ["Aftalt afhentning", "Træning begynder", "Træning slutter", "Borger", "Afhentes på",
         "Køres til", "Behov", "Træning"],
        ["", "10.00", "11.00", CITIZEN["name"], B_FROM, TO, "rollator", "Knæholdet"],
        ["11.15", "12.00", "12.45", CITIZEN["name"], A_FROM, TO, "kørestol, ledsager",
         "Individuel træning"],
    ]  # fmt: skip
    assert "attachment" in answer.headers["content-disposition"]
    assert CITIZEN["cpr"][:6] not in answer.text
    entry = await _last_entry(engine)
    assert (entry.operation, entry.use) == ("attendance-trip_list", "export")
    assert {str(citizen) for citizen in entry.citizen_ids} == citizens

    printed = await client.get(path, params={"on": DAY, "format": "pdf"})
    assert printed.status_code == 200, printed.text
    assert printed.headers["content-type"] == "application/pdf"
    content = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(printed.content)).pages)
    assert "Knæholdet" in content
    assert "kørestol, ledsager" in content
    assert CITIZEN["cpr"][:6] not in content

    # Another day has no trips; the header stays.
    assert _rows(await client.get(path, params={"on": "2026-12-02"})) == [rows[0]]


async def test_the_list_shows_only_the_courses_the_caller_may_see(
    client: httpx.AsyncClient,
    app: FastAPI,
    engine: AsyncEngine,
    centre_id: uuid.UUID,
    password_hash: str,
) -> None:
    syd, _ = await _day_at_syd(client)
    await add_staff(engine, centre_id, password_hash, username="nordterapeut",
                    roles=["therapist"], sites=["nord"])  # fmt: skip
    async with make_client(app) as north:
        await log_in(north, "nordterapeut")
        rows = _rows(await north.get(f"/api/v1/sites/{syd}/trip-list", params={"on": DAY}))
    assert len(rows) == 1  # the header only: no course of Syd is theirs to see
    entry = await _last_entry(engine)
    assert (entry.operation, entry.use, list(entry.citizen_ids)) == (
        "attendance-trip_list",
        "export",
        [],
    )


async def test_an_unknown_site_or_format_is_refused(client: httpx.AsyncClient) -> None:
    unknown = await client.get(f"/api/v1/sites/{uuid.uuid4()}/trip-list", params={"on": DAY})
    assert unknown.status_code == 404
    syd = (await site_ids(client))["syd"]
    odd = await client.get(f"/api/v1/sites/{syd}/trip-list", params={"on": DAY, "format": "xls"})
    assert odd.status_code == 422
    no_day = await client.get(f"/api/v1/sites/{syd}/trip-list")
    assert no_day.status_code == 422


async def test_a_seat_cancelled_for_the_day_is_not_driven_until_corrected(
    client: httpx.AsyncClient,
) -> None:
    """B cancels Tuesday's class (registered on the seat before it begins): B's line leaves
    the list, A's stays; the cancellation corrected back to booked brings B's line back."""
    syd, _ = await _day_at_syd(client)
    path = f"/api/v1/sites/{syd}/trip-list"
    [team] = (await client.get("/api/v1/teams")).json()
    page = (await client.get(f"/api/v1/teams/{team['id']}")).json()
    [seat] = page["seats"]
    tuesday = next(o["id"] for o in page["occurrences"] if o["starts_at"].startswith(DAY))
    mark = {"seat_id": seat["id"], "attendance": "cancelled",
            "cancellation": {"reason": "other", "by": "citizen",
                             "reported_at": "2026-11-23T08:00:00Z"}}  # fmt: skip
    made = await client.post(
        f"/api/v1/team-occurrences/{tuesday}/attendance", json={"marks": [mark]}
    )
    assert made.status_code == 201, made.text
    rows = _rows(await client.get(path, params={"on": DAY}))
    assert [row[-1] for row in rows[1:]] == ["Individuel træning"]
    [registration] = made.json()["registrations"]
    undo = {"seat_id": seat["id"], "attendance": "booked",
            "corrects": registration["registration_id"]}  # fmt: skip
    corrected = await client.post(
        f"/api/v1/team-occurrences/{tuesday}/attendance", json={"marks": [undo]}
    )
    assert corrected.status_code == 201, corrected.text
    rows = _rows(await client.get(path, params={"on": DAY}))
    assert [row[-1] for row in rows[1:]] == ["Knæholdet", "Individuel træning"]
