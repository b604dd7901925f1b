"""The citizen's plan on paper: preview it, send or print it, and the plans sent."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, status

from api.context import guard
from api.letters import LetterPreview, LetterWorkers, workers_of
from api.scheduling import training_plan
from api.scheduling.plan_schemas import TrainingPlanIn, TrainingPlanOut
from api.unit_of_work import Work
from domain.access import Permission

router = APIRouter(tags=["scheduling"])
READ = guard(Permission.COURSES_READ, citizen_data="read")
CHANGE = guard(Permission.COURSES_WRITE, citizen_data="change")
Workers = Annotated[LetterWorkers, Depends(workers_of)]


@router.get(
    "/courses/{course_id}/training-plan/preview",
    operation_id="scheduling-preview_training_plan",
    **READ,
)
async def preview_training_plan(
    course_id: uuid.UUID, work: Work, workers: Workers
) -> LetterPreview:
    """The citizen's plan as it would be sent now: the course's coming appointments and team
    occurrences with date, time and place (the site's name and address and the room, or
    Hjemmebesøg), none on a closure day. Nothing is stored."""
    return await training_plan.preview(work, course_id, workers=workers)


@router.post(
    "/courses/{course_id}/training-plan",
    operation_id="scheduling-send_training_plan",
    status_code=status.HTTP_201_CREATED,
    **CHANGE,
)
async def send_training_plan(
    course_id: uuid.UUID, body: TrainingPlanIn, work: Work, workers: Workers
) -> TrainingPlanOut:
    """Træningsplan: the PDF kept with the case as a letter, and how it reached the citizen
    (printed, by post or Digital Post). Refused without coming sessions or without a case."""
    return await training_plan.send(work, course_id, body.channel, workers=workers)


@router.get(
    "/courses/{course_id}/training-plans",
    operation_id="scheduling-list_training_plans",
    **READ,
)
async def list_training_plans(course_id: uuid.UUID, work: Work) -> list[TrainingPlanOut]:
    """The plans sent for the course, the newest first (at most 100)."""
    return await training_plan.list_plans(work, course_id)
