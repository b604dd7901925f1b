"""Access's use cases: logging in and out, one's own session and password, staff accounts and
API keys, and the access log for auditors and for a citizen's own request.

Logging in has no caller yet: it takes the session and what it needs of the request (the
client's address, the clock's now and the process's login slots) as plain values.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from api.access.schemas import ApiKeyIn, UserChange, UserIn
from api.context import audit
from api.security.authentication import SessionPolicy, api_key_text, new_prefix
from api.security.errors import Forbidden, TooManyAttempts, Unauthenticated
from api.security.secrets import digest, hash_password, new_token, verify_password
from api.unit_of_work import UnitOfWork
from domain.access.passwords import check_password
from domain.access.permissions import API_KEY_SCOPES, check_discipline
from domain.calendar import COPENHAGEN, FIRST_YEAR, LAST_YEAR
from domain.citizens import Cpr
from domain.errors import RuleViolation
from persistence.access import access_log, staff
from persistence.access.models import AccessLogEntry
from persistence.access.models import ApiKey as ApiKey  # the routes shape it
from persistence.access.models import StaffUser as StaffUser  # the routes shape it
from persistence.casework import look_up_cpr
from persistence.centre import Centre, list_sites
from persistence.citizens import Citizen, citizens_by_name, get_citizen

FAILURE_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_ACCOUNT = 5
MAX_FAILURES_PER_ADDRESS = 20


# --- logging in and out -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LoggedIn:
    """A new browser session: the token goes in the cookie, the CSRF token in the answer."""

    user: StaffUser
    token: str
    csrf_token: str
    expires_at: datetime


async def login(
    session: AsyncSession,
    *,
    username: str,
    password: str,
    address: str,
    now: datetime,
    slots: AbstractAsyncContextManager[Any],
) -> LoggedIn:
    """Check a password within the throttle, and start a session for the user."""
    # Logins queue in `slots` rather than in the pool: however many arrive, they hold at most
    # that many connections of this process while they wait for the throttle's locks.
    async with slots:
        reserved = await staff.reserve_password_check(
            session,
            username=username,
            address=address,
            now=now,
            since=now - FAILURE_WINDOW,
            max_per_account=MAX_FAILURES_PER_ACCOUNT,
            max_per_address=MAX_FAILURES_PER_ADDRESS,
        )
        if reserved is None:
            await session.rollback()  # the locks and the connection go before the slot does
            raise TooManyAttempts(int(FAILURE_WINDOW.total_seconds()))
        user = await staff.user_by_username(session, username)
        # The check stays counted as a failure unless the password is right; the commit
        # gives the connection back while Argon2 runs, so slow guesses cannot hold the pool.
        await session.commit()
    valid = await verify_password(user.password_hash if user else None, password)
    if user is None or not valid or not user.active:
        raise Unauthenticated("Forkert brugernavn eller adgangskode.")
    await staff.release_password_check(session, reserved)
    token, csrf_token = new_token(), new_token()
    expires_at = now + SessionPolicy().absolute
    await staff.add_session(
        session,
        token_hash=digest(token),
        user_id=user.id,
        csrf_token=csrf_token,
        now=now,
        expires_at=expires_at,
    )
    return LoggedIn(user, token, csrf_token, expires_at)


async def current_session(work: UnitOfWork) -> tuple[StaffUser, str, datetime]:
    """The logged-in user, the CSRF token of this session and when it expires."""
    caller = work.caller
    if caller.session_hash is None or caller.csrf_token is None:
        raise Forbidden("Kun for brugere logget ind i browseren.")
    found = await staff.session_with_user(work.session, caller.session_hash)
    assert found is not None  # authentication just read the same row
    record, user = found
    return user, caller.csrf_token, record.expires_at


async def logout(work: UnitOfWork) -> None:
    """End this browser session."""
    caller = work.caller
    if caller.session_hash is not None:
        await staff.revoke_session(work.session, caller.session_hash, caller.now())


async def change_password(work: UnitOfWork, current_password: str, new_password: str) -> None:
    """Change one's own password; the user's other sessions end."""
    session, caller = work.session, work.caller
    if caller.principal.kind != "user" or caller.session_hash is None:
        raise Forbidden("Kun for brugere logget ind i browseren.")
    user = await staff.get_user(session, caller.centre_id, caller.principal.id)
    if not await verify_password(user.password_hash, current_password):
        raise RuleViolation("Den nuværende adgangskode er forkert.", field="current_password")
    check_password(new_password, field="new_password")
    user.password_hash = await hash_password(new_password)
    user.password_changed_at = caller.now()
    await staff.revoke_sessions_of(session, user.id, caller.now(), keep=caller.session_hash)


# --- staff accounts and API keys ------------------------------------------------------------


async def _check_sites(work: UnitOfWork, site_ids: list[uuid.UUID]) -> None:
    known = {site.id for site in await list_sites(work.session, work.caller.centre_id)}
    if not set(site_ids) <= known:
        raise RuleViolation("En eller flere matrikler findes ikke.", field="site_ids")


async def list_users(work: UnitOfWork) -> Sequence[StaffUser]:
    return await staff.list_users(work.session, work.caller.centre_id)


async def create_user(work: UnitOfWork, body: UserIn) -> StaffUser:
    """Create a staff account with a first password the user should change."""
    check_password(body.password)
    await _check_sites(work, body.site_ids)
    check_discipline(body.roles, body.discipline is not None)
    return await staff.add_user(
        work.session,
        work.caller.centre_id,
        username=body.username,
        display_name=body.display_name,
        password_hash=await hash_password(body.password),
        roles=[role.value for role in dict.fromkeys(body.roles)],
        site_ids=list(dict.fromkeys(body.site_ids)),
        discipline=body.discipline.value if body.discipline else None,
    )


async def change_user(work: UnitOfWork, user_id: uuid.UUID, body: UserChange) -> StaffUser:
    """Change a user's name, roles, sites or active flag; deactivating ends their sessions."""
    session, caller = work.session, work.caller
    user = await staff.get_user(session, caller.centre_id, user_id)
    if body.display_name is not None:
        user.display_name = body.display_name
    if body.roles is not None:
        user.roles = [role.value for role in dict.fromkeys(body.roles)]
    if body.site_ids is not None:
        await _check_sites(work, body.site_ids)
        user.site_ids = list(dict.fromkeys(body.site_ids))
    if "discipline" in body.model_fields_set:
        user.discipline = body.discipline.value if body.discipline else None
    check_discipline(user.roles, user.discipline is not None)
    if body.active is not None:
        user.active = body.active
        if not body.active:
            await staff.revoke_sessions_of(session, user.id, caller.now())
    await session.flush()
    return user


async def reset_password(work: UnitOfWork, user_id: uuid.UUID, new_password: str) -> None:
    """Set a new password for a user; their sessions end."""
    session, caller = work.session, work.caller
    user = await staff.get_user(session, caller.centre_id, user_id)
    check_password(new_password, field="new_password")
    user.password_hash = await hash_password(new_password)
    user.password_changed_at = caller.now()
    await staff.revoke_sessions_of(session, user.id, caller.now())


async def list_api_keys(work: UnitOfWork) -> Sequence[ApiKey]:
    return await staff.list_api_keys(work.session, work.caller.centre_id)


async def create_api_key(work: UnitOfWork, body: ApiKeyIn) -> tuple[ApiKey, str]:
    """A key for an integration client, and its text (shown once, never kept)."""
    caller = work.caller
    if not set(body.scopes) <= API_KEY_SCOPES:
        raise RuleViolation(
            "Et eller flere scopes kan ikke gives til en API-nøgle.", field="scopes"
        )
    prefix, secret = new_prefix(), new_token()
    key = await staff.add_api_key(
        work.session,
        ApiKey(
            centre_id=caller.centre_id,
            name=body.name,
            prefix=prefix,
            secret_hash=digest(secret),
            scopes=[scope.value for scope in dict.fromkeys(body.scopes)],
            created_by=caller.principal.user_id,
            created_at=caller.now(),
        ),
    )
    return key, api_key_text(prefix, secret)


async def revoke_api_key(work: UnitOfWork, key_id: uuid.UUID) -> None:
    await staff.revoke_api_key(work.session, work.caller.centre_id, key_id, work.caller.now())


# --- the access log ---------------------------------------------------------------------------


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=COPENHAGEN)


async def search_access_log(
    work: UnitOfWork,
    *,
    citizen_id: uuid.UUID | None,
    user_id: uuid.UUID | None,
    from_: date | None,
    to: date | None,
    limit: int,
    cursor: int | None,
) -> tuple[Sequence[AccessLogEntry], str | None, dict[uuid.UUID, str]]:
    """Entries newest first, by citizen, user and period (Copenhagen dates, both included),
    the cursor of the next page, and the staff's names by user id (the log keeps usernames);
    the search is logged as a use of personal data."""
    session, caller = work.session, work.caller
    for field, day in (("from", from_), ("to", to)):
        if day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise RuleViolation(f"Datoen skal ligge i årene {FIRST_YEAR}-{LAST_YEAR}.", field=field)
    if from_ and to and to < from_:
        raise RuleViolation("Perioden slutter før den begynder.", field="to")
    rows = await access_log.search_access_log(
        session,
        caller.centre_id,
        limit=limit + 1,
        before_id=cursor,
        citizen_id=citizen_id,
        user_id=user_id,
        since=_start_of(from_) if from_ else None,
        until=_start_of(to + timedelta(days=1)) if to else None,
    )
    page = rows[:limit]
    # The auditor's own search is a use of personal data too.
    criterion = f"citizen={citizen_id or '*'} user={user_id or '*'} from={from_} to={to}"
    await audit(
        session,
        caller,
        use="search",
        citizen_ids=[citizen_id] if citizen_id else [],
        criterion=criterion[:200],
    )
    names = {
        user.id: user.display_name for user in await staff.list_users(session, caller.centre_id)
    }
    return page, str(page[-1].id) if len(rows) > limit else None, names


async def citizen_report(
    work: UnitOfWork, citizen_id: uuid.UUID
) -> tuple[str, Sequence[AccessLogEntry]]:
    """The uses of a citizen's data (GDPR art. 15), and the organisation that made them."""
    session, caller = work.session, work.caller
    await get_citizen(session, caller.centre_id, citizen_id, field="citizen_id")
    centre = await session.get(Centre, caller.centre_id)
    assert centre is not None
    rows = await access_log.uses_of_citizen(session, caller.centre_id, citizen_id)
    await audit(session, caller, use="export", citizen_ids=[citizen_id])
    return centre.name, rows


async def find_citizens_for_audit(
    work: UnitOfWork, *, cpr: str | None, name: str | None
) -> list[Citizen]:
    """Citizens of the centre by exact CPR number or part of the name, for the auditor to
    choose whose log to read. The search is itself logged, its criterion without the number."""
    session, caller = work.session, work.caller
    if (cpr is None) == (name is None):
        raise RuleViolation("Søg på enten CPR-nummer eller navn.", field="cpr")
    if cpr is not None:
        found = await look_up_cpr(
            session, caller.centre_id, Cpr.parse(cpr, today=caller.today()), None
        )
        rows = [] if found is None else [found[0]]
        criterion = "cpr"
    else:
        assert name is not None  # one of the two, checked above
        rows = await citizens_by_name(session, caller.centre_id, name)
        criterion = f"name:{name}"
    await audit(
        session, caller, use="search", citizen_ids=[row.id for row in rows],
        criterion=criterion[:200],
    )  # fmt: skip
    return rows
