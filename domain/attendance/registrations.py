"""Attendance (fremmøde) as events, and the counts and flags folded from them.

Every registration is an event for one session (an appointment, or a seat's team
occurrence): attended, cancelled (afbud, with its reason, who cancelled and when it was
reported), no-show (udeblivelse) or sent home. A mistaken registration is never edited: a
new event corrects it (to another outcome, or back to booked), and the counts follow.

The service standards: more than 2 cancellations not caused by illness, or more than 2
no-shows, and the course may be reassessed or ended. Only the citizen's own cancellations
for another reason than illness count; a cancellation by the centre never does; being sent
home counts toward neither. The third counted cancellation flags the course for
reassessment, the third no-show for a decision to end; the flag never acts by itself. The
therapist resolves it with a note (continue, reassess, end); the next counted registration
raises it again.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from domain.centre import Limit, LimitKind
from domain.errors import Conflict, RuleViolation
from domain.training import Attendance

NOTE_MAX = 2000


class CancellationReason(StrEnum):
    ILLNESS = "illness"  # sygdom eller lignende: never counted
    OTHER = "other"


class CancelledBy(StrEnum):
    CITIZEN = "citizen"
    CENTRE = "centre"  # the centre cancelled: never the citizen's to count


@dataclass(frozen=True, slots=True)
class Cancellation:
    reason: CancellationReason
    by: CancelledBy
    reported_at: datetime  # when the citizen (or the centre) reported it


@dataclass(frozen=True, slots=True)
class Registration:
    """One attendance event. `attendance` BOOKED only in a correction: the earlier
    registration was a mistake and the session stands as booked."""

    id: uuid.UUID
    session_id: uuid.UUID
    attendance: Attendance
    recorded_at: datetime
    cancellation: Cancellation | None = None
    corrects: uuid.UUID | None = None


class FlagKind(StrEnum):
    CANCELLATIONS = "cancellations"  # asks for a reassessment
    NO_SHOWS = "no_shows"  # asks for a decision to end the course


FLAG_DANISH = {
    FlagKind.CANCELLATIONS: "Mere end 2 afbud, der ikke skyldes sygdom: forløbet skal revurderes.",
    FlagKind.NO_SHOWS: "Mere end 2 udeblivelser: tag stilling til, om forløbet skal afsluttes.",
}


class FlagResolution(StrEnum):
    CONTINUE = "continue"  # fortsæt, with the note saying why
    REASSESS = "reassess"  # revurder
    END = "end"  # afslut (the ending itself is its own step)


@dataclass(frozen=True, slots=True)
class FlagResolved:
    id: uuid.UUID
    kind: FlagKind
    resolution: FlagResolution
    note: str
    recorded_at: datetime


AttendanceEvent = Registration | FlagResolved


@dataclass(frozen=True, slots=True)
class AttendanceRules:
    """How many of each the standards accept before the flag: "more than 2" by default; the
    service standard's version in force may set them (`rules_in_force`)."""

    cancellations_allowed: int = 2
    no_shows_allowed: int = 2

    def allowed(self, kind: FlagKind) -> int:
        if kind is FlagKind.CANCELLATIONS:
            return self.cancellations_allowed
        return self.no_shows_allowed


def rules_in_force(limits: Mapping[LimitKind, Limit]) -> AttendanceRules:
    """The limits of the service standard's version in force; a limit the version does not
    name keeps the standards' "more than 2"."""
    default = AttendanceRules()
    cancellations = limits.get(LimitKind.CANCELLATIONS_ALLOWED)
    no_shows = limits.get(LimitKind.NO_SHOWS_ALLOWED)
    return AttendanceRules(
        cancellations.value if cancellations else default.cancellations_allowed,
        no_shows.value if no_shows else default.no_shows_allowed,
    )


def counts_toward(registration: Registration) -> FlagKind | None:
    """Which rule a registration counts toward, if any."""
    if registration.attendance is Attendance.NO_SHOW:
        return FlagKind.NO_SHOWS
    cancellation = registration.cancellation
    if (
        registration.attendance is Attendance.CANCELLED
        and cancellation is not None
        and cancellation.by is CancelledBy.CITIZEN
        and cancellation.reason is CancellationReason.OTHER
    ):
        return FlagKind.CANCELLATIONS
    return None


@dataclass(frozen=True, slots=True)
class Flag:
    kind: FlagKind
    count: int
    raised_by: uuid.UUID  # the registration that raised it

    @property
    def text(self) -> str:
        return FLAG_DANISH[self.kind]


@dataclass(frozen=True, slots=True)
class AttendanceState:
    """The course's attendance as its events leave it."""

    current: Mapping[uuid.UUID, Registration]  # session id -> its registration in force
    cancellations: int  # counted toward the cancellation rule
    no_shows: int
    flags: tuple[Flag, ...]  # open flags
    rules: AttendanceRules = AttendanceRules()  # the limits the flags were raised under

    def count(self, kind: FlagKind) -> int:
        return self.cancellations if kind is FlagKind.CANCELLATIONS else self.no_shows

    def flag(self, kind: FlagKind) -> Flag | None:
        return next((flag for flag in self.flags if flag.kind is kind), None)


def fold(
    events: Iterable[AttendanceEvent], rules: AttendanceRules = AttendanceRules()
) -> AttendanceState:
    """Counts and open flags from the event list, in the order the events were recorded.

    A flag of a kind is open while its count exceeds the rule and a registration counted
    toward it came after the kind's last resolution (or there has been none)."""
    current: dict[uuid.UUID, tuple[int, Registration]] = {}
    counts = {FlagKind.CANCELLATIONS: 0, FlagKind.NO_SHOWS: 0}
    resolved_at = {FlagKind.CANCELLATIONS: -1, FlagKind.NO_SHOWS: -1}
    for position, event in enumerate(events):
        if isinstance(event, FlagResolved):
            resolved_at[event.kind] = position
            continue
        replaced = current.get(event.session_id)
        if replaced is not None and (kind := counts_toward(replaced[1])) is not None:
            counts[kind] -= 1
        if event.attendance is Attendance.BOOKED:
            current.pop(event.session_id, None)
            continue
        current[event.session_id] = (position, event)
        if (kind := counts_toward(event)) is not None:
            counts[kind] += 1
    flags = []
    for kind in FlagKind:
        after = [
            (position, registration)
            for position, registration in current.values()
            if counts_toward(registration) is kind and position > resolved_at[kind]
        ]
        if counts[kind] > rules.allowed(kind) and after:
            flags.append(Flag(kind, counts[kind], max(after, key=lambda pair: pair[0])[1].id))
    return AttendanceState(
        {session: registration for session, (_, registration) in current.items()},
        counts[FlagKind.CANCELLATIONS],
        counts[FlagKind.NO_SHOWS],
        tuple(flags),
        rules,
    )


class SessionNotBegun(RuleViolation):
    """Attended, no-show and sent home are registered only once the session has begun."""


class AlreadyRegistered(Conflict):
    """A session has one registration in force; another outcome is a correction of it."""


class RegistrationIncomplete(RuleViolation):
    """A cancellation without its reason, who cancelled or when it was reported; or details
    of a cancellation on another outcome."""


def register(
    state: AttendanceState,
    *,
    id: uuid.UUID,
    session_id: uuid.UUID,
    session_starts_at: datetime,
    attendance: Attendance,
    now: datetime,
    cancellation: Cancellation | None = None,
    corrects: uuid.UUID | None = None,
) -> Registration:
    """A new registration for a session, checked against the events so far: a first one,
    or a correction naming the registration in force (which may set it back to booked)."""
    in_force = state.current.get(session_id)
    if corrects is None:
        if in_force is not None:
            raise AlreadyRegistered(
                "Fremmødet er allerede registreret; ret den registrering i stedet.",
                field="session_id", rule="attendance_once", existing_id=str(in_force.id),
            )  # fmt: skip
        if attendance is Attendance.BOOKED:
            raise RuleViolation(
                "Vælg fremmøde, afbud, udeblivelse eller hjemsendt.",
                field="attendance", rule="attendance_outcome",
            )  # fmt: skip
    elif in_force is None or in_force.id != corrects:
        raise RuleViolation(
            "Kun den gældende registrering af tiden kan rettes.",
            field="corrects", rule="attendance_correction",
        )  # fmt: skip
    if attendance is Attendance.CANCELLED:
        if cancellation is None:
            raise RegistrationIncomplete(
                "Et afbud skal have årsag, hvem der meldte det, og hvornår.",
                field="cancellation", rule="cancellation_details",
            )  # fmt: skip
        if cancellation.reported_at > now:
            raise RegistrationIncomplete(
                "Afbuddet kan ikke være meldt i fremtiden.",
                field="cancellation.reported_at", rule="cancellation_details",
            )  # fmt: skip
    elif cancellation is not None:
        raise RegistrationIncomplete(
            "Kun et afbud har en årsag.", field="cancellation", rule="cancellation_details"
        )
    held = attendance in (Attendance.ATTENDED, Attendance.NO_SHOW, Attendance.SENT_HOME)
    if held and now < session_starts_at:
        raise SessionNotBegun(
            "Fremmøde, udeblivelse og hjemsendelse registreres, når tiden er begyndt.",
            field="attendance", rule="attendance_after_start",
        )  # fmt: skip
    return Registration(id, session_id, attendance, now, cancellation, corrects)


def seat_session(seat_id: uuid.UUID, occurrence_id: uuid.UUID) -> uuid.UUID:
    """A seat's session at one team occurrence, named by one id as an appointment is, so
    the fold counts a course's appointments and seats together."""
    return uuid.uuid5(seat_id, str(occurrence_id))


class OccurrenceCancelled(RuleViolation):
    """The occurrence was cancelled (aflyst): nobody attends or misses it."""


class SeatNotOnOccurrence(RuleViolation):
    """The seat is not held on the occurrence's day (taken later, or released before)."""


def check_class_session(
    *,
    occurrence_held: bool,
    day: date,
    seat_from: date,
    seat_released_on: date | None,
    attendance: Attendance,
    corrects: uuid.UUID | None,
) -> None:
    """A seat's session at a team occurrence can be registered when the occurrence is held
    and the seat is the citizen's on its day. On a cancelled occurrence only a mistaken
    registration can still be taken back (a correction back to booked)."""
    if not occurrence_held and not (corrects is not None and attendance is Attendance.BOOKED):
        raise OccurrenceCancelled(
            "Holdgangen er aflyst; der kan ikke registreres fremmøde på den.",
            field="occurrence_id", rule="attendance_on_cancelled",
        )  # fmt: skip
    if day < seat_from or (seat_released_on is not None and day >= seat_released_on):
        raise SeatNotOnOccurrence(
            "Pladsen er ikke borgerens på holdgangens dag.",
            field="seat_id", rule="seat_on_occurrence",
        )  # fmt: skip


class FlagNotOpen(RuleViolation):
    """Resolving a flag that is not raised."""


def resolve_flag(
    state: AttendanceState,
    kind: FlagKind,
    resolution: FlagResolution,
    *,
    note: str | None,
    id: uuid.UUID,
    now: datetime,
) -> FlagResolved:
    """The therapist's answer to an open flag, always with a note."""
    if state.flag(kind) is None:
        raise FlagNotOpen(
            "Der er ingen markering at tage stilling til.", field="kind", rule="flag_open"
        )
    text = (note or "").strip()
    if not text or len(text) > NOTE_MAX:
        raise RuleViolation(
            f"Skriv et notat på højst {NOTE_MAX} tegn om beslutningen.",
            field="note", rule="flag_note",
        )  # fmt: skip
    return FlagResolved(id, kind, resolution, text, now)


def awaits_new_time(
    state: AttendanceState,
    *,
    session_starts_at: Mapping[uuid.UUID, datetime],
    bookings: Iterable[datetime],
) -> bool:
    """After a cancellation or a no-show the citizen books the new time; the worklist shows
    the courses that have none: a cancelled or missed session with no booking after it.
    `session_starts_at` gives the start of each registered session, `bookings` the starts
    of the course's booked sessions."""
    missed = [
        session_starts_at[session]
        for session, registration in state.current.items()
        if registration.attendance in (Attendance.CANCELLED, Attendance.NO_SHOW)
        and session in session_starts_at
    ]
    if not missed:
        return False
    latest = max(missed)
    return not any(start > latest for start in bookings)
