"""Staff accounts, their sessions, integration clients' API keys and failed logins."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import bindparam, delete, func, select, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from domain.errors import Conflict, NotFound
from persistence.access.models import ApiKey, LoginFailure, StaffSession, StaffUser
from persistence.changes import KEEPS_CACHES


async def add_user(
    session: AsyncSession,
    centre_id: uuid.UUID,
    *,
    username: str,
    display_name: str,
    password_hash: str,
    roles: list[str],
    site_ids: list[uuid.UUID],
    discipline: str | None = None,
) -> StaffUser:
    inserted: StaffUser | None = await session.scalar(
        insert(StaffUser)
        .values(
            centre_id=centre_id,
            username=username,
            display_name=display_name,
            password_hash=password_hash,
            roles=roles,
            site_ids=site_ids,
            discipline=discipline,
        )
        .on_conflict_do_nothing(index_elements=[func.lower(StaffUser.username)])
        .returning(StaffUser)
    )
    if inserted is None:
        raise Conflict("Brugernavnet er optaget.", field="username")
    return inserted


async def user_by_username(session: AsyncSession, username: str) -> StaffUser | None:
    return await session.scalar(
        select(StaffUser).where(func.lower(StaffUser.username) == username.lower())
    )


async def get_user(
    session: AsyncSession, centre_id: uuid.UUID, user_id: uuid.UUID, *, field: str | None = None
) -> StaffUser:
    user = await session.scalar(
        select(StaffUser).where(StaffUser.centre_id == centre_id, StaffUser.id == user_id)
    )
    if user is None:
        raise NotFound("Brugeren findes ikke.", field=field)
    return user


async def list_users(session: AsyncSession, centre_id: uuid.UUID) -> list[StaffUser]:
    rows = await session.scalars(
        select(StaffUser).where(StaffUser.centre_id == centre_id).order_by(StaffUser.username)
    )
    return list(rows)


async def revoke_sessions_of(
    session: AsyncSession, user_id: uuid.UUID, now: datetime, *, keep: str | None = None
) -> None:
    """End a user's sessions, all but `keep` (the one changing its own password)."""
    query = update(StaffSession).where(
        StaffSession.user_id == user_id, StaffSession.revoked_at.is_(None)
    )
    if keep is not None:
        query = query.where(StaffSession.token_hash != keep)
    await session.execute(query.values(revoked_at=now))


async def add_session(
    session: AsyncSession,
    *,
    token_hash: str,
    user_id: uuid.UUID,
    csrf_token: str,
    now: datetime,
    expires_at: datetime,
) -> None:
    session.add(
        StaffSession(
            token_hash=token_hash,
            user_id=user_id,
            csrf_token=csrf_token,
            created_at=now,
            last_seen_at=now,
            expires_at=expires_at,
        )
    )
    await session.flush()


# The look-ups behind every authenticated request, built once.
_SESSION_WITH_USER = (
    select(StaffSession, StaffUser)
    .join(StaffUser, StaffUser.id == StaffSession.user_id)
    .where(StaffSession.token_hash == bindparam("token_hash"))
)
_API_KEY_BY_PREFIX = select(ApiKey).where(ApiKey.prefix == bindparam("prefix"))


async def session_with_user(
    session: AsyncSession, token_hash: str
) -> tuple[StaffSession, StaffUser] | None:
    row = (await session.execute(_SESSION_WITH_USER, {"token_hash": token_hash})).one_or_none()
    return (row[0], row[1]) if row else None


async def touch_session(session: AsyncSession, token_hash: str, now: datetime) -> None:
    await session.execute(
        update(StaffSession)
        .where(StaffSession.token_hash == token_hash)
        .values(last_seen_at=now)
        .execution_options(**{KEEPS_CACHES: True})
    )


async def revoke_session(session: AsyncSession, token_hash: str, now: datetime) -> None:
    await session.execute(
        update(StaffSession)
        .where(StaffSession.token_hash == token_hash, StaffSession.revoked_at.is_(None))
        .values(revoked_at=now)
    )


async def reserve_password_check(
    session: AsyncSession,
    *,
    username: str,
    address: str,
    now: datetime,
    since: datetime,
    max_per_account: int,
    max_per_address: int,
) -> int | None:
    """Count a password check before it is made, or None when the limits are reached.

    The check counts as a failure until `release_password_check` says it succeeded, so
    concurrent guesses each count. Advisory locks (per account, then per address: always in
    that order, so two logins never wait for each other in a circle) make the count and the
    insert one step: of any number of concurrent attempts, at most the limit get through.
    The count runs after the locks, in a statement of its own, so it sees what the lock's
    last holder committed.
    """
    account, client = username.lower()[:64], address[:64]
    await session.execute(
        text(
            "SELECT pg_advisory_xact_lock(hashtextextended('login-account:' || :account, 0)),"
            " pg_advisory_xact_lock(hashtextextended('login-address:' || :client, 0))"
        ),
        {"account": account, "client": client},
    )
    by_account = select(func.count()).where(
        LoginFailure.username == account, LoginFailure.at >= since
    )
    by_address = select(func.count()).where(
        LoginFailure.client_address == client, LoginFailure.at >= since
    )
    counts = (
        await session.execute(select(by_account.scalar_subquery(), by_address.scalar_subquery()))
    ).one()
    if counts[0] >= max_per_account or counts[1] >= max_per_address:
        return None
    reserved = await session.execute(
        insert(LoginFailure)
        .values(username=account, client_address=client, at=now)
        .returning(LoginFailure.id)
    )
    return int(reserved.scalar_one())


async def release_password_check(session: AsyncSession, reserved: int) -> None:
    """The password was right: the check no longer counts as a failure."""
    await session.execute(delete(LoginFailure).where(LoginFailure.id == reserved))


async def add_api_key(session: AsyncSession, key: ApiKey) -> ApiKey:
    session.add(key)
    await session.flush()
    return key


async def api_key_by_prefix(session: AsyncSession, prefix: str) -> ApiKey | None:
    key: ApiKey | None = await session.scalar(_API_KEY_BY_PREFIX, {"prefix": prefix})
    return key


async def list_api_keys(session: AsyncSession, centre_id: uuid.UUID) -> list[ApiKey]:
    rows = await session.scalars(
        select(ApiKey).where(ApiKey.centre_id == centre_id).order_by(ApiKey.created_at)
    )
    return list(rows)


async def revoke_api_key(
    session: AsyncSession, centre_id: uuid.UUID, key_id: uuid.UUID, now: datetime
) -> None:
    revoked = await session.scalar(
        update(ApiKey)
        .where(ApiKey.centre_id == centre_id, ApiKey.id == key_id)
        .values(revoked_at=func.coalesce(ApiKey.revoked_at, now))
        .returning(ApiKey.id)
    )
    if revoked is None:
        raise NotFound("API-nøglen findes ikke.")


async def touch_api_key(session: AsyncSession, key_id: uuid.UUID, now: datetime) -> None:
    await session.execute(
        update(ApiKey)
        .where(ApiKey.id == key_id)
        .values(last_used_at=now)
        .execution_options(**{KEEPS_CACHES: True})
    )
