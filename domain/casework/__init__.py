"""Casework (sag): the referral that opens a case, its life, deadlines, eligibility, decision,
complaint and free choice. The names other capabilities use.
"""

from domain.casework.case_lifecycle import (
    CLOSED_STATES,
    DETAILED_EVENTS,
    CaseEvent,
    CaseState,
    RecordedEvent,
    allowed_events,
    kl_status_reasons,
    meets,
    next_state,
    replay,
)
from domain.casework.complaint import complaint_timing, complaint_window_end
from domain.casework.deadlines import (
    Deadline,
    DeadlineStatus,
    due_date_bounds,
    free_choice_date,
    progress,
    referral_deadlines,
)
from domain.casework.decision import (
    MeetingPlace,
    SendingChannel,
    check_meeting,
    check_sent_on,
    decision_received_on,
)
from domain.casework.eligibility import (
    Finding,
    Outcome,
    Override,
    maintenance_need,
    one_offer_at_a_time,
    rehabilitation_need,
    renewed_application_quarantine,
)
from domain.casework.free_choice import kl_status_reason
from domain.casework.referral import (
    Channel,
    LegalBasis,
    PlanType,
    ReferralKind,
    RehabPlanFacts,
    Submitter,
    check_plan_dates,
    receipt_date,
)

__all__ = [
    "CLOSED_STATES",
    "DETAILED_EVENTS",
    "CaseEvent",
    "CaseState",
    "Channel",
    "Deadline",
    "DeadlineStatus",
    "Finding",
    "LegalBasis",
    "MeetingPlace",
    "Outcome",
    "Override",
    "PlanType",
    "RecordedEvent",
    "ReferralKind",
    "RehabPlanFacts",
    "SendingChannel",
    "Submitter",
    "allowed_events",
    "check_meeting",
    "check_plan_dates",
    "check_sent_on",
    "complaint_timing",
    "complaint_window_end",
    "decision_received_on",
    "due_date_bounds",
    "free_choice_date",
    "kl_status_reason",
    "kl_status_reasons",
    "maintenance_need",
    "meets",
    "next_state",
    "one_offer_at_a_time",
    "progress",
    "receipt_date",
    "referral_deadlines",
    "rehabilitation_need",
    "renewed_application_quarantine",
    "replay",
]
