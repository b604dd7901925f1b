"""iCalendar (RFC 5545) documents of feed entries, through the `icalendar` library.

What a feed tells: the time, the kind of session, and the place as site and room, or
"Hjemmebesøg" / "Nærmiljø" with no address. Never a citizen's name, initials, CPR number or
health text: a subscribed calendar is copied to phones and third-party servers beyond the
centre's access log, so it carries nothing that identifies a citizen. Staff open the
appointment in the system for who and where.

Each entry keeps its UID (the record's id) across changes; SEQUENCE goes up when the entry
changes, and a cancelled one stays in the feed with STATUS:CANCELLED, so subscribed
calendars remove it rather than keep a stale copy. Times are given in Europe/Copenhagen
with its VTIMEZONE.
"""

from __future__ import annotations

from collections.abc import Iterable

from icalendar import Calendar, Event

from domain.calendar import COPENHAGEN
from persistence.calendar import FeedEntry

PRODUCT = "-//Træningscenter Ishøj-Vallensbæk//Kalender//DA"
UID_DOMAIN = "traening.ishoj-vallensbaek"
PURPOSE_DANISH = {
    "training": "Træning",
    "initial_assessment": "Indledende samtale",
    "follow_up": "Opfølgende samtale",
}
AWAY_DANISH = {"home": "Hjemmebesøg", "nearby": "Træning i nærmiljø"}


def _summary(entry: FeedEntry) -> str:
    if entry.kind == "team_occurrence":
        return f"Hold: {entry.team_name}"
    return PURPOSE_DANISH.get(entry.purpose or "", "Aftale")


def _location(entry: FeedEntry) -> str:
    if entry.place != "site":
        return AWAY_DANISH.get(entry.place, "Ude")
    return ", ".join(part for part in (entry.site_name, entry.room_name) if part)


def feed(name: str, entries: Iterable[FeedEntry]) -> bytes:
    """The VCALENDAR of the entries, named `name` for the subscribing calendar."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Copenhagen")
    for entry in entries:
        event = Event()
        event.add("uid", f"{entry.id}@{UID_DOMAIN}")
        event.add("dtstamp", entry.stamp)
        event.add("dtstart", entry.starts_at.astimezone(COPENHAGEN))
        event.add("dtend", entry.ends_at.astimezone(COPENHAGEN))
        event.add("summary", _summary(entry))
        event.add("location", _location(entry))
        event.add("sequence", entry.sequence)
        event.add("status", "CANCELLED" if entry.cancelled else "CONFIRMED")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
