"""Intake's tables and repositories: the idempotency keys of integrations' writes. The names
other capabilities and the edge use.
"""

from persistence.intake.models import IdempotencyKeyRow

# isort: split
from persistence.intake.idempotency import Found as KeyFound
from persistence.intake.idempotency import claim as claim_key
from persistence.intake.idempotency import complete as store_answer
from persistence.intake.idempotency import purge_expired as purge_expired_keys
from persistence.intake.idempotency import release as release_key
from persistence.intake.idempotency import take_over as take_over_key

__all__ = [
    "IdempotencyKeyRow",
    "KeyFound",
    "claim_key",
    "purge_expired_keys",
    "release_key",
    "store_answer",
    "take_over_key",
]
