"""What a field accepts, declared in the OpenAPI document exactly as the server checks it.

Generated clients and fuzzers read the declared rules (patterns, lengths, date windows), so a
value the document allows is never refused for its shape, and a value it forbids is refused.
Rules that depend on today's date, on stored records or on another field cannot be written
in JSON Schema; the fields name them in their descriptions instead.

The patterns are plain ECMA-262 and Python regular expressions (negated character classes,
no look-arounds), so every tool, Hypothesis among them, can also generate values from them.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BeforeValidator,
    GetJsonSchemaHandler,
    StringConstraints,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from domain.access import MAX_LENGTH, MIN_LENGTH
from domain.calendar import FIRST_YEAR, LAST_YEAR
from domain.citizens import MUNICIPALITIES

# Refused anywhere in a text: the control characters (C0 but tab, line feed and carriage
# return; DEL; C1), which PostgreSQL cannot store (NUL) and no name, address or note needs,
# and the bidirectional formatting characters (U+202A-U+202E, U+2066-U+2069), which make a
# name or a note read differently on screen and in letters from what is stored.
_REFUSED_CLASS = r"\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069"
# The white space the server strips from both ends of most texts (Unicode White_Space, as
# pydantic's strip_whitespace sees it), less what is refused anyway.
_SPACE_CLASS = r"\t\n\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_VISIBLE = f"[^{_REFUSED_CLASS}{_SPACE_CLASS}]"
_ANY = f"[^{_REFUSED_CLASS}]*"

REFUSED_CHARACTERS = re.compile(f"[{_REFUSED_CLASS}]")
REFUSED_MESSAGE = (
    "Teksten indeholder et ugyldigt tegn (et kontroltegn eller et tegn, der styrer "
    "skriftretningen)."
)
# A text without refused characters; one with something besides white space; one with two.
TEXT_PATTERN = f"^{_ANY}$"
FILLED_TEXT_PATTERN = f"^{_ANY}{_VISIBLE}{_ANY}$"
TWO_CHARACTER_TEXT_PATTERN = f"^{_ANY}{_VISIBLE}{_ANY}{_VISIBLE}{_ANY}$"

# DDMMYY-SSSS or ten digits, ASCII only (\d would take any script's digits).
CPR_PATTERN = r"^[0-9]{6}-?[0-9]{4}$"
CPR_MESSAGE = "CPR-nummeret skal have formen DDMMÅÅ-SSSS (10 cifre)."

# The working-day calendar's years (FIRST_YEAR-LAST_YEAR): every date a case is dated by.
CALENDAR_DATE_PATTERN = r"^(?:20[0-9]{2}|2100)-[0-9]{2}-[0-9]{2}$"
CALENDAR_MESSAGE = f"Datoen skal ligge i årene {FIRST_YEAR}-{LAST_YEAR}."


class Declared:
    """JSON Schema keywords for a rule that a validator or the domain enforces (with its own
    Danish message), merged into the field's generated schema. It declares, never checks."""

    def __init__(self, **keywords: Any) -> None:
        self.keywords = keywords

    def __get_pydantic_json_schema__(
        self, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        schema = handler(core_schema)
        schema.update(self.keywords)
        return schema


def has_refused_characters(value: object) -> bool:
    texts = value if isinstance(value, list) else [value]
    return any(isinstance(text, str) and REFUSED_CHARACTERS.search(text) for text in texts)


def _no_refused_characters(value: object) -> object:
    if isinstance(value, str) and REFUSED_CHARACTERS.search(value):
        raise ValueError(REFUSED_MESSAGE)
    return value


# Before the white space is stripped: a refused character is refused at the ends too.
_CHECKED = BeforeValidator(_no_refused_characters)


def _cpr_shape(value: str) -> str:
    if not re.fullmatch(CPR_PATTERN, value):
        raise ValueError(CPR_MESSAGE)
    return value


# FastAPI validates a body as Python objects, where pydantic also takes a number for a date or
# a time (seconds since 1970) and a date-time for a date: only the declared text is taken.
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MOMENT = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})"
)
DAY_MESSAGE = "Ugyldig dato (brug ÅÅÅÅ-MM-DD)."
MOMENT_MESSAGE = "Ugyldigt tidspunkt (brug ÅÅÅÅ-MM-DDTtt:mm:ss med tidszone)."


def _iso_day(value: object) -> object:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not _DAY.fullmatch(value):
        raise ValueError(DAY_MESSAGE)
    return value


def _iso_moment(value: object) -> object:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not _MOMENT.fullmatch(value):
        raise ValueError(MOMENT_MESSAGE)
    return value


def _json_integer(value: object) -> object:
    # JSON Schema's integer is a number without a fraction: 5 and 5.0, never "5" or true.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("Skal være et heltal.")
    return value


def _in_calendar(value: date) -> date:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(CALENDAR_MESSAGE)
    return value


Cpr = Annotated[str, AfterValidator(_cpr_shape), Declared(pattern=CPR_PATTERN)]
# A day as JSON text; one in the working-day calendar's years; a moment with its offset.
Day = Annotated[date, BeforeValidator(_iso_day)]
CalendarDate = Annotated[
    date,
    AfterValidator(_in_calendar),
    BeforeValidator(_iso_day),
    Declared(pattern=CALENDAR_DATE_PATTERN),
]
Moment = Annotated[AwareDatetime, BeforeValidator(_iso_moment)]
Integer = Annotated[int, BeforeValidator(_json_integer)]
MunicipalityCode = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9]{3}$"),
    Declared(pattern=f"^(?:{'|'.join(sorted(MUNICIPALITIES))})$"),
]

# Texts. The server strips white space from both ends before it counts the length; the
# refused characters are checked on the text as sent, ends included.

Name = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
    _CHECKED,
    Declared(pattern=FILLED_TEXT_PATTERN),
]
SearchName = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=2, max_length=200),
    _CHECKED,
    Declared(pattern=TWO_CHARACTER_TEXT_PATTERN),
]
Address = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=300),
    _CHECKED,
    Declared(pattern=FILLED_TEXT_PATTERN),
]
# A telephone number: 8 to 15 digits, a leading + allowed, single spaces or hyphens between
# digits (12 34 56 78, +45 12345678). Taken as written: the pattern is the whole rule.
PHONE_PATTERN = r"^\+?[0-9](?:[ -]?[0-9]){7,14}$"
PHONE_MESSAGE = "Telefonnummeret skal have 8 til 15 cifre (mellemrum og et + foran er tilladt)."
# An e-mail address: something, @, a domain with a dot; no spaces or control characters.
_MAIL_PART = f"[^@{_REFUSED_CLASS}{_SPACE_CLASS}]+"
EMAIL_PATTERN = f"^{_MAIL_PART}@{_MAIL_PART}\\.{_MAIL_PART}$"
EMAIL_MESSAGE = "E-mailadressen skal have formen navn@domæne.dk."
# The GP's ydernummer: the six digits the regions pay the practice by.
PROVIDER_NUMBER_PATTERN = r"^[0-9]{6}$"
PROVIDER_NUMBER_MESSAGE = "Ydernummeret skal være 6 cifre."


def _shaped(pattern: str, message: str) -> AfterValidator:
    def check(value: str) -> str:
        if not re.fullmatch(pattern, value):
            raise ValueError(message)
        return value

    return AfterValidator(check)


Phone = Annotated[
    str,
    StringConstraints(max_length=30),
    _CHECKED,
    _shaped(PHONE_PATTERN, PHONE_MESSAGE),
    Declared(pattern=PHONE_PATTERN),
]
Email = Annotated[
    str,
    StringConstraints(max_length=254),
    _CHECKED,
    _shaped(EMAIL_PATTERN, EMAIL_MESSAGE),
    Declared(pattern=EMAIL_PATTERN),
]
ProviderNumber = Annotated[
    str,
    _shaped(PROVIDER_NUMBER_PATTERN, PROVIDER_NUMBER_MESSAGE),
    Declared(pattern=PROVIDER_NUMBER_PATTERN),
]
Line = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=200),
    _CHECKED,
    Declared(pattern=TEXT_PATTERN),
]
# A sender's own reference for what it sent (an ESDH journal number, a MedCom message id),
# and the name of the sending system.
Reference = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=100),
    _CHECKED,
    Declared(pattern=FILLED_TEXT_PATTERN),
]
Reason = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
    _CHECKED,
    Declared(pattern=FILLED_TEXT_PATTERN),
]
Condition = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=500),
    _CHECKED,
    Declared(pattern=FILLED_TEXT_PATTERN),
]
ShortNote = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=1000),
    _CHECKED,
    Declared(pattern=TEXT_PATTERN),
]
FilledShortNote = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=1000),
    _CHECKED,
    Declared(pattern=FILLED_TEXT_PATTERN),
]
Note = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=2000),
    _CHECKED,
    Declared(pattern=TEXT_PATTERN),
]
FilledNote = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=2000),
    _CHECKED,
    Declared(pattern=FILLED_TEXT_PATTERN),
]
Summary = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=4000),
    _CHECKED,
    Declared(pattern=FILLED_TEXT_PATTERN),
]
Reasons = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=10000),
    _CHECKED,
    Declared(pattern=FILLED_TEXT_PATTERN),
]
KeyName = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=100),
    _CHECKED,
    Declared(pattern=FILLED_TEXT_PATTERN),
]
Username = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=64),
    _CHECKED,
    Declared(pattern=FILLED_TEXT_PATTERN),
]
# A letter template and a password are taken as written, white space and all.
TemplateText = Annotated[
    str, StringConstraints(min_length=1, max_length=20000), _CHECKED, Declared(pattern=TEXT_PATTERN)
]
Password = Annotated[
    str, StringConstraints(min_length=1, max_length=200), _CHECKED, Declared(pattern=TEXT_PATTERN)
]
# A new password also meets the policy's lengths; domain.passwords checks them (and refuses
# common passwords) with its own reasons.
NewPassword = Annotated[
    str,
    StringConstraints(min_length=1, max_length=200),
    _CHECKED,
    Declared(
        pattern=TEXT_PATTERN,
        minLength=MIN_LENGTH,
        maxLength=MAX_LENGTH,
        description=f"{MIN_LENGTH} to {MAX_LENGTH} characters, not a common or plain one.",
    ),
]
