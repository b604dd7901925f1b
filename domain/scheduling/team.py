"""Teams (hold) and their occurrences (holdgange).

A team meets at fixed weekly times at one site, in one room, for one discipline, from its
start to its end. Its occurrences are generated once from the weekly pattern, less the
centre's closure days and public holidays, and are rows of their own: each is known by the
date the pattern planned it for (`planned_on`), so one occurrence can be moved or cancelled,
or the rest of the series given new weekly times from a date, without another being lost or
doubled. A team meets at most once a day, on weekdays, so the planned date names one row.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from domain.calendar import COPENHAGEN, WorkingDayCalendar
from domain.errors import Conflict, NotFound, RuleViolation
from domain.scheduling.appointment import Slot, check_times, overlapping
from domain.training import Discipline

# Occurrences are generated for at most this long: a longer team is a typing error.
LONGEST_TEAM = timedelta(days=366)
NAME_MAX = 100


@dataclass(frozen=True, slots=True)
class WeeklyTime:
    """When the team meets on one weekday (1 Monday to 5 Friday), Copenhagen time."""

    weekday: int
    starts: time
    ends: time


@dataclass(frozen=True, slots=True)
class Team:
    id: uuid.UUID
    name: str
    site_id: uuid.UUID
    room_id: uuid.UUID
    discipline: Discipline
    weekly_times: tuple[WeeklyTime, ...]
    capacity: int  # seats
    therapist_ids: tuple[uuid.UUID, ...]
    starts_on: date
    ends_on: date


class TeamLargerThanRoom(RuleViolation):
    """A team cannot seat more citizens than its room holds."""


def _weekly_times(times: Iterable[WeeklyTime]) -> tuple[WeeklyTime, ...]:
    ordered = tuple(sorted(times, key=lambda weekly: weekly.weekday))
    if not ordered:
        raise RuleViolation(
            "Holdet skal have mindst én ugentlig tid.", field="weekly_times", rule="team_times"
        )
    for index, weekly in enumerate(ordered):
        if not 1 <= weekly.weekday <= 5:
            raise RuleViolation(
                "Et hold mødes på hverdage: ugedag 1 (mandag) til 5 (fredag).",
                field=f"weekly_times.{index}.weekday", rule="team_times",
            )  # fmt: skip
        if weekly.ends <= weekly.starts:
            raise RuleViolation(
                "Holdtiden skal slutte efter den begynder.",
                field=f"weekly_times.{index}.ends", rule="team_times",
            )  # fmt: skip
        if index and ordered[index - 1].weekday == weekly.weekday:
            raise RuleViolation(
                "Et hold mødes højst én gang om dagen.",
                field=f"weekly_times.{index}.weekday", rule="team_times",
            )  # fmt: skip
    return ordered


def define_team(
    *,
    id: uuid.UUID,
    name: str,
    site_id: uuid.UUID,
    room_id: uuid.UUID,
    room_site_id: uuid.UUID,
    room_capacity: int,
    discipline: Discipline,
    weekly_times: Iterable[WeeklyTime],
    capacity: int,
    therapist_ids: Iterable[uuid.UUID],
    starts_on: date,
    ends_on: date,
) -> Team:
    """A team as recorded: a name, a room of its own site that holds its seats, weekly
    times on weekdays, at least one therapist, and an end not before its start."""
    cleaned = name.strip()
    if not cleaned or len(cleaned) > NAME_MAX:
        raise RuleViolation(
            f"Holdet skal have et navn på højst {NAME_MAX} tegn.", field="name", rule="team_name"
        )
    if room_site_id != site_id:
        raise RuleViolation(
            "Lokalet hører til et andet center end holdet.", field="room_id", rule="team_room"
        )
    if capacity < 1:
        raise RuleViolation(
            "Holdet skal have mindst én plads.", field="capacity", rule="team_capacity"
        )
    if capacity > room_capacity:
        raise TeamLargerThanRoom(
            f"Lokalet har kun plads til {room_capacity}; holdet kan ikke have {capacity} pladser.",
            field="capacity", rule="team_room_capacity",
        )  # fmt: skip
    therapists = tuple(dict.fromkeys(therapist_ids))
    if not therapists:
        raise RuleViolation(
            "Holdet skal have mindst én terapeut.", field="therapist_ids", rule="team_therapists"
        )
    if ends_on < starts_on:
        raise RuleViolation(
            "Holdet kan ikke slutte før det begynder.", field="ends_on", rule="team_period"
        )
    if ends_on - starts_on > LONGEST_TEAM:
        raise RuleViolation(
            "Et hold planlægges højst et år frem ad gangen.", field="ends_on", rule="team_period"
        )
    return Team(
        id, cleaned, site_id, room_id, discipline, _weekly_times(weekly_times), capacity,
        therapists, starts_on, ends_on,
    )  # fmt: skip


class OccurrenceStatus(StrEnum):
    PLANNED = "planned"
    CANCELLED = "cancelled"  # aflyst: the row stays, so the planned date is not planned again


@dataclass(frozen=True, slots=True)
class TeamOccurrence:
    """One dated session of a team (holdgang). `planned_on` is the date the weekly pattern
    planned it for and never changes; a moved occurrence keeps it and gets new times."""

    team_id: uuid.UUID
    planned_on: date
    starts_at: datetime
    ends_at: datetime
    status: OccurrenceStatus = OccurrenceStatus.PLANNED
    moved: bool = False  # its times were set by hand, not by the weekly pattern

    @property
    def held(self) -> bool:
        return self.status is OccurrenceStatus.PLANNED

    def as_slot(self, id: uuid.UUID) -> Slot:
        return Slot(id, self.starts_at, self.ends_at)


def _at(day: date, moment: time) -> datetime:
    return datetime.combine(day, moment, tzinfo=COPENHAGEN)


def is_closed(day: date, calendar: WorkingDayCalendar) -> bool:
    """A weekday the centre is closed: a public holiday or a closure day."""
    return day.isoweekday() <= 5 and not calendar.is_working_day(day)


def _pattern(
    team_id: uuid.UUID,
    weekly_times: Sequence[WeeklyTime],
    first: date,
    last: date,
    calendar: WorkingDayCalendar,
) -> list[TeamOccurrence]:
    by_weekday = {weekly.weekday: weekly for weekly in weekly_times}
    made: list[TeamOccurrence] = []
    day = first
    while day <= last:
        weekly = by_weekday.get(day.isoweekday())
        if weekly is not None and not is_closed(day, calendar):
            made.append(
                TeamOccurrence(team_id, day, _at(day, weekly.starts), _at(day, weekly.ends))
            )
        day += timedelta(days=1)
    return made


def generate_occurrences(team: Team, calendar: WorkingDayCalendar) -> list[TeamOccurrence]:
    """Every occurrence of the weekly pattern from the team's start to its end, less closure
    days and public holidays; one per planned date, in date order."""
    return _pattern(team.id, team.weekly_times, team.starts_on, team.ends_on, calendar)


class OccurrenceClash(Conflict):
    """An edit would put two held occurrences of a team, or the team and another booking of
    its room, at the same time."""


def _find(occurrences: Sequence[TeamOccurrence], planned_on: date) -> int:
    for index, occurrence in enumerate(occurrences):
        if occurrence.planned_on == planned_on:
            return index
    raise NotFound("Holdgangen findes ikke.", field="planned_on")


def _check_no_clash(
    occurrence: TeamOccurrence, others: Iterable[TeamOccurrence], room_bookings: Sequence[Slot]
) -> None:
    if not occurrence.held:
        return
    for other in others:
        if (
            other.held
            and other.starts_at < occurrence.ends_at
            and occurrence.starts_at < other.ends_at
        ):
            raise OccurrenceClash(
                "Holdet har allerede en holdgang, der overlapper.",
                field="starts_at", rule="team_occurrence_clash",
            )  # fmt: skip
    met = overlapping(occurrence.starts_at, occurrence.ends_at, room_bookings)
    if met:
        raise OccurrenceClash(
            "Lokalet er optaget i tidsrummet.",
            field="starts_at", rule="room_double_booked", existing_id=str(met[0].id),
        )  # fmt: skip


def move_occurrence(
    occurrences: Sequence[TeamOccurrence],
    planned_on: date,
    *,
    starts_at: datetime,
    ends_at: datetime,
    calendar: WorkingDayCalendar,
    room_bookings: Sequence[Slot] = (),
) -> list[TeamOccurrence]:
    """One occurrence gets new times (and is held again if it was cancelled); every other
    row stays as it was. Refused on a closure day, or over another occurrence of the team
    or another booking of its room (`room_bookings`: the room's bookings other than the
    team's own)."""
    check_times(starts_at, ends_at, calendar=calendar)
    index = _find(occurrences, planned_on)
    moved = replace(
        occurrences[index],
        starts_at=starts_at,
        ends_at=ends_at,
        status=OccurrenceStatus.PLANNED,
        moved=True,
    )
    others = [other for position, other in enumerate(occurrences) if position != index]
    _check_no_clash(moved, others, room_bookings)
    return [*occurrences[:index], moved, *occurrences[index + 1 :]]


def cancel_occurrence(
    occurrences: Sequence[TeamOccurrence], planned_on: date
) -> list[TeamOccurrence]:
    """One occurrence is cancelled (aflyst); its row stays."""
    index = _find(occurrences, planned_on)
    cancelled = replace(occurrences[index], status=OccurrenceStatus.CANCELLED)
    return [*occurrences[:index], cancelled, *occurrences[index + 1 :]]


@dataclass(frozen=True, slots=True)
class SeriesChange:
    """The occurrences after a rest-of-series edit, the old rows it removed (planned dates
    the new pattern does not hold) for the caller to delete and tell the seated, and the
    team's weekly times from now on."""

    occurrences: list[TeamOccurrence]
    removed: list[TeamOccurrence]
    weekly_times: tuple[WeeklyTime, ...]


def change_rest_of_series(
    team: Team,
    occurrences: Sequence[TeamOccurrence],
    *,
    from_day: date,
    weekly_times: Iterable[WeeklyTime],
    calendar: WorkingDayCalendar,
    room_bookings: Sequence[Slot] = (),
) -> SeriesChange:
    """New weekly times from `from_day` to the team's end. Occurrences planned before that
    day stay as they are; from it, every planned date of the new pattern has one row: the
    old row of that date updated (a single move or cancellation of it is replaced by the
    new pattern), or a new row; old rows of dates the new pattern drops are removed.
    Refused when a new time meets an occurrence kept from before (one moved forward) or
    another booking of the room."""
    if not team.starts_on <= from_day <= team.ends_on:
        raise RuleViolation(
            "Datoen skal ligge i holdets periode.", field="from_day", rule="team_period"
        )
    pattern = _weekly_times(weekly_times)
    kept = [occurrence for occurrence in occurrences if occurrence.planned_on < from_day]
    old_later = {o.planned_on: o for o in occurrences if o.planned_on >= from_day}
    fresh = _pattern(team.id, pattern, from_day, team.ends_on, calendar)
    for occurrence in fresh:
        _check_no_clash(occurrence, kept, room_bookings)
    planned = {occurrence.planned_on for occurrence in fresh}
    removed = [old for day, old in sorted(old_later.items()) if day not in planned]
    return SeriesChange(
        sorted([*kept, *fresh], key=lambda occurrence: occurrence.planned_on), removed, pattern
    )
