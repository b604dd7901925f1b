"""The centre's bodies: sites, therapists, closure days, legal bases, the service standard and
working days."""

from __future__ import annotations

import uuid
from datetime import date, datetime
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
from domain.casework import LegalBasis, ReferralKind
from domain.centre.service_standard import LimitKind, LimitUnit
from domain.training import Discipline


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
    discipline: Discipline | None = Field(
        default=None, description="physiotherapy or occupational_therapy; none if not recorded."
    )


class ClosureDayIn(Body):
    day: CalendarDate
    reason: Reason


class ClosureDayOut(BaseModel):
    id: uuid.UUID
    day: date
    reason: str


class ClosureHit(BaseModel):
    """A booking on the new closure day, to rebook: it stays as it was."""

    appointment_id: uuid.UUID
    starts_at: datetime
    ends_at: datetime
    staff_id: uuid.UUID | None
    home_helper_id: uuid.UUID | None


class ClosureTeamHit(BaseModel):
    """A team occurrence on the new closure day, to move or cancel: it stays as it was."""

    team_id: uuid.UUID
    planned_on: date
    starts_at: datetime
    ends_at: datetime


class ClosureDayAdded(ClosureDayOut):
    hits: list[ClosureHit] = Field(
        description="The bookings on that day, to rebook; nothing is moved or cancelled."
    )
    team_hits: list[ClosureTeamHit] = Field(
        description="The team occurrences on that day, to move or cancel; nothing changes."
    )


class LegalBasisNames(BaseModel):
    """A legal basis's Danish names, from its data (what the screens show for its code)."""

    name: str = Field(description="The formal name: Genoptræning (Serviceloven § 86, stk. 1).")
    short_name: str = Field(description="As caseworkers write it: SEL § 86, stk. 1.")
    service: str = Field(description="The service it gives, without the paragraph: Genoptræning.")

    @classmethod
    def of(cls, basis: LegalBasis) -> LegalBasisNames:
        return cls(name=basis.name, short_name=basis.short_name, service=basis.service)


class LegalBasisOut(BaseModel):
    code: str
    referral_kind: Literal["rehab_plan", "application"]
    name: str = Field(description="The formal name: Genoptræning (Serviceloven § 86, stk. 1).")
    short_name: str = Field(description="As caseworkers write it: SEL § 86, stk. 1.")
    service: str = Field(description="The service it gives, without the paragraph: Genoptræning.")

    @classmethod
    def of(cls, basis: LegalBasis) -> LegalBasisOut:
        kind: Literal["rehab_plan", "application"] = (
            "rehab_plan" if basis.referral_kind is ReferralKind.REHAB_PLAN else "application"
        )
        return cls(
            code=basis.code,
            referral_kind=kind,
            name=basis.name,
            short_name=basis.short_name,
            service=basis.service,
        )


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
