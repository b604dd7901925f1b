"""The decision (afgørelse) on an application, the invitation before it, and how each was sent.

A deadline of the centre is met by the date its letter or call was sent; the citizen's
complaint window counts from the day they received the decision.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum

from domain.calendar import COPENHAGEN
from domain.errors import RuleViolation


class SendingChannel(StrEnum):
    """How a letter or a message reached the citizen."""

    LETTER = "letter"  # brev med posten
    PHONE = "phone"  # telefonisk
    DIGITAL_POST = "digital_post"  # Digital Post


class MeetingPlace(StrEnum):
    SITE = "site"  # at one of the centre's sites
    HOME = "home"  # a home visit


# The initial conversation is booked at most this far ahead of the invitation: a later time
# is a typing error (a year of 2100 for 2026), not a plan.
MEETING_HORIZON = timedelta(days=365)


def check_sent_on(sent_on: date, *, received: date, today: date, field: str) -> None:
    """A letter or call is sent between the day of receipt and today."""
    if sent_on < received:
        raise RuleViolation("Datoen ligger før sagen blev modtaget.", field=field)
    if sent_on > today:
        raise RuleViolation("Datoen ligger i fremtiden.", field=field)


def check_meeting(meeting_at: datetime, *, sent_on: date) -> None:
    """The initial conversation is booked for a time after the invitation was sent."""
    if meeting_at.tzinfo is None:
        raise RuleViolation("Tidspunktet skal angives med tidszone.", field="meeting_at")
    if meeting_at.astimezone(COPENHAGEN).date() < sent_on:
        raise RuleViolation(
            "Samtalen kan ikke ligge før indkaldelsen blev sendt.", field="meeting_at"
        )
    if meeting_at.astimezone(COPENHAGEN).date() > sent_on + MEETING_HORIZON:
        raise RuleViolation(
            "Samtalen kan højst bookes et år efter, at indkaldelsen blev sendt.",
            field="meeting_at",
        )


def check_after_assessment(sent_on: date, assessed_on: date | None) -> None:
    """A decision rests on the assessment, so it is sent on or after the day of it."""
    if assessed_on is not None and sent_on < assessed_on:
        raise RuleViolation("Afgørelsen kan ikke være sendt før vurderingen.", field="sent_on")


def decision_received_on(
    channel: SendingChannel, sent_on: date, recorded: date | None
) -> date | None:
    """The day the citizen received the decision: Digital Post on the day it was sent, a
    letter on the day recorded (None until it is). A decision must be in writing."""
    if channel is SendingChannel.PHONE:
        raise RuleViolation(
            "En afgørelse skal sendes skriftligt (brev eller Digital Post).", field="channel"
        )
    if recorded is not None and recorded < sent_on:
        raise RuleViolation(
            "Borgeren kan ikke have modtaget afgørelsen, før den blev sendt.",
            field="received_on",
        )
    if channel is SendingChannel.DIGITAL_POST:
        return recorded or sent_on
    return recorded


def receipt_awaited(channel: SendingChannel, received_on: date | None) -> bool:
    """Whether the day the citizen received a decision is still to be recorded: a letter's,
    until it is; Digital Post is received the day it is sent."""
    return channel is SendingChannel.LETTER and received_on is None
