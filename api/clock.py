"""The one place the service asks what time it is (tests put a fixed clock here)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from domain.calendar import COPENHAGEN


class Clock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        """Today in Copenhagen, where every deadline is counted."""
        return self.now().astimezone(COPENHAGEN).date()


class FixedClock(Clock):
    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at
