"""Citizens' bodies. JSON field names are the glossary's code names."""

from __future__ import annotations

import uuid
from datetime import date

from pydantic import (
    BaseModel,
    Field,
)

from api.fields import (
    Address,
    Cpr,
    Line,
    MunicipalityCode,
    Name,
    Phone,
    SearchName,
)
from api.schemas import Body

CPR_DESCRIPTION = (
    "DDMMÅÅ-SSSS or ten digits (ASCII); the birth date it names must exist and not lie in "
    "the future. Personal data."
)


class CitizenIn(Body):
    cpr: Cpr = Field(description=CPR_DESCRIPTION)
    name: Name
    address: Address
    municipality_code: MunicipalityCode = Field(
        description="The official three-digit code of one of the 98 municipalities."
    )
    phone: Phone | None = None
    general_practitioner: Line | None = None


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
    """Search by CPR number (an exact look-up) or by part of the name, not both; a POST so
    the number never stands in a URL."""

    cpr: Cpr | None = Field(default=None, description=CPR_DESCRIPTION)
    name: SearchName | None = None


class CitizenMatch(BaseModel):
    """A citizen found. Need to know: `record` is null for a citizen the caller may not see
    (no case at their sites or assigned to them, without cases.all_sites), whom only an
    exact CPR look-up finds: their id and name, so nobody is registered twice."""

    id: uuid.UUID
    name: str
    record: CitizenOut | None


class CitizenList(BaseModel):
    items: list[CitizenMatch]


class CitizenRef(BaseModel):
    id: uuid.UUID
    name: str
