"""Intake's tables and repositories: the idempotency keys of integrations' writes, and the
hospital plans (GGOP) received. The names other capabilities and the edge use.
"""

from persistence.intake.models import GgopMessage, IdempotencyKeyRow

# Tables first: the repositories import other capabilities' packages.
# isort: split
from persistence.intake.ggop_messages import (
    NEEDS_HANDLING,
    keep_message,
    list_messages,
    mark_handled,
    stored_receipt,
)
from persistence.intake.idempotency import Found as KeyFound
from persistence.intake.idempotency import claim as claim_key
from persistence.intake.idempotency import complete as store_answer
from persistence.intake.idempotency import purge_expired as purge_expired_keys
from persistence.intake.idempotency import release as release_key
from persistence.intake.idempotency import take_over as take_over_key

__all__ = [
    "NEEDS_HANDLING",
    "GgopMessage",
    "IdempotencyKeyRow",
    "KeyFound",
    "claim_key",
    "keep_message",
    "list_messages",
    "mark_handled",
    "purge_expired_keys",
    "release_key",
    "store_answer",
    "stored_receipt",
    "take_over_key",
]
