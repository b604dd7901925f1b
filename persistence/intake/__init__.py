"""Intake's table and repository: the hospital plans (GGOP) received. The names other
capabilities use."""

from persistence.intake.models import GgopMessage

# Tables first: the repository imports other capabilities' packages.
# isort: split
from persistence.intake.ggop_messages import (
    NEEDS_HANDLING,
    keep_message,
    list_messages,
    mark_handled,
    stored_receipt,
)

__all__ = [
    "NEEDS_HANDLING",
    "GgopMessage",
    "keep_message",
    "list_messages",
    "mark_handled",
    "stored_receipt",
]
