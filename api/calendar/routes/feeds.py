"""iCalendar feeds: the caller's private feed address, its revocation, the feed itself (by
its secret token, without a login, as calendar programs fetch it) and a team's feed."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request, Response, status

from api.calendar import use_cases
from api.calendar.schemas import FeedOut, FeedStatusOut
from api.context import PUBLIC, Session, guard
from api.unit_of_work import Work
from domain.access import Permission

router = APIRouter(tags=["calendar"])
OWN = guard(Permission.COURSES_READ)
MANAGE = guard(Permission.SCHEDULING_MANAGE)
ICALENDAR = "text/calendar; charset=utf-8"
FEED: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {
            "text/calendar": {
                "schema": {"type": "string"},
                "example": "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Træningscenter//DA\r\n"
                "END:VCALENDAR\r\n",
            }
        },
        "description": "An iCalendar (RFC 5545) document.",
    }
}
Token = Annotated[str, Path(min_length=20, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]


def _calendar(body: bytes) -> Response:
    # Private: a shared cache must not keep one member of staff's calendar.
    return Response(body, media_type=ICALENDAR, headers={"Cache-Control": "private, no-store"})


@router.post(
    "/calendar/feeds/me", operation_id="calendar-issue_feed",
    status_code=status.HTTP_201_CREATED, **OWN,
)  # fmt: skip
async def issue_feed(work: Work) -> FeedOut:
    """A new private feed address for the caller (shown once); any earlier one stops."""
    return await use_cases.issue_feed(work)


@router.get("/calendar/feeds/me", operation_id="calendar-feed_status", **OWN)
async def feed_status(work: Work) -> FeedStatusOut:
    return await use_cases.feed_status(work)


@router.delete(
    "/calendar/feeds/me", operation_id="calendar-revoke_feed",
    status_code=status.HTTP_204_NO_CONTENT, **OWN,
)  # fmt: skip
async def revoke_feed(work: Work) -> None:
    """The caller's feed address stops working (404)."""
    await use_cases.revoke_own_feed(work)


@router.delete(
    "/staff/{staff_id}/calendar-feed", operation_id="calendar-revoke_feed_of",
    status_code=status.HTTP_204_NO_CONTENT, **MANAGE,
)  # fmt: skip
async def revoke_feed_of(staff_id: uuid.UUID, work: Work) -> None:
    """The team leader stops a member of staff's feed address."""
    await use_cases.revoke_feed_of(work, staff_id)


@router.get(
    "/calendar/feeds/{token}.ics", operation_id="calendar-staff_feed",
    response_class=Response, responses=FEED, **PUBLIC,
)  # fmt: skip
async def staff_feed(token: Token, request: Request, session: Session) -> Response:
    """A member of staff's appointments and teams, a month back and half a year ahead:
    time, kind and place (site and room, or "Hjemmebesøg"), never a citizen. A revoked or
    unknown address answers 404."""
    return _calendar(await use_cases.staff_feed(session, request.app.state.clock, token))


@router.get(
    "/teams/{team_id}/calendar.ics", operation_id="calendar-team_feed",
    response_class=Response, responses=FEED, **guard(Permission.CENTRE_READ),
)  # fmt: skip
async def team_feed(team_id: uuid.UUID, work: Work) -> Response:
    """Every occurrence of the team, cancelled ones marked."""
    return _calendar(await use_cases.team_feed(work, team_id))
