"""Casework (sag): the referral that opens a case, its life, deadlines, eligibility, decision,
complaint and free choice. The names other capabilities use.
"""

from domain.casework.case_lifecycle import CaseEvent, CaseState, is_open
from domain.casework.complaint import complaint_days, complaint_window_end, reassessment_days
from domain.casework.deadlines import DeadlineStatus
from domain.casework.decision import MeetingPlace, SendingChannel
from domain.casework.eligibility import Outcome
from domain.casework.free_choice import (
    StartOffer,
    start_as_offer,
    start_within_limit,
    undo_start_as_offer,
)
from domain.casework.referral import (
    APPLICATION_BASES,
    LEGAL_BASES,
    REHAB_PLAN_BASES,
    Channel,
    LegalBasis,
    PlanType,
    ReferralKind,
    Submitter,
    Training,
    rehabilitation_bases,
)
from domain.casework.retention import (
    CASE_RECORDS_MIN_YEARS,
    COMPLAINT_PENDING,
    case_may_be_deleted,
    held_for_complaint,
    last_entry,
    retention_cutoff,
)

__all__ = [
    "APPLICATION_BASES",
    "CASE_RECORDS_MIN_YEARS",
    "COMPLAINT_PENDING",
    "LEGAL_BASES",
    "REHAB_PLAN_BASES",
    "CaseEvent",
    "CaseState",
    "Channel",
    "DeadlineStatus",
    "LegalBasis",
    "MeetingPlace",
    "Outcome",
    "PlanType",
    "ReferralKind",
    "SendingChannel",
    "StartOffer",
    "Submitter",
    "Training",
    "case_may_be_deleted",
    "complaint_days",
    "complaint_window_end",
    "held_for_complaint",
    "is_open",
    "last_entry",
    "reassessment_days",
    "rehabilitation_bases",
    "retention_cutoff",
    "start_as_offer",
    "start_within_limit",
    "undo_start_as_offer",
]
