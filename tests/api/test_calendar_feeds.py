"""iCalendar feeds over HTTP, parsed back with the `icalendar` library: a member of staff's
private feed holds their appointments and teams with time and place and no citizen's data;
UIDs stay, SEQUENCE goes up on a change, a cancelled entry stays as STATUS:CANCELLED; the
times are Europe/Copenhagen with its VTIMEZONE; a new address revokes the old (404).

The clock stands at Monday 23 November 2026. The team meets Tuesdays 10:00-11:00 from 30
November to 18 December (1, 8 and 15 December); the course's session at home is Tuesday
24 November 18:00-18:45.
"""

from __future__ import annotations

from datetime import datetime

import httpx
from icalendar import Calendar

from tests.api.helpers import CITIZEN, started_course, therapist_id
from tests.api.test_teams import new_team


async def _parsed(anonymous: httpx.AsyncClient, url: str) -> Calendar:
    answer = await anonymous.get(url)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("text/calendar")
    for personal in (CITIZEN["name"], CITIZEN["cpr"], CITIZEN["address"], "Test", "T.T."):
        assert personal not in answer.text
    return Calendar.from_ical(answer.content)


def _events(calendar: Calendar) -> list[tuple[str, datetime, str, str, int, str]]:
    """The events, less the initial conversations the test helpers book (at times of
    their own choosing), each (summary, start, location, status, sequence, uid)."""
    return [
        (str(e["summary"]), e.decoded("dtstart"), str(e["location"]), str(e["status"]),
         int(e["sequence"]), str(e["uid"]))
        for e in calendar.walk("VEVENT")
        if str(e["summary"]) != "Indledende samtale"
    ]  # fmt: skip


async def test_the_private_feed_holds_time_and_place_and_no_citizen(
    client: httpx.AsyncClient, anonymous: httpx.AsyncClient
) -> None:
    course = await started_course(client)
    staff = await therapist_id(client)
    visit = await client.post("/api/v1/appointments", json={
        "course_id": course["id"], "provider": "therapist", "staff_id": staff,
        "discipline": "physiotherapy", "place": {"kind": "home"},
        "starts_at": "2026-11-24T18:00:00+01:00", "ends_at": "2026-11-24T18:45:00+01:00",
    })  # fmt: skip
    assert visit.status_code == 201, visit.text
    team = await new_team(client, therapist_ids=[staff])
    issued = await client.post("/api/v1/calendar/feeds/me")
    assert issued.status_code == 201, issued.text
    url = issued.json()["url"]
    calendar = await _parsed(anonymous, url)
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Copenhagen"]
    conversations = [e for e in calendar.walk("VEVENT") if e["summary"] == "Indledende samtale"]
    assert [str(e["location"]) for e in conversations] == ["Træningscenter Syd"]
    events = _events(calendar)
    hall = "Træningscenter Syd, Salen"
    shown = [(e[0], e[1].isoformat(), e[2], e[3], e[4]) for e in events]
    assert shown == [
        ("Træning", "2026-11-24T18:00:00+01:00", "Hjemmebesøg", "CONFIRMED", 0),
        ("Hold: Knæholdet", "2026-12-01T10:00:00+01:00", hall, "CONFIRMED", 0),
        ("Hold: Knæholdet", "2026-12-08T10:00:00+01:00", hall, "CONFIRMED", 0),
        ("Hold: Knæholdet", "2026-12-15T10:00:00+01:00", hall, "CONFIRMED", 0),
    ]
    zones = {str(e["dtstart"].params["TZID"]) for e in calendar.walk("VEVENT")}
    assert zones == {"Europe/Copenhagen"}
    # A moved occurrence keeps its UID and counts a change; a cancelled visit stays, cancelled.
    moved = await client.post(
        f"/api/v1/teams/{team['id']}/occurrences/2026-12-08/move",
        json={"starts_at": "2026-12-08T13:00:00+01:00", "ends_at": "2026-12-08T14:00:00+01:00"},
    )
    assert moved.status_code == 200, moved.text
    cancelled = await client.post(
        f"/api/v1/appointments/{visit.json()['id']}/cancel",
        json={"reason": "illness", "by": "citizen"},
    )
    assert cancelled.status_code == 200
    after = _events(await _parsed(anonymous, url))
    assert [(e[1].isoformat(), e[3], e[4], e[5]) for e in after[:3]] == [
        ("2026-11-24T18:00:00+01:00", "CANCELLED", 1, events[0][5]),
        ("2026-12-01T10:00:00+01:00", "CONFIRMED", 0, events[1][5]),
        ("2026-12-08T13:00:00+01:00", "CONFIRMED", 1, events[2][5]),
    ]


async def test_a_new_address_or_a_revocation_makes_the_old_one_404(
    client: httpx.AsyncClient, anonymous: httpx.AsyncClient
) -> None:
    first = (await client.post("/api/v1/calendar/feeds/me")).json()["url"]
    assert (await anonymous.get(first)).status_code == 200
    second = (await client.post("/api/v1/calendar/feeds/me")).json()["url"]
    assert second != first
    gone = await anonymous.get(first)
    assert gone.status_code == 404
    assert gone.headers["content-type"].startswith("application/problem+json")
    assert (await anonymous.get(second)).status_code == 200
    assert (await client.get("/api/v1/calendar/feeds/me")).json() == {"active": True}
    assert (await client.delete("/api/v1/calendar/feeds/me")).status_code == 204
    assert (await anonymous.get(second)).status_code == 404
    assert (await client.get("/api/v1/calendar/feeds/me")).json() == {"active": False}
    assert (
        await anonymous.get("/api/v1/calendar/feeds/not-a-real-token-at-all.ics")
    ).status_code == 404


async def test_a_teams_feed_lists_its_occurrences_cancelled_ones_marked(
    client: httpx.AsyncClient,
) -> None:
    team = await new_team(client)
    await client.post(f"/api/v1/teams/{team['id']}/occurrences/2026-12-15/cancel")
    answer = await client.get(f"/api/v1/teams/{team['id']}/calendar.ics")
    assert answer.status_code == 200, answer.text
    events = _events(Calendar.from_ical(answer.content))
    assert [(e[1].date().isoformat(), e[3]) for e in events] == [
        ("2026-12-01", "CONFIRMED"),
        ("2026-12-08", "CONFIRMED"),
        ("2026-12-15", "CANCELLED"),
    ]
    assert str(Calendar.from_ical(answer.content)["x-wr-calname"]) == "Hold: Knæholdet"
