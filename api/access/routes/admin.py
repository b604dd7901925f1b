"""Administration: staff accounts and integration clients' API keys."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response, status

from api.access import use_cases
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
from api.context import CallerDep, guard
from api.unit_of_work import Work
from domain.access.permissions import ROLE_PERMISSIONS, Permission

router = APIRouter(prefix="/admin", tags=["admin"])


def user_out(user: use_cases.StaffUser) -> UserOut:
    return UserOut.model_validate(user, from_attributes=True)


@router.get("/roles", operation_id="admin-list_roles", **guard(Permission.USERS_MANAGE))
async def list_roles(_: CallerDep) -> list[RoleOut]:
    """The permission table: what each role may do."""
    return [
        RoleOut(role=role, permissions=sorted(permissions))
        for role, permissions in ROLE_PERMISSIONS.items()
    ]


@router.get("/users", operation_id="admin-list_users", **guard(Permission.USERS_MANAGE))
async def list_users(work: Work) -> list[UserOut]:
    return [user_out(user) for user in await use_cases.list_users(work)]


@router.post(
    "/users",
    operation_id="admin-create_user",
    status_code=status.HTTP_201_CREATED,
    responses={409: {"description": "The username is taken"}},
    **guard(Permission.USERS_MANAGE),
)
async def create_user(body: UserIn, work: Work) -> UserOut:
    """Create a staff account with a first password the user should change."""
    return user_out(await use_cases.create_user(work, body))


@router.patch(
    "/users/{user_id}", operation_id="admin-change_user", **guard(Permission.USERS_MANAGE)
)
async def change_user(user_id: uuid.UUID, body: UserChange, work: Work) -> UserOut:
    """Change a user's name, roles, sites or active flag; deactivating ends their sessions."""
    return user_out(await use_cases.change_user(work, user_id, body))


@router.post(
    "/users/{user_id}/password",
    operation_id="admin-reset_password",
    status_code=status.HTTP_204_NO_CONTENT,
    **guard(Permission.USERS_MANAGE),
)
async def reset_password(user_id: uuid.UUID, body: PasswordReset, work: Work) -> Response:
    """Set a new password for a user; their sessions end."""
    await use_cases.reset_password(work, user_id, body.new_password)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


def key_out(key: use_cases.ApiKey) -> ApiKeyOut:
    return ApiKeyOut.model_validate(key, from_attributes=True)


@router.get("/api-keys", operation_id="admin-list_api_keys", **guard(Permission.API_KEYS_MANAGE))
async def list_api_keys(work: Work) -> list[ApiKeyOut]:
    return [key_out(key) for key in await use_cases.list_api_keys(work)]


@router.post(
    "/api-keys",
    operation_id="admin-create_api_key",
    status_code=status.HTTP_201_CREATED,
    **guard(Permission.API_KEYS_MANAGE),
)
async def create_api_key(body: ApiKeyIn, work: Work) -> ApiKeyCreated:
    """Create a key for an integration client; the secret is shown in this answer only."""
    key, secret = await use_cases.create_api_key(work, body)
    return ApiKeyCreated(**key_out(key).model_dump(), secret=secret)


@router.delete(
    "/api-keys/{key_id}",
    operation_id="admin-revoke_api_key",
    status_code=status.HTTP_204_NO_CONTENT,
    **guard(Permission.API_KEYS_MANAGE),
)
async def revoke_api_key(key_id: uuid.UUID, work: Work) -> Response:
    await use_cases.revoke_api_key(work, key_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
