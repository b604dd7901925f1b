"""Intake (modtagelse): referrals that arrive from other systems, such as the hospitals'
MedCom rehabilitation plans (GGOP). The names other capabilities use.
"""

from domain.intake.ggop import (
    MAX_MESSAGE_BYTES,
    NAMESPACE,
    Diagnosis,
    Envelope,
    GeneralPractitioner,
    GgopPlan,
    MessageUnreadable,
    NotARehabPlan,
    PlanSummary,
    read_envelope,
    read_plan,
    summarise_plan,
)
from domain.intake.receipt import IntakeStatus, site_code_for

__all__ = [
    "MAX_MESSAGE_BYTES",
    "NAMESPACE",
    "Diagnosis",
    "Envelope",
    "GeneralPractitioner",
    "GgopPlan",
    "IntakeStatus",
    "MessageUnreadable",
    "NotARehabPlan",
    "PlanSummary",
    "read_envelope",
    "read_plan",
    "site_code_for",
    "summarise_plan",
]
