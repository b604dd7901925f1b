"""Intake (modtagelse): what other systems send the centre, taken in once however often it is
sent. The names other capabilities use.
"""

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

__all__ = [
    "CLAIM_TIMEOUT",
    "KEY_LIFETIME",
    "RETRY_AFTER_SECONDS",
    "IdempotencyKeyMissing",
    "IdempotencyKeyReused",
    "KeyState",
    "Outcome",
    "RequestInProgress",
    "StoredKey",
    "fingerprint",
    "outcome",
    "unquoted_key",
]
