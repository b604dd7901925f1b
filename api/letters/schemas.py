"""Letters' bodies: a letter as sent, a preview and the team leader's templates."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import (
    BaseModel,
    Field,
)

from api.fields import (
    TemplateText,
)
from api.schemas import Body


class LetterOut(BaseModel):
    id: uuid.UUID
    kind: str
    template_version: int | None
    content_hash: str
    created_at: datetime
    created_by: str


class LetterPreview(BaseModel):
    html: str


# The kinds of letter a template exists for: LetterKind's values, written out so the schema
# names them in place.
TemplateKind = Literal[
    "invitation",
    "grant",
    "refusal",
    "reassessment_upheld",
    "final_status",
    "course_ending",
    "training_plan",
]


class LetterTemplateIn(Body):
    kind: TemplateKind
    body: TemplateText = Field(
        description="A template in the letter language; its variables and filters must exist."
    )


class LetterTemplateOut(BaseModel):
    kind: TemplateKind
    version: int = Field(description="0 is the system's default, never saved.")
    body: str
    created_by: str | None
    created_at: datetime | None
