"""Access's bodies: staff, sessions, API keys and the access log."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    Field,
    StrictBool,
    StringConstraints,
    WithJsonSchema,
)

from api.fields import (
    Cpr,
    KeyName,
    Name,
    NewPassword,
    SearchName,
)
from api.schemas import Body
from domain.access.permissions import API_KEY_SCOPES, Permission, Role
from domain.training import Discipline

# The scopes an API key may hold (domain.access.API_KEY_SCOPES; the route refuses others).
ApiKeyScope = Annotated[
    Permission,
    WithJsonSchema({"type": "string", "enum": sorted(scope.value for scope in API_KEY_SCOPES)}),
]


MAX_SITES = 50


NewUsername = Annotated[
    str, StringConstraints(strip_whitespace=True, to_lower=True, pattern=r"^[A-Za-z0-9._-]{3,64}$")
]


class SessionUser(BaseModel):
    id: uuid.UUID
    username: str
    display_name: str
    roles: list[Role]
    site_ids: list[uuid.UUID]
    permissions: list[Permission]


class SessionOut(BaseModel):
    user: SessionUser
    csrf_token: str = Field(description="Send as X-CSRF-Token on every state-changing request.")
    expires_at: datetime
    idle_timeout_seconds: int


class UserIn(Body):
    username: NewUsername
    display_name: Name
    roles: list[Role] = Field(min_length=1, max_length=len(Role))
    site_ids: list[uuid.UUID] = Field(
        default_factory=list, max_length=MAX_SITES, description="Sites that exist."
    )
    discipline: Discipline | None = Field(
        default=None, description="A therapist's discipline; only for clinical roles."
    )
    password: NewPassword


class UserChange(Body):
    display_name: Name | None = None
    roles: list[Role] | None = Field(default=None, min_length=1, max_length=len(Role))
    site_ids: list[uuid.UUID] | None = Field(
        default=None, max_length=MAX_SITES, description="Sites that exist."
    )
    active: StrictBool | None = None
    discipline: Discipline | None = Field(
        default=None,
        description="A therapist's discipline; null removes it (only clinical roles have one).",
    )


class PasswordReset(Body):
    new_password: NewPassword


class UserOut(BaseModel):
    id: uuid.UUID
    username: str
    display_name: str
    roles: list[Role]
    site_ids: list[uuid.UUID]
    discipline: Discipline | None = None
    active: bool
    created_at: datetime


class RoleOut(BaseModel):
    role: Role
    permissions: list[Permission]


class ApiKeyIn(Body):
    name: KeyName
    scopes: list[ApiKeyScope] = Field(min_length=1, max_length=len(API_KEY_SCOPES))


class ApiKeyOut(BaseModel):
    id: uuid.UUID
    name: str
    prefix: str
    scopes: list[Permission]
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class ApiKeyCreated(ApiKeyOut):
    secret: str = Field(description="The whole key, shown this once: `Authorization: Bearer ...`")


class AccessLogEntryOut(BaseModel):
    id: int
    at: datetime
    actor: str
    user_id: uuid.UUID | None
    user_name: str | None = Field(default=None, description="The member of staff's name.")
    client: str
    use: str
    operation: str
    citizen_ids: list[uuid.UUID]
    criterion: str | None
    outcome: Literal["allowed", "refused"]
    request_id: str


class AccessLogPage(BaseModel):
    items: list[AccessLogEntryOut]
    next_cursor: str | None


class CitizenReportIn(Body):
    citizen_id: uuid.UUID


class CitizenReportEntry(BaseModel):
    at: datetime
    use: str
    operation: str
    organisation: str


class CitizenReport(BaseModel):
    """GDPR art. 15: the uses of one citizen's data, without the employees' names."""

    citizen_id: uuid.UUID
    entries: list[CitizenReportEntry]


class AuditCitizenSearch(Body):
    """The auditor's way to a citizen's log: by CPR number (exact) or part of the name, one of
    the two; a POST so the number never stands in a URL or a server log."""

    cpr: Cpr | None = Field(
        default=None, description="The CPR number: ten digits, a hyphen after the sixth or not."
    )
    name: SearchName | None = Field(default=None, description="At least two characters.")


class AuditCitizen(BaseModel):
    id: uuid.UUID
    name: str
    birth_date: date


class AuditCitizenList(BaseModel):
    items: list[AuditCitizen]
