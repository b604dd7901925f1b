"""Casework (sag): the referral that opens a case, its life, deadlines, eligibility, decision,
complaint and free choice. The names other capabilities use.
"""

from domain.casework.case_lifecycle import CaseEvent, CaseState
from domain.casework.complaint import complaint_window_end
from domain.casework.deadlines import DeadlineStatus
from domain.casework.decision import MeetingPlace, SendingChannel
from domain.casework.eligibility import Outcome
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

__all__ = [
    "APPLICATION_BASES",
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
    "Submitter",
    "Training",
    "complaint_window_end",
    "rehabilitation_bases",
]
