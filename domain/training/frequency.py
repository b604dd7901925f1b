"""Frequency limits (hyppighed) of genoptræning, counted per ISO week.

The genoptræning standards say "as a rule" at most 3 individual sessions a week with a
physiotherapist and/or an occupational therapist (the two together) and at most 2 team
sessions; the vedligeholdende standard names none. The limits are the service standard's data
in force; a course may have an exception for a period (a newly acquired brain injury, or
another reason the therapist writes down), with an end date.

Weeks run Monday to Sunday and a week that straddles New Year belongs to one ISO year:
28 December 2026 to 3 January 2027 is week 53 of 2026.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from domain.centre import Limit, LimitKind
from domain.errors import RuleViolation


class SessionForm(StrEnum):
    INDIVIDUAL = "individual"  # individuel træning
    TEAM = "team"  # holdtræning (a seat in a team occurrence, once teams exist)


class SessionPurpose(StrEnum):
    TRAINING = "training"
    INITIAL_ASSESSMENT = "initial_assessment"  # indledende samtale og undersøgelse
    FOLLOW_UP = "follow_up"  # opfølgende samtale


class Attendance(StrEnum):
    """What became of a booked session (fremmøde)."""

    BOOKED = "booked"
    ATTENDED = "attended"
    CANCELLED = "cancelled"  # afbud: frees the time, does not count
    NO_SHOW = "no_show"  # udeblivelse: counts
    SENT_HOME = "sent_home"  # sent home (alcohol or drugs): counts


@dataclass(frozen=True, slots=True)
class Session:
    """One session of a course, as the frequency rule sees it."""

    day: date
    form: SessionForm
    purpose: SessionPurpose = SessionPurpose.TRAINING
    attendance: Attendance = Attendance.BOOKED


def starts_training(session: Session) -> bool:
    """§ 140: the first training session held starts the training, and meets the start
    deadline on its day (the manual training-start step still can); a conversation or a
    session not held does not."""
    return session.purpose is SessionPurpose.TRAINING and session.attendance is Attendance.ATTENDED


def counts_toward_frequency(session: Session) -> bool:
    """Training sessions count, held or not, unless cancelled; the conversations never do."""
    return (
        session.purpose is SessionPurpose.TRAINING
        and session.attendance is not Attendance.CANCELLED
    )


@dataclass(frozen=True, slots=True, order=True)
class IsoWeek:
    year: int
    week: int

    @classmethod
    def of(cls, day: date) -> IsoWeek:
        year, week, _ = day.isocalendar()
        return cls(year, week)

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    def __str__(self) -> str:
        return f"uge {self.week} {self.year}"


@dataclass(frozen=True, slots=True)
class FrequencyLimits:
    """At most this many counted sessions of each form per ISO week; None: no limit."""

    individual_per_week: int | None
    team_per_week: int | None

    @classmethod
    def from_standard(cls, in_force: Mapping[LimitKind, Limit]) -> FrequencyLimits:
        """The limits of the service standard in force for the course's legal basis."""
        individual = in_force.get(LimitKind.INDIVIDUAL_TRAINING_PER_WEEK_MAX)
        team = in_force.get(LimitKind.TEAM_TRAINING_PER_WEEK_MAX)
        return cls(
            individual_per_week=None if individual is None else individual.value,
            team_per_week=None if team is None else team.value,
        )

    def of_form(self, form: SessionForm) -> int | None:
        if form is SessionForm.INDIVIDUAL:
            return self.individual_per_week
        return self.team_per_week


FORM_PLURAL_DANISH = {
    SessionForm.INDIVIDUAL: "individuelle træninger",
    SessionForm.TEAM: "holdtræninger",
}


class ExceptionReason(StrEnum):
    ACQUIRED_BRAIN_INJURY = "acquired_brain_injury"  # nyopstået hjerneskade
    OTHER = "other"  # another reason, written by the therapist


@dataclass(frozen=True, slots=True)
class FrequencyException:
    """More intensive training for a period: the limits do not apply from start to end."""

    reason: ExceptionReason
    note: str | None
    starts_on: date
    ends_on: date

    def covers(self, day: date) -> bool:
        return self.starts_on <= day <= self.ends_on


class ExceptionIncomplete(RuleViolation):
    """An exception needs its reason and its end date."""


def record_exception(
    reason: ExceptionReason | None,
    *,
    note: str | None,
    starts_on: date,
    ends_on: date | None,
) -> FrequencyException:
    """The therapist's exception, as recorded: a reason (another reason written out), and
    an end date on or after its start."""
    text = (note or "").strip() or None
    if reason is None:
        raise ExceptionIncomplete(
            "En undtagelse fra hyppigheden skal have en begrundelse.",
            field="reason", rule="frequency_exception_reason",
        )  # fmt: skip
    if reason is ExceptionReason.OTHER and text is None:
        raise ExceptionIncomplete(
            "Skriv begrundelsen, når undtagelsen ikke skyldes en nyopstået hjerneskade.",
            field="note", rule="frequency_exception_reason",
        )  # fmt: skip
    if ends_on is None:
        raise ExceptionIncomplete(
            "En undtagelse fra hyppigheden skal have en slutdato.",
            field="ends_on", rule="frequency_exception_end",
        )  # fmt: skip
    if ends_on < starts_on:
        raise ExceptionIncomplete(
            "Undtagelsen kan ikke slutte før den begynder.",
            field="ends_on", rule="frequency_exception_end",
        )  # fmt: skip
    return FrequencyException(reason, text, starts_on, ends_on)


def exceptions_in_force(
    exceptions: Iterable[FrequencyException], on: date
) -> list[FrequencyException]:
    """What the team leader sees: the exceptions covering `on`."""
    return [exception for exception in exceptions if exception.covers(on)]


class FrequencyLimitExceeded(RuleViolation):
    """A booking beyond the week's limit, with no exception in force that day."""

    def __init__(self, message: str, *, limit: int, week: IsoWeek, form: SessionForm):
        super().__init__(message, field="starts_at", rule="frequency_limit")
        self.limit = limit
        self.week = week
        self.form = form


def counted_per_week(sessions: Iterable[Session]) -> Counter[tuple[IsoWeek, SessionForm]]:
    """How many counted sessions of each form every ISO week holds."""
    return Counter(
        (IsoWeek.of(session.day), session.form)
        for session in sessions
        if counts_toward_frequency(session)
    )


def check_frequency(
    booked: Iterable[Session],
    new: Session,
    limits: FrequencyLimits,
    exceptions: Iterable[FrequencyException] = (),
) -> None:
    """Refuse `new` when its ISO week already holds the limit of its form, unless an
    exception covers its day."""
    limit = limits.of_form(new.form)
    if limit is None or not counts_toward_frequency(new):
        return
    if any(exception.covers(new.day) for exception in exceptions):
        return
    week = IsoWeek.of(new.day)
    already = counted_per_week(booked)[(week, new.form)]
    if already + 1 > limit:
        raise FrequencyLimitExceeded(
            f"Kvalitetsstandarden giver højst {limit} {FORM_PLURAL_DANISH[new.form]} om ugen; "
            f"{week} har allerede {already}. Registrér en undtagelse med begrundelse og "
            "slutdato for at booke flere.",
            limit=limit, week=week, form=new.form,
        )  # fmt: skip
