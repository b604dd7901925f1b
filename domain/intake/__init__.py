"""Intake (modtagelse): what other systems send the centre, taken in once however often it is
sent: integrations' writes under an idempotency key, and the hospitals' MedCom rehabilitation
plans (GGOP). The names other capabilities use.
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
from domain.intake.idempotency import (
    CLAIM_TIMEOUT,
    KEY_LIFETIME,
    RETRY_AFTER_SECONDS,
    IdempotencyKeyMissing,
    IdempotencyKeyReused,
    KeyState,
    Outcome,
    RequestInProgress,
    StoredKey,
    fingerprint,
    outcome,
    unquoted_key,
)
from domain.intake.receipt import IntakeStatus, site_code_for

__all__ = [
    "CLAIM_TIMEOUT",
    "KEY_LIFETIME",
    "MAX_MESSAGE_BYTES",
    "NAMESPACE",
    "RETRY_AFTER_SECONDS",
    "Diagnosis",
    "Envelope",
    "GeneralPractitioner",
    "GgopPlan",
    "IdempotencyKeyMissing",
    "IdempotencyKeyReused",
    "IntakeStatus",
    "KeyState",
    "MessageUnreadable",
    "NotARehabPlan",
    "Outcome",
    "PlanSummary",
    "RequestInProgress",
    "StoredKey",
    "fingerprint",
    "outcome",
    "read_envelope",
    "read_plan",
    "site_code_for",
    "summarise_plan",
    "unquoted_key",
]
