"""What every request body shares: no unknown fields, no refused characters. JSON field names
are the glossary's code names; each capability keeps its own bodies in
`api/<capability>/schemas.py`.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    StringConstraints,
    field_validator,
)

from api.fields import (
    REFUSED_MESSAGE,
    Declared,
    has_refused_characters,
)
from domain.casework import LEGAL_BASES

BETWEEN_RECEIPT_AND_TODAY = "Between the case's day of receipt and today."


# The legal bases the centre knows (a referral names one by its tag, below).
LegalBasisCode = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Z0-9_]{1,40}$"),
    Declared(pattern=f"^(?:{'|'.join(sorted(LEGAL_BASES))})$"),
]


class Body(BaseModel):
    # Numbers and truth values are StrictInt and StrictBool, dates and times api.fields's
    # Day, CalendarDate and Moment: a field takes the JSON type it declares, nothing else.
    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="after")
    @classmethod
    def _no_refused_characters(cls, value: object) -> object:
        # Control and bidirectional formatting characters, in any field; the text types of
        # api.fields also refuse them before stripping white space, and declare the rule.
        if has_refused_characters(value):
            raise ValueError(REFUSED_MESSAGE)
        return value
