"""The case answer from its page document (persistence.casework.case_page): the parts the
domain decides (deadline status, corrections, KL status reasons, complaint windows, the free
choice) added to the rows, and the whole validated once as `CaseOut`."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from api.casework.schemas import CaseOut
from domain.calendar import COPENHAGEN, WorkingDayCalendar
from domain.casework import LegalBasis, ReferralKind, Training
from domain.casework.case_lifecycle import (
    CaseEvent,
    CaseState,
    RecordedEvent,
    allowed_events,
    corrections,
    kl_status_reasons,
)
from domain.casework.complaint import complaint_window_end
from domain.casework.deadlines import case_deadline_status
from domain.casework.eligibility import Outcome
from domain.casework.free_choice import kl_status_reason, start_within_limit
from domain.casework.referral import PlanType
from domain.centre import Limit, LimitKind, LimitUnit, ServiceStandard


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _id(value: str | None) -> uuid.UUID | None:
    return uuid.UUID(value) if value else None


def _legal_basis(page: dict[str, Any]) -> LegalBasis:
    basis = page["basis"]
    return LegalBasis(
        page["legal_basis"],
        ReferralKind(basis["referral_kind"]),
        basis["name"],
        Training(basis["training"]),
        short_name=basis["short_name"],
        service=basis["service"],
    )


def _complaint_limit(page: dict[str, Any], received: date) -> Limit | None:
    standard = ServiceStandard(
        Limit(
            legal_basis=page["legal_basis"],
            kind=LimitKind(limit["kind"]),
            value=limit["value"],
            unit=LimitUnit(limit["unit"]),
            effective_from=date.fromisoformat(limit["effective_from"]),
        )
        for limit in page["limits"]
    )
    return standard.in_force(page["legal_basis"], received).get(LimitKind.COMPLAINT)


def _deadlines(
    page: dict[str, Any], today: date, calendar: WorkingDayCalendar
) -> list[dict[str, Any]]:
    closed_at = page["closed_at"]
    closed_on = None
    if closed_at:
        closed_on = datetime.fromisoformat(closed_at).astimezone(COPENHAGEN).date()
    shown = []
    for deadline in page["deadlines"]:
        due, met = date.fromisoformat(deadline["due_date"]), _day(deadline["met_on"])
        left, status = case_deadline_status(
            due, met_on=met, closed_on=closed_on, today=today, calendar=calendar
        )
        shown.append({**deadline, "working_days_left": left, "status": status})
    return shown


def _eligible(findings: list[dict[str, Any]]) -> bool:
    return not any(finding["outcome"] == Outcome.NOT_MET.value for finding in findings)


def _free_choice(plan: dict[str, Any] | None) -> dict[str, Any] | None:
    """Sundhedsloven § 140, stk. 4, for an almen hospital plan: the start offered against the
    free-choice date, and what the citizen chose."""
    if plan is None or not PlanType(plan["plan_type"]).is_almen:
        return None
    first_offered = _day(plan["first_start_offered"])
    limit = date.fromisoformat(plan["free_choice_date"])
    return {
        "free_choice_date": plan["free_choice_date"],
        "offered_on": plan["start_offered_on"],
        "first_start_offered": plan["first_start_offered"],
        "start_within_limit": start_within_limit(first_offered, limit),
        "free_choice_offered": plan["free_choice_offered"],
        "citizen_choice": plan["citizen_choice"],
        "kl_status_reason": kl_status_reason(plan["free_choice_offered"], plan["citizen_choice"]),
    }


def case_out(page: dict[str, Any], calendar: WorkingDayCalendar, today: date) -> CaseOut:
    """The case answer from its page document, as of `today`."""
    received = date.fromisoformat(page["received_date"])
    basis = _legal_basis(page)
    complaint_limit = _complaint_limit(page, received)

    def window(received_on: str | None) -> date | None:
        day = _day(received_on)
        if day is None or complaint_limit is None:
            return None
        return complaint_window_end(day, complaint_limit, calendar)

    events = page["events"]
    history = corrections(
        [
            RecordedEvent(
                uuid.UUID(event["id"]),
                CaseEvent(event["event"]) if event["event"] else None,
                datetime.fromisoformat(event["recorded_at"]),
                event["actor"],
                _id(event["corrects"]),
            )
            for event in events
        ]
    )
    live = [
        CaseEvent(event["event"])
        for event in events
        if event["event"] and history.is_live(uuid.UUID(event["id"]))
    ]
    state = CaseState(page["status"])
    reasons = kl_status_reasons(state, live)
    free_choice = _free_choice(page["plan"])
    if free_choice is not None and free_choice["kl_status_reason"] not in (None, *reasons):
        reasons.append(free_choice["kl_status_reason"])
    invitation, assessment = page["invitation"], page["assessment"]
    return CaseOut.model_validate(
        {
            "id": page["id"],
            "citizen": {"id": page["citizen_id"], "name": page["citizen_name"]},
            "legal_basis": page["legal_basis"],
            "legal_basis_names": page["basis"],
            "need_test": basis.need_test,
            "quarantine_applies": basis.quarantine_applies,
            "site": page["site"],
            "received_at": page["received_at"],
            "received_date": received,
            "condition": page["condition"],
            "status": state,
            "allowed_events": allowed_events(ReferralKind(page["referral_kind"]), state),
            "events": [
                {**event, "undone_by": history.undone_by.get(uuid.UUID(event["id"]))}
                for event in events
            ],
            "correctable_event_id": history.correctable,
            "flags": page["flags"],
            "sender_system": page["sender_system"],
            "sender_reference": page["sender_reference"],
            "possible_duplicate_of": page["possible_duplicate_of"],
            "rehab_plan": page["plan"],
            "application": page["application"],
            "deadlines": _deadlines(page, today, calendar),
            "invitation": (
                {**invitation, "therapist_name": invitation["therapist_name"] or ""}
                if invitation
                else None
            ),
            "assessment": (
                {**assessment, "eligible": _eligible(assessment["findings"])}
                if assessment
                else None
            ),
            "decisions": [
                {**decision, "complaint_window_ends": window(decision["received_on"])}
                for decision in page["decisions"]
            ],
            "complaints": page["complaints"],
            "course": page["course"],
            "free_choice": free_choice,
            "letters": page["letters"],
            "kl_status_reasons": reasons,
        }
    )
