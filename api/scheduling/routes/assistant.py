"""The booking assistant: proposals for a course and a weekly series in one step."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends

from api.context import guard
from api.letters import LetterWorkers, workers_of
from api.scheduling import assistant
from api.scheduling.team_schemas import ProposalsIn, ProposalsOut, SeriesIn, SeriesOut
from api.unit_of_work import Work
from domain.access import Permission

router = APIRouter(tags=["scheduling"])
READ = guard(Permission.COURSES_READ, citizen_data="read")
CHANGE = guard(Permission.COURSES_WRITE, citizen_data="change")
Workers = Annotated[LetterWorkers, Depends(workers_of)]


@router.post("/courses/{course_id}/proposals", operation_id="scheduling-propose", **READ)
async def propose(course_id: uuid.UUID, body: ProposalsIn, work: Work) -> ProposalsOut:
    """The next free individual times for the course (one a day, in time order): in a
    therapist's working hours (the chosen one, or any clinical member of staff of the
    course's site), outside absences and bookings, in a room of the site with space, not on
    a closure day, not over the citizen's bookings, within the course and its weekly limit;
    and the site's teams of its discipline with a free seat. Nothing is booked."""
    return await assistant.propose(work, course_id, body)


@router.post(
    "/courses/{course_id}/series",
    operation_id="scheduling-book_series",
    responses={409: {"description": "A date was taken since the dry run; nothing was booked"}},
    **CHANGE,
)
async def book_series(
    course_id: uuid.UUID, body: SeriesIn, work: Work, workers: Workers
) -> SeriesOut:
    """A weekly series from a proposal, every date with its refusal (rule and Danish text).
    Without `commit` nothing is saved; with it the accepted dates are booked in one
    transaction and the refused ones left out, and with `plan_channel` the citizen's plan of
    coming sessions is sent too (kept with the case as a letter)."""
    return await assistant.book_series(work, course_id, body, workers=workers)
