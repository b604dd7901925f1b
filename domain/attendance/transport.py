"""Transport (kørsel) to and from a session, as recorded, and the target of the standards:
at most 1 hour each way, waiting included.

The way there runs from the agreed pick-up (the citizen waits from then) to arrival at the
site; the way home from the end of the session (the citizen waits from then) to drop-off.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
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


# The needs a grant may name, as the transport service reads them.
NEED_DANISH = {
    "wheelchair": "kørestol",
    "escort": "ledsager",
    "walker": "rollator",
    "front_seat": "forsæde",
}


@dataclass(frozen=True, slots=True)
class TripListLine:
    """One citizen's transport to one session of the day, for the municipal transport
    service: when, from where to where, and what the car must have. The citizen's name so
    the driver finds them; never the CPR number."""

    session_starts: datetime
    session_ends: datetime
    agreed_pickup: datetime | None  # once agreed with the transport service
    citizen_name: str
    from_address: str
    to_address: str
    needs: tuple[str, ...]
    training: str  # "Individuel træning" or the team's name


TRIP_LIST_HEADER = (
    "Aftalt afhentning",
    "Træning begynder",
    "Træning slutter",
    "Borger",
    "Afhentes på",
    "Køres til",
    "Behov",
    "Træning",
)

# A spreadsheet reads a cell beginning with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def _clock(moment: datetime | None, zone: tzinfo) -> str:
    return moment.astimezone(zone).strftime("%H.%M") if moment is not None else ""


def trip_list(lines: Iterable[TripListLine]) -> list[TripListLine]:
    """The day's trips in the order the cars go: by pick-up (or the session's start where no
    pick-up is agreed yet), then by name."""
    return sorted(
        lines,
        key=lambda line: (
            line.agreed_pickup or line.session_starts,
            line.session_starts,
            line.citizen_name,
        ),
    )


def trip_list_rows(lines: Iterable[TripListLine], zone: tzinfo) -> list[tuple[str, ...]]:
    """The list as the rows of a spreadsheet, the header first, times as Danish clock times
    in `zone`; no cell can start a formula."""
    rows: list[tuple[str, ...]] = [TRIP_LIST_HEADER]
    for line in trip_list(lines):
        rows.append(
            tuple(
                _cell(cell)
                for cell in (
                    _clock(line.agreed_pickup, zone),
                    _clock(line.session_starts, zone),
                    _clock(line.session_ends, zone),
                    line.citizen_name,
                    line.from_address,
                    line.to_address,
                    ", ".join(NEED_DANISH.get(need, need) for need in line.needs),
                    line.training,
                )
            )
        )
    return rows


def trip_list_paragraphs(lines: Iterable[TripListLine], zone: tzinfo) -> list[str]:
    """The list as a printed document's paragraphs, one per trip."""
    paragraphs = []
    for line in trip_list(lines):
        pickup = (
            f"aftalt afhentning kl. {_clock(line.agreed_pickup, zone)}"
            if line.agreed_pickup is not None
            else "afhentning ikke aftalt endnu"
        )
        needs = ", ".join(NEED_DANISH.get(need, need) for need in line.needs) or "ingen"
        paragraphs.append(
            f"Kl. {_clock(line.session_starts, zone)}-{_clock(line.session_ends, zone)}: "
            f"{line.training} ({pickup})\n"
            f"Borger: {line.citizen_name}\n"
            f"Afhentes på: {line.from_address}\n"
            f"Køres til: {line.to_address}\n"
            f"Behov: {needs}"
        )
    return paragraphs or ["Ingen kørsler denne dag."]
