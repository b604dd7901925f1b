"""Transport (kørsel) to and from a session, as recorded, and the target of the standards:
at most 1 hour each way, waiting included.

The way there runs from the agreed pick-up (the citizen waits from then) to arrival at the
site; the way home from the end of the session (the citizen waits from then) to drop-off.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from fractions import Fraction

from domain.errors import RuleViolation

TARGET = timedelta(hours=1)


class TripTimesOutOfOrder(RuleViolation):
    """A trip's times run backwards."""


@dataclass(frozen=True, slots=True)
class Trip:
    """One session's transport: the way there and the way home."""

    agreed_pickup: datetime
    actual_pickup: datetime
    arrival: datetime
    session_end: datetime
    departure: datetime
    drop_off: datetime

    @property
    def way_there(self) -> timedelta:
        return self.arrival - self.agreed_pickup

    @property
    def way_home(self) -> timedelta:
        return self.drop_off - self.session_end

    @property
    def flagged_legs(self) -> tuple[str, ...]:
        """The legs over the target ("there", "home"); exactly an hour is within it."""
        legs = (("there", self.way_there), ("home", self.way_home))
        return tuple(name for name, length in legs if length > TARGET)

    @property
    def within_target(self) -> bool:
        return not self.flagged_legs


_ORDER = (
    ("agreed_pickup", "arrival"),
    ("actual_pickup", "arrival"),
    ("arrival", "session_end"),
    ("session_end", "departure"),
    ("departure", "drop_off"),
)
_DANISH = {
    "agreed_pickup": "aftalt afhentning",
    "actual_pickup": "faktisk afhentning",
    "arrival": "ankomst",
    "session_end": "tidens afslutning",
    "departure": "afgang",
    "drop_off": "aflevering",
}


def record_trip(
    *,
    agreed_pickup: datetime,
    actual_pickup: datetime,
    arrival: datetime,
    session_end: datetime,
    departure: datetime,
    drop_off: datetime,
) -> Trip:
    """A trip as recorded: picked up, then arrived, the session ended, left, dropped off;
    the agreed pick-up is before arrival (a car may come early or late for it)."""
    trip = Trip(agreed_pickup, actual_pickup, arrival, session_end, departure, drop_off)
    for first, later in _ORDER:
        if getattr(trip, later) < getattr(trip, first):
            raise TripTimesOutOfOrder(
                f"{_DANISH[later].capitalize()} kan ikke ligge før {_DANISH[first]}.",
                field=later, rule="trip_times_order",
            )  # fmt: skip
    return trip


@dataclass(frozen=True, slots=True)
class TransportCompliance:
    trips: int
    within_target: int
    flagged: int

    @property
    def share_within_target(self) -> Fraction | None:
        """None with no trips: nothing to report, not 0 %."""
        return Fraction(self.within_target, self.trips) if self.trips else None


def compliance(trips: Iterable[Trip]) -> TransportCompliance:
    """The share of trips whose both legs kept the target."""
    listed = list(trips)
    within = sum(1 for trip in listed if trip.within_target)
    return TransportCompliance(len(listed), within, len(listed) - within)
