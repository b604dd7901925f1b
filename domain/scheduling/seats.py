"""Seats (pladser) on a team and its waiting list (venteliste).

A seat is a citizen's place on a team for their course, from a day to the team's end (or
the day the seat is given up). A full team refuses a seat and offers the waiting list; a
freed seat is offered to the first citizen waiting, who accepts or declines it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from domain.calendar import COPENHAGEN
from domain.errors import Conflict, RuleViolation
from domain.scheduling.team import Team, TeamOccurrence
from domain.training import (
    OPEN_STATUSES,
    CourseStatus,
    Discipline,
    FrequencyException,
    FrequencyLimits,
    Session,
    SessionForm,
    check_frequency,
)


@dataclass(frozen=True, slots=True)
class SeatCourse:
    """What a seat asks of the course it is for."""

    course_id: uuid.UUID
    status: CourseStatus
    site_id: uuid.UUID | None
    disciplines: tuple[Discipline, ...]
    ends_on: date | None  # the end, or the planned end


class TeamFull(Conflict):
    """Every seat is taken; the citizen may be put on the waiting list instead."""

    waiting_list_offered = True


class SeatRefused(RuleViolation):
    """A seat for a course the team cannot take: another site, another discipline, an ended
    course or team."""


def check_seat(team: Team, course: SeatCourse, *, seats_taken: int, from_day: date) -> None:
    """A seat is for an open course of the team's site and discipline, from a day within both
    the team's and the course's period, on a team with a free seat."""
    if course.status not in OPEN_STATUSES or (
        course.ends_on is not None and course.ends_on < from_day
    ):
        raise SeatRefused(
            "Forløbet er afsluttet; det kan ikke få en plads på holdet.",
            field="course_id", rule="seat_course_open",
        )  # fmt: skip
    if course.site_id != team.site_id:
        raise SeatRefused(
            "Forløbet hører til et andet center end holdet.",
            field="course_id", rule="seat_site",
        )  # fmt: skip
    if team.discipline not in course.disciplines:
        raise SeatRefused(
            "Holdets faglighed er ikke en del af forløbet.",
            field="course_id", rule="seat_discipline",
        )  # fmt: skip
    if from_day > team.ends_on:
        raise SeatRefused(
            "Holdet er afsluttet.", field="from_day", rule="seat_team_period"
        )  # fmt: skip
    if seats_taken >= team.capacity:
        raise TeamFull(
            f"Holdet er fuldt ({team.capacity} pladser). Borgeren kan skrives på ventelisten.",
            field="team_id", rule="team_full",
        )  # fmt: skip


def seat_sessions(
    occurrences: Iterable[TeamOccurrence], *, from_day: date, until: date | None
) -> list[Session]:
    """The team sessions a seat gives the course: the held occurrences from its first day
    to `until` (the course's end), as the frequency rule counts them."""
    return [
        Session(_day(occurrence), SessionForm.TEAM)
        for occurrence in occurrences
        if occurrence.held
        and from_day <= _day(occurrence)
        and (until is None or _day(occurrence) <= until)
    ]


def _day(occurrence: TeamOccurrence) -> date:
    return occurrence.starts_at.astimezone(COPENHAGEN).date()


def check_seat_frequency(
    booked: Sequence[Session],
    seat: Iterable[Session],
    limits: FrequencyLimits,
    exceptions: Iterable[FrequencyException] = (),
) -> None:
    """The seat's sessions count toward the weekly team limit with the course's other
    sessions; the first week it would take beyond the limit refuses it."""
    held = list(booked)
    chosen = tuple(exceptions)
    for session in seat:
        check_frequency(held, session, limits, chosen)
        held.append(session)


@dataclass(frozen=True, slots=True)
class WaitingEntry:
    """A course waiting for a seat on a team, since `placed_at`; `offered_at` while a freed
    seat is offered to it."""

    course_id: uuid.UUID
    placed_at: datetime
    offered_at: datetime | None = None


def _ordered(entries: Iterable[WaitingEntry]) -> list[WaitingEntry]:
    return sorted(entries, key=lambda entry: (entry.placed_at, str(entry.course_id)))


def join_waiting_list(
    entries: Sequence[WaitingEntry], course_id: uuid.UUID, *, at: datetime
) -> list[WaitingEntry]:
    """A course joins the end of the list, once."""
    if any(entry.course_id == course_id for entry in entries):
        raise Conflict(
            "Forløbet står allerede på holdets venteliste.",
            field="course_id", rule="waiting_list_once",
        )  # fmt: skip
    return _ordered([*entries, WaitingEntry(course_id, at)])


def offer_freed_seat(
    entries: Sequence[WaitingEntry], *, at: datetime
) -> tuple[list[WaitingEntry], WaitingEntry | None]:
    """A seat was freed: offer it to the first citizen waiting (the earliest placed) who has
    no offer yet. Returns the list and the entry offered (None when nobody waits)."""
    ordered = _ordered(entries)
    for index, entry in enumerate(ordered):
        if entry.offered_at is None:
            offered = replace(entry, offered_at=at)
            return [*ordered[:index], offered, *ordered[index + 1 :]], offered
    return ordered, None


class NoOffer(RuleViolation):
    """Accepting or declining a seat that was not offered to the course."""


def _offered(entries: Sequence[WaitingEntry], course_id: uuid.UUID) -> WaitingEntry:
    entry = next((entry for entry in entries if entry.course_id == course_id), None)
    if entry is None or entry.offered_at is None:
        raise NoOffer(
            "Forløbet har ikke fået tilbudt en plads på holdet.",
            field="course_id", rule="waiting_list_offer",
        )  # fmt: skip
    return entry


def accept_offer(entries: Sequence[WaitingEntry], course_id: uuid.UUID) -> list[WaitingEntry]:
    """The citizen takes the offered seat (the caller books it): they leave the list."""
    taken = _offered(entries, course_id)
    return _ordered(entry for entry in entries if entry is not taken)


def decline_offer(
    entries: Sequence[WaitingEntry], course_id: uuid.UUID, *, at: datetime
) -> tuple[list[WaitingEntry], WaitingEntry | None]:
    """The citizen declines the offered seat and leaves the list; the seat goes on to the
    next citizen waiting."""
    declined = _offered(entries, course_id)
    rest = [entry for entry in entries if entry is not declined]
    return offer_freed_seat(rest, at=at)
