"""Casework (sag): the referral that opens a case, its life, deadlines, eligibility, decision,
complaint and free choice. The names other capabilities use.
"""

from domain.casework.case_lifecycle import CaseEvent, CaseState
from domain.casework.complaint import complaint_window_end
from domain.casework.deadlines import DeadlineStatus
from domain.casework.decision import MeetingPlace, SendingChannel
from domain.casework.eligibility import Outcome
from domain.casework.referral import Channel, PlanType, ReferralKind, Submitter

__all__ = [
    "CaseEvent",
    "CaseState",
    "Channel",
    "DeadlineStatus",
    "MeetingPlace",
    "Outcome",
    "PlanType",
    "ReferralKind",
    "SendingChannel",
    "Submitter",
    "complaint_window_end",
]
