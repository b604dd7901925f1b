"""Calendar feeds: each member of staff's private iCalendar feed, by a secret token.
The names other capabilities use."""

from persistence.calendar.models import CalendarFeed

# isort: split
from persistence.calendar.entries import (
    CalendarEntry,
    FeedEntry,
    calendar_entries,
    staff_feed_entries,
    team_feed_entries,
)
from persistence.calendar.feeds import feed_owner, has_feed, issue_feed, revoke_feed

__all__ = [
    "CalendarEntry",
    "CalendarFeed",
    "FeedEntry",
    "calendar_entries",
    "feed_owner",
    "has_feed",
    "issue_feed",
    "revoke_feed",
    "staff_feed_entries",
    "team_feed_entries",
]
