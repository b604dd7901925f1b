"""Seats at class occurrences (holdgange) as attendance sessions, worked through by hand: a
seat's session at an occurrence has one id of its own, a course's appointments and seats
fold together toward one flag, and the class's own rules (a cancelled occurrence, a seat
not the citizen's on the day).

The class meets at 10:00 Copenhagen time (09:00 UTC) on Tuesdays 1, 8 and 15 December
2026; the course's individual sessions are on 2 and 3 December at the same time.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest

from domain.attendance import (
    AttendanceEvent,
    Cancellation,
    CancellationReason,
    CancelledBy,
    FlagKind,
    OccurrenceCancelled,
    SeatNotOnOccurrence,
    check_class_session,
    fold,
    register,
    seat_session,
)
from domain.training import Attendance

SEAT = uuid.uuid4()
TUESDAYS = {day: uuid.uuid4() for day in (1, 8, 15)}
AT_15_NOON = datetime(2026, 12, 15, 12, tzinfo=UTC)


def test_a_seat_has_one_session_per_occurrence_and_another_seat_another() -> None:
    first, eighth = seat_session(SEAT, TUESDAYS[1]), seat_session(SEAT, TUESDAYS[8])
    assert first == seat_session(SEAT, TUESDAYS[1])
    assert len({first, eighth, seat_session(uuid.uuid4(), TUESDAYS[1])}) == 3


def _record(
    events: list[AttendanceEvent], session: uuid.UUID, day: int, attendance: Attendance,
    cancellation: Cancellation | None = None, corrects: uuid.UUID | None = None,
) -> uuid.UUID:  # fmt: skip
    registration = register(
        fold(events), id=uuid.uuid4(), session_id=session,
        session_starts_at=datetime(2026, 12, day, 9, tzinfo=UTC), attendance=attendance,
        now=AT_15_NOON, cancellation=cancellation, corrects=corrects,
    )  # fmt: skip
    events.append(registration)
    return registration.id


def test_two_missed_appointments_and_a_missed_class_raise_the_no_show_flag() -> None:
    events: list[AttendanceEvent] = []
    _record(events, uuid.uuid4(), 2, Attendance.NO_SHOW)
    _record(events, uuid.uuid4(), 3, Attendance.NO_SHOW)
    # Sent home from the class of the 1st counts toward neither rule.
    _record(events, seat_session(SEAT, TUESDAYS[1]), 1, Attendance.SENT_HOME)
    # Ill on the 8th, reported by the citizen: not counted; the centre's: never.
    ill = Cancellation(CancellationReason.ILLNESS, CancelledBy.CITIZEN, AT_15_NOON)
    _record(events, seat_session(SEAT, TUESDAYS[8]), 8, Attendance.CANCELLED, ill)
    assert (fold(events).no_shows, fold(events).cancellations, fold(events).flags) == (2, 0, ())
    missed = _record(events, seat_session(SEAT, TUESDAYS[15]), 15, Attendance.NO_SHOW)
    state = fold(events)
    [flag] = state.flags
    assert (flag.kind, flag.count, flag.raised_by) == (FlagKind.NO_SHOWS, 3, missed)
    # The class's no-show was a mistake: corrected to attended, the flag goes with it.
    _record(events, seat_session(SEAT, TUESDAYS[15]), 15, Attendance.ATTENDED, corrects=missed)
    assert (fold(events).no_shows, fold(events).flags) == (2, ())


def test_a_cancelled_occurrence_takes_no_registration_but_a_correction_back_to_booked() -> None:
    held = {"day": date(2026, 12, 8), "seat_from": date(2026, 11, 30), "seat_released_on": None}
    with pytest.raises(OccurrenceCancelled) as refused:
        check_class_session(occurrence_held=False, attendance=Attendance.CANCELLED,
                            corrects=None, **held)  # type: ignore[arg-type]  # fmt: skip
    assert (refused.value.rule, refused.value.field) == ("attendance_on_cancelled", "occurrence_id")
    with pytest.raises(OccurrenceCancelled):
        check_class_session(occurrence_held=False, attendance=Attendance.ATTENDED,
                            corrects=uuid.uuid4(), **held)  # type: ignore[arg-type]  # fmt: skip
    check_class_session(occurrence_held=False, attendance=Attendance.BOOKED,
                        corrects=uuid.uuid4(), **held)  # type: ignore[arg-type]  # fmt: skip


@pytest.mark.parametrize(
    ("seat_from", "released_on", "held"),
    [
        (date(2026, 11, 30), None, True),
        (date(2026, 12, 8), None, True),  # taken from the day itself
        (date(2026, 12, 9), None, False),  # taken after it
        (date(2026, 11, 30), date(2026, 12, 9), True),  # given up after it
        (date(2026, 11, 30), date(2026, 12, 8), False),  # given up from the day itself
    ],
)
def test_a_seat_is_registered_only_on_the_days_it_is_the_citizens(
    seat_from: date, released_on: date | None, held: bool
) -> None:
    def check() -> None:
        check_class_session(
            occurrence_held=True, day=date(2026, 12, 8), seat_from=seat_from,
            seat_released_on=released_on, attendance=Attendance.ATTENDED, corrects=None,
        )  # fmt: skip

    if held:
        check()
    else:
        with pytest.raises(SeatNotOnOccurrence):
            check()
