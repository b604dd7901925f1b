"""The booking assistant's use cases: the next free times and free seats for a course, and a
weekly series judged date by date (a dry run) and then booked in one step.

The proposals are read through the course (its need-to-know rule) and logged as a read of
its citizen; the booked series as a change. The facts are read lean, in four statements
(persistence/scheduling/assistant.py). Committing books the dates the dry run accepted
with every check of a single booking, in one transaction: a date taken meanwhile refuses the
whole series, nothing written, and the dry run can be asked again.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from api.context import audit
from api.letters import LetterWorkers
from api.scheduling.team_schemas import (
    FreeSeatOut,
    ProposalOut,
    ProposalsIn,
    ProposalsOut,
    SeriesDateOut,
    SeriesIn,
    SeriesOut,
)
from api.scheduling.training_plan import plan_out, send_for
from api.scheduling.use_cases import _may_see
from api.training import visible_course
from api.unit_of_work import UnitOfWork
from domain.calendar import COPENHAGEN, check_in_range
from domain.errors import NotFound
from domain.scheduling import (
    Place,
    PlaceKind,
    Proposal,
    ProviderKind,
    check_series,
    free_seats,
    propose_times,
    weekly_series,
)
from domain.training import SessionPurpose
from persistence import scheduling
from persistence.access import Compiled, run
from persistence.scheduling import Booking, ProposalCourse


async def _visible(
    work: UnitOfWork, course_id: uuid.UUID, *, use: str, first: date, last: date
) -> ProposalCourse:
    """The course (`COURSE`), if the caller may see it (as `visible_course`); else the 404 of
    an unknown course, logged as a refused attempt on its citizen."""

    async def fetch(query: Compiled, values: Mapping[str, Any]) -> Sequence[Any]:
        return await run(work.session, query, values)

    course = await scheduling.proposal_course(fetch, work.caller.centre_id, course_id, first, last)
    if course is None:
        raise NotFound("Forløbet findes ikke.")
    work.attempt(use=use, citizen_ids=[course.citizen_id])
    if course.need_to_know.earlier or not _may_see(work, course.need_to_know):
        raise NotFound("Forløbet findes ikke.")
    return course


async def _facts(
    work: UnitOfWork,
    course: ProposalCourse,
    first: date,
    last: date,
    therapist_id: uuid.UUID | None,
) -> scheduling.AssistantFacts:
    """The facts; of the one therapist when the request names one (all the rules read)."""

    async def fetch(query: Compiled, values: Mapping[str, Any]) -> Sequence[Any]:
        return await run(work.session, query, values)

    return await scheduling.assistant_facts(
        fetch, course, centre_id=work.caller.centre_id, first=first, last=last,
        therapist_id=therapist_id,
    )  # fmt: skip


def _utc(moment: datetime) -> datetime:
    """Answers give instants in UTC, as every other answer does."""
    return moment.astimezone(UTC)


async def propose(work: UnitOfWork, course_id: uuid.UUID, body: ProposalsIn) -> ProposalsOut:
    last = body.from_day + timedelta(days=body.horizon_days)
    course = await _visible(work, course_id, use="read", first=body.from_day, last=last)
    facts = await _facts(work, course, body.from_day, last, body.therapist_id)
    proposals = propose_times(
        facts.course, therapists=facts.therapists, rooms=facts.rooms,
        calendar=await work.calendar(),
        from_day=body.from_day, duration=timedelta(minutes=body.minutes),
        therapist_id=body.therapist_id, horizon_days=body.horizon_days, limit=body.limit,
    )  # fmt: skip
    seats = free_seats(facts.course, facts.teams, from_day=body.from_day)
    await audit(work.session, work.caller, use="read", citizen_ids=[course.citizen_id])
    return ProposalsOut(
        proposals=[ProposalOut(starts_at=_utc(p.starts_at), ends_at=_utc(p.ends_at),
                               therapist_id=p.therapist_id, room_id=p.room_id)
                   for p in proposals],
        free_seats=[FreeSeatOut(team_id=s.team_id, name=facts.team_names[s.team_id],
                                free_seats=s.free_seats,
                                next_occurrence_at=_utc(s.next_occurrence.starts_at)
                                if s.next_occurrence else None)
                    for s in seats],
    )  # fmt: skip


async def book_series(
    work: UnitOfWork, course_id: uuid.UUID, body: SeriesIn, *, workers: LetterWorkers
) -> SeriesOut:
    session, caller = work.session, work.caller
    first = Proposal(body.starts_at, body.ends_at, body.therapist_id, body.room_id)
    series = weekly_series(first, weeks=body.weeks)
    start = series[0].starts_at.astimezone(COPENHAGEN).date()
    end = series[-1].starts_at.astimezone(COPENHAGEN).date()
    # Days the calendar covers, before the database is asked about them (422, not 500).
    check_in_range(start, "starts_at")
    check_in_range(end, "weeks")
    # One declared use for the operation, the dry run included: it is the booking's first step.
    course = await _visible(work, course_id, use="change", first=start, last=end)
    facts = await _facts(work, course, start, end, body.therapist_id)
    refusals = {
        refusal.starts_at: refusal
        for refusal in check_series(
            facts.course, series, therapists=facts.therapists, rooms=facts.rooms,
            calendar=await work.calendar(),
        )
    }  # fmt: skip
    answer: list[SeriesDateOut] = []
    room = next((r for r in facts.rooms if r.id == body.room_id), None)
    # The session is of the therapist's discipline when the course has it.
    given = {
        t.id: t.discipline for t in facts.therapists if t.discipline in facts.course.disciplines
    }
    for proposal in series:
        refused = refusals.get(proposal.starts_at)
        booked_id = None
        if body.commit and refused is None and room is not None:
            booked = await scheduling.book_appointment(
                session,
                Booking(
                    centre_id=caller.centre_id, citizen_id=course.citizen_id,
                    course_id=course_id, purpose=SessionPurpose.TRAINING,
                    provider=ProviderKind.THERAPIST,
                    place=Place(PlaceKind.SITE, room.site_id, room.id),
                    starts_at=proposal.starts_at, ends_at=proposal.ends_at,
                    booked_by=caller.actor,
                    discipline=given.get(proposal.therapist_id, facts.course.disciplines[0]),
                    staff_id=proposal.therapist_id,
                ),
            )  # fmt: skip
            booked_id = booked.id
        answer.append(
            SeriesDateOut(
                starts_at=_utc(proposal.starts_at), ends_at=_utc(proposal.ends_at),
                refused_rule=refused.rule if refused else None,
                refused_message=refused.message if refused else None,
                appointment_id=booked_id,
            )
        )  # fmt: skip
    plan = None
    if body.commit and body.plan_channel is not None:
        # The citizen's plan lists the series with every other coming session.
        planned = await visible_course(work, course_id, use="change")
        plan = plan_out(await send_for(work, planned, body.plan_channel, workers=workers))
    await audit(session, caller, use="change", citizen_ids=[course.citizen_id])
    return SeriesOut(dates=answer, committed=body.commit, training_plan=plan)
