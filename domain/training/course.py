"""The course (forløb): a granted, goal-directed period of training, and its forms."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from domain.errors import RuleViolation


class Discipline(StrEnum):
    PHYSIOTHERAPY = "physiotherapy"
    OCCUPATIONAL_THERAPY = "occupational_therapy"


class CourseForm(StrEnum):
    """The service standards' forms of training."""

    TEAM_TRAINING = "team_training"  # træning på hold i træningscentret
    INDIVIDUAL_AT_CENTRE = "individual_at_centre"
    INDIVIDUAL_AT_HOME = "individual_at_home"  # i eget hjem eller nærmiljø
    SELF_TRAINING = "self_training"  # egen træning med opfølgning og instruktion


DISCIPLINE_DANISH = {
    Discipline.PHYSIOTHERAPY: "fysioterapi",
    Discipline.OCCUPATIONAL_THERAPY: "ergoterapi",
}
FORM_DANISH = {
    CourseForm.TEAM_TRAINING: "træning på hold i træningscentret",
    CourseForm.INDIVIDUAL_AT_CENTRE: "individuel træning i træningscentret",
    CourseForm.INDIVIDUAL_AT_HOME: "individuel træning i dit eget hjem eller nærmiljø",
    CourseForm.SELF_TRAINING: "egen træning med opfølgning og instruktion",
}


class CourseStatus(StrEnum):
    """Forløbsstatus (glossary: course_status), and a grant or start undone by correction."""

    PLANNED = "planned"
    ACTIVE = "active"
    POSTPONED = "postponed"
    ENDED = "ended"
    CANCELLED = "cancelled"  # the grant or start that opened it was corrected: it never was


# One offer at a time (the service standard): a citizen has at most one course in these states.
OPEN_STATUSES = frozenset({CourseStatus.PLANNED, CourseStatus.ACTIVE, CourseStatus.POSTPONED})


@dataclass(frozen=True)
class CourseOpening:
    """What to store for a new course: the domain's answer to how it opens."""

    legal_basis: str
    status: CourseStatus
    started_on: date | None
    ended_on: date | None = None
    disciplines: tuple[Discipline, ...] = ()
    form: CourseForm | None = None
    transport_needed: bool = False
    earlier: bool = False
    note: str | None = None


@dataclass(frozen=True)
class CourseEnding:
    """What to store when a course ends."""

    status: CourseStatus
    ended_on: date


def check_disciplines(disciplines: Iterable[Discipline]) -> None:
    """A course names each discipline once: physiotherapy, occupational therapy or both."""
    listed = list(disciplines)
    if len(set(listed)) != len(listed):
        raise RuleViolation("En faggruppe er angivet to gange.", field="disciplines")


def check_course_start(course_start: date | None, *, received: date) -> None:
    """A granted course never starts before the case that asked for it was received."""
    if course_start is not None and course_start < received:
        raise RuleViolation(
            "Forløbet kan ikke starte, før sagen blev modtaget.", field="course_start"
        )


def open_from_grant(
    legal_basis: str,
    *,
    sent_on: date,
    course_start: date | None,
    disciplines: Iterable[Discipline],
    form: CourseForm,
    transport_needed: bool,
) -> CourseOpening:
    """A grant opens an active course, from the given start or else the day it was sent."""
    return CourseOpening(
        legal_basis=legal_basis,
        status=CourseStatus.ACTIVE,
        started_on=course_start or sent_on,
        disciplines=tuple(disciplines),
        form=form,
        transport_needed=transport_needed,
    )


def open_from_training_start(
    legal_basis: str,
    *,
    started_on: date,
    disciplines: Iterable[Discipline],
    form: CourseForm,
    transport_needed: bool,
) -> CourseOpening:
    """Training started under a hospital plan (§ 140) opens an active course that day."""
    return CourseOpening(
        legal_basis=legal_basis,
        status=CourseStatus.ACTIVE,
        started_on=started_on,
        disciplines=tuple(disciplines),
        form=form,
        transport_needed=transport_needed,
    )


def open_earlier(
    legal_basis: str,
    *,
    started_on: date | None,
    ended_on: date,
    note: str | None,
    today: date,
) -> CourseOpening:
    """A municipal course from before this system, recorded as ended so the quarantine sees it."""
    if ended_on > today:
        raise RuleViolation("Et tidligere forløb skal være afsluttet.", field="ended_on")
    if started_on is not None and started_on > ended_on:
        raise RuleViolation("Forløbet kan ikke starte efter det sluttede.", field="started_on")
    return CourseOpening(
        legal_basis=legal_basis,
        status=CourseStatus.ENDED,
        started_on=started_on,
        ended_on=ended_on,
        earlier=True,
        note=note,
    )


def ending(started_on: date | None, ended_on: date) -> CourseEnding:
    """A course ends (a new course replaces it, or a grant became a refusal); never before
    it started."""
    return CourseEnding(status=CourseStatus.ENDED, ended_on=max(ended_on, started_on or ended_on))


def undone_by_correction() -> CourseStatus:
    """A corrected grant or training start: the course it opened never was."""
    return CourseStatus.CANCELLED


def ended_by_new_course(started_on: date | None, new_start: date) -> CourseEnding:
    """The running course ends the day before a new course starts (never before its own
    start)."""
    return ending(started_on, new_start - timedelta(days=1))


@dataclass(frozen=True)
class CoursePlan:
    """How the course is given: disciplines, form, site, responsible therapists, start and
    planned end."""

    disciplines: tuple[Discipline, ...]
    form: CourseForm
    site_id: uuid.UUID | None
    therapist_ids: tuple[uuid.UUID, ...]
    started_on: date
    planned_end_on: date | None


def plan_course(
    *,
    disciplines: Iterable[Discipline],
    form: CourseForm,
    site_id: uuid.UUID | None,
    therapist_ids: Iterable[uuid.UUID],
    started_on: date,
    planned_end_on: date | None,
) -> CoursePlan:
    """A course's plan: at least one discipline and one responsible therapist; training at
    the centre has a site; the planned end is not before the start."""
    chosen = tuple(dict.fromkeys(disciplines))
    therapists = tuple(dict.fromkeys(therapist_ids))
    if not chosen:
        raise RuleViolation("Vælg mindst én faglighed.", field="disciplines", rule="course_plan")
    if not therapists:
        raise RuleViolation(
            "Forløbet skal have mindst én ansvarlig terapeut.",
            field="therapist_ids", rule="course_plan",
        )  # fmt: skip
    if form in AT_CENTRE and site_id is None:
        raise RuleViolation(
            "Træning i træningscentret skal have et center.", field="site_id", rule="course_plan"
        )
    if planned_end_on is not None and planned_end_on < started_on:
        raise RuleViolation(
            "Den planlagte afslutning kan ikke ligge før starten.",
            field="planned_end_on", rule="course_plan",
        )  # fmt: skip
    return CoursePlan(chosen, form, site_id, therapists, started_on, planned_end_on)


AT_CENTRE = frozenset({CourseForm.TEAM_TRAINING, CourseForm.INDIVIDUAL_AT_CENTRE})


class OutsideCourse(RuleViolation):
    """A session is booked only in an open course and within its period."""


def check_session_day(
    status: CourseStatus,
    *,
    started_on: date | None,
    ends_on: date | None,
    day: date,
) -> None:
    """A session of the course falls on a day the course runs: it is open (planned, active or
    postponed), and the day lies from its start to its end (or planned end)."""
    if status not in OPEN_STATUSES:
        raise OutsideCourse(
            "Forløbet er afsluttet; der kan ikke bookes flere tider.",
            field="course_id", rule="course_open",
        )  # fmt: skip
    if (started_on is not None and day < started_on) or (ends_on is not None and day > ends_on):
        raise OutsideCourse(
            "Tiden ligger uden for forløbets periode.", field="starts_at", rule="course_period"
        )
