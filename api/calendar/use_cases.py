"""Calendar feeds: issue, revoke and read a member of staff's private feed; a team's feed.

The feed's token is a capability (256 random bits in the address), not personal data, and
only its digest is stored. The feed itself holds no citizen's data (see ical.py), so reading
it is no use of citizens' data and is not in the access log.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from api.calendar.ical import feed
from api.calendar.schemas import FeedOut, FeedStatusOut
from api.clock import Clock
from api.security.secrets import digest, new_token
from api.unit_of_work import UnitOfWork
from domain.errors import NotFound
from persistence import calendar
from persistence.access import get_user
from persistence.scheduling import get_team

FEED_PATH = "/api/v1/calendar/feeds/{token}.ics"
# A feed reaches back a month and ahead half a year: bounded work per fetch.
PAST = timedelta(days=31)
AHEAD = timedelta(days=183)


def _own(work: UnitOfWork) -> uuid.UUID:
    user = work.caller.principal.user_id
    if user is None:
        raise NotFound("Kun medarbejdere har en kalender.")
    return user


async def issue_feed(work: UnitOfWork) -> FeedOut:
    """A new secret address for the caller's feed; the old one answers 404 from now on."""
    token = new_token()
    await calendar.issue_feed(work.session, work.caller.centre_id, _own(work), digest(token))
    return FeedOut(url=FEED_PATH.format(token=token))


async def feed_status(work: UnitOfWork) -> FeedStatusOut:
    active = await calendar.has_feed(work.session, work.caller.centre_id, _own(work))
    return FeedStatusOut(active=active)


async def revoke_own_feed(work: UnitOfWork) -> None:
    await calendar.revoke_feed(work.session, work.caller.centre_id, _own(work))


async def revoke_feed_of(work: UnitOfWork, staff_id: uuid.UUID) -> None:
    """The team leader revokes a member of staff's feed (a lost phone, a leaver)."""
    await get_user(work.session, work.caller.centre_id, staff_id)
    await calendar.revoke_feed(work.session, work.caller.centre_id, staff_id)


async def staff_feed(session: AsyncSession, clock: Clock, token: str) -> bytes:
    """The feed the token opens; an unknown or revoked token is a 404, as any unknown page."""
    owner = await calendar.feed_owner(session, digest(token))
    if owner is None:
        raise NotFound("Kalenderen findes ikke.")
    centre_id, staff_id = owner
    today = clock.today()
    entries = await calendar.staff_feed_entries(
        session, centre_id, staff_id, first=today - PAST, last=today + AHEAD
    )
    return feed("Træningscenter: min kalender", entries)


async def team_feed(work: UnitOfWork, team_id: uuid.UUID) -> bytes:
    record = await get_team(work.session, work.caller.centre_id, team_id)
    entries = await calendar.team_feed_entries(work.session, work.caller.centre_id, team_id)
    return feed(f"Hold: {record.row.name}", entries)
