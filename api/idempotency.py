"""Idempotent writes at the edge: the `Idempotency-Key` header on the operations that create.

A route that creates takes `Once` and hands it its use case:

    async def register_referral(body: ReferralIn, work: Work, once: Once) -> Response:
        return await once.run(work, lambda: cases.register_referral(work, body))

Without a key the work simply runs (staff in the SPA may leave it out); an API key must send
one (400). With a key the request claims it in a short transaction of its own on the
request's connection (committed at once, so every other request sees the claim), then does
the work; the answer is stored in the work's own transaction, so work and answer commit
together or not at all. A repeat gets the stored answer (`Idempotent-Replayed: true`), the
same key with another request a 422, a repeat while the first still runs a 409 with
`Retry-After`. A request that fails frees its key: nothing was done. The rules (the
fingerprint, the lifetime, a dead claim) are `domain.intake`'s; the statements
`persistence.intake`'s.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Header, Request, Response
from pydantic import BaseModel

from api.context import AUDITED_CITIZENS, CallerDep, audit
from api.unit_of_work import UnitOfWork
from domain.intake import (
    IdempotencyKeyMissing,
    IdempotencyKeyReused,
    Outcome,
    RequestInProgress,
    fingerprint,
    outcome,
    unquoted_key,
)
from persistence.intake import (
    KeyFound,
    claim_key,
    release_key,
    store_answer,
    take_over_key,
)

# The draft's structured-field string ("..."), or the bare token; visible ASCII a UUID, a
# hash or base64 is written in.
KEY_PATTERN = r'^(?:"[A-Za-z0-9._:~+/=-]{1,200}"|[A-Za-z0-9._:~+/=-]{1,200})$'
KEY_DESCRIPTION = (
    "A key of the client's choosing (a UUID, or a hash of what is sent), the same on every "
    "retry of one request. Required when an API key calls; the SPA may leave it out. A repeat "
    "within 24 hours with the same body gets the first answer again (with "
    "`Idempotent-Replayed: true`); the same key with another body is 422, and a repeat "
    "while the first request still runs is 409 with `Retry-After`. Keys are the caller's "
    "own: another client's equal key is another key."
)
REPLAYED = "Idempotent-Replayed"

# The problems an operation with a key may answer besides its own (its OpenAPI responses).
IDEMPOTENCY_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"description": "An API key called without `Idempotency-Key`"},
    409: {
        "description": "The first request with this `Idempotency-Key` is still running: try "
        "again after `Retry-After` seconds",
        "headers": {"Retry-After": {"schema": {"type": "integer"}}},
    },
    422: {"description": "Invalid input, or the `Idempotency-Key` was used for another body"},
}


def also_in_progress(description: str) -> dict[int | str, dict[str, Any]]:
    """An operation's own 409, which a repeat still running answers too (with Retry-After)."""
    return {
        409: {
            **IDEMPOTENCY_RESPONSES[409],
            "description": f"{description}; or the first request with this `Idempotency-Key` "
            "is still running: try again after `Retry-After` seconds",
        }
    }


Answer = BaseModel | tuple[BaseModel, int]


def _json(model: BaseModel) -> bytes:
    # As FastAPI answers a route's model: by its fields and computed fields, in JSON mode.
    return model.model_dump_json().encode()


@dataclass(frozen=True, slots=True)
class Idempotency:
    """The request's key (None when it sent none), whose it is, and what the request is."""

    key: str | None
    client: str
    fingerprint: str
    status_code: int = 201

    async def run(
        self,
        work: UnitOfWork,
        perform: Callable[[], Awaitable[Answer]],
        *,
        status_code: int | None = None,
    ) -> Response:
        """Do the work once per key: the answer of `perform` (a model, or a model and its
        status), or the stored answer of the request that did it."""
        status = status_code or self.status_code
        if self.key is None:
            return _response(*_shaped(await perform(), status))
        session, caller = work.session, work.caller
        claim_id = uuid.uuid4()
        found = await claim_key(
            session,
            centre_id=caller.centre_id,
            client=self.client,
            key=self.key,
            fingerprint=self.fingerprint,
            claim_id=claim_id,
            now=caller.now(),
        )
        if isinstance(found, KeyFound):
            row_id = found.id
            decided = outcome(found.stored, self.fingerprint, now=caller.now())
            if decided is Outcome.REPLAY:
                assert found.response_status is not None
                assert found.response_body is not None
                # The answer shows the citizens' data again: logged as a read of it.
                if found.citizen_ids:
                    await audit(session, caller, use="read", citizen_ids=found.citizen_ids)
                return _response(found.response_body, found.response_status, replayed=True)
            if decided is Outcome.OTHER_REQUEST:
                raise IdempotencyKeyReused()
            if decided is Outcome.IN_PROGRESS or not await take_over_key(
                session, row_id, fingerprint=self.fingerprint, claim_id=claim_id, now=caller.now()
            ):
                raise RequestInProgress()
        else:
            row_id = found
        await session.commit()  # the claim, seen by every other request from here on
        audited: set[uuid.UUID] = session.info.setdefault(AUDITED_CITIZENS, set())
        audited.clear()
        try:
            body, answered = _shaped(await perform(), status)
            if not await store_answer(
                session, row_id, claim_id, status=answered, body=body, citizen_ids=sorted(audited)
            ):
                raise RequestInProgress()  # taken over as dead: the other request answers
        except Exception:
            # Nothing of the work is kept, so neither is the claim; should freeing it fail
            # too, it is taken over once it is older than the claim timeout.
            await session.rollback()
            with suppress(Exception):
                await release_key(session, row_id, claim_id)
                await session.commit()
            raise
        return _response(body, answered)


def _shaped(answer: Answer, status: int) -> tuple[bytes, int]:
    if isinstance(answer, tuple):
        model, status = answer
        return _json(model), status
    return _json(answer), status


def _response(body: bytes, status: int, *, replayed: bool = False) -> Response:
    headers = {REPLAYED: "true"} if replayed else None
    return Response(body, status_code=status, media_type="application/json", headers=headers)


async def _idempotency(
    request: Request,
    caller: CallerDep,
    idempotency_key: Annotated[
        str | None,
        Header(
            alias="Idempotency-Key",
            max_length=202,
            pattern=KEY_PATTERN,
            description=KEY_DESCRIPTION,
        ),
    ] = None,
) -> Idempotency:
    principal = caller.principal
    if idempotency_key is None and principal.kind == "api_key":
        raise IdempotencyKeyMissing()
    return Idempotency(
        key=unquoted_key(idempotency_key) if idempotency_key is not None else None,
        client=f"{principal.kind}:{principal.id}",
        fingerprint=fingerprint(request.method, request.url.path, await request.body()),
    )


# The route's key, read once per request (FastAPI caches it like the caller).
Once = Annotated[Idempotency, Depends(_idempotency)]
