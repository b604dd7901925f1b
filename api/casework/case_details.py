"""The case answer's details: what each live step recorded, mapped to response bodies."""

from __future__ import annotations

from datetime import date
from typing import Any

from api.casework.schemas import (
    AssessmentOut,
    ComplaintOut,
    DecisionOut,
    FindingOut,
    FreeChoiceOut,
    InvitationOut,
)
from api.letters import LetterOut
from api.training import CourseOut
from domain.calendar import WorkingDayCalendar
from domain.casework.complaint import complaint_window_end
from domain.casework.eligibility import Outcome
from domain.casework.free_choice import kl_status_reason, start_within_limit
from domain.casework.referral import PlanType
from domain.centre import Limit
from persistence.casework.models import RehabPlan
from persistence.casework.visitation import CaseDetails


def findings_out(findings: list[dict[str, Any]]) -> list[FindingOut]:
    return [FindingOut.model_validate(finding) for finding in findings]


def case_details(
    found: CaseDetails,
    plan: RehabPlan | None,
    calendar: WorkingDayCalendar,
    complaint_limit: Limit | None,
) -> dict[str, Any]:
    """The CaseOut fields beyond the referral and its deadlines."""
    invitation = found.invitation
    assessment = found.assessment

    def window(received_on: date | None) -> date | None:
        if received_on is None or complaint_limit is None:
            return None
        return complaint_window_end(received_on, complaint_limit, calendar)

    return {
        "invitation": InvitationOut(
            id=invitation.id,
            meeting_at=invitation.meeting_at,
            place=invitation.place,
            site_id=invitation.site_id,
            therapist_id=invitation.therapist_id,
            therapist_name=found.therapist_name or "",
            sent_on=invitation.sent_on,
            channel=invitation.channel,
            letter_id=invitation.letter_id,
            appointment_id=invitation.appointment_id,
        )
        if invitation
        else None,
        "assessment": AssessmentOut(
            id=assessment.id,
            assessed_on=assessment.assessed_on,
            findings=findings_out(assessment.findings),
            eligible=not any(f["outcome"] == Outcome.NOT_MET.value for f in assessment.findings),
            override_reason=assessment.override_reason,
        )
        if assessment
        else None,
        "decisions": [
            DecisionOut(
                id=d.id,
                outcome=d.outcome,
                sent_on=d.sent_on,
                channel=d.channel,
                received_on=d.received_on,
                complaint_window_ends=window(d.received_on),
                disciplines=d.disciplines,
                form=d.form,
                transport_needed=d.transport_needed,
                reasons=d.reasons,
                findings=findings_out(d.findings),
                after_complaint=d.after_complaint,
                letter_id=d.letter_id,
            )
            for d in found.decisions
        ],
        "complaints": [
            ComplaintOut.model_validate(complaint, from_attributes=True)
            for complaint in found.complaints
        ],
        "course": CourseOut.model_validate(found.course, from_attributes=True)
        if found.course
        else None,
        "free_choice": FreeChoiceOut(
            free_choice_date=plan.free_choice_date,
            offered_on=plan.start_offered_on,
            first_start_offered=plan.first_start_offered,
            start_within_limit=start_within_limit(plan.first_start_offered, plan.free_choice_date),
            free_choice_offered=plan.free_choice_offered,
            citizen_choice=plan.citizen_choice,
            kl_status_reason=kl_status_reason(plan.free_choice_offered, plan.citizen_choice),
        )
        if plan is not None and PlanType(plan.plan_type).is_almen
        else None,
        "letters": [
            LetterOut.model_validate(letter, from_attributes=True) for letter in found.letters
        ],
    }
