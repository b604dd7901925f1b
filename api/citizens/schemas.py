"""Citizens' bodies. JSON field names are the glossary's code names."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import (
    BaseModel,
    Field,
)

from api.fields import (
    Address,
    Cpr,
    Email,
    Line,
    MunicipalityCode,
    Name,
    Phone,
    ProviderNumber,
    SearchName,
)
from api.letters import LetterOut
from api.schemas import Body
from domain.casework import CaseState

CPR_DESCRIPTION = (
    "DDMMÅÅ-SSSS or ten digits (ASCII); the birth date it names must exist and not lie in "
    "the future. Personal data."
)


class RelativeIn(Body):
    """A relative acting with the citizen (pårørende): named, with the relation and a phone."""

    name: Name
    relation: Line | None = Field(default=None, description="Datter, ægtefælle, nabo ...")
    phone: Phone | None = None


class CitizenIn(Body):
    """The citizen's record: registering a citizen, and the whole record when it is edited
    (a field left out or null is cleared)."""

    cpr: Cpr = Field(description=CPR_DESCRIPTION)
    name: Name
    address: Address
    municipality_code: MunicipalityCode = Field(
        description="The official three-digit code of one of the 98 municipalities."
    )
    phone: Phone | None = Field(default=None, description="8 to 15 digits; spaces, + allowed.")
    email: Email | None = None
    general_practitioner: Line | None = Field(default=None, description="The GP's name.")
    general_practitioner_clinic: Line | None = Field(
        default=None, description="The GP's clinic (lægehus)."
    )
    general_practitioner_provider_number: ProviderNumber | None = Field(
        default=None, description="The clinic's ydernummer: six digits."
    )
    relative: RelativeIn | None = None


class RelativeOut(BaseModel):
    name: str
    relation: str | None
    phone: str | None


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
    email: str | None
    general_practitioner: str | None
    general_practitioner_clinic: str | None
    general_practitioner_provider_number: str | None
    relative: RelativeOut | None


class CitizenChangeOut(BaseModel):
    """One field of the record changed: who, when, old and new value (CPR numbers formatted)."""

    changed_at: datetime
    actor: str
    field: str = Field(description="The record's field by its JSON name (relative.phone).")
    old_value: str | None
    new_value: str | None


class CitizenCaseOut(BaseModel):
    """One of the citizen's cases within the caller's reach, with its letters."""

    id: uuid.UUID
    legal_basis: str
    status: CaseState
    open: bool
    received_date: date
    condition: str
    site_name: str
    letters: list[LetterOut]


class CitizenSearch(Body):
    """Search by CPR number (an exact look-up), by part of the name or by phone number, one
    of the three; a POST so the number never stands in a URL."""

    cpr: Cpr | None = Field(default=None, description=CPR_DESCRIPTION)
    name: SearchName | None = Field(default=None, description="At least two characters.")
    phone: Phone | None = Field(
        default=None, description="The citizen's or their relative's; the last 8 digits match."
    )


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
