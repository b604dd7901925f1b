"""Idempotent writes (the IETF HTTP API working group's `Idempotency-Key` draft).

An integration that retries sends the same key again; the centre answers a repeat with what
it answered the first time, so a referral is never doubled. A key belongs to one client (an
API key, or a member of staff) and lives for `KEY_LIFETIME`; the first request with it claims
it, and a claim whose request never finished (the process died) may be taken over after
`CLAIM_TIMEOUT`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from domain.errors import Conflict, RuleViolation

# How long a key is remembered: a day covers any sane retry schedule. After that the key is
# new again, and the retention job deletes it.
KEY_LIFETIME = timedelta(hours=24)
# A request runs for seconds; one claimed longer ago than this died before it answered.
CLAIM_TIMEOUT = timedelta(seconds=60)
# When a client should try again while the first request with its key is still running.
RETRY_AFTER_SECONDS = 1

HEADER = "Idempotency-Key"


class KeyState(StrEnum):
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


class Outcome(StrEnum):
    """What to do with a request that carries a key someone already claimed."""

    REPLAY = "replay"  # the same request, answered: send the stored answer
    OTHER_REQUEST = "other_request"  # the key was used for another request: refuse
    IN_PROGRESS = "in_progress"  # the first request is still running: try again soon
    TAKE_OVER = "take_over"  # expired, or its request died: claim it anew


@dataclass(frozen=True, slots=True)
class StoredKey:
    fingerprint: str
    state: KeyState
    claimed_at: datetime
    created_at: datetime


class IdempotencyKeyMissing(RuleViolation):
    """An integration's write without its key (the draft: 400)."""

    def __init__(self) -> None:
        super().__init__(
            f"{HEADER} skal angives, når en integration opretter noget.",
            field=HEADER,
            rule="idempotency_key_missing",
        )


class IdempotencyKeyReused(RuleViolation):
    """The key was used before for another request (the draft: 422)."""

    def __init__(self) -> None:
        super().__init__(
            f"{HEADER} er brugt før til en anden forespørgsel. Brug en ny nøgle.",
            field=HEADER,
            rule="idempotency_key_reused",
        )


class RequestInProgress(Conflict):
    """The first request with the key has not answered yet (the draft: 409)."""

    def __init__(self) -> None:
        super().__init__(
            f"En forespørgsel med samme {HEADER} er ved at blive behandlet. Prøv igen om lidt.",
            rule="idempotency_key_in_progress",
        )
        self.retry_after_seconds = RETRY_AFTER_SECONDS


def unquoted_key(raw: str) -> str:
    """The key as sent: the draft writes it as a structured-field string ("..."); a bare
    token is taken as well."""
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        return raw[1:-1]
    return raw


def fingerprint(method: str, path: str, body: bytes) -> str:
    """What makes two requests the same request: the method, the path and the body, a JSON
    body in canonical form (keys sorted, no white space), so a client's re-encoding of the
    same data is not another request."""
    try:
        canonical = json.dumps(
            json.loads(body), sort_keys=True, separators=(",", ":"), ensure_ascii=False
        ).encode()
    except (ValueError, RecursionError):
        canonical = body  # not JSON (an XML message): its bytes as sent
    digest = hashlib.sha256()
    for part in (method.upper().encode(), path.encode(), canonical):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def outcome(stored: StoredKey, request_fingerprint: str, *, now: datetime) -> Outcome:
    """The answer to a request whose key is already stored."""
    if stored.created_at + KEY_LIFETIME <= now:
        return Outcome.TAKE_OVER
    if stored.fingerprint != request_fingerprint:
        return Outcome.OTHER_REQUEST
    if stored.state is KeyState.COMPLETED:
        return Outcome.REPLAY
    if stored.claimed_at + CLAIM_TIMEOUT <= now:
        return Outcome.TAKE_OVER
    return Outcome.IN_PROGRESS
