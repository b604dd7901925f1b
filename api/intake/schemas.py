"""Intake's answers: the receipt a sender gets for a hospital plan, and the staff's list of
received plans. JSON field names are the glossary's code names."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from domain.casework import PlanType
from domain.intake import IntakeStatus


class ReceiptOut(BaseModel):
    """The answer to the sender (kvittering): positive when the plan opened a case, negative
    with the reason when it did not; either way the plan is kept."""

    intake_id: uuid.UUID = Field(description="The received message at the centre.")
    message_id: str = Field(description="The sender's MedCom message id (Envelope/Identifier).")
    received_at: datetime
    outcome: Literal["positive", "negative"]
    status: IntakeStatus
    reason: str | None = Field(description="Why the plan opened no case, or what staff note.")
    field: str | None = Field(description="The element of the message the reason concerns.")
    case_id: uuid.UUID | None


class Diagnosis(BaseModel):
    code: str = Field(description="ICD-10, as SKS writes it (DS720).")
    text: str


class GgopMessageOut(BaseModel):
    """A received plan on the staff's list."""

    id: uuid.UUID
    message_id: str
    received_at: datetime
    status: IntakeStatus
    reason: str | None
    reason_field: str | None
    case_id: uuid.UUID | None
    citizen_id: uuid.UUID | None
    citizen_name: str | None = Field(description="The citizen the plan found or created.")
    patient_name: str | None = Field(
        description="The patient's name as the plan gives it, where it could be read."
    )
    hospital: str | None
    department: str | None
    receiver_municipality: str | None
    plan_type: PlanType | None
    discharge_date: date | None
    start_text: str | None = Field(
        description="The hospital's start given as free text, not as a date: staff set the "
        "date on the case."
    )
    diagnoses: list[Diagnosis]
    handled_at: datetime | None
    handled_by: str | None


class GgopMessagesOut(BaseModel):
    items: list[GgopMessageOut]
    total: int = Field(description="Messages matching the filter, over every page.")
