"""Calendars at the edge: staff's private iCalendar feeds and teams' feeds.
The names other capabilities use."""

from api.calendar.routes.feeds import router as calendar_router
from api.calendar.routes.views import router as calendar_views_router

__all__ = ["calendar_router", "calendar_views_router"]
