"""Request and response bodies. JSON field names are the glossary's code names."""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)

from domain.access import Permission, Role
from domain.case_lifecycle import CaseEvent, CaseState
from domain.deadlines import DeadlineStatus
from domain.referral import Channel, PlanType, Submitter
from domain.service_standard import LimitKind, LimitUnit

# PostgreSQL cannot store NUL, and no name, address or note needs a control character.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="after")
    @classmethod
    def _no_control_characters(cls, value: object) -> object:
        texts = value if isinstance(value, list) else [value]
        if any(isinstance(text, str) and _CONTROL.search(text) for text in texts):
            raise ValueError("Teksten indeholder et ugyldigt kontroltegn.")
        return value


# --- working days ---------------------------------------------------------------------------


class WorkingDaysAdded(BaseModel):
    start: date
    days: int
    date: date


class WorkingDaysCounted(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    from_: date = Field(alias="from", serialization_alias="from")
    to: date
    working_days: int


# --- the centre -----------------------------------------------------------------------------


class SiteOut(BaseModel):
    id: uuid.UUID
    code: str
    name: str
    address: str
    phone: str


class SiteRef(BaseModel):
    id: uuid.UUID
    code: str
    name: str


class ClosureDayIn(Body):
    day: date
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class ClosureDayOut(BaseModel):
    id: uuid.UUID
    day: date
    reason: str


class LegalBasisOut(BaseModel):
    code: str
    referral_kind: Literal["rehab_plan", "application"]
    name: str


class LimitOut(BaseModel):
    legal_basis: str
    kind: LimitKind
    value: int
    unit: LimitUnit
    effective_from: date


# --- citizens -------------------------------------------------------------------------------

Cpr = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=11)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Address = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Phone = Annotated[str, StringConstraints(strip_whitespace=True, max_length=30)]
GeneralPractitioner = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
MunicipalityCode = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[0-9]{3}$")]


class CitizenIn(Body):
    cpr: Cpr = Field(description="DDMMÅÅ-SSSS or ten digits. Personal data.")
    name: Name
    address: Address
    municipality_code: MunicipalityCode = Field(description="Official three-digit code.")
    phone: Phone | None = None
    general_practitioner: GeneralPractitioner | None = None


class CitizenOut(BaseModel):
    id: uuid.UUID
    cpr: str
    birth_date: date
    name: str
    address: str
    municipality_code: str
    municipality_name: str
    other_municipality: bool
    phone: str | None
    general_practitioner: str | None


class CitizenSearch(Body):
    """Search by CPR number or name; a POST so the number never stands in a URL."""

    cpr: Cpr | None = None
    name: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=200)]
        | None
    ) = None


class CitizenList(BaseModel):
    items: list[CitizenOut]


class CitizenRef(BaseModel):
    id: uuid.UUID
    name: str


# --- referrals and cases --------------------------------------------------------------------

Condition = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]


class _ReferralCommon(Body):
    citizen_id: uuid.UUID
    site_id: uuid.UUID
    received_at: AwareDatetime = Field(description="The moment of receipt, with its offset.")
    condition: Condition = Field(description="The condition (lidelse). Health data.")


class RehabPlanIn(_ReferralCommon):
    """A hospital's genoptræningsplan (Sundhedsloven § 140)."""

    legal_basis: Literal["SUL_140"]
    hospital: Name
    department: Name
    plan_type: PlanType
    discharge_date: date
    health_start_date: date | None = Field(
        default=None, description="A later start date the plan names for health reasons."
    )


class ApplicationIn(_ReferralCommon):
    """A citizen's application (Serviceloven § 86, stk. 1 or stk. 2)."""

    legal_basis: Literal["SEL_86_1", "SEL_86_2"]
    channel: Channel
    submitter: Submitter


ReferralIn = Annotated[RehabPlanIn | ApplicationIn, Field(discriminator="legal_basis")]
REFERRAL_TAGS = frozenset({"SUL_140", "SEL_86_1", "SEL_86_2"})


class RehabPlanOut(BaseModel):
    hospital: str
    department: str
    plan_type: PlanType
    kl_codes: list[str]
    discharge_date: date
    health_start_date: date | None
    free_choice_date: date


class ApplicationOut(BaseModel):
    channel: Channel
    submitter: Submitter


class DeadlineOut(BaseModel):
    kind: LimitKind
    due_date: date
    working_days_left: int
    status: DeadlineStatus
    met_on: date | None


class CaseEventIn(Body):
    event: CaseEvent
    occurred_on: date | None = Field(
        default=None,
        description="When it happened (the letter or call was sent); today if left out.",
    )
    note: Annotated[str, StringConstraints(strip_whitespace=True, max_length=1000)] | None = None


class CorrectionIn(Body):
    """Undo the newest event; the reason is kept in the history."""

    event_id: uuid.UUID
    note: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=1000)]


class CaseEventOut(BaseModel):
    id: uuid.UUID
    event: CaseEvent | None
    occurred_on: date
    recorded_at: datetime
    actor: str
    corrects: uuid.UUID | None
    note: str | None


class CaseOut(BaseModel):
    id: uuid.UUID
    citizen: CitizenRef
    legal_basis: str
    site: SiteRef
    received_at: datetime
    received_date: date
    condition: str
    status: CaseState
    allowed_events: list[CaseEvent]
    events: list[CaseEventOut]
    flags: list[str]
    rehab_plan: RehabPlanOut | None
    application: ApplicationOut | None
    deadlines: list[DeadlineOut]


# --- the worklist ---------------------------------------------------------------------------


class WorklistItem(BaseModel):
    case_id: uuid.UUID
    citizen_name: str
    legal_basis: str
    site: SiteRef
    received_at: datetime
    deadline_kind: LimitKind
    due_date: date
    working_days_left: int
    status: DeadlineStatus


class Worklist(BaseModel):
    items: list[WorklistItem]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page.")


class Health(BaseModel):
    status: Literal["ok"]


class Readiness(BaseModel):
    status: Literal["ready"]
    schema_revision: str


# --- staff, sessions and integration clients -------------------------------------------------

Username = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
NewUsername = Annotated[
    str, StringConstraints(strip_whitespace=True, to_lower=True, pattern=r"^[A-Za-z0-9._-]{3,64}$")
]
# Checked against the policy (12 to 64 characters, not common) by the domain, so the reason
# comes back in Danish on the right field; the bound here only keeps bodies small.
Password = Annotated[str, StringConstraints(min_length=1, max_length=200)]


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
    roles: list[Role] = Field(min_length=1)
    site_ids: list[uuid.UUID] = Field(default_factory=list)
    password: Password


class UserChange(Body):
    display_name: Name | None = None
    roles: list[Role] | None = Field(default=None, min_length=1)
    site_ids: list[uuid.UUID] | None = None
    active: bool | None = None


class PasswordReset(Body):
    new_password: Password


class UserOut(BaseModel):
    id: uuid.UUID
    username: str
    display_name: str
    roles: list[Role]
    site_ids: list[uuid.UUID]
    active: bool
    created_at: datetime


class RoleOut(BaseModel):
    role: Role
    permissions: list[Permission]


class ApiKeyIn(Body):
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
    scopes: list[Permission] = Field(min_length=1)


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


# --- the access log -------------------------------------------------------------------------


class AccessLogEntryOut(BaseModel):
    id: int
    at: datetime
    actor: str
    user_id: uuid.UUID | None
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
