"""Attendance registrations, the counts and the flags, worked through by hand.

The sessions are at 10:00 Copenhagen time (09:00 UTC in December) on the weekdays of
December 2026; registrations are made at noon UTC the same day.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from domain.attendance import (
    AlreadyRegistered,
    AttendanceEvent,
    Cancellation,
    CancellationReason,
    CancelledBy,
    FlagKind,
    FlagNotOpen,
    FlagResolution,
    Registration,
    RegistrationIncomplete,
    SessionNotBegun,
    awaits_new_time,
    fold,
    register,
    resolve_flag,
)
from domain.errors import RuleViolation
from domain.training import Attendance

ILLNESS, OTHER = CancellationReason.ILLNESS, CancellationReason.OTHER
CITIZEN, CENTRE = CancelledBy.CITIZEN, CancelledBy.CENTRE


class Course:
    """One course's event list, with a new session per registration unless told."""

    def __init__(self) -> None:
        self.events: list[AttendanceEvent] = []
        self.day = 0

    def session(self) -> tuple[uuid.UUID, datetime]:
        self.day += 1
        return uuid.uuid4(), datetime(2026, 12, self.day, 9, tzinfo=UTC)

    def record(
        self,
        attendance: Attendance,
        cancellation: tuple[CancellationReason, CancelledBy] | None = None,
        *,
        session: uuid.UUID | None = None,
        corrects: uuid.UUID | None = None,
    ) -> Registration:
        new_id, starts_at = self.session()
        registration = register(
            fold(self.events),
            id=uuid.uuid4(),
            session_id=session or new_id,
            session_starts_at=starts_at,
            attendance=attendance,
            now=starts_at.replace(hour=12),
            cancellation=None
            if cancellation is None
            else Cancellation(cancellation[0], cancellation[1], starts_at.replace(hour=7)),
            corrects=corrects,
        )
        self.events.append(registration)
        return registration

    def resolve(self, kind: FlagKind, note: str | None = "Aftalt med borgeren.") -> None:
        self.events.append(
            resolve_flag(
                fold(self.events),
                kind,
                FlagResolution.CONTINUE,
                note=note,
                id=uuid.uuid4(),
                now=datetime(2026, 12, 31, 12, tzinfo=UTC),
            )
        )


def test_a_cancellation_may_come_before_the_session_the_others_only_after_it_began() -> None:
    state = fold([])
    starts_at = datetime(2026, 12, 7, 9, tzinfo=UTC)
    before = datetime(2026, 12, 6, 15, tzinfo=UTC)
    cancelled = register(
        state, id=uuid.uuid4(), session_id=uuid.uuid4(), session_starts_at=starts_at,
        attendance=Attendance.CANCELLED, now=before,
        cancellation=Cancellation(OTHER, CITIZEN, before),
    )  # fmt: skip
    assert cancelled.recorded_at == before
    for attendance in (Attendance.ATTENDED, Attendance.NO_SHOW, Attendance.SENT_HOME):
        with pytest.raises(SessionNotBegun):
            register(
                state, id=uuid.uuid4(), session_id=uuid.uuid4(), session_starts_at=starts_at,
                attendance=attendance, now=before,
            )  # fmt: skip
    # At the minute it begins, a no-show can be registered.
    register(
        state, id=uuid.uuid4(), session_id=uuid.uuid4(), session_starts_at=starts_at,
        attendance=Attendance.NO_SHOW, now=starts_at,
    )  # fmt: skip


def test_a_cancellation_needs_its_details_and_only_a_cancellation_has_them() -> None:
    starts_at = datetime(2026, 12, 7, 9, tzinfo=UTC)
    with pytest.raises(RegistrationIncomplete):
        register(
            fold([]), id=uuid.uuid4(), session_id=uuid.uuid4(), session_starts_at=starts_at,
            attendance=Attendance.CANCELLED, now=starts_at,
        )  # fmt: skip
    with pytest.raises(RegistrationIncomplete):
        register(
            fold([]), id=uuid.uuid4(), session_id=uuid.uuid4(), session_starts_at=starts_at,
            attendance=Attendance.ATTENDED, now=starts_at,
            cancellation=Cancellation(OTHER, CITIZEN, starts_at),
        )  # fmt: skip
    with pytest.raises(RegistrationIncomplete):  # reported tomorrow
        register(
            fold([]), id=uuid.uuid4(), session_id=uuid.uuid4(), session_starts_at=starts_at,
            attendance=Attendance.CANCELLED, now=starts_at,
            cancellation=Cancellation(OTHER, CITIZEN, datetime(2026, 12, 8, 9, tzinfo=UTC)),
        )  # fmt: skip


def test_only_the_citizens_cancellations_not_due_to_illness_count() -> None:
    course = Course()
    course.record(Attendance.CANCELLED, (OTHER, CITIZEN))
    course.record(Attendance.CANCELLED, (ILLNESS, CITIZEN))
    course.record(Attendance.CANCELLED, (OTHER, CENTRE))
    course.record(Attendance.SENT_HOME)
    course.record(Attendance.CANCELLED, (OTHER, CITIZEN))
    state = fold(course.events)
    assert (state.cancellations, state.no_shows, state.flags) == (2, 0, ())
    third = course.record(Attendance.CANCELLED, (OTHER, CITIZEN))
    state = fold(course.events)
    flag = state.flag(FlagKind.CANCELLATIONS)
    assert flag is not None
    assert (flag.count, flag.raised_by) == (3, third.id)
    assert "revurderes" in flag.text
    assert state.flag(FlagKind.NO_SHOWS) is None


def test_the_third_no_show_flags_a_decision_to_end_and_sent_home_counts_toward_neither() -> None:
    course = Course()
    for _ in range(2):
        course.record(Attendance.NO_SHOW)
    for _ in range(3):
        course.record(Attendance.SENT_HOME)
    assert fold(course.events).flags == ()
    course.record(Attendance.NO_SHOW)
    state = fold(course.events)
    assert [(flag.kind, flag.count) for flag in state.flags] == [(FlagKind.NO_SHOWS, 3)]
    assert state.cancellations == 0


def test_a_resolved_flag_is_raised_again_by_the_next_counted_registration() -> None:
    course = Course()
    with pytest.raises(FlagNotOpen):
        course.resolve(FlagKind.NO_SHOWS)
    for _ in range(3):
        course.record(Attendance.NO_SHOW)
    with pytest.raises(RuleViolation) as no_note:
        course.resolve(FlagKind.NO_SHOWS, note="  ")
    assert no_note.value.field == "note"
    course.resolve(FlagKind.NO_SHOWS)
    assert fold(course.events).flags == ()
    course.record(Attendance.ATTENDED)  # an attended session raises nothing
    assert fold(course.events).flags == ()
    fourth = course.record(Attendance.NO_SHOW)
    flag = fold(course.events).flag(FlagKind.NO_SHOWS)
    assert flag is not None
    assert (flag.count, flag.raised_by) == (4, fourth.id)


def test_a_mistaken_registration_is_corrected_by_a_new_event_and_the_counts_follow() -> None:
    course = Course()
    first = course.record(Attendance.NO_SHOW)
    course.record(Attendance.NO_SHOW)
    third = course.record(Attendance.NO_SHOW)
    assert fold(course.events).no_shows == 3
    with pytest.raises(AlreadyRegistered):
        course.record(Attendance.ATTENDED, session=third.session_id)
    with pytest.raises(RuleViolation):  # a correction names the registration in force
        course.record(Attendance.ATTENDED, session=third.session_id, corrects=first.id)
    # The third citizen came after all: the flag goes with the count.
    fixed = course.record(Attendance.ATTENDED, session=third.session_id, corrects=third.id)
    state = fold(course.events)
    assert (state.no_shows, state.flags) == (2, ())
    assert state.current[third.session_id] == fixed
    # The first was never held (booked by mistake as a no-show): back to booked.
    course.record(Attendance.BOOKED, session=first.session_id, corrects=first.id)
    state = fold(course.events)
    assert state.no_shows == 1
    assert first.session_id not in state.current
    # A first registration cannot be "booked".
    with pytest.raises(RuleViolation):
        course.record(Attendance.BOOKED)


def test_a_course_awaits_a_new_time_after_a_cancellation_or_a_no_show() -> None:
    course = Course()
    held = course.record(Attendance.ATTENDED)  # Tuesday 1 December
    missed = course.record(Attendance.NO_SHOW)  # Wednesday 2 December
    starts = {
        held.session_id: datetime(2026, 12, 1, 9, tzinfo=UTC),
        missed.session_id: datetime(2026, 12, 2, 9, tzinfo=UTC),
    }
    state = fold(course.events)
    # Its only other booking is the held one: no new time yet.
    assert awaits_new_time(state, session_starts_at=starts, bookings=starts.values())
    later = [*starts.values(), datetime(2026, 12, 9, 9, tzinfo=UTC)]
    assert not awaits_new_time(state, session_starts_at=starts, bookings=later)
    # Corrected to attended: nothing was missed.
    course.record(Attendance.ATTENDED, session=missed.session_id, corrects=missed.id)
    fixed = fold(course.events)
    assert not awaits_new_time(fixed, session_starts_at=starts, bookings=starts.values())
