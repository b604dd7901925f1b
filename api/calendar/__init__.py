"""Calendars at the edge: staff's private iCalendar feeds and teams' feeds.
The names other capabilities use."""

from api.calendar.routes.feeds import router as calendar_router

__all__ = ["calendar_router"]
