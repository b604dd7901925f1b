"""Access's use cases without HTTP: logging in, staff accounts, API keys and the access log."""

from __future__ import annotations

import asyncio
import dataclasses
import uuid
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from api.access.schemas import ApiKeyIn, UserChange, UserIn
from api.access.use_cases import (
    LoggedIn,
    change_password,
    change_user,
    citizen_report,
    create_api_key,
    create_user,
    current_session,
    list_api_keys,
    list_users,
    login,
    logout,
    reset_password,
    revoke_api_key,
    search_access_log,
)
from api.citizens.schemas import CitizenSearch
from api.citizens.use_cases import search_citizens
from api.security.errors import Forbidden, Unauthenticated
from api.security.secrets import digest
from domain.errors import Conflict, NotFound, RuleViolation
from tests.conftest import DEFAULT_NOW, PASSWORD
from tests.use_cases.conftest import Centre, open_case

NEW_PASSWORD = "Et-Helt-Andet-Kodeord-42"


def _user(centre: Centre, **changes: object) -> UserIn:
    body = {
        "username": "ny.terapeut",
        "display_name": "Ny Terapeut",
        "roles": ["therapist"],
        "site_ids": [str(centre.sites["nord"])],
        "password": NEW_PASSWORD,
        **changes,
    }
    return UserIn.model_validate(body)


async def test_a_right_password_starts_a_session_and_a_wrong_one_is_refused(
    centre: Centre,
) -> None:
    async def log_in(password: str) -> LoggedIn:
        async with centre.leader.factory() as session:
            done = await login(session, username="leder", password=password, address="test",
                               now=DEFAULT_NOW, slots=asyncio.Semaphore(1))  # fmt: skip
            await session.commit()
        return done

    done = await log_in(PASSWORD)
    assert done.user.username == "leder"
    with pytest.raises(Unauthenticated):
        await log_in("Forkert-Kodeord-Igen-1")


async def test_a_staff_account_is_created_changed_and_reset(centre: Centre) -> None:
    user = await centre.leader(create_user, _user(centre))
    assert "ny.terapeut" in {row.username for row in await centre.leader(list_users)}
    with pytest.raises(Conflict):
        await centre.leader(create_user, _user(centre))
    changed = await centre.leader(change_user, user.id, UserChange(active=False))
    assert not changed.active
    await centre.leader(reset_password, user.id, "Endnu-Et-Nyt-Kodeord-7")


async def test_a_staff_account_at_an_unknown_site_is_refused(centre: Centre) -> None:
    with pytest.raises(RuleViolation):
        await centre.leader(create_user, _user(centre, site_ids=[str(uuid.uuid4())]))


async def test_an_api_key_is_created_once_and_revoked(centre: Centre) -> None:
    key, text = await centre.leader(
        create_api_key, ApiKeyIn.model_validate({"name": "EOJ", "scopes": ["cases.read"]})
    )
    assert key.prefix in text
    await centre.leader(revoke_api_key, key.id)
    [listed] = await centre.leader(list_api_keys)
    assert listed.revoked_at is not None
    with pytest.raises(NotFound):
        await centre.leader(revoke_api_key, uuid.uuid4())


async def test_the_access_log_answers_the_auditor_and_the_citizen(centre: Centre) -> None:
    await open_case(centre)
    [match] = await centre.leader(search_citizens, CitizenSearch(name="Testesen"))
    citizen_id = uuid.UUID(match["id"])  # the lean search answers ids as text, as in JSON
    page, _, _ = await centre.leader(
        search_access_log, citizen_id=citizen_id, user_id=None, from_=None, to=None,
        limit=100, cursor=None,
    )  # fmt: skip
    assert page
    assert all(citizen_id in row.citizen_ids for row in page)
    organisation, uses = await centre.leader(citizen_report, citizen_id)
    assert organisation
    assert uses
    with pytest.raises(RuleViolation):
        await centre.leader(
            search_access_log, citizen_id=None, user_id=None, from_=date(2026, 11, 23),
            to=date(2026, 11, 1), limit=10, cursor=None,
        )  # fmt: skip


async def _log_in(centre: Centre, password: str) -> LoggedIn:
    async with centre.leader.factory() as session:
        done = await login(session, username="leder", password=password, address="test",
                           now=DEFAULT_NOW, slots=asyncio.Semaphore(1))  # fmt: skip
        await session.commit()
    return done


async def test_a_browser_session_is_read_its_password_changed_and_ended(
    centre: Centre, engine: AsyncEngine
) -> None:
    here, elsewhere = await _log_in(centre, PASSWORD), await _log_in(centre, PASSWORD)
    desk = dataclasses.replace(
        centre.leader, session_hash=digest(here.token), csrf_token=here.csrf_token
    )

    async def revoked(logged_in: LoggedIn) -> bool:
        async with engine.connect() as connection:
            query = text("SELECT revoked_at IS NOT NULL FROM staff_sessions WHERE token_hash = :h")
            return bool(await connection.scalar(query, {"h": digest(logged_in.token)}))

    user, csrf_token, expires_at = await desk(current_session)
    assert (user.username, csrf_token, expires_at) == ("leder", here.csrf_token, here.expires_at)
    with pytest.raises(Forbidden):  # no browser session: an API key, say
        await centre.leader(current_session)

    with pytest.raises(RuleViolation):
        await desk(change_password, "Forkert-Kodeord-Igen-1", NEW_PASSWORD)
    await desk(change_password, PASSWORD, NEW_PASSWORD)
    assert (await revoked(here), await revoked(elsewhere)) == (False, True)
    await _log_in(centre, NEW_PASSWORD)
    with pytest.raises(Unauthenticated):
        await _log_in(centre, PASSWORD)

    await desk(logout)
    assert await revoked(here)
