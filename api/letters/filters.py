"""The Danish filters templates use: dates, clock times, lists and paragraphs.

{{ letter_date | dato }}                 16. november 2026
{{ invitation.meeting_at | ugedag }}     mandag
{{ invitation.meeting_at | klokken }}    kl. 10.30 (Copenhagen time)
{{ decision.disciplines | opremsning }}  fysioterapeut og ergoterapeut
{{ decision.reasons | afsnit }}          paragraphs, escaped
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime

from markupsafe import Markup, escape

from domain.calendar import COPENHAGEN

MONTHS = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


def _local_day(value: date | datetime) -> date:
    if isinstance(value, datetime):
        if value.utcoffset() is None:
            raise ValueError("a time of day must carry its time zone")
        return value.astimezone(COPENHAGEN).date()
    if isinstance(value, date):
        return value
    raise TypeError("filteret dato skal have en dato")


def long_date(value: date | datetime) -> str:
    """'16. november 2026'; a datetime gives its date in Copenhagen."""
    day = _local_day(value)
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def weekday(value: date | datetime) -> str:
    """'mandag'; a datetime gives its weekday in Copenhagen."""
    return WEEKDAYS[_local_day(value).weekday()]


def clock_time(value: datetime) -> str:
    """'kl. 10.30' in Copenhagen time."""
    if not isinstance(value, datetime):
        raise TypeError("filteret klokken skal have et tidspunkt")
    if value.utcoffset() is None:
        raise ValueError("a time of day must carry its time zone")
    local = value.astimezone(COPENHAGEN)
    return f"kl. {local.hour}.{local.minute:02d}"


def enumeration(values: Iterable[str]) -> str:
    """'a', 'a og b', 'a, b og c'."""
    items = [str(value) for value in values]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " og " + items[-1]


_BLANK_LINES = re.compile(r"\n[ \t]*\n+")


def paragraphs(text: str) -> Markup:
    """Free text as HTML paragraphs: a blank line starts a paragraph, a newline breaks a line.

    Everything is escaped, so the text can hold no markup of its own.
    """
    normalized = str(text).replace("\r\n", "\n").replace("\r", "\n").strip()
    if not normalized:
        return Markup("")
    blocks = [block.strip() for block in _BLANK_LINES.split(normalized)]
    return Markup("").join(
        Markup("<p>{}</p>").format(Markup("<br>").join(escape(line) for line in block.split("\n")))
        for block in blocks
        if block
    )


_UNBREAKABLE = (
    (re.compile(r"\b(\d{2}) (\d{2}) (\d{2}) (\d{2})\b"), "\\1\u00a0\\2\u00a0\\3\u00a0\\4"),
    (re.compile(r"§ (?=\d)"), "§\u00a0"),
    (re.compile(r"\b(kl|stk|nr)\. (?=\d)"), "\\1.\u00a0"),
)


def typeset(text: str) -> str:
    """Text with no line break inside a phone number, or after '§', 'kl.', 'stk.' or 'nr.'."""
    for pattern, replacement in _UNBREAKABLE:
        text = pattern.sub(replacement, text)
    return text


def typeset_value(value: object) -> object:
    """The layout's finalize hook: plain strings are typeset, markup is left as it is."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return typeset(value)
    return value


FILTERS: dict[str, Callable[..., object]] = {
    "dato": long_date,
    "ugedag": weekday,
    "klokken": clock_time,
    "opremsning": enumeration,
    "afsnit": paragraphs,
}
