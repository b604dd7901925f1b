"""Administration: staff accounts and integration clients' API keys."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response, status

from api.access.schemas import (
    ApiKeyCreated,
    ApiKeyIn,
    ApiKeyOut,
    PasswordReset,
    RoleOut,
    UserChange,
    UserIn,
    UserOut,
)
from api.context import CallerDep, Session, guard
from api.security.authentication import api_key_text, new_prefix
from api.security.secrets import digest, hash_password, new_token
from domain.access.passwords import check_password
from domain.access.permissions import API_KEY_SCOPES, ROLE_PERMISSIONS, Permission
from domain.errors import RuleViolation
from persistence.access import staff
from persistence.access.models import ApiKey, StaffUser
from persistence.centre import list_sites

router = APIRouter(prefix="/admin", tags=["admin"])


def user_out(user: StaffUser) -> UserOut:
    return UserOut.model_validate(user, from_attributes=True)


async def _check_sites(session: Session, caller: CallerDep, site_ids: list[uuid.UUID]) -> None:
    known = {site.id for site in await list_sites(session, caller.centre_id)}
    if not set(site_ids) <= known:
        raise RuleViolation("En eller flere matrikler findes ikke.", field="site_ids")


@router.get("/roles", operation_id="admin-list_roles", **guard(Permission.USERS_MANAGE))
async def list_roles(_: CallerDep) -> list[RoleOut]:
    """The permission table: what each role may do."""
    return [
        RoleOut(role=role, permissions=sorted(permissions))
        for role, permissions in ROLE_PERMISSIONS.items()
    ]


@router.get("/users", operation_id="admin-list_users", **guard(Permission.USERS_MANAGE))
async def list_users(session: Session, caller: CallerDep) -> list[UserOut]:
    return [user_out(user) for user in await staff.list_users(session, caller.centre_id)]


@router.post(
    "/users",
    operation_id="admin-create_user",
    status_code=status.HTTP_201_CREATED,
    responses={409: {"description": "The username is taken"}},
    **guard(Permission.USERS_MANAGE),
)
async def create_user(body: UserIn, session: Session, caller: CallerDep) -> UserOut:
    """Create a staff account with a first password the user should change."""
    check_password(body.password)
    await _check_sites(session, caller, body.site_ids)
    user = await staff.add_user(
        session,
        caller.centre_id,
        username=body.username,
        display_name=body.display_name,
        password_hash=await hash_password(body.password),
        roles=[role.value for role in dict.fromkeys(body.roles)],
        site_ids=list(dict.fromkeys(body.site_ids)),
    )
    return user_out(user)


@router.patch(
    "/users/{user_id}", operation_id="admin-change_user", **guard(Permission.USERS_MANAGE)
)
async def change_user(
    user_id: uuid.UUID, body: UserChange, session: Session, caller: CallerDep
) -> UserOut:
    """Change a user's name, roles, sites or active flag; deactivating ends their sessions."""
    user = await staff.get_user(session, caller.centre_id, user_id)
    if body.display_name is not None:
        user.display_name = body.display_name
    if body.roles is not None:
        user.roles = [role.value for role in dict.fromkeys(body.roles)]
    if body.site_ids is not None:
        await _check_sites(session, caller, body.site_ids)
        user.site_ids = list(dict.fromkeys(body.site_ids))
    if body.active is not None:
        user.active = body.active
        if not body.active:
            await staff.revoke_sessions_of(session, user.id, caller.now())
    await session.flush()
    return user_out(user)


@router.post(
    "/users/{user_id}/password",
    operation_id="admin-reset_password",
    status_code=status.HTTP_204_NO_CONTENT,
    **guard(Permission.USERS_MANAGE),
)
async def reset_password(
    user_id: uuid.UUID, body: PasswordReset, session: Session, caller: CallerDep
) -> Response:
    """Set a new password for a user; their sessions end."""
    user = await staff.get_user(session, caller.centre_id, user_id)
    check_password(body.new_password, field="new_password")
    user.password_hash = await hash_password(body.new_password)
    user.password_changed_at = caller.now()
    await staff.revoke_sessions_of(session, user.id, caller.now())
    return Response(status_code=status.HTTP_204_NO_CONTENT)


def key_out(key: ApiKey) -> ApiKeyOut:
    return ApiKeyOut.model_validate(key, from_attributes=True)


@router.get("/api-keys", operation_id="admin-list_api_keys", **guard(Permission.API_KEYS_MANAGE))
async def list_api_keys(session: Session, caller: CallerDep) -> list[ApiKeyOut]:
    return [key_out(key) for key in await staff.list_api_keys(session, caller.centre_id)]


@router.post(
    "/api-keys",
    operation_id="admin-create_api_key",
    status_code=status.HTTP_201_CREATED,
    **guard(Permission.API_KEYS_MANAGE),
)
async def create_api_key(body: ApiKeyIn, session: Session, caller: CallerDep) -> ApiKeyCreated:
    """Create a key for an integration client; the secret is shown in this answer only."""
    if not set(body.scopes) <= API_KEY_SCOPES:
        raise RuleViolation(
            "Et eller flere scopes kan ikke gives til en API-nøgle.", field="scopes"
        )
    prefix, secret = new_prefix(), new_token()
    key = await staff.add_api_key(
        session,
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
    return ApiKeyCreated(**key_out(key).model_dump(), secret=api_key_text(prefix, secret))


@router.delete(
    "/api-keys/{key_id}",
    operation_id="admin-revoke_api_key",
    status_code=status.HTTP_204_NO_CONTENT,
    **guard(Permission.API_KEYS_MANAGE),
)
async def revoke_api_key(key_id: uuid.UUID, session: Session, caller: CallerDep) -> Response:
    await staff.revoke_api_key(session, caller.centre_id, key_id, caller.now())
    return Response(status_code=status.HTTP_204_NO_CONTENT)
