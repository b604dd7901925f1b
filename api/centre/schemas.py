"""The centre's bodies: sites, therapists, closure days, legal bases, the service standard and
working days."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from api.fields import (
    CalendarDate,
    Integer,
    Reason,
)
from api.schemas import Body, LegalBasisCode
from domain.centre.service_standard import LimitKind, LimitUnit


class WorkingDaysAdded(BaseModel):
    start: date
    days: int
    date: date


class WorkingDaysCounted(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    from_: date = Field(alias="from", serialization_alias="from")
    to: date
    working_days: int


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


class TherapistOut(BaseModel):
    id: uuid.UUID
    display_name: str
    site_ids: list[uuid.UUID]


class ClosureDayIn(Body):
    day: CalendarDate
    reason: Reason


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


class LimitValueIn(Body):
    kind: LimitKind
    value: Integer = Field(ge=0, le=366)
    unit: LimitUnit


class ServiceStandardVersionIn(Body):
    """A new version of a legal basis's limits, in force from its date for cases received."""

    legal_basis: LegalBasisCode
    effective_from: CalendarDate = Field(description="Today or later.")
    limits: list[LimitValueIn] = Field(
        min_length=1,
        max_length=len(LimitKind),
        description="Each kind at most once, in its own unit.",
    )
