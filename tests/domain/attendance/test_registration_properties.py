"""After any sequence of registrations, corrections and resolutions, the fold's counts equal
a recount from the events, and a flag is open only over the limit. The sessions are a
course's appointments and its seats at class occurrences together, as the course's flags
count them."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.attendance import (
    AttendanceEvent,
    Cancellation,
    CancellationReason,
    CancelledBy,
    FlagKind,
    FlagResolution,
    FlagResolved,
    Registration,
    fold,
    register,
    resolve_flag,
    seat_session,
)
from domain.errors import DomainError
from domain.training import Attendance

# Three appointments, and two seats (of two teams) at two occurrences each.
APPOINTMENTS = [uuid.uuid4() for _ in range(3)]
SEATS = [(uuid.uuid4(), uuid.uuid4()) for _ in range(2)]
OCCURRENCES = [uuid.uuid4() for _ in range(2)]
SEAT_SESSIONS = [(seat, occurrence) for seat in SEATS for occurrence in OCCURRENCES]
SESSIONS = [
    *APPOINTMENTS,
    *(seat_session(seat[0], occurrence) for seat, occurrence in SEAT_SESSIONS),
]
# What each session is, told apart without the fold's session ids.
SUBJECTS = {
    **{appointment: ("appointment", appointment) for appointment in APPOINTMENTS},
    **{
        seat_session(seat[0], occurrence): ("seat", seat[0], occurrence)
        for seat, occurrence in SEAT_SESSIONS
    },
}
START = datetime(2026, 12, 7, 9, tzinfo=UTC)

registrations = st.tuples(
    st.just("register"),
    st.integers(0, len(SESSIONS) - 1),
    st.sampled_from(list(Attendance)),
    st.sampled_from(list(CancellationReason)),
    st.sampled_from(list(CancelledBy)),
    st.booleans(),  # as a correction of the registration in force
)
resolutions = st.tuples(st.just("resolve"), st.sampled_from(list(FlagKind)))


def recount(events: list[AttendanceEvent]) -> tuple[int, int]:
    """Straight from the events: each session's last registration decides."""
    last: dict[tuple[object, ...], Registration] = {}
    for event in events:
        if isinstance(event, Registration):
            last[SUBJECTS[event.session_id]] = event
    cancellations = sum(
        1
        for r in last.values()
        if r.attendance is Attendance.CANCELLED
        and r.cancellation is not None
        and r.cancellation.by is CancelledBy.CITIZEN
        and r.cancellation.reason is CancellationReason.OTHER
    )
    no_shows = sum(1 for r in last.values() if r.attendance is Attendance.NO_SHOW)
    return cancellations, no_shows


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(registrations, resolutions), max_size=30))
def test_counts_equal_a_recount_from_the_events(actions: list[tuple]) -> None:  # type: ignore[type-arg]
    events: list[AttendanceEvent] = []
    for step, action in enumerate(actions):
        now = START + timedelta(hours=step)
        state = fold(events)
        try:
            if action[0] == "resolve":
                events.append(
                    resolve_flag(
                        state,
                        action[1],
                        FlagResolution.CONTINUE,
                        note="Notat",
                        id=uuid.uuid4(),
                        now=now,
                    )
                )
                continue
            _, index, attendance, reason, by, correcting = action
            session = SESSIONS[index]
            in_force = state.current.get(session)
            events.append(
                register(
                    state,
                    id=uuid.uuid4(),
                    session_id=session,
                    session_starts_at=START,
                    attendance=attendance,
                    now=now,
                    cancellation=Cancellation(reason, by, now)
                    if attendance is Attendance.CANCELLED
                    else None,
                    corrects=in_force.id if correcting and in_force else None,
                )
            )
        except DomainError:
            pass
    state = fold(events)
    assert (state.cancellations, state.no_shows) == recount(events)
    for flag in state.flags:
        assert flag.count == state.count(flag.kind) > 2
    for kind in FlagKind:
        never_resolved = not any(isinstance(e, FlagResolved) and e.kind is kind for e in events)
        if never_resolved and state.count(kind) > 2:
            assert state.flag(kind) is not None
