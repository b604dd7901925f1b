"""The citizen's plan on paper: how it is sent, and the plans sent for a course."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, Field

from api.schemas import Body
from domain.scheduling import PlanChannel


class TrainingPlanIn(Body):
    channel: PlanChannel = Field(
        description="printed (udskrevet og givet til borgeren), letter (sendt som brev) or"
        " digital_post."
    )


class TrainingPlanOut(BaseModel):
    id: uuid.UUID
    letter_id: uuid.UUID = Field(description="The plan's PDF: GET /letters/{letter_id}/pdf.")
    channel: PlanChannel
    sessions: int = Field(description="How many coming sessions the plan lists.")
    sent_at: datetime
    sent_by: str
